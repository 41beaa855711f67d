package org.jinguo.person.model;

/** Labels: {@code gender.<NAME>}. */
public enum Gender {
    FEMALE,
    MALE
}
