package org.jinguo.bridge.model;

/** Who gives: a firm, an organisation, a person. Labels: {@code donorKind.<NAME>}. */
public enum DonorKind {
    FIRM, ORGANISATION, PERSON
}
