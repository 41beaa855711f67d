package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.vocabulary.ServiceLine;

/**
 * Paid neighbourly help (家庭互助之桥) in the caller's reach: the neighbours offering paid help with their own hourly
 * rate and what others said of them; a booking, which is an order of the family-aid line accepted and dispatched to the
 * neighbour at once with the rate and hours agreed; the service reported done (by staff on her behalf, by phone); the
 * resident's rating of her (the order's) and hers of the resident; the figures.
 */
@Stateless
@ScopedToCaller
public class PaidHelpService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OrderService orders;

    public record HelperRow(long id, String name, String unitName, BigDecimal rate, List<ItemName> items, Double rating,
                            int ratings) implements Serializable {
    }

    public record BookingRow(long orderId, String orderNo, String helperName, String residentName, String what,
                             OrderStatus status, BigDecimal rate, BigDecimal hours, BigDecimal due, LocalDate doneOn,
                             Integer helperRating, Integer residentRating, String residentComment) implements Serializable {
    }

    public record PaidFigures(long helpers, long bookings, long done, BigDecimal hours, BigDecimal paid, Double helperRating,
                              Double residentRating) implements Serializable {
    }

    /** The neighbours taking paid help in the caller's reach, with their rate and rating. */
    public List<HelperRow> helpers() {
        viewer();
        return em.createQuery("SELECT p FROM Provider p JOIN FETCH p.unit WHERE p.kind = :neighbour AND p.status = :active "
                        + "ORDER BY p.name, p.id", Provider.class)
                .setParameter("neighbour", ProviderKind.NEIGHBOUR).setParameter("active", ProviderStatus.ACTIVE)
                .setMaxResults(500).getResultList().stream()
                .map(p -> new HelperRow(p.getId(), p.getName(), p.getUnit().getName(), p.getHourlyRate(),
                        p.getItems().stream().map(i -> new ItemName(i.getId(), i.getNameZh(), i.getNameEn())).toList(), p.rating(),
                        p.getRatingCount())).toList();
    }

    /** Sets a neighbour's hourly rate. */
    public void setRate(long helperId, @NotNull BigDecimal rate) {
        Caller caller = viewer();
        Provider helper = Scoped.byId(em, Provider.class, helperId);
        caller.require(Permission.RECORD_EDIT, helper.getUnitPath());
        if (helper.getKind() != ProviderKind.NEIGHBOUR || rate.signum() < 0) {
            throw new BusinessRuleException("paid.notNeighbour", null, helper.getName());
        }
        helper.setHourlyRate(rate);
        em.flush();
    }

    /** Books the neighbour for the resident: an order of the family-aid line, accepted and dispatched to her. */
    public long book(@NotNull @Valid PaidHelpForm form) {
        Caller caller = viewer();
        Provider helper = Scoped.byId(em, Provider.class, form.getHelperId());
        if (helper.getKind() != ProviderKind.NEIGHBOUR) {
            throw new BusinessRuleException("paid.notNeighbour", "helper", helper.getName());
        }
        ServiceItem item = em.find(ServiceItem.class, form.getItemId());
        if (item == null || item.getLine() != ServiceLine.FAMILY_AID) {
            throw new BusinessRuleException("bridge.need.itemNotOfLine", "item");
        }
        NeedForm need = new NeedForm();
        need.setUnitId(caller.unitId());
        need.setRequesterId(form.getRequesterId());
        need.setLine(ServiceLine.FAMILY_AID);
        need.setItemId(item.getId());
        need.setDescription(form.getDescription().strip());
        need.setPreferredOn(form.getPreferredOn());
        need.setChannel(NeedChannel.PHONE);
        need.setConsent(true);
        long id = orders.submit(need);
        orders.move(id, OrderMove.ACCEPT, null, orders.view(id).version());
        orders.dispatch(id, helper.getId(), orders.view(id).version());
        BridgeOrder order = Scoped.byId(em, BridgeOrder.class, id);
        order.agree(form.getRate(), form.getHours());
        em.flush();
        return id;
    }

    /** The service was given: she took it and reports it done (staff record it on her behalf, by phone). */
    public void done(long orderId, @NotNull LocalDate on, @Min(value = 1, message = "{jinguo.count.min}")
            @Max(value = 1440, message = "{jinguo.count.max}") int minutes) {
        Caller caller = viewer();
        BridgeOrder order = paid(caller, orderId);
        if (on.isAfter(Beijing.today())) {
            throw new BusinessRuleException("bridge.done.future", "doneOn");
        }
        if (order.getStatus() == OrderStatus.DISPATCHED) {
            em.persist(order.move(OrderMove.TAKE, null, caller.username(), Instant.now()));
        }
        em.persist(order.move(OrderMove.REPORT_DONE, null, caller.username(), Instant.now()));
        order.reportDone(on, minutes, "有偿互助服务已完成（工作人员电话记录）", List.of());
        em.flush();
    }

    /** The helper's rating of the resident, once, after the service. */
    public void rateResident(long orderId, @Min(value = 1, message = "{jinguo.count.min}") @Max(value = 5,
            message = "{jinguo.count.max}") int stars, @Size(max = 500, message = "{jinguo.size.max}") String comment) {
        BridgeOrder order = paid(viewer(), orderId);
        order.rateRequester(stars, comment == null || comment.isBlank() ? null : comment.strip());
        em.flush();
    }

    public List<BookingRow> bookings(int first, int max) {
        viewer();
        return em.createQuery("SELECT o FROM BridgeOrder o JOIN FETCH o.requester LEFT JOIN FETCH o.provider LEFT JOIN FETCH o.item "
                        + "WHERE o.agreedRate IS NOT NULL ORDER BY o.submittedAt DESC, o.id DESC", BridgeOrder.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList().stream()
                .map(o -> new BookingRow(o.getId(), o.getOrderNo(), o.getProvider() == null ? null : o.getProvider().getName(),
                        o.getRequester().getName(), o.getItem() == null ? o.getOtherItem() : o.getItem().getNameZh(), o.getStatus(),
                        o.getAgreedRate(), o.getAgreedHours(), due(o), o.getDoneOn(), o.getRating(), o.getRequesterRating(),
                        o.getRequesterComment())).toList();
    }

    public long countBookings() {
        viewer();
        return em.createQuery("SELECT COUNT(o) FROM BridgeOrder o WHERE o.agreedRate IS NOT NULL", Long.class).getSingleResult();
    }

    public PaidFigures figures() {
        viewer();
        long helpers = em.createQuery("SELECT COUNT(p) FROM Provider p WHERE p.kind = :neighbour AND p.status = :active", Long.class)
                .setParameter("neighbour", ProviderKind.NEIGHBOUR).setParameter("active", ProviderStatus.ACTIVE).getSingleResult();
        List<BridgeOrder> all = em.createQuery("SELECT o FROM BridgeOrder o WHERE o.agreedRate IS NOT NULL", BridgeOrder.class)
                .getResultList();
        List<BridgeOrder> done = all.stream().filter(o -> o.getDoneMinutes() != null).toList();
        BigDecimal hours = done.stream().map(o -> BigDecimal.valueOf(o.getDoneMinutes()).divide(BigDecimal.valueOf(60), 1,
                RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = done.stream().map(PaidHelpService::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PaidFigures(helpers, all.size(), done.size(), hours, paid,
                average(done.stream().map(BridgeOrder::getRating).toList()),
                average(done.stream().map(BridgeOrder::getRequesterRating).toList()));
    }

    /** What she owes the helper: the rate times the hours given (or agreed, before the service). */
    static BigDecimal due(BridgeOrder o) {
        BigDecimal hours = o.getDoneMinutes() == null ? o.getAgreedHours()
                : BigDecimal.valueOf(o.getDoneMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return o.getAgreedRate() == null || hours == null ? null : o.getAgreedRate().multiply(hours).setScale(2, RoundingMode.HALF_UP);
    }

    private static Double average(List<Integer> ratings) {
        List<Integer> given = ratings.stream().filter(java.util.Objects::nonNull).toList();
        return given.isEmpty() ? null : Math.round(given.stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0;
    }

    private BridgeOrder paid(Caller caller, long orderId) {
        BridgeOrder order = Scoped.byId(em, BridgeOrder.class, orderId);
        caller.require(Permission.RECORD_EDIT, order.getUnitPath());
        if (order.getAgreedRate() == null) {
            throw new BusinessRuleException("paid.notPaidHelp", null);
        }
        return order;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
