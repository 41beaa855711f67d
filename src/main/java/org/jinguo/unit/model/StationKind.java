package org.jinguo.unit.model;

/** Where residents meet a federation. Labels live in the bundles under {@code stationKind.<NAME>}. */
public enum StationKind {
    /** 党群服务站 */
    PARTY_MASS,
    /** 群团（社区）服务站 */
    COMMUNITY,
    /** 网上妇女之家 */
    ONLINE_HOME
}
