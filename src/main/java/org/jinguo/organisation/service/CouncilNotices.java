package org.jinguo.organisation.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.organisation.model.DecisionStatus;
import org.jinguo.organisation.model.MeetingDecision;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.notify.NotificationKinds;
import org.jinguo.platform.notify.Notify;
import org.jinguo.platform.notify.Recipients;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * Reminds a unit's staff of each council decision (执委会议决定事项) not carried out by the day after tomorrow: once per
 * decision, however often or on however many servers the hourly run goes; a run missed while the server was down is
 * made up by the next.
 */
@Stateless
@LocalBean
@Local(NotificationKinds.class)
@SystemScoped
public class CouncilNotices implements NotificationKinds {

    static final String DUE = "decisionDue";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Notify> notify;

    @Override
    public List<String> kindsFor(Caller caller) {
        return caller.can(Permission.RECORD_EDIT) ? List.of(DUE) : List.of();
    }

    @Schedule(hour = "*", minute = "29", persistent = false, info = "council decisions: remind when due")
    void hourly() {
        remindDue(Beijing.today());
    }

    /** Reminds of every open decision due by the day after {@code today}; returns how many decisions. */
    public int remindDue(LocalDate today) {
        List<MeetingDecision> due = em.createQuery("SELECT d FROM MeetingDecision d JOIN FETCH d.unit WHERE d.status <> :done"
                        + " AND d.dueOn <= :by", MeetingDecision.class)
                .setParameter("done", DecisionStatus.DONE).setParameter("by", today.plusDays(1)).setMaxResults(2000).getResultList();
        for (MeetingDecision d : due) {
            String text = d.getText().length() > 30 ? d.getText().substring(0, 29) + "…" : d.getText();
            notify.fire(Notify.of(Recipients.staffOf(d.getUnit().getId(), Permission.RECORD_EDIT), DUE,
                    "/organisation/mechanisms.xhtml?unit=" + d.getUnit().getId(), text, String.valueOf(d.getDueOn()))
                    .once("decision-due:" + d.getId()));
        }
        return due.size();
    }
}
