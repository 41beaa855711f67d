package org.jinguo.purchase.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.files.FileRow;
import org.jinguo.platform.files.FileService;
import org.jinguo.platform.files.StoredFile;
import org.jinguo.platform.files.Upload;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Delivery;
import org.jinguo.purchase.model.Programme;
import org.jinguo.purchase.model.ServiceContract;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;

/**
 * Purchase of services (购买服务): contracts of the caller's unit and below with a provider organisation,
 * the deliveries recorded against them with their evidence, progress (delivered against contracted,
 * money spent against the budget) and the closing evaluation. Neither the quantity nor the budget can
 * be overrun, and a closed contract takes no more deliveries.
 */
@Stateless
@ScopedToCaller
public class ContractService {

    private static final Map<String, String> SORTS = Map.of("title", "c.title", "unitName", "c.unit.name",
            "providerName", "c.provider.name", "programme", "c.programme", "budget", "c.budget", "endsOn", "c.endsOn",
            "status", "c.status", "startsOn", "c.startsOn");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A contract in a list, with its progress. */
    public record ContractRow(long id, String title, String unitName, long providerId, String providerName,
                              Programme programme, String measure, int quantity, long delivered, BigDecimal budget,
                              BigDecimal spent, LocalDate startsOn, LocalDate endsOn, ContractStatus status)
            implements Serializable {

        /** Delivered as a whole percentage of the contracted quantity (0–100). */
        public int deliveredPercent() {
            return quantity == 0 ? 0 : (int) Math.min(100, delivered * 100 / quantity);
        }

        /** Spent as a whole percentage of the budget (0–100). */
        public int spentPercent() {
            return budget.signum() == 0 ? 0 : spent.multiply(BigDecimal.valueOf(100))
                    .divide(budget, 0, java.math.RoundingMode.DOWN).min(BigDecimal.valueOf(100)).intValue();
        }

        public BigDecimal remaining() {
            return budget.subtract(spent);
        }
    }

    public record ContractView(ContractRow row, String deliverable, BigDecimal unitPrice, LocalDate signedOn,
                               LocalDate closedOn, String closedBy, Integer rating, String evaluation, long deliveries,
                               boolean editable) implements Serializable {
    }

    public record DeliveryRow(long id, LocalDate deliveredOn, String place, String communityName, int quantity,
                              int participants, BigDecimal amount, String notes, String recordedBy, List<FileRow> files)
            implements Serializable {
    }

    public long create(@NotNull @Valid ContractForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        SocialOrg provider = Scoped.byId(em, SocialOrg.class, form.getProviderId());
        if (form.getEndsOn().isBefore(form.getStartsOn())) {
            throw new BusinessRuleException("contract.endsBeforeStart", "endsOn");
        }
        if (form.getStartsOn().isBefore(form.getSignedOn().minusYears(1))) {
            throw new BusinessRuleException("contract.startsLongBeforeSigned", "startsOn");
        }
        ServiceContract contract = new ServiceContract(form.getTitle().strip(), provider, form.getProgramme(),
                form.getDeliverable().strip(), form.getMeasure().strip(), form.getQuantity(), form.getBudget(),
                form.getSignedOn(), form.getStartsOn(), form.getEndsOn());
        contract.assignTo(unit);
        em.persist(contract);
        em.flush();
        return contract.getId();
    }

    /**
     * Records a delivery. The contract is locked while its totals are checked, so two deliveries recorded
     * at once cannot together overrun it.
     */
    public long recordDelivery(@NotNull @Valid DeliveryForm form, @NotNull List<Upload> files) {
        Caller caller = viewer();
        ServiceContract contract = Scoped.byId(em, ServiceContract.class, form.getContractId());
        caller.require(Permission.RECORD_EDIT, contract.getUnitPath());
        BigDecimal amount = checkedAmount(em, contract, form.getDeliveredOn(), form.getQuantity(), form.getAmount());
        OrgUnit community = null;
        if (form.getCommunityId() != null) {
            community = Scoped.byId(em, OrgUnit.class, form.getCommunityId());
            if (community.getType() != UnitType.COMMUNITY && community.getType() != UnitType.VILLAGE) {
                throw new BusinessRuleException("delivery.notACommunity", "community", community.getName());
            }
        }
        List<StoredFile> stored = FileService.store(em, files, contract.getUnit(), caller.username());
        Delivery delivery = new Delivery(contract, form.getDeliveredOn(), form.getPlace().strip(), community,
                form.getQuantity(), form.getParticipants(), amount, blankToNull(form.getNotes()), caller.username(), stored);
        em.persist(delivery);
        em.flush();
        return delivery.getId();
    }

