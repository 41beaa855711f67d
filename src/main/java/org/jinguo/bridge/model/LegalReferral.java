package org.jinguo.bridge.model;

/** Where a consultation sent her on. Labels: {@code legalReferral.<NAME>}. */
public enum LegalReferral {
    NONE, LEGAL_AID, COURT, MEDIATION, POLICE
}
