package org.jinguo.person.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.jinguo.person.model.Gender;

/** A person in a list: sensitive fields only masked. */
public record PersonRow(long id, String name, Gender gender, LocalDate birthDate, String unitName,
                        String idCardMasked, String phoneMasked) implements Serializable {
}
