package org.jinguo.bridge.model;

/** The kinds of provider the Bridge draws on ("federation + social organisations + volunteers"). Labels: {@code providerKind.<NAME>}. */
public enum ProviderKind {
    /** 志愿者 */
    VOLUNTEER,
    /** 志愿服务队 */
    TEAM,
    /** 社会组织 (of the incubation base) */
    ORGANISATION,
    /** 购买服务承接机构 */
    CONTRACTOR,
    /** 合作机构: a court, a law firm, a counselling agency */
    INSTITUTION,
    /** 邻里互助: a resident offering paid help */
    NEIGHBOUR
}
