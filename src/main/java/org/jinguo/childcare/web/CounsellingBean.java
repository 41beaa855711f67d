package org.jinguo.childcare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jinguo.childcare.model.SessionStatus;
import org.jinguo.childcare.service.CounsellingGroups;
import org.jinguo.childcare.service.CounsellingService;
import org.jinguo.childcare.service.CounsellingService.SeriesRow;
import org.jinguo.childcare.service.CounsellingService.SessionRow;
import org.jinguo.childcare.service.SeriesForm;
import org.jinguo.childcare.service.SessionForm;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.UiActions;
import org.jinguo.purchase.service.SessionDeliveries.ContractChoice;

/**
 * The counselling part of a case's page (心理辅导): its series (schedule one under the plan in force, pause, resume)
 * and its sessions, a page at a time, each recorded in a dialog by the counsellor or the caseworker.
 */
@Named
@ViewScoped
public class CounsellingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CounsellingService counselling;
    @Inject
    CaseBean caseBean;
    @Inject
    CounsellingGroups groups;

    private List<SeriesRow> series;
    private PagedList<SessionRow> sessions;
    private SeriesForm seriesForm;
    private List<ContractChoice> contracts = List.of();
    private SessionForm sessionForm;
    private SessionRow session;
    private java.util.Map<Long, List<CounsellingGroups.Candidate>> candidates = java.util.Map.of();
    private Long joinCaseId;

    /** Loads the series and the sessions' list once the case is loaded. */
    public void load() {
        if (caseBean.getFile() == null) {
            return;
        }
        long caseId = caseBean.caseId();
        series = counselling.series(caseId);
        candidates = new java.util.HashMap<>();
        if (caseBean.getFile().supervises()) {
            series.stream().filter(r -> r.group() && r.own() && r.status() == org.jinguo.childcare.model.SeriesStatus.ACTIVE)
                    .forEach(r -> candidates.put(r.id(), groups.candidates(r.id())));
        }
        sessions = new PagedList<>((first, max) -> counselling.sessions(caseId, first, max),
                () -> counselling.countSessions(caseId), row -> String.valueOf(row.id()));
    }

    public void openSeries() {
        seriesForm = new SeriesForm();
        seriesForm.setCaseId(caseBean.caseId());
        seriesForm.setWeekDays(new java.util.ArrayList<>(List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)));
        seriesForm.setStartsAt(LocalTime.of(16, 0));
        seriesForm.setStartsOn(Beijing.today());
        seriesForm.setEndsOn(Beijing.today().plusMonths(3));
        List<ContractChoice> offered = UiActions.attempt("seriesForm", () -> counselling.contracts(caseBean.caseId()));
        contracts = offered == null ? List.of() : offered;
        caseBean.getFile().team().stream().filter(m -> m.role() == org.jinguo.childcare.model.TeamRole.COUNSELLOR)
                .findFirst().ifPresent(m -> seriesForm.setCounsellorId(m.userId()));
    }

    public void schedule() {
        Long done = UiActions.attempt("seriesForm", () -> counselling.schedule(seriesForm));
        if (done != null) {
            UiActions.info("case.series.scheduled");
            load();
        }
    }

    public void pause(long seriesId, long version) {
        UiActions.attempt("seriesList", () -> {
            counselling.pause(seriesId, version);
            UiActions.info("case.series.paused");
        });
        load();
    }

    public void resume(long seriesId, long version) {
        UiActions.attempt("seriesList", () -> {
            counselling.resume(seriesId, version);
            UiActions.info("case.series.resumed");
        });
        load();
    }

    /** The supervisor adds the chosen child to the group. */
    public void join(long seriesId, long version) {
        if (joinCaseId == null) {
            UiActions.nothingChosen();
            return;
        }
        Long chosen = joinCaseId;
        UiActions.attempt("seriesList", () -> {
            groups.join(seriesId, chosen, version);
            UiActions.info("case.group.joined");
        });
        joinCaseId = null;
        load();
    }

    public List<CounsellingGroups.Candidate> candidatesOf(long seriesId) {
        return candidates.getOrDefault(seriesId, List.of());
    }

    public Long getJoinCaseId() {
        return joinCaseId;
    }

    public void setJoinCaseId(Long joinCaseId) {
        this.joinCaseId = joinCaseId;
    }

    public void openSession(SessionRow row) {
        session = row;
        sessionForm = new SessionForm();
        sessionForm.setSessionId(row.id());
        sessionForm.setVersion(row.version());
        sessionForm.setMinutes(row.minutes());
        sessionForm.setOutcome(SessionStatus.ATTENDED);
    }

    public void recordSession() {
        Boolean done = UiActions.attempt("sessionForm", () -> {
            counselling.record(sessionForm);
            UiActions.info("case.session.recordedOk", session.heldOn());
            return Boolean.TRUE;
        });
        if (done != null) {
            load();
        }
    }

    public List<SeriesRow> getSeries() {
        return series;
    }

    public PagedList<SessionRow> getSessions() {
        return sessions;
    }

    public SeriesForm getSeriesForm() {
        return seriesForm;
    }

    public List<ContractChoice> getContracts() {
        return contracts;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }

    public SessionRow getSession() {
        return session;
    }
}
