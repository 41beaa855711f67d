package org.jinguo.organisation.model;

/** How far a council decision has been carried out. Labels: {@code decisionStatus.<NAME>}. */
public enum DecisionStatus {
    /** 待落实 */
    OPEN,
    /** 落实中 */
    IN_PROGRESS,
    /** 已落实 */
    DONE
}
