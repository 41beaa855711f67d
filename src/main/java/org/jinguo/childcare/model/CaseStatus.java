package org.jinguo.childcare.model;

/**
 * Where a child's case stands (童梦童乐·困境儿童关爱项目), Primero-like. Every case runs through the same states; the
 * moves between them are {@link CaseMove}, the only place that says which are allowed.
 */
public enum CaseStatus {
    /** 已登记: referred and registered, her intake assessment to come. */
    REGISTERED,
    /** 已评估: the intake assessment is done (family, income, living conditions, health, school, tests, risk). */
    ASSESSED,
    /** 计划待审批: an intervention plan (first or revised) waits for the supervisor. */
    PLAN_SUBMITTED,
    /** 计划退回: the supervisor returned the plan with comments, to be revised and submitted again. */
    PLAN_RETURNED,
    /** 服务中: the approved plan is being carried out (services, sessions, visits). */
    ACTIVE,
    /** 阶段评估中: a periodic review; the plan stays, or is revised and approved again. */
    UNDER_REVIEW,
    /** 结案待审批: closing was asked for, with its reason; the supervisor decides. */
    CLOSURE_REQUESTED,
    /** 已结案: closed with the supervisor's approval; follow-up visits may still be recorded. Final. */
    CLOSED;

    /** No move leaves this state. */
    public boolean isFinal() {
        return CaseMove.from(this).isEmpty();
    }

    /** The states in which a plan is in force and services are given: in service, or under review. */
    public static final java.util.Set<CaseStatus> IN_SERVICE = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(ACTIVE, UNDER_REVIEW));

    public boolean inService() {
        return IN_SERVICE.contains(this);
    }
}
