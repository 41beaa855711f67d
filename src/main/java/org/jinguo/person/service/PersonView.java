package org.jinguo.person.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jinguo.person.model.Gender;

/**
 * One person as the details show her: sensitive fields masked; {@code mayReveal} says whether the
 * viewer may ask for them in full (each request is audited), {@code mayEdit} whether she may edit,
 * {@code mayMerge} whether she may merge a duplicate into this record.
 */
public record PersonView(long id, String name, Gender gender, LocalDate birthDate, long unitId, String unitName,
                         String idCardMasked, String phoneMasked, String addressMasked, boolean mayReveal,
                         boolean mayEdit, boolean mayMerge, Instant updatedAt) implements Serializable {
}
