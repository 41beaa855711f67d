package org.jinguo.bridge.model;

/** What a woman asks the lawyer about. Labels: {@code legalTopic.<NAME>}. */
public enum LegalTopic {
    /** 婚姻家庭 */
    MARRIAGE,
    /** 家庭暴力: its consultation record is flagged and read only by those the flag names */
    DOMESTIC_VIOLENCE,
    /** 财产纠纷 */
    PROPERTY,
    /** 劳动权益 */
    LABOUR,
    /** 继承 */
    INHERITANCE,
    /** 抚养费、赡养费 */
    SUPPORT,
    /** 其他 */
    OTHER
}
