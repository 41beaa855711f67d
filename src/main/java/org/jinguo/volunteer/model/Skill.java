package org.jinguo.volunteer.model;

/** What a volunteer can do, and what an activity or campaign asks for. Labels: {@code skill.<NAME>}. */
public enum Skill {
    /** 法律咨询 */
    LAW,
    /** 心理疏导 */
    COUNSELLING,
    /** 家庭教育 */
    FAMILY_EDUCATION,
    /** 学业辅导 */
    TUTORING,
    /** 医疗护理 */
    NURSING,
    /** 急救 */
    FIRST_AID,
    /** 家政服务 */
    HOUSEKEEPING,
    /** 养老照护 */
    ELDER_CARE,
    /** 文艺表演 */
    PERFORMING,
    /** 宣传讲解 */
    PUBLICITY,
    /** 摄影摄像 */
    PHOTOGRAPHY,
    /** 手工编织 */
    HANDICRAFT,
    /** 烹饪 */
    COOKING,
    /** 电脑网络 */
    COMPUTING,
    /** 驾驶 */
    DRIVING,
    /** 创业指导 */
    BUSINESS
}