    /**
     * Locks the contract and checks a delivery of {@code quantity} on {@code on} against it: open, within its period,
     * within its quantity and budget. Returns what the delivery costs ({@code given}, or priced by the contract; the
     * last delivery takes what rounding left over). Two deliveries recorded at once cannot together overrun it.
     */
    static BigDecimal checkedAmount(EntityManager em, ServiceContract contract, LocalDate on, int quantity, BigDecimal given) {
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        if (contract.getStatus() == ContractStatus.CLOSED) {
            throw new BusinessRuleException("contract.closed", "deliveredOn");
        }
        if (on.isBefore(contract.getStartsOn()) || on.isAfter(contract.getEndsOn())) {
            throw new BusinessRuleException("delivery.outsidePeriod", "deliveredOn", contract.getStartsOn(),
                    contract.getEndsOn());
        }
        Object[] totals = totals(em, List.of(contract.getId())).getOrDefault(contract.getId(), new Object[]{0L, BigDecimal.ZERO});
        long delivered = (Long) totals[0];
        BigDecimal spent = (BigDecimal) totals[1];
        if (delivered + quantity > contract.getQuantity()) {
            throw new BusinessRuleException("delivery.overQuantity", "quantity", contract.getQuantity() - delivered,
                    contract.getMeasure());
        }
        BigDecimal amount = given != null ? given : contract.unitPrice().multiply(BigDecimal.valueOf(quantity));
        if (delivered + quantity == contract.getQuantity() && given == null) {
            amount = contract.getBudget().subtract(spent);
        }
        if (spent.add(amount).compareTo(contract.getBudget()) > 0) {
            throw new BusinessRuleException("delivery.overBudget", "amount", contract.getBudget().subtract(spent));
        }
        return amount;
    }

    /** Closes the contract with its evaluation; whatever was not delivered stays undelivered. */
    public void close(long contractId, @NotNull @Valid ClosingForm form) {
        Caller caller = viewer();
        ServiceContract contract = Scoped.byId(em, ServiceContract.class, contractId);
        caller.require(Permission.RECORD_EDIT, contract.getUnitPath());
        if (contract.getStatus() == ContractStatus.CLOSED) {
            throw new BusinessRuleException("contract.closed", "evaluation");
        }
        if (form.getOn().isBefore(contract.getStartsOn())) {
            throw new BusinessRuleException("contract.closeBeforeStart", "closedOn", contract.getStartsOn());
        }
        contract.close(form.getOn(), caller.username(), form.getRating(), form.getEvaluation().strip());
        em.flush();
    }

    public List<ContractRow> list(@NotNull ContractFilter filter, int first, int max, Sorting sorting) {
        viewer();
        List<ServiceContract> contracts = conditions(filter).list(em, "SELECT c FROM ServiceContract c JOIN FETCH c.unit "
                + "JOIN FETCH c.provider", sorting.orderBy(SORTS, "c.endsOn DESC, c.id DESC", "c.id"), ServiceContract.class,
                first, max);
        return rows(contracts);
    }

    public long count(@NotNull ContractFilter filter) {
        viewer();
        return conditions(filter).count(em, "SELECT COUNT(c) FROM ServiceContract c");
    }

