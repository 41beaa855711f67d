package org.jinguo.childcare.model;

import static org.jinguo.childcare.model.CaseStatus.ACTIVE;
import static org.jinguo.childcare.model.CaseStatus.ASSESSED;
import static org.jinguo.childcare.model.CaseStatus.CLOSED;
import static org.jinguo.childcare.model.CaseStatus.CLOSURE_REQUESTED;
import static org.jinguo.childcare.model.CaseStatus.PLAN_RETURNED;
import static org.jinguo.childcare.model.CaseStatus.PLAN_SUBMITTED;
import static org.jinguo.childcare.model.CaseStatus.REGISTERED;
import static org.jinguo.childcare.model.CaseStatus.UNDER_REVIEW;

import java.util.EnumSet;
import java.util.Set;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * The case lifecycle of the children's care project, written once: referral and registration → intake assessment →
 * an intervention plan the supervisor approves or returns with comments → services → periodic reviews (the plan kept,
 * or revised and approved again) → closure with a reason, approved by the supervisor. Each move names the states it
 * may start from, the state it leads to, who makes it and whether it needs a reason (or comments). Any other move is
 * refused and changes nothing ({@link #apply}).
 */
public enum CaseMove {
    /** 完成评估: the intake assessment is recorded. */
    ASSESS(EnumSet.of(REGISTERED), ASSESSED, CaseActor.CASEWORKER, false),
    /** 提交计划: a first plan, a plan revised after it was returned, or a plan revised at a review. */
    SUBMIT_PLAN(EnumSet.of(ASSESSED, PLAN_RETURNED, UNDER_REVIEW), PLAN_SUBMITTED, CaseActor.CASEWORKER, false),
    /** 批准计划: the plan goes live; it cannot before. */
    APPROVE_PLAN(EnumSet.of(PLAN_SUBMITTED), ACTIVE, CaseActor.SUPERVISOR, false),
    /** 退回计划, with the supervisor's comments. */
    RETURN_PLAN(EnumSet.of(PLAN_SUBMITTED), PLAN_RETURNED, CaseActor.SUPERVISOR, true),
    /** 开始阶段评估: a periodic review of the plan in force. */
    START_REVIEW(EnumSet.of(ACTIVE), UNDER_REVIEW, CaseActor.CASEWORKER, false),
    /** 维持计划: the review finds the plan still right; it goes on. */
    KEEP_PLAN(EnumSet.of(UNDER_REVIEW), ACTIVE, CaseActor.CASEWORKER, false),
    /** 申请结案, with its reason (goals met, turned 18, moved away, taken into care …). */
    REQUEST_CLOSURE(EnumSet.of(REGISTERED, ASSESSED, PLAN_RETURNED, ACTIVE, UNDER_REVIEW), CLOSURE_REQUESTED,
            CaseActor.CASEWORKER, true),
    /** 年满十八岁: the platform puts the case up for closure on her 18th birthday. */
    TURNED_18(EnumSet.of(REGISTERED, ASSESSED, PLAN_SUBMITTED, PLAN_RETURNED, ACTIVE, UNDER_REVIEW), CLOSURE_REQUESTED,
            CaseActor.SYSTEM, false),
    /** 批准结案. */
    APPROVE_CLOSURE(EnumSet.of(CLOSURE_REQUESTED), CLOSED, CaseActor.SUPERVISOR, false),
    /** 不同意结案, with comments: the services go on. */
    REFUSE_CLOSURE(EnumSet.of(CLOSURE_REQUESTED), ACTIVE, CaseActor.SUPERVISOR, true);

    private final Set<CaseStatus> from;
    private final CaseStatus to;
    private final CaseActor actor;
    private final boolean reasonRequired;

    CaseMove(Set<CaseStatus> from, CaseStatus to, CaseActor actor, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reasonRequired = reasonRequired;
    }

    /** The moves that may start from {@code status}: none from a final one. */
    public static Set<CaseMove> from(CaseStatus status) {
        Set<CaseMove> moves = EnumSet.noneOf(CaseMove.class);
        for (CaseMove move : values()) {
            if (move.from.contains(status)) {
                moves.add(move);
            }
        }
        return moves;
    }

    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    /**
     * The state this move leads to from {@code current}, with its reason checked; refused with a message
     * ({@code case.move.notAllowed}, {@code case.reason.required}) when it is not allowed there, changing nothing.
     */
    public CaseStatus apply(CaseStatus current, String reason) {
        if (!allowedFrom(current)) {
            throw new BusinessRuleException("case.move.notAllowed", null);
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("case.reason.required", "reason");
        }
        return to;
    }

    public CaseStatus to() {
        return to;
    }

    public CaseActor actor() {
        return actor;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
