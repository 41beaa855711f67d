package org.jinguo.incubation.service;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.incubation.model.Assessment;
import org.jinguo.incubation.model.Booking;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.IncubationStep;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.model.Support;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.files.FileRow;
import org.jinguo.platform.files.StoredFile;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.volunteer.model.Team;

/**
 * Social organisations of the caller's unit and below: their application (the first step of the
 * pipeline), their details and members, the list and the board by stage, and each one's whole record
 * (timeline, assessments, what the base gave it, its bookings). Moves along the pipeline are
 * {@link PipelineService}'s.
 */
@Stateless
@ScopedToCaller
public class OrganisationService {

    private static final Map<String, String> SORTS = Map.of("name", "o.name", "unitName", "o.unit.name",
            "kind", "o.kind", "legalStatus", "o.legalStatus", "stage", "o.stage", "stageSince", "o.stageSince",
            "appliedOn", "o.appliedOn");


    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** One organisation in a list. */
    public record OrgRow(long id, String name, String unitName, OrgKind kind, LegalStatus legalStatus, Stage stage,
                         LocalDate stageSince, LocalDate appliedOn, String contactName, String originTeam)
            implements Serializable {
    }

    public record MemberRow(long personId, String name, String unitName, boolean contact) implements Serializable {
    }

    public record StepRow(long id, Stage from, Stage to, LocalDate on, String recordedBy, String notes, String reason,
                          List<FileRow> files) implements Serializable {
    }

    public record ScoreRow(String criterionZh, String criterionEn, int weight, int score) implements Serializable {
    }

    public record AssessmentRow(long id, LocalDate on, String assessor, BigDecimal total, Decision decision, String notes,
                                List<ScoreRow> scores) implements Serializable {
    }

    /** An organisation with its whole record, and what the viewer may do with it. */
    public record OrgView(OrgRow row, String registrationNumber, String introduction, Long originTeamId, long version,
                          List<MemberRow> members, List<StepRow> timeline, List<AssessmentRow> assessments,
                          List<SupportService.SupportRow> supports, List<SupportService.BookingRow> bookings, Set<Stage> next, boolean admitted,
                          boolean editable) implements Serializable {
    }

    /** Receives an application (接受申请): the organisation enters the pipeline at its first stage. */
    public long apply(@NotNull @Valid OrgForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        SocialOrg org = new SocialOrg(form.getName().strip(), form.getKind(), form.getLegalStatus(), form.getAppliedOn());
        org.assignTo(unit);
        copy(form, org);
        em.persist(org);
        em.persist(new IncubationStep(org, null, Stage.APPLIED, form.getAppliedOn(), caller.username(), null, null,
                List.of()));
        em.flush();
        return org.getId();
    }

    public OrgForm editForm(long id) {
        viewer();
        SocialOrg org = Scoped.byId(em, SocialOrg.class, id);
        OrgForm form = new OrgForm();
        form.setId(org.getId());
        form.setVersion(org.getVersion());
        form.setUnitId(org.getUnit().getId());
        form.setName(org.getName());
        form.setKind(org.getKind());
        form.setLegalStatus(org.getLegalStatus());
        form.setRegistrationNumber(org.getRegistrationNumber());
        form.setContactId(org.getContact() == null ? null : org.getContact().getId());
        form.setOriginTeamId(org.getOriginTeam() == null ? null : org.getOriginTeam().getId());
        form.setIntroduction(org.getIntroduction());
        form.setAppliedOn(org.getAppliedOn());
        return form;
    }

