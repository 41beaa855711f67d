package org.jinguo.childcare.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import org.jinguo.childcare.model.CancelledBy;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.ChosenBy;
import org.jinguo.childcare.model.ClosureReason;
import org.jinguo.childcare.model.Deliverer;
import org.jinguo.childcare.model.GuardianRelation;
import org.jinguo.childcare.model.RiskLevel;
import org.jinguo.childcare.model.SeriesKind;
import org.jinguo.childcare.model.SessionStatus;
import org.jinguo.person.model.Gender;

/** The choices the children's care pages offer; the pages label them from the bundle. */
@Named
@ApplicationScoped
public class ChildcareChoices {

    public ChildCategory[] getCategories() {
        return ChildCategory.values();
    }

    public RiskLevel[] getRisks() {
        return RiskLevel.values();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public GuardianRelation[] getRelations() {
        return GuardianRelation.values();
    }

    public Deliverer[] getDeliverers() {
        return Deliverer.values();
    }

    public SeriesKind[] getSeriesKinds() {
        return SeriesKind.values();
    }

    public ChosenBy[] getChoosers() {
        return ChosenBy.values();
    }

    /** What a session can turn out to be (not "planned"). */
    public SessionStatus[] getOutcomes() {
        return new SessionStatus[]{SessionStatus.ATTENDED, SessionStatus.MISSED, SessionStatus.CANCELLED};
    }

    public CancelledBy[] getCancellers() {
        return CancelledBy.values();
    }

    public ClosureReason[] getClosureReasons() {
        return ClosureReason.values();
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }
}
