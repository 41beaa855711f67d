package org.jinguo.notice.model;

/** A notice to read, or an opinion poll to answer. Labels: {@code noticeKind.<NAME>}. */
public enum NoticeKind {
    /** 通知 */
    NOTICE,
    /** 意见征集 */
    POLL
}
