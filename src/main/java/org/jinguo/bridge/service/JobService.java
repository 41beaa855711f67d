// Longer than 300 lines on purpose: the job platform's one service (employers, positions, seekers, matching both ways, referrals to the follow-up, figures), each step checking the caller's reach on the record's unit.
package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jinguo.bridge.model.Employer;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.Position;
import org.jinguo.bridge.model.Referral;
import org.jinguo.bridge.model.ReferralStatus;
import org.jinguo.bridge.model.Seeker;
import org.jinguo.bridge.model.SeekerStatus;
import org.jinguo.bridge.model.WorkHours;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.match.Scorecard;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.unit.model.OrgUnit;

/**
 * The Bridge's job platform (就业供需平台): employers and their positions, kept by the federation of their area; women
 * registered as job seekers, kept by their own unit; matching both ways on one score ({@link JobFit}); referrals of a
 * seeker to a position with the employer's answer, the placement (never past a position's headcount) and the follow-up
 * three months on; the figures. Positions are read from the district's {@link JobBoard}: a seeker of any street may be
 * referred to a firm of any area.
 */
@Stateless
@ScopedToCaller
public class JobService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    JobBoard board;

    public record EmployerChoice(long id, String name) implements Serializable {
    }

    public record PositionRow(long id, String title, String employerName, String place, String streetName, WorkHours hours,
                              String hoursNote, BigDecimal payFrom, BigDecimal payTo, int headcount, long placed,
                              LocalDate openUntil, boolean closed, String unitName, Set<JobSkill> skills) implements Serializable {

        public boolean isFilled() {
            return placed >= headcount;
        }

        public boolean isOpen() {
            return !closed && !isFilled() && !openUntil.isBefore(Beijing.today());
        }
    }

    public record SeekerRow(long id, long personId, String name, String unitName, String unitPath, String phoneMasked, Set<JobSkill> skills,
                            Set<WorkHours> hours, String wishes, BigDecimal wantedPay, SeekerStatus status,
                            LocalDate registeredOn, List<String> training) implements Serializable {
    }

    /** A candidate on the other side, with her (or its) score card. */
    public record Match(long id, String name, String detail, Scorecard card) implements Serializable {
    }

    public record ReferralRow(long id, long seekerId, String seekerName, long positionId, String positionTitle,
                              String employerName, ReferralStatus status, int score, LocalDate referredOn,
                              LocalDate answeredOn, String answerNote, LocalDate placedOn, LocalDate followUpDue,
                              LocalDate followedUpOn, Boolean stillEmployed, String followUpNote) implements Serializable {

        /** The follow-up is due (or overdue) and not yet done. */
        public boolean followUpDueNow() {
            return followUpDue != null && followedUpOn == null && !followUpDue.isAfter(Beijing.today());
        }
    }

    public record PositionView(PositionRow row, String description, String employerContact, String employerPhone,
                               boolean editable, List<ReferralRow> referrals) implements Serializable {
    }

    public record SeekerView(SeekerRow row, boolean editable, List<ReferralRow> referrals) implements Serializable {
    }

    public record JobFigures(long looking, long placedSeekers, long openPositions, long placements, long followUpsDue,
                             Map<String, Long> placementsByStreet) implements Serializable {
    }

    // ---- employers and positions

    public long saveEmployer(@NotNull @Valid EmployerForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Employer employer = new Employer(form.getName().strip());
        employer.setContact(blankToNull(form.getContact()));
        employer.setPhone(blankToNull(form.getPhone()));
        employer.setAddress(blankToNull(form.getAddress()));
        employer.assignTo(unit);
        em.persist(employer);
        em.flush();
        return employer.getId();
    }

    /** The employers of the caller's reach, to post positions for. */
    public List<EmployerChoice> employers() {
        viewer();
        return em.createQuery("SELECT e FROM Employer e ORDER BY e.name, e.id", Employer.class).setMaxResults(500)
                .getResultList().stream().map(e -> new EmployerChoice(e.getId(), e.getName())).toList();
    }

    public long savePosition(@NotNull @Valid PositionForm form) {
        Caller caller = viewer();
        Employer employer = Scoped.byId(em, Employer.class, form.getEmployerId());
        caller.require(Permission.RECORD_EDIT, employer.getUnitPath());
        if (form.getPayFrom() != null && form.getPayTo() != null && form.getPayFrom().compareTo(form.getPayTo()) > 0) {
            throw new BusinessRuleException("position.payRange", "payTo");
        }
        Position position;
        if (form.getId() == null) {
            if (form.getOpenUntil().isBefore(Beijing.today())) {
                throw new BusinessRuleException("position.untilPast", "openUntil");
            }
            position = new Position(employer, form.getTitle().strip(), form.getPlace().strip(), form.getHours(),
                    form.getHeadcount(), form.getOpenUntil());
            position.assignTo(employer.getUnit());
        } else {
            position = editablePosition(form.getId());
            long placed = board.placed(List.of(position.getId())).getOrDefault(position.getId(), 0L);
            if (form.getHeadcount() < placed) {
                throw new BusinessRuleException("position.belowPlaced", "headcount", placed);
            }
            position.setTitle(form.getTitle().strip());
            position.setPlace(form.getPlace().strip());
            position.setHours(form.getHours());
            position.setHeadcount(form.getHeadcount());
            position.setOpenUntil(form.getOpenUntil());
        }
        position.setStreet(form.getStreetId() == null ? null : em.find(OrgUnit.class, form.getStreetId()));
        position.setHoursNote(blankToNull(form.getHoursNote()));
        position.setPayFrom(form.getPayFrom());
        position.setPayTo(form.getPayTo());
        position.setSkills(form.getSkills());
        position.setDescription(blankToNull(form.getDescription()));
        if (form.getId() == null) {
            em.persist(position);
        }
        em.flush();
        return position.getId();
    }

    public PositionForm positionForm(long id) {
        Position p = editablePosition(id);
        PositionForm form = new PositionForm();
        form.setId(p.getId());
        form.setEmployerId(p.getEmployer().getId());
        form.setTitle(p.getTitle());
        form.setPlace(p.getPlace());
        form.setStreetId(p.getStreet() == null ? null : p.getStreet().getId());
        form.setHours(p.getHours());
        form.setHoursNote(p.getHoursNote());
        form.setPayFrom(p.getPayFrom());
        form.setPayTo(p.getPayTo());
        form.setHeadcount(p.getHeadcount());
        form.setOpenUntil(p.getOpenUntil());
        form.setSkills(p.skillSet());
        form.setDescription(p.getDescription());
        return form;
    }

    public void closePosition(long id) {
        editablePosition(id).setClosed(true);
        em.flush();
    }

    /**
     * The district's positions, whoever posted them (they hold no personal data, and a seeker of any street may be
     * referred to any of them); the open ones only when asked.
     */
    public List<PositionRow> positions(String text, boolean openOnly, int first, int max) {
        viewer();
        return positionRows(board.list(text, openOnly, first, max));
    }

    public long countPositions(String text, boolean openOnly) {
        viewer();
        return board.count(text, openOnly);
    }

    /** A position of any unit (positions hold no personal data); the referrals to it that the caller may see. */
    public PositionView position(long id) {
        Caller caller = viewer();
        Position p = board.position(id);
        List<ReferralRow> referrals = referralRows(em.createQuery("SELECT r FROM Referral r JOIN FETCH r.seeker s JOIN FETCH s.person "
                + "WHERE r.position.id = :id ORDER BY r.referredOn DESC, r.id DESC", Referral.class).setParameter("id", id).getResultList());
        return new PositionView(positionRows(List.of(p)).get(0), p.getDescription(), p.getEmployer().getContact(),
                p.getEmployer().getPhone(), caller.can(Permission.RECORD_EDIT, p.getUnitPath()), referrals);
    }

    // ---- seekers

    public long registerSeeker(@NotNull @Valid SeekerForm form) {
        Caller caller = viewer();
        Person person = Scoped.byId(em, Person.class, form.getPersonId());
        caller.require(Permission.RECORD_EDIT, person.getUnitPath());
        boolean known = !em.createQuery("SELECT s.id FROM Seeker s WHERE s.person = :p", Long.class).setParameter("p", person)
                .getResultList().isEmpty();
        if (known) {
            throw new BusinessRuleException("seeker.already", "person", person.getName());
        }
        Seeker seeker = new Seeker(person, Beijing.today());
        apply(seeker, form);
        em.persist(seeker);
        em.flush();
        return seeker.getId();
    }

    public void updateSeeker(@NotNull @Valid SeekerForm form) {
        Seeker seeker = editableSeeker(form.getId() == null ? -1 : form.getId());
        apply(seeker, form);
        seeker.setStatus(form.getStatus() == null ? seeker.getStatus() : form.getStatus());
        em.flush();
    }

    private static void apply(Seeker seeker, SeekerForm form) {
        seeker.setSkills(form.getSkills());
        seeker.setHours(form.getHours());
        seeker.setWishes(blankToNull(form.getWishes()));
        seeker.setWantedPay(form.getWantedPay());
    }

    public SeekerForm seekerForm(long id) {
        Seeker s = editableSeeker(id);
        SeekerForm form = new SeekerForm();
        form.setId(s.getId());
        form.setPersonId(s.getPerson().getId());
        form.setSkills(s.getSkills().isEmpty() ? java.util.EnumSet.noneOf(JobSkill.class) : java.util.EnumSet.copyOf(s.getSkills()));
        form.setHours(s.getHours().isEmpty() ? java.util.EnumSet.noneOf(WorkHours.class) : java.util.EnumSet.copyOf(s.getHours()));
        form.setWishes(s.getWishes());
        form.setWantedPay(s.getWantedPay());
        form.setStatus(s.getStatus());
        return form;
    }

    public List<SeekerRow> seekers(String text, SeekerStatus status, int first, int max) {
        viewer();
        return seekerRows(seekerConditions(text, status).list(em, "SELECT s FROM Seeker s JOIN FETCH s.person p JOIN FETCH s.unit",
                " ORDER BY s.registeredOn DESC, s.id DESC", Seeker.class, first, max));
    }

    public long countSeekers(String text, SeekerStatus status) {
        viewer();
        return seekerConditions(text, status).count(em, "SELECT COUNT(s) FROM Seeker s");
    }

    public SeekerView seeker(long id) {
        Caller caller = viewer();
        Seeker s = Scoped.byId(em, Seeker.class, id);
        List<ReferralRow> referrals = referralRows(em.createQuery("SELECT r FROM Referral r JOIN FETCH r.seeker s JOIN FETCH s.person "
                + "WHERE r.seeker = :s ORDER BY r.referredOn DESC, r.id DESC", Referral.class).setParameter("s", s).getResultList());
        return new SeekerView(seekerRows(List.of(s)).get(0), caller.can(Permission.RECORD_EDIT, s.getUnitPath()), referrals);
    }

    // ---- matching both ways

    /** The seekers of the caller's reach still looking, best fit first, each with her score card. */
    public List<Match> rankSeekers(long positionId, int max) {
        viewer();
        Position p = board.position(positionId);
        JobFit.It it = it(p);
        List<SeekerRow> looking = seekerRows(em.createQuery("SELECT s FROM Seeker s JOIN FETCH s.person JOIN FETCH s.unit "
                + "WHERE s.status = :looking", Seeker.class).setParameter("looking", SeekerStatus.LOOKING).setMaxResults(2000)
                .getResultList());
        return looking.stream().map(s -> new Match(s.id(), s.name(), s.unitName(), JobFit.score(her(s), it)))
                .sorted(Comparator.comparingInt((Match m) -> -m.card().total()).thenComparing(Match::id))
                .limit(max).toList();
    }

    /** The open positions of the district, best fit for her first, each with its score card. */
    public List<Match> rankPositions(long seekerId, int max) {
        viewer();
        SeekerRow s = seekerRows(List.of(Scoped.byId(em, Seeker.class, seekerId))).get(0);
        JobFit.Her her = her(s);
        return board.open().stream().map(p -> new Match(p.getId(), p.getTitle(), p.getEmployer().getName(), JobFit.score(her, it(p))))
                .sorted(Comparator.comparingInt((Match m) -> -m.card().total()).thenComparing(Match::id))
                .limit(max).toList();
    }

    // ---- referrals

    /** Refers her to an open position, with the score she has for it now. */
    public long refer(long seekerId, long positionId) {
        Seeker seeker = editableSeeker(seekerId);
        Position position = board.open().stream().filter(p -> p.getId() == positionId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("position.notOpen", null));
        if (seeker.getStatus() != SeekerStatus.LOOKING) {
            throw new BusinessRuleException("seeker.notLooking", null, seeker.getPerson().getName());
        }
        boolean already = !em.createQuery("SELECT r.id FROM Referral r WHERE r.seeker = :s AND r.position = :p", Long.class)
                .setParameter("s", seeker).setParameter("p", position).getResultList().isEmpty();
        if (already) {
            throw new BusinessRuleException("referral.already", null, seeker.getPerson().getName());
        }
        SeekerRow row = seekerRows(List.of(seeker)).get(0);
        Referral referral = new Referral(seeker, position, JobFit.score(her(row), it(position)).total(), Beijing.today());
        em.persist(referral);
        em.flush();
        return referral.getId();
    }

    public void answer(long referralId, boolean yes, @Size(max = 300, message = "{jinguo.size.max}") String note) {
        editableReferral(referralId).answer(yes, blankToNull(note), Beijing.today());
        em.flush();
    }

    /** She starts work in the position: never past its headcount (the position is locked while counting). */
    public void place(long referralId, @NotNull LocalDate on) {
        Referral referral = editableReferral(referralId);
        if (referral.getStatus() != ReferralStatus.ACCEPTED) {
            throw new BusinessRuleException("referral.notAccepted", null);
        }
        if (on.isAfter(Beijing.today()) || on.isBefore(referral.getReferredOn())) {
            throw new BusinessRuleException("referral.placedOnInvalid", null);
        }
        board.requireRoom(referral.getPositionId());
        referral.place(on);
        referral.getSeeker().setStatus(SeekerStatus.PLACED);
        em.flush();
    }

    public void followUp(long referralId, boolean stillEmployed, @Size(max = 300, message = "{jinguo.size.max}") String note) {
        editableReferral(referralId).followUp(stillEmployed, blankToNull(note), Beijing.today());
        em.flush();
    }

    /** The figures of the caller's reach (seekers, placements by the street she lives in) and the district's open positions. */
    public JobFigures figures() {
        viewer();
        Map<SeekerStatus, Long> byStatus = new java.util.EnumMap<>(SeekerStatus.class);
        em.createQuery("SELECT s.status, COUNT(s) FROM Seeker s GROUP BY s.status", Object[].class).getResultList()
                .forEach(r -> byStatus.put((SeekerStatus) r[0], (Long) r[1]));
        long open = board.open().size();
        List<Object[]> placed = em.createQuery("SELECT r.unitPath, r.followUpDue, r.followedUpOn FROM Referral r "
                + "WHERE r.status = :placed", Object[].class).setParameter("placed", ReferralStatus.PLACED).getResultList();
        Map<String, Long> byPath = new TreeMap<>();
        LocalDate today = Beijing.today();
        long due = 0;
        for (Object[] r : placed) {
            byPath.merge(DataScope.streetOf((String) r[0]), 1L, Long::sum);
            if (r[2] == null && !((LocalDate) r[1]).isAfter(today)) {
                due++;
            }
        }
        Map<String, String> names = board.unitNames(byPath.keySet());
        Map<String, Long> byStreet = new LinkedHashMap<>();
        byPath.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> byStreet.merge(names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), Long::sum));
        return new JobFigures(byStatus.getOrDefault(SeekerStatus.LOOKING, 0L), byStatus.getOrDefault(SeekerStatus.PLACED, 0L),
                open, placed.size(), due, byStreet);
    }

    // ---- rows and checks

    private static JobFit.Her her(SeekerRow s) {
        return new JobFit.Her(s.skills(), s.hours(), s.unitPath(), s.wantedPay(), !s.training().isEmpty());
    }

    private static JobFit.It it(Position p) {
        return new JobFit.It(p.skillSet(), p.getHours(), p.getStreet() == null ? null : p.getStreet().getPath(), p.getPayTo());
    }

    private List<PositionRow> positionRows(List<Position> positions) {
        Map<Long, Long> placed = board.placed(positions.stream().map(Position::getId).toList());
        return positions.stream().map(p -> new PositionRow(p.getId(), p.getTitle(), p.getEmployer().getName(), p.getPlace(),
                p.getStreet() == null ? null : p.getStreet().getName(), p.getHours(), p.getHoursNote(), p.getPayFrom(),
                p.getPayTo(), p.getHeadcount(), placed.getOrDefault(p.getId(), 0L), p.getOpenUntil(), p.isClosed(),
                p.getUnit().getName(), p.skillSet())).toList();
    }

    private List<SeekerRow> seekerRows(List<Seeker> seekers) {
        Map<Long, List<String>> training = board.training(seekers.stream().map(s -> s.getPerson().getId()).toList());
        return seekers.stream().map(s -> new SeekerRow(s.getId(), s.getPerson().getId(), s.getPerson().getName(),
                s.getUnit().getName(), s.getUnitPath(), Masks.phone(s.getPerson().getPhone()), Set.copyOf(s.getSkills()), Set.copyOf(s.getHours()),
                s.getWishes(), s.getWantedPay(), s.getStatus(), s.getRegisteredOn(),
                training.getOrDefault(s.getPerson().getId(), List.of()))).toList();
    }

    private List<ReferralRow> referralRows(List<Referral> referrals) {
        Map<Long, Position> positions = board.positions(referrals.stream().map(Referral::getPositionId).distinct().toList());
        return referrals.stream().map(r -> referralRow(r, positions.get(r.getPositionId()))).toList();
    }

    private static ReferralRow referralRow(Referral r, Position p) {
        return new ReferralRow(r.getId(), r.getSeeker().getId(), r.getSeeker().getPerson().getName(),
                p.getId(), p.getTitle(), p.getEmployer().getName(), r.getStatus(),
                r.getScore(), r.getReferredOn(), r.getAnsweredOn(), r.getAnswerNote(), r.getPlacedOn(), r.getFollowUpDue(),
                r.getFollowedUpOn(), r.getStillEmployed(), r.getFollowUpNote());
    }

    private Conditions seekerConditions(String text, SeekerStatus status) {
        return new Conditions()
                .addNameIf(text, "s.person", "text")
                .addIf(status != null, "s.status = :status", "status", () -> status);
    }

    private Position editablePosition(long id) {
        Caller caller = viewer();
        Position position = Scoped.byId(em, Position.class, id);
        caller.require(Permission.RECORD_EDIT, position.getUnitPath());
        return position;
    }

    private Seeker editableSeeker(long id) {
        Caller caller = viewer();
        Seeker seeker = Scoped.byId(em, Seeker.class, id);
        caller.require(Permission.RECORD_EDIT, seeker.getUnitPath());
        return seeker;
    }

    private Referral editableReferral(long id) {
        Caller caller = viewer();
        Referral referral = Scoped.byId(em, Referral.class, id);
        caller.require(Permission.RECORD_EDIT, referral.getUnitPath());
        return referral;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
