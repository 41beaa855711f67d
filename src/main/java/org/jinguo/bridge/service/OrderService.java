// Longer than 300 lines on purpose: every move staff make on an order, each checked against the one state machine and locked the same way, sits beside the list and page that show them.
package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.LineLevel;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.model.OrderActor;
import org.jinguo.bridge.model.OrderEvent;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.bridge.model.Urgency;
import org.jinguo.bridge.model.WorkingDays;
import org.jinguo.organisation.service.ContactService;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.files.FileRow;
import org.jinguo.platform.files.StoredFile;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.KeysFirst;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;

/**
 * The Bridge's orders as the staff of a unit work them (点单 → 审单 → 派单 → 评单): a need taken down becomes an order
 * waiting to be accepted; staff accept or reject it, pass it up to the parent unit, dispatch it to a provider or
 * publish it for the providers to claim, cancel it, and record a rating the requester gave by phone. Every move is
 * checked once, by {@link OrderMove}, and written to the order's timeline. Orders of units outside the caller's
 * subtree are not found.
 */
@Stateless
@ScopedToCaller
public class OrderService {

    /** The moves staff make here; dispatch, transfer and rating have their own methods. */
    static final Set<OrderMove> STAFF_MOVES = EnumSet.of(OrderMove.ACCEPT, OrderMove.REJECT, OrderMove.PUBLISH,
            OrderMove.RECALL, OrderMove.CANCEL);

    static final List<OrderStatus> CLOSED = List.of(OrderStatus.COMPLETED, OrderStatus.REJECTED, OrderStatus.CANCELLED);

    private static final Map<String, String> SORTS = Map.of("orderNo", "o.id", "submittedAt", "o.submittedAt",
            "status", "o.status", "line", "o.line", "unitName", "o.unit.name", "urgency", "o.urgency");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderNotices notices;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ParentUnits parentUnits;

    @Inject
    ContactService contacts;

    /** An order in a list. */
    public record OrderRow(long id, String orderNo, ServiceLine line, ItemName item, String otherItem,
                           String requesterName, String communityName, String unitName, OrderStatus status,
                           Urgency urgency, Instant submittedAt, LocalDate acceptDue, LocalDate dispatchDue,
                           boolean overdue, String providerName, Integer rating) implements Serializable {

        public String what(boolean english) {
            return item == null ? otherItem : item.name(english);
        }
    }

    /** One line of the timeline. */
    public record EventRow(Instant at, OrderMove move, OrderStatus from, OrderStatus to, String actor, String reason,
                           String providerName, String unitName) implements Serializable {
    }

    /** An order on its own page: everything about it, its timeline and what the caller may do to it now. */
    public record OrderView(OrderRow row, long version, long requesterId, String requesterPhone, String description,
                            LocalDate preferredOn, DayPart preferredPart, String place, NeedChannel channel,
                            boolean consent, Long providerId, Instant acceptedAt, Instant dispatchedAt, Instant takenAt,
                            LocalDate doneOn, Integer doneMinutes, String doneNotes, List<FileRow> evidence, String ratingComment,
                            List<EventRow> timeline, Set<OrderMove> moves, boolean editable, boolean transferable)
            implements Serializable {

        public boolean can(String move) {
            return moves.contains(OrderMove.valueOf(move));
        }
    }

