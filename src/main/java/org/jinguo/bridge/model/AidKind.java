package org.jinguo.bridge.model;

/**
 * What a donation is, and what aid is given: money (yuan), goods (a quantity of an item), or a service (given without a
 * donation, e.g. an order of another line). Labels: {@code aidKind.<NAME>}.
 */
public enum AidKind {
    MONEY, GOODS, SERVICE
}
