package org.jinguo.incubation.model;

/** A social organisation's standing in law: a team without registration, filed with a community (社区备案), or registered with the civil-affairs bureau. Labels: {@code legalStatus.<NAME>}. */
public enum LegalStatus {
    UNREGISTERED, FILED, REGISTERED
}