    /** Takes down a need: an order waiting to be accepted, due by the line's service levels from today. */
    public long submit(@NotNull @Valid NeedForm form) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Person requester = Scoped.byId(em, Person.class, form.getRequesterId());
        OrgUnit community = null;
        if (form.getCommunityId() != null) {
            community = Scoped.byId(em, OrgUnit.class, form.getCommunityId());
            if (community.getType() != UnitType.COMMUNITY && community.getType() != UnitType.VILLAGE) {
                throw new BusinessRuleException("bridge.need.notACommunity", "community", community.getName());
            }
        }
        ServiceItem item = item(form.getLine(), form.getItemId());
        if (item == null && blankToNull(form.getOtherItem()) == null) {
            throw new BusinessRuleException("bridge.need.itemOrOther", "item");
        }
        if (form.getPreferredOn() != null && form.getPreferredOn().isBefore(Beijing.today())) {
            throw new BusinessRuleException("bridge.need.preferredPast", "preferredOn");
        }
        LineLevel level = ServiceMenuService.level(em, form.getLine());
        LocalDate today = Beijing.today();
        BridgeOrder order = new BridgeOrder(form.getLine(), requester, form.getDescription().strip(), form.getChannel(),
                form.isConsent(), form.getContactLogId(), Instant.now(), WorkingDays.after(today, level.getAcceptDays()),
                WorkingDays.after(today, level.getDispatchDays()));
        order.setItem(item, blankToNull(form.getOtherItem()));
        order.setCommunity(community);
        order.setUrgency(form.getUrgency());
        order.setPreferred(form.getPreferredOn(), form.getPreferredPart(), blankToNull(form.getPlace()));
        order.assignTo(unit);
        em.persist(order);
        order.numberIn(today.getYear());
        em.persist(OrderEvent.submitted(order, caller.username()));
        em.flush();
        if (form.getContactLogId() != null) {
            contacts.becameOrder(form.getContactLogId(), order.getOrderNo());
        }
        return order.getId();
    }

    /** Accept, reject (with the reason she is told), publish for claiming, recall, or cancel (with a reason). */
    public void move(long orderId, @NotNull OrderMove move, @Size(max = 500, message = "{jinguo.size.max}") String reason,
                     long version) {
        if (!STAFF_MOVES.contains(move)) {
            throw new BusinessRuleException("order.move.notAllowed", null);
        }
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        BridgeOrder order = locked(caller, orderId, version);
        if (move == OrderMove.PUBLISH) {
            requireOffered(order);
        }
        em.persist(order.move(move, reason, caller.username(), Instant.now()));
        em.flush();
    }

    /**
     * 派单: gives the order to one provider, who must be taking orders, offer what it asks for and have room. Of two
     * staff dispatching the same order at once one wins; the other is told that it changed meanwhile.
     */
    public void dispatch(long orderId, long providerId, long version) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        BridgeOrder order = locked(caller, orderId, version);
        Provider provider = Scoped.byId(em, Provider.class, providerId);
        OrderStatus next = OrderMove.DISPATCH.apply(order.getStatus(), null);
        if (provider.getStatus() != ProviderStatus.ACTIVE) {
            throw new BusinessRuleException("bridge.dispatch.notActive", "provider", provider.getName());
        }
        if (!ProviderMatching.offers(provider, order)) {
            throw new BusinessRuleException("bridge.dispatch.notOffered", "provider", provider.getName());
        }
        long open = em.createQuery("SELECT COUNT(o) FROM BridgeOrder o WHERE o.provider = :p AND o.status IN :holding",
                        Long.class).setParameter("p", provider).setParameter("holding", ProviderService.HOLDING)
                .getSingleResult();
        if (open >= provider.getCapacity()) {
            throw new BusinessRuleException("bridge.dispatch.full", "provider", provider.getName(), provider.getCapacity());
        }
        assert next == OrderStatus.DISPATCHED;
        order.setProvider(provider);
        em.persist(order.move(OrderMove.DISPATCH, null, caller.username(), Instant.now()).to(provider, null));
        em.flush();
        notices.dispatched(order);
    }

    /** The unit cannot serve it: it goes to the parent unit, waiting there to be accepted (the reason is kept). */
    public void transfer(long orderId, @Size(max = 500, message = "{jinguo.size.max}") String reason, long version) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        BridgeOrder order = locked(caller, orderId, version);
        OrgUnit parent = parentUnits.parentOf(order.getUnit().getId());
        if (parent == null) {
            throw new BusinessRuleException("bridge.transfer.top", null);
        }
        OrderEvent event = order.move(OrderMove.TRANSFER, reason, caller.username(), Instant.now()).to(null, parent);
        order.assignTo(parent);
        em.persist(event);
        em.flush();
    }

    /** Records the rating she gave (by phone, to staff): 1–5 stars, once, only after the service was reported done. */
    public void rate(long orderId, @Min(value = 1, message = "{jinguo.count.min}") @Max(value = 5, message = "{jinguo.count.max}")
            int stars, @Size(max = 500, message = "{jinguo.size.max}") String comment, long version) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        BridgeOrder order = locked(caller, orderId, version);
        Ratings.rate(em, order, stars, comment, caller.username());
    }

    public List<OrderRow> list(@NotNull OrderFilter filter, int first, int max, Sorting sorting) {
        currentCaller.require(Permission.RECORD_VIEW);
        // the page's ids first (KeysFirst): the district's thousands of orders were sorted whole, joined to five tables
        TypedQuery<Long> ids = conditions(filter).pageQuery(em, "SELECT o.id FROM BridgeOrder o",
                sorting.orderBy(SORTS, "o.urgency DESC, o.submittedAt DESC", "o.id DESC"), Long.class, first, max);
        List<BridgeOrder> orders = KeysFirst.page(em, ids, "SELECT o FROM BridgeOrder o JOIN FETCH o.unit JOIN FETCH "
                + "o.requester LEFT JOIN FETCH o.item LEFT JOIN FETCH o.community LEFT JOIN FETCH o.provider WHERE o.id IN :ids",
                BridgeOrder.class, BridgeOrder::getId);
        LocalDate today = Beijing.today();
        return orders.stream().map(o -> row(o, today)).toList();
    }

    public long count(@NotNull OrderFilter filter) {
        currentCaller.require(Permission.RECORD_VIEW);
        return conditions(filter).count(em, "SELECT COUNT(o) FROM BridgeOrder o");
    }

    public OrderView view(long orderId) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        BridgeOrder o = Scoped.byId(em, BridgeOrder.class, orderId);
        boolean editable = caller.can(Permission.RECORD_EDIT, o.getUnitPath());
        Set<OrderMove> moves = EnumSet.noneOf(OrderMove.class);
        if (editable) {
            OrderMove.from(o.getStatus()).stream()
                    .filter(m -> m.actor() == OrderActor.STAFF || m == OrderMove.RATE)
                    .forEach(moves::add);
        }
        List<EventRow> timeline = em.createQuery("SELECT e FROM OrderEvent e LEFT JOIN FETCH e.provider LEFT JOIN FETCH e.unit "
                        + "WHERE e.order = :o ORDER BY e.happenedAt, e.id", OrderEvent.class)
                .setParameter("o", o).getResultList().stream()
                .map(e -> new EventRow(e.getHappenedAt(), e.getMove(), e.getFromStatus(), e.getToStatus(), e.getActor(),
                        e.getReason(), e.getProvider() == null ? null : e.getProvider().getName(),
                        e.getUnit() == null ? null : e.getUnit().getName()))
                .toList();
        Person requester = o.getRequester();
        return new OrderView(row(o, Beijing.today()), o.getVersion(), requester.getId(), Masks.phone(requester.getPhone()),
                o.getDescription(), o.getPreferredOn(), o.getPreferredPart(), o.getPlace(), o.getChannel(), o.isConsent(),
                o.getProvider() == null ? null : o.getProvider().getId(), o.getAcceptedAt(), o.getDispatchedAt(),
                o.getTakenAt(), o.getDoneOn(), o.getDoneMinutes(), o.getDoneNotes(),
                o.getFiles().stream().map(StoredFile::row).toList(), o.getRatingComment(), timeline,
                moves, editable, editable && ParentUnits.parentPath(o.getUnitPath()) != null);
    }

    private BridgeOrder locked(Caller caller, long orderId, long version) {
        BridgeOrder order = Scoped.byId(em, BridgeOrder.class, orderId);
        caller.require(Permission.RECORD_EDIT, order.getUnitPath());
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        if (order.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return order;
    }

    private void requireOffered(BridgeOrder order) {
        long offering = em.createQuery("SELECT COUNT(p) FROM Provider p JOIN p.items i WHERE p.status = :active AND "
                        + (order.getItem() == null ? "i.line = :line" : "i = :item"), Long.class)
                .setParameter("active", ProviderStatus.ACTIVE)
                .setParameter(order.getItem() == null ? "line" : "item", order.getItem() == null ? order.getLine() : order.getItem())
                .getSingleResult();
        if (offering == 0) {
            throw new BusinessRuleException("bridge.publish.nobody", null);
        }
    }

    private ServiceItem item(ServiceLine line, Long itemId) {
        if (itemId == null) {
            return null;
        }
        ServiceItem item = em.createQuery("SELECT i FROM ServiceItem i WHERE i.id = :id", ServiceItem.class)
                .setParameter("id", itemId).getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
        if (item.getLine() != line || !item.isActive()) {
            throw new BusinessRuleException("bridge.need.itemNotOfLine", "item");
        }
        return item;
    }

    static OrderRow row(BridgeOrder o, LocalDate today) {
        ServiceItem item = o.getItem();
        return new OrderRow(o.getId(), o.getOrderNo(), o.getLine(),
                item == null ? null : new ItemName(item.getId(), item.getNameZh(), item.getNameEn()), o.getOtherItem(),
                o.getRequester().getName(), o.getCommunity() == null ? null : o.getCommunity().getName(),
                o.getUnit().getName(), o.getStatus(), o.getUrgency(), o.getSubmittedAt(), o.getAcceptDue(),
                o.getDispatchDue(), o.overdue(today), o.getProvider() == null ? null : o.getProvider().getName(), o.getRating());
    }

    private Conditions conditions(OrderFilter filter) {
        String path = filter.getUnitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath();
        String text = filter.getText();
        return new Conditions()
                .addIf(path != null, "o.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(Like.given(text), "(LOWER(o.orderNo) LIKE :text" + Like.ESCAPE + " OR LOWER(o.requester.name) LIKE :text"
                        + Like.ESCAPE + " OR LOWER(o.description) LIKE :text" + Like.ESCAPE + ")", "text", () -> Like.containing(text))
                .addIf(filter.getLine() != null, "o.line = :line", "line", filter::getLine)
                .addIf(filter.getItemId() != null, "o.item.id = :item", "item", filter::getItemId)
                .addIf(filter.getStatus() != null, "o.status = :status", "status", filter::getStatus)
                .addIf(filter.isOpen(), "o.status NOT IN :closed", "closed", () -> CLOSED)
                .addIf(filter.isOverdue(), "((o.status = org.jinguo.bridge.model.OrderStatus.SUBMITTED AND o.acceptDue < :today) "
                        + "OR (o.status IN (org.jinguo.bridge.model.OrderStatus.ACCEPTED, org.jinguo.bridge.model.OrderStatus.PUBLISHED) "
                        + "AND o.dispatchDue < :today))", "today", Beijing::today)
                .addIf(filter.getProviderId() != null, "o.provider.id = :provider", "provider", filter::getProviderId)
                .addIf(filter.getFrom() != null, "o.submittedAt >= :from", "from",
                        () -> filter.getFrom().atStartOfDay(Beijing.ZONE).toInstant())
                .addIf(filter.getTo() != null, "o.submittedAt < :to", "to",
                        () -> filter.getTo().plusDays(1).atStartOfDay(Beijing.ZONE).toInstant());
    }
}
