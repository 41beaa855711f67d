package org.jinguo.childcare.model;

/** A guardian's relation to the child. Labels: {@code guardianRelation.<NAME>}. */
public enum GuardianRelation {
    GRANDMOTHER, GRANDFATHER, MOTHER, FATHER, AUNT, UNCLE, SIBLING, OTHER
}
