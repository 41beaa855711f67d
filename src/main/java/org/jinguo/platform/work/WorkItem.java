package org.jinguo.platform.work;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One kind of thing waiting for the signed-in user's action, as her home page lists it: how many, how urgent, and the
 * page (with its filter) where she does it. The label is a bundle key ({@code work.<key>} by convention); {@code path}
 * is an application path with its query, e.g. {@code /volunteer/hours.xhtml?status=PENDING}.
 */
public record WorkItem(String key, long count, Urgency urgency, String path) implements Serializable {

    /** Overdue first, then due, then waiting; within each the bigger count first. */
    public static final Comparator<WorkItem> URGENT_FIRST = Comparator.comparing(WorkItem::urgency)
            .thenComparing(Comparator.comparingLong(WorkItem::count).reversed()).thenComparing(WorkItem::key);

    /** The bundle key of the item's label. */
    public String label() {
        return "work." + key;
    }

    /** How urgent: the order of the home page. Labels: {@code urgency.<NAME>}. */
    public enum Urgency {
        /** 已超期: past the day it was due. */
        OVERDUE,
        /** 即将到期: due within days. */
        DUE,
        /** 待办理: waiting, no day set. */
        WAITING
    }

    /** An item if there is anything to do, else none: a source adds only what has a count. */
    public static java.util.Optional<WorkItem> of(String key, long count, Urgency urgency, String path) {
        return count > 0 ? java.util.Optional.of(new WorkItem(key, count, urgency, path)) : java.util.Optional.empty();
    }

    /**
     * The two items of one query that counted, among the records due by some day, those already past it:
     * {@code counts} is {@code [overdue, all]} (SUM of a CASE, COUNT); the overdue ones and the rest, due soon.
     */
    public static java.util.List<WorkItem> overdueAndDue(Object[] counts, String overdueKey, String dueKey, String path) {
        long overdue = counts[0] == null ? 0 : ((Number) counts[0]).longValue();
        long all = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        java.util.List<WorkItem> items = new java.util.ArrayList<>();
        of(overdueKey, overdue, Urgency.OVERDUE, path).ifPresent(items::add);
        of(dueKey, all - overdue, Urgency.DUE, path).ifPresent(items::add);
        return items;
    }
}
