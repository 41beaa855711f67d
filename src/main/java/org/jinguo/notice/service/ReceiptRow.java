package org.jinguo.notice.service;

import java.io.Serializable;
import java.time.Instant;
import org.jinguo.organisation.model.Position;

/** One recipient of a notice: who she is, where she holds office, when she read it, what she answered. */
public record ReceiptRow(long id, String name, String unitName, Position position, Instant readAt, Integer answer,
                         String answerLabel, String comment, Instant answeredAt) implements Serializable {
}
