package org.jinguo.childcare.model;

/** What a member of a case's team does on it: the caseworker works the whole file, the counsellor her sessions. Labels: {@code teamRole.<NAME>}. */
public enum TeamRole {
    CASEWORKER, COUNSELLOR
}
