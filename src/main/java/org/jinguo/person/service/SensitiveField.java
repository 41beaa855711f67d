package org.jinguo.person.service;

/** The fields of a person shown masked unless revealed. Labels: {@code person.<camelName>}. */
public enum SensitiveField {
    ID_CARD,
    PHONE,
    ADDRESS
}
