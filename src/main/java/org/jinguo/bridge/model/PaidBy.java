package org.jinguo.bridge.model;

/** Who pays for a priced service item. Labels: {@code paidBy.<NAME>}. */
public enum PaidBy {
    /** 服务对象自付: e.g. paid neighbourly help (家庭互助) */
    REQUESTER,
    /** 妇联购买: paid from a purchase of services */
    FEDERATION
}
