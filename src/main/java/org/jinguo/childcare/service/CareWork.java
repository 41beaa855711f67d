package org.jinguo.childcare.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.work.WorkItem;
import org.jinguo.platform.work.WorkItem.Urgency;
import org.jinguo.platform.work.WorkSource;

/**
 * The children's project's to-dos on the home page, counted by the case list itself (so a caseworker counts only the
 * cases she is on the team of): for a supervisor, the plans and the closures waiting for her approval; for a
 * caseworker or supervisor, the cases with an assessment, review or follow-up due within a week or overdue.
 */
@Stateless
@ScopedToCaller
public class CareWork implements WorkSource {

    @Inject
    CaseRegistry registry;

    @Override
    public List<WorkItem> itemsFor(Caller caller) {
        List<WorkItem> items = new ArrayList<>();
        if (caller.can(Permission.CHILD_CASE_SUPERVISE)) {
            WorkItem.of("plansToApprove", registry.count(status(CaseStatus.PLAN_SUBMITTED)), Urgency.DUE,
                    "/childcare/cases.xhtml?status=PLAN_SUBMITTED").ifPresent(items::add);
            WorkItem.of("closuresToApprove", registry.count(status(CaseStatus.CLOSURE_REQUESTED)), Urgency.DUE,
                    "/childcare/cases.xhtml?status=CLOSURE_REQUESTED").ifPresent(items::add);
        }
        if (caller.can(Permission.CHILD_CASE_WORK) || caller.can(Permission.CHILD_CASE_SUPERVISE)) {
            CaseFilter due = new CaseFilter();
            due.setDueOnly(true);
            WorkItem.of("caseTasksDue", registry.count(due), Urgency.DUE, "/childcare/cases.xhtml?due=true")
                    .ifPresent(items::add);
        }
        if (caller.can(Permission.CHILD_CASE_WORK)) {
            WorkItem.of("plansReturned", registry.count(status(CaseStatus.PLAN_RETURNED)), Urgency.DUE,
                    "/childcare/cases.xhtml?status=PLAN_RETURNED").ifPresent(items::add);
        }
        return items;
    }

    private static CaseFilter status(CaseStatus status) {
        CaseFilter filter = new CaseFilter();
        filter.setStatus(status);
        return filter;
    }
}