    /** Changes the details; the stage changes only through the pipeline, the date applied never. */
    public void update(@NotNull @Valid OrgForm form) {
        SocialOrg org = editable(form.getId());
        if (org.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        org.setName(form.getName().strip());
        org.setKind(form.getKind());
        org.setLegalStatus(form.getLegalStatus());
        copy(form, org);
        em.flush();
    }

    public void addMember(long orgId, long personId) {
        SocialOrg org = editable(orgId);
        Person person = Scoped.byId(em, Person.class, personId);
        if (!org.addMember(person)) {
            throw new BusinessRuleException("org.member.already", "member", person.getName());
        }
        em.flush();
    }

    public void removeMember(long orgId, long personId) {
        SocialOrg org = editable(orgId);
        Person person = Scoped.byId(em, Person.class, personId);
        if (person.equals(org.getContact())) {
            throw new BusinessRuleException("org.member.contact", "member", person.getName());
        }
        org.removeMember(person);
        em.flush();
    }

    public List<OrgRow> list(@NotNull OrgFilter filter, int first, int max, Sorting sorting) {
        viewer();
        return conditions(em, filter).list(em, "SELECT o FROM SocialOrg o JOIN FETCH o.unit LEFT JOIN FETCH o.contact "
                        + "LEFT JOIN FETCH o.originTeam", sorting.orderBy(SORTS, "o.name, o.id", "o.id"), SocialOrg.class,
                        first, max).stream().map(OrganisationService::row).toList();
    }

    public long count(@NotNull OrgFilter filter) {
        viewer();
        return conditions(em, filter).count(em, "SELECT COUNT(o) FROM SocialOrg o");
    }

    public OrgView view(long id) {
        Caller caller = viewer();
        SocialOrg org = em.createQuery("SELECT o FROM SocialOrg o JOIN FETCH o.unit LEFT JOIN FETCH o.contact "
                        + "LEFT JOIN FETCH o.originTeam WHERE o.id = :id", SocialOrg.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(RecordNotFoundException::new);
        List<MemberRow> members = em.createQuery("SELECT p FROM SocialOrg o JOIN o.members p JOIN FETCH p.unit "
                        + "WHERE o.id = :id ORDER BY p.name, p.id", Person.class)
                .setParameter("id", org.getId()).getResultList().stream()
                .map(p -> new MemberRow(p.getId(), p.getName(), p.getUnit().getName(), p.equals(org.getContact())))
                .toList();
        List<StepRow> timeline = em.createQuery("SELECT s FROM IncubationStep s WHERE s.org = :org "
                        + "ORDER BY s.happenedOn, s.id", IncubationStep.class)
                .setParameter("org", org).getResultList().stream()
                .map(s -> new StepRow(s.getId(), s.getFromStage(), s.getToStage(), s.getHappenedOn(), s.getRecordedBy(),
                        s.getNotes(), s.getReason(), s.getFiles().stream().map(StoredFile::row).toList()))
                .toList();
        List<AssessmentRow> assessments = em.createQuery("SELECT a FROM Assessment a WHERE a.org = :org "
                        + "ORDER BY a.assessedOn, a.id", Assessment.class)
                .setParameter("org", org).getResultList().stream()
                .map(OrganisationService::assessmentRow)
                .toList();
        List<SupportService.SupportRow> supports = em.createQuery("SELECT s FROM Support s JOIN FETCH s.org WHERE s.org = :org "
                        + "ORDER BY s.givenOn DESC, s.id DESC", Support.class)
                .setParameter("org", org).setMaxResults(200).getResultList().stream()
                .map(SupportService::supportRow).toList();
        List<SupportService.BookingRow> bookings = em.createQuery("SELECT b FROM Booking b JOIN FETCH b.room JOIN FETCH b.org "
                        + "WHERE b.org = :org AND b.bookedOn >= :from ORDER BY b.bookedOn, b.startsAt, b.id", Booking.class)
                .setParameter("org", org).setParameter("from", Beijing.today().minusDays(30))
                .setMaxResults(200).getResultList().stream()
                .map(SupportService::bookingRow).toList();
        boolean editable = caller.can(Permission.RECORD_EDIT, org.getUnitPath());
        return new OrgView(row(org), org.getRegistrationNumber(), org.getIntroduction(),
                org.getOriginTeam() == null ? null : org.getOriginTeam().getId(), org.getVersion(), members, timeline,
                assessments, supports, bookings, editable ? org.getStage().next() : Set.of(),
                admitted(assessments, org.getStage()), editable);
    }

    /** Whether the latest assessment, made at the assessment stage, admits the organisation. */
    static boolean admitted(List<AssessmentRow> assessments, Stage stage) {
        return stage == Stage.ASSESSMENT && !assessments.isEmpty()
                && assessments.get(assessments.size() - 1).decision() == Decision.ADMIT;
    }

    /** One organisation as a list shows it (for pickers). */
    public OrgRow row(long id) {
        viewer();
        return row(Scoped.byId(em, SocialOrg.class, id));
    }

    /** Organisations matching a name, for pickers (a contract's provider, a booking). */
    public List<OrgRow> search(String text, boolean residentsOnly, int max) {
        OrgFilter filter = new OrgFilter();
        filter.setText(text);
        filter.setResidentsOnly(residentsOnly);
        return list(filter, 0, max, new Sorting("name", true));
    }

    static OrgRow row(SocialOrg o) {
        return new OrgRow(o.getId(), o.getName(), o.getUnit().getName(), o.getKind(), o.getLegalStatus(), o.getStage(),
                o.getStageSince(), o.getAppliedOn(), o.getContact() == null ? null : o.getContact().getName(),
                o.getOriginTeam() == null ? null : o.getOriginTeam().getName());
    }

    static AssessmentRow assessmentRow(Assessment a) {
        return new AssessmentRow(a.getId(), a.getAssessedOn(), a.getAssessor(), a.getTotal(), a.getDecision(), a.getNotes(),
                a.getScores().stream().map(s -> new ScoreRow(s.getCriterionZh(), s.getCriterionEn(), s.getWeight(),
                        s.getScore())).toList());
    }

    private void copy(OrgForm form, SocialOrg org) {
        org.setRegistrationNumber(blankToNull(form.getRegistrationNumber()));
        org.setIntroduction(blankToNull(form.getIntroduction()));
        if (form.getLegalStatus() == LegalStatus.REGISTERED && org.getRegistrationNumber() == null) {
            throw new BusinessRuleException("org.registrationNumber.required", "registrationNumber");
        }
        if (form.getContactId() == null) {
            org.setContact(null);
        } else if (org.getContact() == null || !org.getContact().getId().equals(form.getContactId())) {
            org.setContact(Scoped.byId(em, Person.class, form.getContactId()));
        }
        if (form.getOriginTeamId() == null) {
            org.setOriginTeam(null);
        } else if (org.getOriginTeam() == null || !org.getOriginTeam().getId().equals(form.getOriginTeamId())) {
            // a new link must be to a team the user sees; an existing one is kept even when its team is
            // another street's (the base incubates organisations from the whole district)
            org.setOriginTeam(Scoped.byId(em, Team.class, form.getOriginTeamId()));
        }
    }

    /** The filter's conditions (also the board's: {@link BoardService}). */
    static Conditions conditions(EntityManager em, OrgFilter filter) {
        String path = filter.getUnitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath();
        String text = filter.getText();
        return new Conditions()
                .addIf(path != null, "o.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(Like.given(text), "LOWER(o.name) LIKE :text" + Like.ESCAPE, "text", () -> Like.containing(text))
                .addIf(filter.getKind() != null, "o.kind = :kind", "kind", filter::getKind)
                .addIf(filter.getLegalStatus() != null, "o.legalStatus = :legal", "legal", filter::getLegalStatus)
                .addIf(filter.getStage() != null, "o.stage = :stage", "stage", filter::getStage)
                .addIf(filter.isFromTeamsOnly(), "o.originTeam IS NOT NULL")
                .addIf(filter.isResidentsOnly(), "o.stage IN :resident", "resident", () -> Stage.RESIDENT);
    }

    SocialOrg editable(long orgId) {
        Caller caller = viewer();
        SocialOrg org = Scoped.byId(em, SocialOrg.class, orgId);
        caller.require(Permission.RECORD_EDIT, org.getUnitPath());
        return org;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
