package org.jinguo.bridge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * Who is on a course and who waits, written once: places go first come, first served; past them a woman joins the
 * waiting list in the order she came; when one on the course withdraws, or places are added, the first waiting moves
 * up. Nobody is on it twice, and places are never fewer than the women already on it. A refused step changes nothing.
 */
public final class CourseRoll {

    private int places;
    private final List<Long> enrolled = new ArrayList<>();
    private final List<Long> waiting = new ArrayList<>();

    public CourseRoll(int places) {
        if (places < 1) {
            throw new IllegalArgumentException("a course has at least one place");
        }
        this.places = places;
    }

    /** The roll as stored: those on the course and those waiting, each in the order they came. */
    public static CourseRoll of(int places, List<Long> enrolled, List<Long> waiting) {
        CourseRoll roll = new CourseRoll(places);
        roll.enrolled.addAll(enrolled);
        roll.waiting.addAll(waiting);
        return roll;
    }

    /** Enrols her: on the course while places last, else on the waiting list; refused if she is on either already. */
    public EnrolmentStatus enrol(long personId) {
        if (enrolled.contains(personId) || waiting.contains(personId)) {
            throw new BusinessRuleException("course.enrol.already", "person");
        }
        if (enrolled.size() < places) {
            enrolled.add(personId);
            return EnrolmentStatus.ENROLLED;
        }
        waiting.add(personId);
        return EnrolmentStatus.WAITING;
    }

    /** Takes her off the course or the waiting list; the woman who moved up into her place, if one did. */
    public Optional<Long> withdraw(long personId) {
        if (waiting.remove(personId)) {
            return Optional.empty();
        }
        if (!enrolled.remove(personId)) {
            throw new BusinessRuleException("course.enrol.notOn", "person");
        }
        return moveUp().stream().findFirst();
    }

    /** Changes the number of places; never below the women on it. Those who moved up, in order. */
    public List<Long> resize(int newPlaces) {
        if (newPlaces < Math.max(1, enrolled.size())) {
            throw new BusinessRuleException("course.places.belowEnrolled", "places", enrolled.size());
        }
        places = newPlaces;
        return moveUp();
    }

    private List<Long> moveUp() {
        List<Long> moved = new ArrayList<>();
        while (enrolled.size() < places && !waiting.isEmpty()) {
            Long first = waiting.remove(0);
            enrolled.add(first);
            moved.add(first);
        }
        return moved;
    }

    /** Where she stands: on the course, waiting (with her place in the queue from 1), or on neither. */
    public Optional<EnrolmentStatus> statusOf(long personId) {
        if (enrolled.contains(personId)) {
            return Optional.of(EnrolmentStatus.ENROLLED);
        }
        return waiting.contains(personId) ? Optional.of(EnrolmentStatus.WAITING) : Optional.empty();
    }

    /** Her place in the waiting list, from 1; 0 if she is not waiting. */
    public int queuePosition(long personId) {
        return waiting.indexOf(personId) + 1;
    }

    public int places() {
        return places;
    }

    public List<Long> enrolled() {
        return Collections.unmodifiableList(enrolled);
    }

    public List<Long> waiting() {
        return Collections.unmodifiableList(waiting);
    }

    /**
     * The sessions she must have attended to complete a course of {@code sessions}: three in four, rounded up, at
     * least one. A certificate goes to those who did.
     */
    public static int attendanceToComplete(int sessions) {
        return Math.max(1, (sessions * 3 + 3) / 4);
    }

    public static boolean completes(int attended, int sessions) {
        return attended >= attendanceToComplete(sessions);
    }
}
