package org.jinguo.notice.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.notice.model.NoticeKind;

/** A notice as the executive member reads it, with her answer so far and whether she may (still) answer. */
public record MyNotice(long id, NoticeKind kind, String title, String body, String fromUnit, Instant sentAt,
                       LocalDate closesOn, List<String> options, Integer answer, String comment, Instant answeredAt,
                       boolean mayAnswer) implements Serializable {
}