    public ContractView view(long id) {
        Caller caller = viewer();
        ServiceContract c = em.createQuery("SELECT c FROM ServiceContract c JOIN FETCH c.unit JOIN FETCH c.provider "
                        + "WHERE c.id = :id", ServiceContract.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(org.jinguo.platform.errors.RecordNotFoundException::new);
        ContractRow row = rows(List.of(c)).get(0);
        long deliveries = em.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.contract = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        return new ContractView(row, c.getDeliverable(), c.unitPrice(), c.getSignedOn(), c.getClosedOn(), c.getClosedBy(),
                c.getRating(), c.getEvaluation(), deliveries, caller.can(Permission.RECORD_EDIT, c.getUnitPath()));
    }

    public List<DeliveryRow> deliveries(long contractId, int first, int max) {
        viewer();
        ServiceContract contract = Scoped.byId(em, ServiceContract.class, contractId);
        return em.createQuery("SELECT d FROM Delivery d LEFT JOIN FETCH d.community WHERE d.contract = :c "
                        + "ORDER BY d.deliveredOn DESC, d.id DESC", Delivery.class)
                .setParameter("c", contract)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList().stream()
                .map(d -> new DeliveryRow(d.getId(), d.getDeliveredOn(), d.getPlace(),
                        d.getCommunity() == null ? null : d.getCommunity().getName(), d.getQuantity(), d.getParticipants(),
                        d.getAmount(), d.getNotes(), d.getRecordedBy(), d.getFiles().stream().map(StoredFile::row).toList()))
                .toList();
    }

    public long countDeliveries(long contractId) {
        viewer();
        ServiceContract contract = Scoped.byId(em, ServiceContract.class, contractId);
        return em.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.contract = :c", Long.class)
                .setParameter("c", contract).getSingleResult();
    }

    /** Contracts an organisation provides (for its page). */
    public List<ContractRow> ofProvider(long orgId) {
        ContractFilter filter = new ContractFilter();
        filter.setProviderId(orgId);
        return list(filter, 0, 100, Sorting.NONE);
    }

    private List<ContractRow> rows(List<ServiceContract> contracts) {
        Map<Long, Object[]> totals = contracts.isEmpty() ? Map.of()
                : totals(em, contracts.stream().map(ServiceContract::getId).toList());
        return contracts.stream().map(c -> {
            Object[] t = totals.getOrDefault(c.getId(), new Object[]{0L, BigDecimal.ZERO});
            return new ContractRow(c.getId(), c.getTitle(), c.getUnit().getName(), c.getProvider().getId(),
                    c.getProvider().getName(), c.getProgramme(), c.getMeasure(), c.getQuantity(), (Long) t[0], c.getBudget(),
                    (BigDecimal) t[1], c.getStartsOn(), c.getEndsOn(), c.getStatus());
        }).toList();
    }

    /** Per contract id: {delivered quantity (Long), money spent (BigDecimal)}, in one query. */
    static Map<Long, Object[]> totals(EntityManager em, List<Long> ids) {
        Map<Long, Object[]> totals = new HashMap<>();
        em.createQuery("SELECT d.contract.id, SUM(d.quantity), SUM(d.amount) FROM Delivery d WHERE d.contract.id IN :ids "
                        + "GROUP BY d.contract.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> totals.put((Long) r[0], new Object[]{((Number) r[1]).longValue(),
                        new BigDecimal(r[2].toString()).setScale(2, java.math.RoundingMode.HALF_UP)}));
        return totals;
    }

    private Conditions conditions(ContractFilter filter) {
        String path = filter.getUnitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath();
        String text = filter.getText();
        return new Conditions()
                .addIf(path != null, "c.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(Like.given(text), "(LOWER(c.title) LIKE :text" + Like.ESCAPE + " OR LOWER(c.provider.name) LIKE :text"
                        + Like.ESCAPE + ")", "text", () -> Like.containing(text))
                .addIf(filter.getStatus() != null, "c.status = :status", "status", filter::getStatus)
                .addIf(filter.getProgramme() != null, "c.programme = :programme", "programme", filter::getProgramme)
                .addIf(filter.getProviderId() != null, "c.provider.id = :provider", "provider", filter::getProviderId);
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
