package org.jinguo.vocabulary;

/**
 * The six bridges of the Jinguo Bridge (巾帼桥), the service lines a resident's need belongs to. A word of the
 * shared vocabulary, below every feature: volunteers, contact logs and the Bridge's orders all name a line
 * without depending on each other. Labels: {@code serviceLine.<NAME>}.
 */
public enum ServiceLine {
    /** 家庭互助之桥 */
    FAMILY_AID,
    /** 创业就业之桥 */
    ENTREPRENEURSHIP,
    /** 教育沟通之桥 */
    EDUCATION,
    /** 帮贫扶困之桥 */
    POVERTY_RELIEF,
    /** 志愿服务之桥 */
    VOLUNTEERING,
    /** 依法维权之桥 */
    LEGAL_RIGHTS
}
