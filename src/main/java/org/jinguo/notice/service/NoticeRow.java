package org.jinguo.notice.service;

import java.io.Serializable;
import java.time.Instant;
import org.jinguo.notice.model.NoticeKind;

/** A sent notice in the sender's list, with how many of its recipients have read and answered it. */
public record NoticeRow(long id, NoticeKind kind, String title, String audienceName, Instant sentAt, String sentBy,
                        long recipients, long read, long answered) implements Serializable {
}
