package org.jinguo.bridge.model;

/** How a need came in. Labels: {@code needChannel.<NAME>}. */
public enum NeedChannel {
    /** 到站求助: at a station (妇女之家, 党群服务站) */
    WALK_IN,
    /** 电话 */
    PHONE,
    /** 执委联系户: raised with an executive member, from her contact log */
    RESIDENT_CONTACT,
    /** 自助提交: the self-service page */
    SELF_SERVICE,
    /** 12338 妇女维权热线 */
    HOTLINE
}
