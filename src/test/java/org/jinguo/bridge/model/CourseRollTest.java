package org.jinguo.bridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jinguo.platform.errors.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CourseRollTest {

    @Test
    void placesGoFirstComeFirstServedThenTheWaitingListInOrder() {
        CourseRoll roll = new CourseRoll(2);
        assertEquals(EnrolmentStatus.ENROLLED, roll.enrol(1));
        assertEquals(EnrolmentStatus.ENROLLED, roll.enrol(2));
        assertEquals(EnrolmentStatus.WAITING, roll.enrol(3));
        assertEquals(EnrolmentStatus.WAITING, roll.enrol(4));
        assertEquals(List.of(1L, 2L), roll.enrolled());
        assertEquals(List.of(3L, 4L), roll.waiting());
        assertEquals(2, roll.queuePosition(4));
        assertEquals(0, roll.queuePosition(1));
    }

    @Test
    void nobodyIsOnItTwiceAndARefusalChangesNothing() {
        CourseRoll roll = CourseRoll.of(1, List.of(1L), List.of(2L));
        assertEquals("course.enrol.already", assertThrows(BusinessRuleException.class, () -> roll.enrol(1)).messageKey());
        assertEquals("course.enrol.already", assertThrows(BusinessRuleException.class, () -> roll.enrol(2)).messageKey());
        assertEquals("course.enrol.notOn", assertThrows(BusinessRuleException.class, () -> roll.withdraw(9)).messageKey());
        assertEquals(List.of(1L), roll.enrolled());
        assertEquals(List.of(2L), roll.waiting());
    }

    @Test
    void aWithdrawalFromTheCourseMovesTheFirstWaitingUpAndOneFromTheListMovesNobody() {
        CourseRoll roll = CourseRoll.of(2, List.of(1L, 2L), List.of(3L, 4L));
        assertEquals(Optional.empty(), roll.withdraw(4));
        assertEquals(Optional.of(3L), roll.withdraw(1));
        assertEquals(List.of(2L, 3L), roll.enrolled());
        assertTrue(roll.waiting().isEmpty());
        assertEquals(Optional.empty(), roll.withdraw(2), "nobody waits");
        assertEquals(Optional.of(EnrolmentStatus.ENROLLED), roll.statusOf(3));
        assertFalse(roll.statusOf(1).isPresent());
    }

    @Test
    void morePlacesMoveTheWaitingUpAndPlacesNeverFallBelowThoseOnIt() {
        CourseRoll roll = CourseRoll.of(1, List.of(1L), List.of(2L, 3L, 4L));
        assertEquals(List.of(2L, 3L), roll.resize(3));
        assertEquals(List.of(4L), roll.waiting());
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> roll.resize(2));
        assertEquals("course.places.belowEnrolled", refused.messageKey());
        assertEquals(3, roll.places(), "refused, nothing changed");
    }

    @Test
    void aCourseIsCompletedByAttendingThreeSessionsInFourRoundedUp() {
        assertEquals(1, CourseRoll.attendanceToComplete(1));
        assertEquals(3, CourseRoll.attendanceToComplete(4));
        assertEquals(4, CourseRoll.attendanceToComplete(5));
        assertEquals(8, CourseRoll.attendanceToComplete(10));
        assertTrue(CourseRoll.completes(8, 10));
        assertFalse(CourseRoll.completes(7, 10));
    }
}
