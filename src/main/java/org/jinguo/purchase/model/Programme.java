package org.jinguo.purchase.model;

/** Which work a purchased service is for: general federation work, the children's care project, the Jinguo Bridge. Labels: {@code programme.<NAME>}. */
public enum Programme {
    GENERAL, CHILDCARE, BRIDGE
}
