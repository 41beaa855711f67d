// Longer than 300 lines on purpose: hardship aid's one service (families, donors, donations, aid given, the figures and the donor report), each step checking the caller's reach, the pool's arithmetic kept in AidPool.
package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.bridge.model.AidFamily;
import org.jinguo.bridge.model.AidGrant;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.model.Donation;
import org.jinguo.bridge.model.Donor;
import org.jinguo.bridge.model.DonorKind;
import org.jinguo.bridge.model.HardshipReason;
import org.jinguo.bridge.model.NeedLevel;
import org.jinguo.bridge.service.AidForms.DonationForm;
import org.jinguo.bridge.service.AidForms.DonorForm;
import org.jinguo.bridge.service.AidForms.FamilyForm;
import org.jinguo.bridge.service.AidForms.GrantForm;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * Hardship aid (帮贫扶困之桥) in the caller's reach: women and families in hardship with their reasons and colour tag;
 * donors and the donations their federation received; aid given to a family out of a donation of the district's pool
 * ({@link AidPool}), or as a service; a family's aid history naming where each yuan and item came from; the figures and
 * the donor report, which add up: what a donation received is the aid given out of it plus what it still holds.
 */
@Stateless
@ScopedToCaller
public class AidService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AidPool pool;

    public record FamilyRow(long id, long personId, String name, String unitName, NeedLevel level, Set<HardshipReason> reasons,
                            String household, LocalDate registeredOn, boolean closed, BigDecimal money, long grants)
            implements Serializable {
    }

    /** One aid given, with where it came from. */
    public record GrantRow(long id, LocalDate givenOn, AidKind kind, BigDecimal amount, String item, String measure,
                           String donorName, String what, String givenBy) implements Serializable {
    }

    public record FamilyView(FamilyRow row, String situation, boolean editable, List<GrantRow> history) implements Serializable {
    }

    public record DonationRow(long id, String donorName, DonorKind donorKind, LocalDate receivedOn, AidKind kind, String item,
                              String measure, BigDecimal amount, BigDecimal remaining, HardshipReason restrictedTo,
                              String unitName) implements Serializable {

        public BigDecimal given() {
            return amount.subtract(remaining);
        }
    }

    public record DonorChoice(long id, String name, DonorKind kind) implements Serializable {
    }

    /** One donor in the report: money received, given and held; donations of goods; families helped. */
    public record DonorLine(String name, DonorKind kind, BigDecimal moneyReceived, BigDecimal moneyGiven, BigDecimal moneyHeld,
                            long goodsDonations, long familiesHelped) implements Serializable {
    }

    public record AidFigures(long families, Map<NeedLevel, Long> byLevel, Map<HardshipReason, Long> byReason,
                             BigDecimal moneyReceived, BigDecimal moneyGiven, BigDecimal moneyHeld, long goodsDonations,
                             long grants) implements Serializable {
    }

    // ---- families

    public long registerFamily(@NotNull @Valid FamilyForm form) {
        Caller caller = viewer();
        Person person = Scoped.byId(em, Person.class, form.getPersonId());
        caller.require(Permission.RECORD_EDIT, person.getUnitPath());
        if (!em.createQuery("SELECT f.id FROM AidFamily f WHERE f.person = :p", Long.class).setParameter("p", person)
                .getResultList().isEmpty()) {
            throw new BusinessRuleException("aid.family.already", "person", person.getName());
        }
        AidFamily family = new AidFamily(person, form.getLevel(), Beijing.today());
        apply(family, form);
        em.persist(family);
        em.flush();
        return family.getId();
    }

    public void updateFamily(@NotNull @Valid FamilyForm form) {
        AidFamily family = editableFamily(form.getId() == null ? -1 : form.getId());
        family.setNeedLevel(form.getLevel());
        apply(family, form);
        em.flush();
    }

    private static void apply(AidFamily family, FamilyForm form) {
        family.setReasons(form.getReasons());
        family.setHousehold(blankToNull(form.getHousehold()));
        family.setSituation(blankToNull(form.getSituation()));
    }

    public FamilyForm familyForm(long id) {
        AidFamily f = editableFamily(id);
        FamilyForm form = new FamilyForm();
        form.setId(f.getId());
        form.setPersonId(f.getPerson().getId());
        form.setLevel(f.getNeedLevel());
        form.setReasons(f.getReasons().isEmpty() ? EnumSet.noneOf(HardshipReason.class) : EnumSet.copyOf(f.getReasons()));
        form.setHousehold(f.getHousehold());
        form.setSituation(f.getSituation());
        return form;
    }

    public List<FamilyRow> families(String text, NeedLevel level, HardshipReason reason, int first, int max) {
        viewer();
        List<AidFamily> families = familyConditions(text, level, reason).list(em, "SELECT f FROM AidFamily f JOIN FETCH f.person "
                + "JOIN FETCH f.unit", " ORDER BY f.closed, f.needLevel, f.registeredOn DESC, f.id DESC", AidFamily.class, first, max);
        return familyRows(families);
    }

    public long countFamilies(String text, NeedLevel level, HardshipReason reason) {
        viewer();
        return familyConditions(text, level, reason).count(em, "SELECT COUNT(f) FROM AidFamily f");
    }

    public FamilyView family(long id) {
        Caller caller = viewer();
        AidFamily f = Scoped.byId(em, AidFamily.class, id);
        List<AidGrant> grants = em.createQuery("SELECT g FROM AidGrant g WHERE g.family = :f ORDER BY g.givenOn DESC, g.id DESC",
                AidGrant.class).setParameter("f", f).getResultList();
        Map<Long, AidPool.Available> donations = pool.describe(grants.stream().map(AidGrant::getDonationId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<GrantRow> history = grants.stream().map(g -> {
            AidPool.Available d = g.getDonationId() == null ? null : donations.get(g.getDonationId());
            return new GrantRow(g.getId(), g.getGivenOn(), g.getKind(), g.getAmount(), d == null ? null : d.item(),
                    d == null ? null : d.measure(), d == null ? null : d.donorName(), g.getWhat(), g.getGivenBy());
        }).toList();
        return new FamilyView(familyRows(List.of(f)).get(0), f.getSituation(),
                caller.can(Permission.RECORD_EDIT, f.getUnitPath()) && !f.isClosed(), history);
    }

    public void closeFamily(long id) {
        editableFamily(id).setClosed(true);
        em.flush();
    }

    // ---- donors and donations

    public long saveDonor(@NotNull @Valid DonorForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Donor donor = new Donor(form.getKind(), form.getName().strip());
        donor.setContact(blankToNull(form.getContact()));
        donor.setPhone(blankToNull(form.getPhone()));
        donor.assignTo(unit);
        em.persist(donor);
        em.flush();
        return donor.getId();
    }

    public List<DonorChoice> donors() {
        viewer();
        return em.createQuery("SELECT d FROM Donor d ORDER BY d.name, d.id", Donor.class).setMaxResults(500).getResultList()
                .stream().map(d -> new DonorChoice(d.getId(), d.getName(), d.getKind())).toList();
    }

    public long receiveDonation(@NotNull @Valid DonationForm form) {
        Caller caller = viewer();
        Donor donor = Scoped.byId(em, Donor.class, form.getDonorId());
        caller.require(Permission.RECORD_EDIT, donor.getUnitPath());
        if (form.getKind() == AidKind.SERVICE) {
            throw new BusinessRuleException("aid.donation.kind", "kind");
        }
        if (form.getKind() == AidKind.GOODS && (blankToNull(form.getItem()) == null || blankToNull(form.getMeasure()) == null)) {
            throw new BusinessRuleException("aid.donation.item", "item");
        }
        if (form.getReceivedOn().isAfter(Beijing.today())) {
            throw new BusinessRuleException("aid.donation.future", "receivedOn");
        }
        Donation donation = new Donation(donor, form.getReceivedOn(), form.getKind(), form.getAmount());
        if (form.getKind() == AidKind.GOODS) {
            donation.setItem(form.getItem().strip());
            donation.setMeasure(form.getMeasure().strip());
        }
        donation.setRestrictedTo(form.getRestrictedTo());
        donation.setNote(blankToNull(form.getNote()));
        donation.assignTo(donor.getUnit());
        em.persist(donation);
        em.flush();
        return donation.getId();
    }

    public List<DonationRow> donations(int first, int max) {
        viewer();
        return new Conditions().list(em, "SELECT d FROM Donation d JOIN FETCH d.donor JOIN FETCH d.unit",
                " ORDER BY d.receivedOn DESC, d.id DESC", Donation.class, first, max).stream()
                .map(d -> new DonationRow(d.getId(), d.getDonor().getName(), d.getDonor().getKind(), d.getReceivedOn(), d.getKind(),
                        d.getItem(), d.getMeasure(), d.getAmount(), d.getRemaining(), d.getRestrictedTo(), d.getUnit().getName()))
                .toList();
    }

    public long countDonations() {
        viewer();
        return new Conditions().count(em, "SELECT COUNT(d) FROM Donation d");
    }

    /** The donations of the district's pool that still hold something (any federation's), to give out of. */
    public List<AidPool.Available> available() {
        viewer();
        return pool.available();
    }

    // ---- aid given

    /** Gives aid to a family: out of a donation (never past what it holds, nor outside its restriction), or a service. */
    public long give(@NotNull @Valid GrantForm form) {
        AidFamily family = editableFamily(form.getFamilyId());
        if (family.isClosed()) {
            throw new BusinessRuleException("aid.family.closed", null, family.getPerson().getName());
        }
        if (form.getKind() == AidKind.SERVICE) {
            if (blankToNull(form.getWhat()) == null) {
                throw new BusinessRuleException("aid.service.what", "what");
            }
            form.setDonationId(null);
            form.setAmount(null);
        } else {
            if (form.getDonationId() == null) {
                throw new BusinessRuleException("aid.donation.required", "donation");
            }
            if (form.getAmount() == null) {
                throw new BusinessRuleException("aid.amount.positive", "amount");
            }
            pool.take(form.getDonationId(), form.getKind(), form.getAmount(), family.getReasons());
        }
        AidGrant grant = new AidGrant(family, form.getDonationId(), form.getKind(), form.getAmount(), blankToNull(form.getWhat()),
                Beijing.today(), currentCaller.require().displayName());
        em.persist(grant);
        em.flush();
        return grant.getId();
    }

    // ---- figures and the donor report

    public AidFigures figures() {
        viewer();
        Map<NeedLevel, Long> byLevel = new EnumMap<>(NeedLevel.class);
        em.createQuery("SELECT f.needLevel, COUNT(f) FROM AidFamily f WHERE f.closed = FALSE GROUP BY f.needLevel", Object[].class)
                .getResultList().forEach(r -> byLevel.put((NeedLevel) r[0], (Long) r[1]));
        Map<HardshipReason, Long> byReason = new EnumMap<>(HardshipReason.class);
        em.createQuery("SELECT r, COUNT(f) FROM AidFamily f JOIN f.reasons r WHERE f.closed = FALSE GROUP BY r", Object[].class)
                .getResultList().forEach(r -> byReason.put((HardshipReason) r[0], (Long) r[1]));
        Object[] money = em.createQuery("SELECT COALESCE(SUM(d.amount), 0), COALESCE(SUM(d.remaining), 0) FROM Donation d "
                + "WHERE d.kind = :money", Object[].class).setParameter("money", AidKind.MONEY).getSingleResult();
        long goods = em.createQuery("SELECT COUNT(d) FROM Donation d WHERE d.kind = :goods", Long.class)
                .setParameter("goods", AidKind.GOODS).getSingleResult();
        long grants = em.createQuery("SELECT COUNT(g) FROM AidGrant g", Long.class).getSingleResult();
        BigDecimal received = (BigDecimal) money[0];
        BigDecimal held = (BigDecimal) money[1];
        return new AidFigures(byLevel.values().stream().mapToLong(Long::longValue).sum(), byLevel, byReason, received,
                received.subtract(held), held, goods, grants);
    }

    /** The donor report (捐赠台账) of the donations received in the caller's reach, donor by donor. */
    public List<DonorLine> donorReport() {
        viewer();
        List<Donation> donations = em.createQuery("SELECT d FROM Donation d JOIN FETCH d.donor ORDER BY d.donor.name, d.id",
                Donation.class).getResultList();
        Map<Long, Long> helped = pool.familiesHelped(donations.stream().map(Donation::getId).toList());
        Map<Long, DonorLine> lines = new LinkedHashMap<>();
        for (Donation d : donations) {
            DonorLine was = lines.getOrDefault(d.getDonor().getId(), new DonorLine(d.getDonor().getName(), d.getDonor().getKind(),
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0));
            boolean money = d.getKind() == AidKind.MONEY;
            lines.put(d.getDonor().getId(), new DonorLine(was.name(), was.kind(),
                    money ? was.moneyReceived().add(d.getAmount()) : was.moneyReceived(),
                    money ? was.moneyGiven().add(d.getAmount().subtract(d.getRemaining())) : was.moneyGiven(),
                    money ? was.moneyHeld().add(d.getRemaining()) : was.moneyHeld(),
                    was.goodsDonations() + (money ? 0 : 1), was.familiesHelped() + helped.getOrDefault(d.getId(), 0L)));
        }
        return List.copyOf(lines.values());
    }

    // ---- rows and checks

    private List<FamilyRow> familyRows(List<AidFamily> families) {
        Map<Long, Object[]> given = new java.util.HashMap<>();
        if (!families.isEmpty()) {
            em.createQuery("SELECT g.family.id, COALESCE(SUM(CASE WHEN g.kind = :money THEN g.amount ELSE 0 END), 0), COUNT(g) "
                            + "FROM AidGrant g WHERE g.family.id IN :ids GROUP BY g.family.id", Object[].class)
                    .setParameter("money", AidKind.MONEY).setParameter("ids", families.stream().map(AidFamily::getId).toList())
                    .getResultList().forEach(r -> given.put((Long) r[0], r));
        }
        return families.stream().map(f -> {
            Object[] g = given.get(f.getId());
            return new FamilyRow(f.getId(), f.getPerson().getId(), f.getPerson().getName(), f.getUnit().getName(), f.getNeedLevel(),
                    Set.copyOf(f.getReasons()), f.getHousehold(), f.getRegisteredOn(), f.isClosed(),
                    g == null ? BigDecimal.ZERO : new BigDecimal(g[1].toString()), g == null ? 0 : (Long) g[2]);
        }).toList();
    }

    private Conditions familyConditions(String text, NeedLevel level, HardshipReason reason) {
        return new Conditions()
                .addNameIf(text, "f.person", "text")
                .addIf(level != null, "f.needLevel = :level", "level", () -> level)
                .addIf(reason != null, ":reason MEMBER OF f.reasons", "reason", () -> reason);
    }

    private AidFamily editableFamily(long id) {
        Caller caller = viewer();
        AidFamily family = Scoped.byId(em, AidFamily.class, id);
        caller.require(Permission.RECORD_EDIT, family.getUnitPath());
        return family;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
