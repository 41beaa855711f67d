package org.jinguo.organisation.model;

/** How an executive member was in touch with a resident. Labels: {@code contactChannel.<NAME>}. */
public enum ContactChannel {
    /** 入户走访 */
    VISIT,
    /** 电话 */
    PHONE,
    /** 微信 */
    WECHAT,
    /** 活动或会议中 */
    MEETING
}
