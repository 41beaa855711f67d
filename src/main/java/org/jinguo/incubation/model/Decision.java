package org.jinguo.incubation.model;

/** An admission assessment's outcome. Labels: {@code decision.<NAME>}. */
public enum Decision {
    ADMIT, REJECT
}
