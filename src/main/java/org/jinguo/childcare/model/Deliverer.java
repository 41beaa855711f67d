package org.jinguo.childcare.model;

/** Who delivers a plan's services: a counsellor of a purchased institution, a volunteer tutor, the federation's staff. Labels: {@code deliverer.<NAME>}. */
public enum Deliverer {
    COUNSELLOR, TUTOR, STAFF
}
