package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.files.FileService;
import org.jinguo.platform.files.Upload;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.service.VolunteerPortalService;

/**
 * The provider's side of the Bridge: in a volunteer's portal, the orders dispatched to her or to the team she leads; at
 * a provider organisation's desk (role PROVIDER), the orders dispatched to that provider;
 * taking or declining them, starting the service and reporting it done. Orders belong to units she does not manage,
 * so this service looks past the unit scope; every query is bound to the providers her own account stands for, and
 * any other order is not found. The requester's phone and address stay masked until she has taken the order, and
 * then only when the requester consented; each time they are shown unmasked it is audited. A volunteer's reported
 * service becomes her hours, waiting for approval like any she reports.
 */
@Stateless
@SystemScoped
public class ProviderDeskService {

    /** The states an order is in while it is the provider's to act on or to see through. */
    static final Set<OrderStatus> ON_HER_DESK = EnumSet.of(OrderStatus.DISPATCHED, OrderStatus.TAKEN, OrderStatus.IN_SERVICE,
            OrderStatus.TO_RATE, OrderStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderNotices notices;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail auditTrail;

    @Inject
    VolunteerPortalService portal;

    /** An order as its provider sees it. */
    public record DeskRow(long id, String orderNo, ServiceLine line, ItemName item, String otherItem, String description,
                          String communityName, String place, LocalDate preferredOn, DayPart preferredPart,
                          OrderStatus status, String providerName, String requesterName, String requesterPhone,
                          String requesterAddress, boolean contactShown, LocalDate doneOn, Integer rating)
            implements Serializable {

        public String what(boolean english) {
            return item == null ? otherItem : item.name(english);
        }
    }

    /** Her orders, those waiting for her answer first, then the latest. */
    public List<DeskRow> orders(int max) {
        List<Provider> mine = mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<BridgeOrder> orders = em.createQuery("SELECT o FROM BridgeOrder o JOIN FETCH o.requester LEFT JOIN FETCH o.item "
                        + "LEFT JOIN FETCH o.community JOIN FETCH o.provider WHERE o.provider IN :mine AND o.status IN :desk "
                        + "ORDER BY o.dispatchedAt DESC, o.id DESC", BridgeOrder.class)
                .setParameter("mine", mine).setParameter("desk", ON_HER_DESK)
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
        return orders.stream()
                .sorted((a, b) -> Boolean.compare(b.getStatus() == OrderStatus.DISPATCHED, a.getStatus() == OrderStatus.DISPATCHED))
                .map(o -> row(o, o.getProvider())).toList();
    }

    /** The ids of the providers she acts for (her own volunteer record's, and the teams she leads). */
    public List<Long> providerIds() {
        return mine().stream().map(Provider::getId).toList();
    }

    /**
     * The orders published for claiming (抢单) that she may claim: asking for what she offers, in her area (her
     * community or street, as matching counts it), while she has room. Newest first.
     */
    public List<DeskRow> published(int max) {
        List<Provider> mine = mine().stream().filter(p -> p.getStatus() == ProviderStatus.ACTIVE).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<BridgeOrder> open = em.createQuery("SELECT o FROM BridgeOrder o JOIN FETCH o.requester LEFT JOIN FETCH o.item "
                        + "LEFT JOIN FETCH o.community WHERE o.status = :published ORDER BY o.submittedAt DESC, o.id DESC",
                        BridgeOrder.class)
                .setParameter("published", OrderStatus.PUBLISHED).setMaxResults(500).getResultList();
        Map<Provider, Long> load = new HashMap<>();
        mine.forEach(p -> load.put(p, open(p))); // once per provider, not once per order
        List<DeskRow> rows = new ArrayList<>();
        for (BridgeOrder order : open) {
            Provider claimant = claimant(mine, order, load);
            if (claimant != null && rows.size() < Math.max(1, Math.min(max, 100))) {
                rows.add(row(order, claimant));
            }
        }
        return rows;
    }

    /** 抢单: the first of the providers to claim a published order gets it; a later claim is told it is gone. */
    public void claim(long orderId) {
        Caller caller = deskCaller();
        List<Provider> mine = mine().stream().filter(p -> p.getStatus() == ProviderStatus.ACTIVE).toList();
        BridgeOrder order = em.createQuery("SELECT o FROM BridgeOrder o WHERE o.id = :id", BridgeOrder.class)
                .setParameter("id", orderId).getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        if (order.getStatus() != OrderStatus.PUBLISHED) {
            throw new BusinessRuleException("bridge.claim.gone", null);
        }
        Map<Provider, Long> load = new HashMap<>();
        mine.forEach(p -> load.put(p, open(p)));
        Provider provider = claimant(mine, order, load);
        if (provider == null) {
            throw new RecordNotFoundException(); // not offered to her: as if it did not exist
        }
        order.setProvider(provider);
        em.persist(order.move(OrderMove.CLAIM, null, caller.username(), Instant.now()).to(provider, null));
        em.flush();
    }

    /** Which of her providers may claim the order: one offering what it asks for, in its area, with room; or null. */
    private static Provider claimant(List<Provider> mine, BridgeOrder order, Map<Provider, Long> load) {
        for (Provider p : mine) {
            boolean near = ProviderMatching.score(order, p, 0).points("place") >= ProviderMatching.STREET;
            if (ProviderMatching.offers(p, order) && near && load.get(p) < p.getCapacity()) {
                return p;
            }
        }
        return null;
    }

    private long open(Provider p) {
        return em.createQuery("SELECT COUNT(o) FROM BridgeOrder o WHERE o.provider = :p AND o.status IN :holding", Long.class)
                .setParameter("p", p).setParameter("holding", ProviderService.HOLDING).getSingleResult();
    }

    /** 接单 */
    public void take(long orderId) {
        notices.taken(move(orderId, OrderMove.TAKE, null));
    }

    /** 拒单, with the reason: the order goes back to be dispatched again. */
    public void decline(long orderId, @Size(max = 500, message = "{jinguo.size.max}") String reason) {
        move(orderId, OrderMove.DECLINE, reason);
    }

    /** 开始服务 */
    public void start(long orderId) {
        move(orderId, OrderMove.START, null);
    }

    /**
     * 服务完成: the day, the time it took and what was done, with photos or documents if any (kept as the order unit's
     * files); it then waits for the requester's rating.
     */
    public void reportDone(long orderId, @NotNull LocalDate on,
                           @Min(value = 1, message = "{jinguo.count.min}") @Max(value = 1440, message = "{jinguo.count.max}") int minutes,
                           @NotNull @Size(min = 1, max = 1000, message = "{jinguo.size.range}") String notes,
                           @NotNull List<Upload> evidence) {
        BridgeOrder order = own(orderId);
        if (on.isAfter(Beijing.today())) {
            throw new BusinessRuleException("bridge.done.future", "doneOn");
        }
        Caller caller = deskCaller();
        em.persist(order.move(OrderMove.REPORT_DONE, null, caller.username(), Instant.now()));
        order.reportDone(on, minutes, notes.strip(), FileService.store(em, evidence, order.getUnit(), caller.username()));
        em.flush();
        if (order.getProvider().getKind() == ProviderKind.VOLUNTEER) {
            ServiceItem item = order.getItem();
            portal.report(null, on, minutes, order.getOrderNo() + " " + (item == null ? order.getOtherItem() : item.getNameZh()));
        }
    }

    private BridgeOrder move(long orderId, OrderMove move, String reason) {
        Caller caller = deskCaller();
        BridgeOrder order = own(orderId);
        Provider provider = order.getProvider();
        em.persist(order.move(move, reason, caller.username(), Instant.now()).to(provider, null));
        em.flush();
        return order;
    }

    /** Her order, locked for the move; any other order (or none) is not found. */
    private BridgeOrder own(long orderId) {
        List<Provider> mine = mine();
        if (mine.isEmpty()) {
            throw new RecordNotFoundException();
        }
        BridgeOrder order = em.createQuery("SELECT o FROM BridgeOrder o WHERE o.id = :id AND o.provider IN :mine",
                        BridgeOrder.class).setParameter("id", orderId).setParameter("mine", mine)
                .getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        if (order.getProvider() == null || !mine.contains(order.getProvider())) {
            throw new BusinessRuleException("order.move.notAllowed", null);
        }
        return order;
    }

    /** The providers her account stands for: her own volunteer record's, and the teams she leads. */
    List<Provider> mine() {
        Caller caller = deskCaller();
        AuditContext.bind(currentCaller.actor());
        if (caller.can(Permission.PROVIDER_DESK)) {
            return em.createQuery("SELECT p FROM Provider p WHERE p.id = (SELECT u.providerId FROM UserAccount u WHERE u.id = :user)",
                    Provider.class).setParameter("user", caller.userId()).getResultList();
        }
        Long person = em.createQuery("SELECT u.personId FROM UserAccount u WHERE u.id = :user", Long.class)
                .setParameter("user", caller.userId()).getResultStream().findFirst().orElse(null);
        if (person == null) {
            return List.of();
        }
        List<Provider> mine = new java.util.ArrayList<>(em.createQuery("SELECT p FROM Provider p JOIN p.volunteer v "
                        + "WHERE p.kind = :kind AND v.person.id = :person", Provider.class)
                .setParameter("kind", ProviderKind.VOLUNTEER).setParameter("person", person).getResultList());
        mine.addAll(em.createQuery("SELECT p FROM Provider p JOIN p.team t JOIN t.leader l "
                        + "WHERE p.kind = :kind AND l.person.id = :person", Provider.class)
                .setParameter("kind", ProviderKind.TEAM).setParameter("person", person).getResultList());
        return mine;
    }

    /** A volunteer at her portal, or a provider organisation at its desk; anyone else is refused. */
    private Caller deskCaller() {
        Caller caller = currentCaller.require();
        if (!caller.can(Permission.PROVIDER_DESK)) {
            caller.require(Permission.VOLUNTEER_SELF);
        }
        return caller;
    }

    private DeskRow row(BridgeOrder o, Provider provider) {
        boolean shown = o.isConsent() && (o.getStatus() == OrderStatus.TAKEN || o.getStatus() == OrderStatus.IN_SERVICE);
        String phone = o.getRequester().getPhone();
        String address = o.getRequester().getAddress();
        if (shown && (phone != null || address != null)) {
            auditTrail.sensitiveShown("Person", o.getRequester().getId(), o.getUnitPath(), "phone,address");
        }
        ServiceItem item = o.getItem();
        return new DeskRow(o.getId(), o.getOrderNo(), o.getLine(),
                item == null ? null : new ItemName(item.getId(), item.getNameZh(), item.getNameEn()), o.getOtherItem(),
                o.getDescription(), o.getCommunity() == null ? null : o.getCommunity().getName(), o.getPlace(),
                o.getPreferredOn(), o.getPreferredPart(), o.getStatus(), provider.getName(), o.getRequester().getName(),
                shown ? phone : Masks.phone(phone), shown ? address : Masks.address(address), shown, o.getDoneOn(), o.getRating());
    }
}
