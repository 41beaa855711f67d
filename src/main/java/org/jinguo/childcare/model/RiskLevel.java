package org.jinguo.childcare.model;

/** The risk the intake assessment finds (低 / 中 / 高). Labels: {@code riskLevel.<NAME>}. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
