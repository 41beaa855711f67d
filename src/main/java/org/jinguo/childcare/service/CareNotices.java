package org.jinguo.childcare.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.TeamMember;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.platform.notify.NotificationKinds;
import org.jinguo.platform.notify.Notify;
import org.jinguo.platform.notify.Recipients;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * What the children's project tells people: the case's caseworkers that the supervisor returned a plan. The text names
 * the case number only, never the child (not even her pseudonym); the case page decides what its reader may see.
 */
@ApplicationScoped
public class CareNotices implements NotificationKinds {

    static final String PLAN_RETURNED = "planReturned";

    @Inject
    Event<Notify> notify;

    @Override
    public List<String> kindsFor(Caller caller) {
        return caller.can(Permission.CHILD_CASE_WORK) ? List.of(PLAN_RETURNED) : List.of();
    }

    public void planReturned(ChildCase c) {
        List<Long> caseworkers = c.getTeam().stream().filter(m -> m.role() == TeamRole.CASEWORKER).map(TeamMember::userId).toList();
        notify.fire(Notify.of(Recipients.users(caseworkers), PLAN_RETURNED, "/childcare/case.xhtml?id=" + c.getId(), c.getCaseNo()));
    }
}
