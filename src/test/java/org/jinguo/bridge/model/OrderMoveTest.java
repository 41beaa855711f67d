package org.jinguo.bridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jinguo.platform.errors.BusinessRuleException;
import org.junit.jupiter.api.Test;

/**
 * The order lifecycle, every state against every move. The expected table is written out here by hand from the
 * issue (待受理 → 已受理 / 不予受理 → 已派单 or 抢单 → 已接单 → 服务中 → 待评价 → 已完成; cancel before completion;
 * transfer up while not yet dispatched), not derived from the code it checks.
 */
class OrderMoveTest {

    /** state: the moves allowed from it, and where each leads. */
    private static final String EXPECTED = """
            SUBMITTED   ACCEPT>ACCEPTED REJECT>REJECTED TRANSFER>SUBMITTED CANCEL>CANCELLED
            ACCEPTED    TRANSFER>SUBMITTED DISPATCH>DISPATCHED PUBLISH>PUBLISHED CANCEL>CANCELLED
            REJECTED
            PUBLISHED   RECALL>ACCEPTED CLAIM>TAKEN CANCEL>CANCELLED
            DISPATCHED  TAKE>TAKEN DECLINE>ACCEPTED CANCEL>CANCELLED
            TAKEN       START>IN_SERVICE REPORT_DONE>TO_RATE CANCEL>CANCELLED
            IN_SERVICE  REPORT_DONE>TO_RATE CANCEL>CANCELLED
            TO_RATE     RATE>COMPLETED CLOSE_UNRATED>COMPLETED
            COMPLETED
            CANCELLED
            """;

    @Test
    void everyStateAllowsExactlyItsMovesAndRefusesEveryOther() {
        List<String> actual = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            StringBuilder line = new StringBuilder(String.format("%-11s", status.name()));
            for (OrderMove move : OrderMove.values()) {
                if (move.allowedFrom(status)) {
                    line.append(' ').append(move.name()).append('>').append(move.apply(status, "原因").name());
                } else {
                    BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> move.apply(status, "原因"),
                            move + " from " + status);
                    assertEquals("order.move.notAllowed", refused.messageKey());
                }
            }
            actual.add(line.toString().strip());
        }
        assertEquals(EXPECTED.strip().lines().map(String::strip).toList(), actual);
    }

    @Test
    void refusalsAndCancellationsNeedAReasonAndFinalStatesAreFinal() {
        Set<OrderMove> withReason = EnumSet.noneOf(OrderMove.class);
        for (OrderMove move : OrderMove.values()) {
            if (move.reasonRequired()) {
                withReason.add(move);
                OrderStatus from = EnumSet.allOf(OrderStatus.class).stream().filter(move::allowedFrom).findFirst().orElseThrow();
                assertEquals("reason", assertThrows(BusinessRuleException.class, () -> move.apply(from, " ")).field());
            }
        }
        assertEquals(EnumSet.of(OrderMove.REJECT, OrderMove.TRANSFER, OrderMove.DECLINE, OrderMove.CANCEL), withReason);
        assertEquals(EnumSet.of(OrderStatus.REJECTED, OrderStatus.COMPLETED, OrderStatus.CANCELLED),
                EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isFinal)
                        .collect(() -> EnumSet.noneOf(OrderStatus.class), Set::add, Set::addAll));
        assertTrue(OrderMove.from(OrderStatus.TO_RATE).stream().noneMatch(m -> m == OrderMove.CANCEL),
                "once reported done it can no longer be cancelled");
        assertEquals(OrderActor.PROVIDER, OrderMove.CLAIM.actor());
        assertEquals(OrderActor.REQUESTER, OrderMove.RATE.actor());
    }
}
