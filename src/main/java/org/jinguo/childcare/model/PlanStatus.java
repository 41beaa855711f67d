package org.jinguo.childcare.model;

/** Where an intervention plan stands: submitted for approval, approved (in force), returned with comments, or replaced by a later plan. Labels: {@code planStatus.<NAME>}. */
public enum PlanStatus {
    SUBMITTED, APPROVED, RETURNED, SUPERSEDED
}
