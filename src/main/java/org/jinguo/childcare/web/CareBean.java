package org.jinguo.childcare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jinguo.childcare.model.ActivityKind;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.VisitKind;
import org.jinguo.childcare.service.CareService;
import org.jinguo.childcare.service.CareService.TutoringRow;
import org.jinguo.childcare.service.CareService.VisitRow;
import org.jinguo.childcare.service.LessonForm;
import org.jinguo.childcare.service.TutorForm;
import org.jinguo.childcare.service.VisitForm;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.ActivityDirectory;
import org.jinguo.volunteer.service.ChildSafeVolunteers.Tutor;

/** The care part of a case's page (关爱服务): its visits and its volunteer tutoring, each recorded in a dialog. */
@Named
@ViewScoped
public class CareBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CareService care;
    @Inject
    CaseBean caseBean;

    private List<VisitRow> visits = List.of();
    private List<TutoringRow> tutoring = List.of();
    private VisitForm visit;
    private TutorForm tutor;
    private List<Tutor> tutors = List.of();
    private LessonForm lesson;
    private List<CareService.ActivityRow> activities = List.of();
    private List<ActivityDirectory.ActivityRef> near = List.of();
    private Long activityId;
    private ActivityKind activityKind = ActivityKind.THEMED;
    private String activityNote;

    /** Loads the visits and tutoring once the case is loaded, for those who read the whole file. */
    public void load() {
        if (caseBean.getFile() == null || !caseBean.getFile().seesFile()) {
            return;
        }
        visits = care.visits(caseBean.caseId());
        tutoring = care.tutoring(caseBean.caseId());
        activities = care.activities(caseBean.caseId());
    }

    public void openActivity() {
        activityId = null;
        activityKind = ActivityKind.THEMED;
        activityNote = null;
        List<ActivityDirectory.ActivityRef> found = UiActions.attempt("activityForm", () -> care.activitiesNear(caseBean.caseId()));
        near = found == null ? List.of() : found;
    }

    public void saveActivity() {
        if (activityId == null) {
            UiActions.nothingChosen();
            return;
        }
        Boolean done = UiActions.attempt("activityForm", () -> {
            care.recordActivity(caseBean.caseId(), activityId, activityKind, activityNote);
            UiActions.info("case.activity.recorded");
            return Boolean.TRUE;
        });
        if (done == null) {
            return;
        }
        load();
    }

    public List<CareService.ActivityRow> getActivities() {
        return activities;
    }

    public List<ActivityDirectory.ActivityRef> getNear() {
        return near;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public ActivityKind getActivityKind() {
        return activityKind;
    }

    public void setActivityKind(ActivityKind activityKind) {
        this.activityKind = activityKind;
    }

    public String getActivityNote() {
        return activityNote;
    }

    public void setActivityNote(String activityNote) {
        this.activityNote = activityNote;
    }

    public ActivityKind[] getActivityKinds() {
        return ActivityKind.values();
    }

    public void openVisit() {
        visit = new VisitForm();
        visit.setCaseId(caseBean.caseId());
        visit.setVisitedOn(Beijing.today());
        visit.setKind(caseBean.getFile().status() == CaseStatus.CLOSED ? VisitKind.FOLLOW_UP : VisitKind.CARING);
    }

    public void saveVisit() {
        Long id = UiActions.attempt("visitForm", () -> care.recordVisit(visit));
        if (id != null) {
            UiActions.info("case.visit.recorded");
        }
    }

    public void openTutor() {
        tutor = new TutorForm();
        tutor.setCaseId(caseBean.caseId());
        tutor.setStartsOn(Beijing.today());
        List<Tutor> near = UiActions.attempt("tutorForm", () -> care.tutorsFor(caseBean.caseId()));
        tutors = near == null ? List.of() : near;
    }

    public void saveTutor() {
        Long id = UiActions.attempt("tutorForm", () -> care.assignTutor(tutor));
        if (id != null) {
            UiActions.info("case.tutoring.assigned");
        }
    }

    public void openLesson(long tutoringId) {
        lesson = new LessonForm();
        lesson.setTutoringId(tutoringId);
        lesson.setHeldOn(Beijing.today());
    }

    public void saveLesson() {
        Long id = UiActions.attempt("lessonForm", () -> care.logLesson(lesson));
        if (id != null) {
            UiActions.info("case.tutoring.lessonLogged");
        }
    }

    public void endTutoring(long tutoringId) {
        UiActions.attempt("careCard", () -> {
            care.endTutoring(tutoringId);
            UiActions.info("case.tutoring.endedOk");
        });
        load();
    }

    public List<VisitRow> getVisits() {
        return visits;
    }

    public List<TutoringRow> getTutoring() {
        return tutoring;
    }

    public VisitForm getVisit() {
        return visit;
    }

    public TutorForm getTutor() {
        return tutor;
    }

    public List<Tutor> getTutors() {
        return tutors;
    }

    public LessonForm getLesson() {
        return lesson;
    }

    public VisitKind[] getVisitKinds() {
        return VisitKind.values();
    }
}
