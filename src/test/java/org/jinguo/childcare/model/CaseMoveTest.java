package org.jinguo.childcare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jinguo.platform.errors.BusinessRuleException;
import org.junit.jupiter.api.Test;

/**
 * The case lifecycle, every state against every move. The expected table is written out here by hand from the issue
 * (registration → assessment → a plan approved or returned → services → reviews → closure approved; a child turning
 * 18 puts any open case up for closure), not derived from the code it checks.
 */
class CaseMoveTest {

    /** state: the moves allowed from it, and where each leads. */
    private static final String EXPECTED = """
            REGISTERED        ASSESS>ASSESSED REQUEST_CLOSURE>CLOSURE_REQUESTED TURNED_18>CLOSURE_REQUESTED
            ASSESSED          SUBMIT_PLAN>PLAN_SUBMITTED REQUEST_CLOSURE>CLOSURE_REQUESTED TURNED_18>CLOSURE_REQUESTED
            PLAN_SUBMITTED    APPROVE_PLAN>ACTIVE RETURN_PLAN>PLAN_RETURNED TURNED_18>CLOSURE_REQUESTED
            PLAN_RETURNED     SUBMIT_PLAN>PLAN_SUBMITTED REQUEST_CLOSURE>CLOSURE_REQUESTED TURNED_18>CLOSURE_REQUESTED
            ACTIVE            START_REVIEW>UNDER_REVIEW REQUEST_CLOSURE>CLOSURE_REQUESTED TURNED_18>CLOSURE_REQUESTED
            UNDER_REVIEW      SUBMIT_PLAN>PLAN_SUBMITTED KEEP_PLAN>ACTIVE REQUEST_CLOSURE>CLOSURE_REQUESTED TURNED_18>CLOSURE_REQUESTED
            CLOSURE_REQUESTED APPROVE_CLOSURE>CLOSED REFUSE_CLOSURE>ACTIVE
            CLOSED
            """;

    @Test
    void everyStateAllowsExactlyItsMovesAndRefusesEveryOther() {
        List<String> actual = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            StringBuilder line = new StringBuilder(String.format("%-17s", status.name()));
            for (CaseMove move : CaseMove.values()) {
                if (move.allowedFrom(status)) {
                    line.append(' ').append(move.name()).append('>').append(move.apply(status, "原因").name());
                } else {
                    BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> move.apply(status, "原因"),
                            move + " from " + status);
                    assertEquals("case.move.notAllowed", refused.messageKey());
                }
            }
            actual.add(line.toString().strip());
        }
        assertEquals(EXPECTED.strip().lines().map(String::strip).toList(), actual);
    }

    @Test
    void returnsAndClosuresNeedTheirReasonAndOnlyTheSupervisorApproves() {
        EnumSet<CaseMove> withReason = EnumSet.of(CaseMove.RETURN_PLAN, CaseMove.REQUEST_CLOSURE, CaseMove.REFUSE_CLOSURE);
        for (CaseMove move : CaseMove.values()) {
            assertEquals(withReason.contains(move), move.reasonRequired(), move::name);
            if (move.reasonRequired()) {
                CaseStatus from = EnumSet.allOf(CaseStatus.class).stream().filter(move::allowedFrom).findFirst().orElseThrow();
                BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> move.apply(from, "  "));
                assertEquals("case.reason.required", refused.messageKey());
                assertEquals("reason", refused.field());
            }
        }
        for (CaseMove move : CaseMove.values()) {
            boolean approval = move.name().startsWith("APPROVE_") || move == CaseMove.RETURN_PLAN || move == CaseMove.REFUSE_CLOSURE;
            assertEquals(approval, move.actor() == CaseActor.SUPERVISOR, move::name);
        }
        assertEquals(CaseActor.SYSTEM, CaseMove.TURNED_18.actor());
        assertTrue(CaseStatus.CLOSED.isFinal());
        assertEquals(List.of(CaseStatus.CLOSED), EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isFinal).toList(),
                "only a closed case is final");
    }

    @Test
    void aPlanGoesLiveOnlyThroughTheSupervisorsApproval() {
        for (CaseMove move : CaseMove.values()) {
            if (move.to() == CaseStatus.ACTIVE && move != CaseMove.KEEP_PLAN && move != CaseMove.REFUSE_CLOSURE) {
                assertEquals(CaseMove.APPROVE_PLAN, move, "only an approval puts a new plan in force");
            }
        }
        assertEquals(EnumSet.of(CaseStatus.UNDER_REVIEW), EnumSet.allOf(CaseStatus.class).stream()
                .filter(CaseMove.KEEP_PLAN::allowedFrom).collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class))),
                "a plan is kept only at a review of a plan already approved");
    }
}
