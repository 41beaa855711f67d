package org.jinguo.person.service;

import java.time.Instant;
import java.time.LocalDate;
import org.jinguo.person.model.Gender;

/**
 * One person as the details show her: sensitive fields masked; {@code mayReveal} says whether the
 * viewer may ask for them in full (each request is audited), {@code mayEdit} whether she may edit.
 */
public record PersonView(long id, String name, Gender gender, LocalDate birthDate, long unitId, String unitName,
                         String idCardMasked, String phoneMasked, String addressMasked, boolean mayReveal,
                         boolean mayEdit, Instant updatedAt) {
}
