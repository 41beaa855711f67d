package org.jinguo.purchase.model;

/** Labels: {@code contractStatus.<NAME>}. A closed contract takes no more deliveries. */
public enum ContractStatus {
    OPEN, CLOSED
}
