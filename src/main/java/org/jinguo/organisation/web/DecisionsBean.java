package org.jinguo.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.jinguo.organisation.model.DecisionStatus;
import org.jinguo.organisation.service.CouncilService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/** The open decisions of the unit's subtree (overdue ones marked): their follow-up and their export. */
@Named
@ViewScoped
public class DecisionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The open decisions as a spreadsheet shows them. */
    static final SheetColumns<CouncilService.DecisionRow> COLUMNS = SheetColumns.of(CouncilService.DecisionRow.class)
            .column("meeting.heldOn", CouncilService.DecisionRow::heldOn)
            .column("meeting.topic", CouncilService.DecisionRow::topic)
            .column("person.unit", CouncilService.DecisionRow::unitName)
            .column("decision.text", CouncilService.DecisionRow::text)
            .column("decision.responsible", CouncilService.DecisionRow::responsible)
            .column("decision.dueOn", CouncilService.DecisionRow::dueOn)
            .column("decision.status", CouncilService.DecisionRow::status)
            .column("decision.note", CouncilService.DecisionRow::followUp);

    @Inject
    MechanismsBean mechanisms;
    @Inject
    CouncilService council;
    @Inject
    AuditTrail auditTrail;

    private PagedList<CouncilService.DecisionRow> decisions;
    private CouncilService.DecisionRow followUpTarget;
    private DecisionStatus followUpStatus;
    private String followUpNote;

    @PostConstruct
    void init() {
        decisions = new PagedList<>((first, max) -> council.openDecisions(mechanisms.unitId(), first, max),
                () -> council.countOpenDecisions(mechanisms.unitId()), row -> String.valueOf(row.id()));
    }

    public void prepareFollowUp(CouncilService.DecisionRow row) {
        followUpTarget = row;
        followUpStatus = row.status();
        followUpNote = row.followUp();
    }

    public void saveFollowUp() {
        if (followUpTarget == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("followUpForm", () -> {
            council.followUp(followUpTarget.id(), followUpStatus, followUpNote);
            UiActions.info("decision.followedUp");
        });
    }

    /** The open decisions of the subtree as a spreadsheet; audited. */
    public void exportDecisions() throws IOException {
        long unit = mechanisms.unitId();
        Downloads.xlsx(Texts.get("decisions.open"), COLUMNS, (first, max) -> council.openDecisions(unit, first, max),
                count -> auditTrail.exported("MeetingDecision", count, "open decisions under unit " + unit));
    }

    public DecisionStatus[] getStatuses() {
        return DecisionStatus.values();
    }

    public PagedList<CouncilService.DecisionRow> getDecisions() {
        return decisions;
    }

    public CouncilService.DecisionRow getFollowUpTarget() {
        return followUpTarget;
    }

    public DecisionStatus getFollowUpStatus() {
        return followUpStatus;
    }

    public void setFollowUpStatus(DecisionStatus followUpStatus) {
        this.followUpStatus = followUpStatus;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }
}
