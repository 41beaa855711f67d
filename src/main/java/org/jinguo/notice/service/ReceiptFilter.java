package org.jinguo.notice.service;

import java.io.Serializable;

/** Which receipts of a notice to list: all, the ones not read yet, or the ones not answered yet. */
public enum ReceiptFilter implements Serializable {
    ALL,
    UNREAD,
    UNANSWERED
}
