package org.jinguo.bridge.model;

/** Why a woman or family is in hardship, and what a donation may be restricted to. Labels: {@code hardshipReason.<NAME>}. */
public enum HardshipReason {
    /** 因病 */
    ILLNESS,
    /** 因残 */
    DISABILITY,
    /** 单亲母亲 */
    SINGLE_MOTHER,
    /** 失业 */
    UNEMPLOYMENT,
    /** 独居老人 */
    ELDERLY_ALONE,
    /** 因学 */
    SCHOOLING,
    /** 灾害、意外 */
    DISASTER,
    /** 其他 */
    OTHER
}
