package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.platform.match.Scorecard;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.Slot;

/**
 * Ranks the providers taking orders for an order, out of 100, on the platform's one {@link Scorecard}: offers the
 * menu item asked for (30; 15 when the need is "other" and she offers something of its line), serves its community
 * (25: it is among her areas, or she is registered there), works in its street or town (15: registered or serving
 * there) or only elsewhere (5), free at the preferred weekday and part of the day (15; full
 * when no time was asked for), her rating (15 × stars / 5; 8 before her first rated order), and room for another
 * order (15 × the share of her capacity still free). Providers offering nothing of the line are not candidates.
 */
@Stateless
@ScopedToCaller
public class ProviderMatching {

    static final int ITEM = 30;
    static final int OTHER_OF_LINE = 15;
    static final int COMMUNITY = 25;
    static final int STREET = 15;
    static final int ELSEWHERE = 5;
    static final int TIME = 15;
    static final int RATING = 15;
    static final int NO_RATING = 8;
    static final int LOAD = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A candidate, her score and its parts. */
    public record Suggestion(long providerId, ProviderKind kind, String name, String unitName, Double rating, long open,
                             int capacity, Scorecard card) implements Serializable {

        public int score() {
            return card.total();
        }
    }

    /** The best {@code max} candidates for the order, best first. */
    public List<Suggestion> rank(long orderId, int max) {
        currentCaller.require(Permission.RECORD_VIEW);
        BridgeOrder order = Scoped.byId(em, BridgeOrder.class, orderId);
        List<Provider> candidates = em.createQuery("SELECT DISTINCT p FROM Provider p JOIN FETCH p.unit JOIN p.items i "
                        + "WHERE p.status = :active AND i.line = :line", Provider.class)
                .setParameter("active", ProviderStatus.ACTIVE).setParameter("line", order.getLine()).getResultList();
        Map<Long, Long> open = new HashMap<>();
        if (!candidates.isEmpty()) {
            em.createQuery("SELECT o.provider.id, COUNT(o) FROM BridgeOrder o WHERE o.provider IN :providers "
                            + "AND o.status IN :holding GROUP BY o.provider.id", Object[].class)
                    .setParameter("providers", candidates).setParameter("holding", ProviderService.HOLDING).getResultList()
                    .forEach(r -> open.put((Long) r[0], (Long) r[1]));
        }
        return candidates.stream()
                .map(p -> {
                    long holding = open.getOrDefault(p.getId(), 0L);
                    return new Suggestion(p.getId(), p.getKind(), p.getName(), p.getUnit().getName(), p.rating(), holding,
                            p.getCapacity(), score(order, p, holding));
                })
                .sorted(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::name))
                .limit(Math.max(1, Math.min(max, 50)))
                .toList();
    }

    static Scorecard score(BridgeOrder order, Provider p, long open) {
        ServiceItem wanted = order.getItem();
        boolean offersItem = wanted != null && p.getItems().contains(wanted);
        boolean offersLine = p.getItems().stream().anyMatch(i -> i.getLine() == order.getLine());
        int item = offersItem ? ITEM : wanted == null && offersLine ? OTHER_OF_LINE : 0;
        // where she is needed: her community, or (not given) the unit handling the order; and its street or town
        String where = order.getCommunity() != null ? order.getCommunity().getPath() : order.getUnitPath();
        long depth = where.chars().filter(c -> c == '/').count() - 1;
        String street = depth >= 3 ? ParentUnits.parentPath(where) : depth == 2 ? where : null;
        int place = ELSEWHERE;
        if (p.getUnitPath().equals(where) || p.getAreas().stream().anyMatch(a -> where.startsWith(a.getPath()))) {
            place = COMMUNITY;
        } else if (street != null && (p.getUnitPath().startsWith(street)
                || p.getAreas().stream().anyMatch(a -> a.getPath().startsWith(street)))) {
            place = STREET;
        }
        LocalDate on = order.getPreferredOn();
        DayPart part = order.getPreferredPart();
        boolean free = on == null || part == null && p.getSlots().stream().anyMatch(s -> s.getDay() == on.getDayOfWeek())
                || part != null && p.getSlots().contains(new Slot(on.getDayOfWeek(), part));
        Double rating = p.rating();
        return Scorecard.builder()
                .points("item", ITEM, item)
                .points("place", COMMUNITY, place)
                .when("time", TIME, free)
                .points("rating", RATING, rating == null ? NO_RATING : (int) Math.round(RATING * rating / 5))
                .share("load", LOAD, p.getCapacity() == 0 ? 0 : 1 - (double) open / p.getCapacity())
                .build();
    }

    /** Whether the provider offers what the order asks for: its item, or (for "other") something of its line. */
    static boolean offers(Provider p, BridgeOrder order) {
        return order.getItem() != null ? p.getItems().contains(order.getItem())
                : p.getItems().stream().anyMatch(i -> i.getLine() == order.getLine());
    }
}
