package org.jinguo.incubation.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.incubation.model.Assessment;
import org.jinguo.incubation.model.AssessmentCriterion;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.IncubationStep;
import org.jinguo.incubation.model.Score;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.incubation.model.Stage;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.files.FileService;
import org.jinguo.platform.files.StoredFile;
import org.jinguo.platform.files.Upload;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;

/**
 * The incubation pipeline's moves: only those {@link Stage#next()} allows, each a step of the timeline
 * with who, when, notes, a reason where one is needed and documents; and the scored admission
 * assessment, whose decision admits (the organisation may then move in) or rejects (it leaves the
 * pipeline at once, with the assessment's notes as the reason).
 */
@Stateless
@ScopedToCaller
public class PipelineService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A criterion as the assessment form and the settings page show it. */
    public record CriterionRow(long id, String nameZh, String nameEn, int weight, int sortOrder, boolean active, long version)
            implements Serializable {
    }

    /** Moves the organisation to {@code target}; returns the step's id. */
    public long advance(long orgId, @NotNull Stage target, @NotNull @Valid StepForm form, @NotNull List<Upload> files) {
        Caller caller = currentCaller.require(Permission.RECORD_EDIT);
        SocialOrg org = locked(orgId, caller);
        Stage from = org.getStage();
        if (!from.allows(target)) {
            throw new BusinessRuleException("incubation.notAllowed", "target", from, target);
        }
        if (target == Stage.MOVED_IN && !admitted(org)) {
            throw new BusinessRuleException("incubation.admitFirst", "target");
        }
        return step(org, target, form, files, caller).getId();
    }

    /** Records an admission assessment at the assessment stage; a rejection ends the pipeline with the notes as its reason. */
    public long assess(long orgId, @NotNull @Valid AssessmentForm form) {
        Caller caller = currentCaller.require(Permission.RECORD_EDIT);
        SocialOrg org = locked(orgId, caller);
        if (org.getStage() != Stage.ASSESSMENT) {
            throw new BusinessRuleException("incubation.assess.notNow", "decision", org.getStage());
        }
        if (form.getOn().isBefore(org.getStageSince())) {
            throw new BusinessRuleException("incubation.date.beforeStage", "on", org.getStageSince());
        }
        List<AssessmentCriterion> criteria = activeCriteria();
        List<Score> scores = new ArrayList<>();
        for (AssessmentCriterion criterion : criteria) {
            Integer score = form.getScores().get(criterion.getId());
            if (score == null || score < 0 || score > Score.MAX) {
                throw new BusinessRuleException("incubation.score.missing", "scores", criterion.getNameZh(), Score.MAX);
            }
            scores.add(new Score(scores.size(), criterion.getNameZh(), criterion.getNameEn(), criterion.getWeight(), score));
        }
        String notes = blankToNull(form.getNotes());
        if (form.getDecision() == Decision.REJECT && notes == null) {
            throw new BusinessRuleException("incubation.reason.required", "notes");
        }
        Assessment assessment = new Assessment(org, form.getOn(), caller.username(), scores, form.getDecision(), notes);
        em.persist(assessment);
        if (form.getDecision() == Decision.REJECT) {
            StepForm step = new StepForm();
            step.setOn(form.getOn());
            step.setReason(notes);
            step.setNotes(null);
            step(org, Stage.REJECTED, step, List.of(), caller);
        }
        em.flush();
        return assessment.getId();
    }

    public List<CriterionRow> criteria() {
        currentCaller.require(Permission.RECORD_VIEW);
        return em.createQuery("SELECT c FROM AssessmentCriterion c ORDER BY c.active DESC, c.sortOrder, c.id",
                AssessmentCriterion.class).getResultList().stream().map(PipelineService::row).toList();
    }

    /** Adds a criterion (no id) or changes one; at least one must stay active. */
    public long saveCriterion(@NotNull @Valid CriterionForm form) {
        currentCaller.require(Permission.CRITERIA_MANAGE);
        AssessmentCriterion criterion;
        if (form.getId() == null) {
            criterion = new AssessmentCriterion(form.getNameZh().strip(), form.getNameEn().strip(), form.getWeight(),
                    form.getSortOrder());
            em.persist(criterion);
        } else {
            criterion = em.createQuery("SELECT c FROM AssessmentCriterion c WHERE c.id = :id", AssessmentCriterion.class)
                    .setParameter("id", form.getId()).getResultStream().findFirst()
                    .orElseThrow(org.jinguo.platform.errors.RecordNotFoundException::new);
            if (criterion.getVersion() != form.getVersion()) {
                throw new ConcurrentChangeException();
            }
            criterion.change(form.getNameZh().strip(), form.getNameEn().strip(), form.getWeight(), form.getSortOrder(),
                    form.isActive());
        }
        em.flush();
        if (activeCriteria().isEmpty()) {
            throw new BusinessRuleException("incubation.criteria.none", "active");
        }
        return criterion.getId();
    }

    List<AssessmentCriterion> activeCriteria() {
        return em.createQuery("SELECT c FROM AssessmentCriterion c WHERE c.active = TRUE ORDER BY c.sortOrder, c.id",
                AssessmentCriterion.class).getResultList();
    }

    private static CriterionRow row(AssessmentCriterion c) {
        return new CriterionRow(c.getId(), c.getNameZh(), c.getNameEn(), c.getWeight(), c.getSortOrder(), c.isActive(),
                c.getVersion());
    }

    private IncubationStep step(SocialOrg org, Stage target, StepForm form, List<Upload> files, Caller caller) {
        String reason = blankToNull(form.getReason());
        if (target.needsReason() && reason == null) {
            throw new BusinessRuleException("incubation.reason.required", "reason");
        }
        if (form.getOn().isBefore(org.getStageSince())) {
            throw new BusinessRuleException("incubation.date.beforeStage", "on", org.getStageSince());
        }
        List<StoredFile> stored = FileService.store(em, files, org.getUnit(), caller.username());
        IncubationStep step = new IncubationStep(org, org.getStage(), target, form.getOn(), caller.username(),
                blankToNull(form.getNotes()), target.needsReason() ? reason : null, stored);
        org.moveTo(target, form.getOn());
        em.persist(step);
        em.flush();
        return step;
    }

    /** Whether the latest assessment admits the organisation (checked only at the assessment stage). */
    private boolean admitted(SocialOrg org) {
        return em.createQuery("SELECT a.decision FROM Assessment a WHERE a.org = :org ORDER BY a.assessedOn DESC, a.id DESC",
                        Decision.class).setParameter("org", org).setMaxResults(1).getResultStream()
                .findFirst().map(d -> d == Decision.ADMIT).orElse(false);
    }

    /** The organisation, locked so that two staff moving it at once cannot both succeed. */
    private SocialOrg locked(long orgId, Caller caller) {
        SocialOrg org = Scoped.byId(em, SocialOrg.class, orgId);
        caller.require(Permission.RECORD_EDIT, org.getUnitPath());
        em.lock(org, LockModeType.PESSIMISTIC_WRITE);
        return org;
    }
}
