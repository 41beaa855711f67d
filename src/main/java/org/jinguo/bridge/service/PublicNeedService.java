package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.LineLevel;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.model.OrderEvent;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.bridge.model.WorkingDays;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The Bridge's public pages: a resident raises a need herself (我要求助) and later follows her order and rates it
 * (查询与评价) with its number and the phone she gave — no account. Nobody is signed in, so this service looks past
 * the unit scope; it reads only the menu and the communities, writes only her person record (the registry's, found by
 * her name and phone in her community, or new) and her order, handled by her community's federation, and shows an
 * order only to the one who gives both its number and its phone. The audit trail names the self-service page and her
 * address as the actor. Floods are refused by the page (per address and per phone).
 */
@Stateless
@SystemScoped
public class PublicNeedService {

    public static final String ACTOR = "self-service";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A menu item to choose, with its line. */
    public record MenuChoice(long id, ServiceLine line, String nameZh, String nameEn) implements Serializable {

        public String name(boolean english) {
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
        }
    }

    /** Her order as she sees it: where it stands and what happened, with the reasons she is told. */
    public record Tracked(String orderNo, ServiceLine line, String what, OrderStatus status, Instant submittedAt,
                          String providerName, Integer rating, List<Step> steps) implements Serializable {

        public boolean rateable() {
            return status == OrderStatus.TO_RATE;
        }
    }

    public record Step(Instant at, OrderMove move, OrderStatus to, String reason) implements Serializable {
    }

    public List<MenuChoice> menu() {
        return em.createQuery("SELECT i FROM ServiceItem i WHERE i.active = TRUE ORDER BY i.line, i.sortOrder, i.id",
                ServiceItem.class).getResultList().stream()
                .map(i -> new MenuChoice(i.getId(), i.getLine(), i.getNameZh(), i.getNameEn())).toList();
    }

    /** Her need, as an order of her community's federation; returns its number. */
    public String submit(@NotNull @Valid SelfServiceForm form) {
        AuditContext.bind(new AuditActor(ACTOR, null, currentCaller.clientAddress()));
        OrgUnit community = community(em, form.getCommunityId());
        ServiceItem item = null;
        ServiceLine line;
        String choice = form.getChoice().strip();
        if (choice.startsWith("OTHER_")) {
            line = line(choice.substring("OTHER_".length()));
            if (blankToNull(form.getOtherItem()) == null) {
                throw new BusinessRuleException("bridge.need.itemOrOther", "otherItem");
            }
        } else {
            item = em.createQuery("SELECT i FROM ServiceItem i WHERE i.id = :id AND i.active = TRUE", ServiceItem.class)
                    .setParameter("id", id(choice)).getResultStream().findFirst()
                    .orElseThrow(() -> new BusinessRuleException("bridge.need.itemNotOfLine", "choice"));
            line = item.getLine();
        }
        LocalDate today = Beijing.today();
        if (form.getPreferredOn() != null && (form.getPreferredOn().isBefore(today) || form.getPreferredOn().isAfter(today.plusYears(1)))) {
            throw new BusinessRuleException("bridge.need.preferredPast", "preferredOn");
        }
        Person requester = resident(em, community, form.getName(), form.getPhone());
        LineLevel level = ServiceMenuService.level(em, line);
        BridgeOrder order = new BridgeOrder(line, requester, form.getDescription().strip(), NeedChannel.SELF_SERVICE,
                form.isConsent(), null, Instant.now(), WorkingDays.after(today, level.getAcceptDays()),
                WorkingDays.after(today, level.getDispatchDays()));
        order.setItem(item, blankToNull(form.getOtherItem()));
        order.setCommunity(community);
        order.setPreferred(form.getPreferredOn(), form.getPreferredPart(), blankToNull(form.getPlace()));
        order.assignTo(community);
        em.persist(order);
        order.numberIn(today.getYear());
        em.persist(OrderEvent.submitted(order, ACTOR));
        em.flush();
        return order.getOrderNo();
    }

    /** Her order, when the number and the phone given are its own; nothing otherwise (whichever was wrong). */
    public Optional<Tracked> track(@NotNull @Size(max = 20) String orderNo, @NotNull @Size(max = 20) String phone) {
        return find(orderNo, phone).map(o -> {
            ServiceItem item = o.getItem();
            List<Step> steps = em.createQuery("SELECT e FROM OrderEvent e WHERE e.order = :o ORDER BY e.happenedAt, e.id",
                            OrderEvent.class).setParameter("o", o).getResultList().stream()
                    .map(e -> new Step(e.getHappenedAt(), e.getMove(), e.getToStatus(),
                            e.getMove() == OrderMove.REJECT || e.getMove() == OrderMove.CANCEL ? e.getReason() : null))
                    .toList();
            return new Tracked(o.getOrderNo(), o.getLine(), item == null ? o.getOtherItem() : item.getNameZh(), o.getStatus(),
                    o.getSubmittedAt(), o.getProvider() == null ? null : o.getProvider().getName(), o.getRating(), steps);
        });
    }

    /** Her rating of the service: 1–5 stars and a comment, once, after it was reported done. */
    public void rate(@NotNull @Size(max = 20) String orderNo, @NotNull @Size(max = 20) String phone, int stars,
                     @Size(max = 500, message = "{jinguo.size.max}") String comment) {
        AuditContext.bind(new AuditActor(ACTOR, null, currentCaller.clientAddress()));
        BridgeOrder order = find(orderNo, phone).orElseThrow(() -> new BusinessRuleException("bridge.track.notFound", "orderNo"));
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        Ratings.rate(em, order, stars, comment, ACTOR);
    }

    /** A community or village of the district, chosen on a public page. */
    static OrgUnit community(EntityManager em, Long communityId) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.id = :id AND u.type IN :types", OrgUnit.class)
                .setParameter("id", communityId)
                .setParameter("types", List.of(UnitType.COMMUNITY, UnitType.VILLAGE))
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("bridge.need.notACommunity", "communityId", ""));
    }

    /** The resident of the registry with this name and phone in the community, or a new record of her there. */
    static Person resident(EntityManager em, OrgUnit community, String givenName, String givenPhone) {
        String name = givenName.strip();
        String phone = givenPhone.strip();
        return em.createQuery("SELECT p FROM Person p WHERE p.name = :name AND p.phone = :phone "
                        + "AND p.unitPath LIKE :path ORDER BY p.id", Person.class)
                .setParameter("name", name).setParameter("phone", phone).setParameter("path", community.getPath() + "%")
                .setMaxResults(1).getResultStream().findFirst().orElseGet(() -> {
                    Person person = new Person(name);
                    person.setGender(Gender.FEMALE);
                    person.setPhone(phone);
                    person.assignTo(community);
                    em.persist(person);
                    return person;
                });
    }

    private Optional<BridgeOrder> find(String orderNo, String phone) {
        String number = orderNo.strip().toUpperCase(java.util.Locale.ROOT);
        String tel = phone.strip();
        if (number.isEmpty() || tel.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT o FROM BridgeOrder o JOIN FETCH o.requester r LEFT JOIN FETCH o.item "
                        + "LEFT JOIN FETCH o.provider WHERE o.orderNo = :no AND r.phone = :phone", BridgeOrder.class)
                .setParameter("no", number).setParameter("phone", tel).getResultStream().findFirst();
    }

    private static ServiceLine line(String name) {
        try {
            return ServiceLine.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("bridge.need.itemNotOfLine", "choice");
        }
    }

    private static long id(String choice) {
        try {
            return Long.parseLong(choice);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("bridge.need.itemNotOfLine", "choice");
        }
    }
}
