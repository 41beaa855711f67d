package org.jinguo.notice.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.notice.model.NoticeKind;

/**
 * A sent notice as its sender sees it: the text, the audience, and for a poll each option with the
 * number of members who chose it; {@code mayExport} says whether she may export the receipts.
 */
public record NoticeView(long id, NoticeKind kind, String title, String body, String unitName, String audienceName,
                         LocalDate closesOn, Instant sentAt, String sentBy, long recipients, long read,
                         long answered, List<OptionCount> options, boolean mayExport) implements Serializable {

    /** One option of a poll and how many chose it. */
    public record OptionCount(int index, String label, long count) implements Serializable {
    }
}
