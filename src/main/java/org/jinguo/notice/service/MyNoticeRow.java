package org.jinguo.notice.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jinguo.notice.model.NoticeKind;

/** A notice in an executive member's own list: from whom, when, and whether she has read or answered it. */
public record MyNoticeRow(long id, NoticeKind kind, String title, String fromUnit, Instant sentAt, LocalDate closesOn,
                          Instant readAt, Instant answeredAt) implements Serializable {

    public boolean unread() {
        return readAt == null;
    }
}
