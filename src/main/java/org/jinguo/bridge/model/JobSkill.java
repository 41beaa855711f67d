package org.jinguo.bridge.model;

/** What a position asks for and a job seeker can do. Labels: {@code jobSkill.<NAME>}. */
public enum JobSkill {
    /** 收银 */
    CASHIER,
    /** 销售导购 */
    SALES,
    /** 餐饮服务 */
    CATERING,
    /** 烹饪 */
    COOKING,
    /** 家政保洁 */
    HOUSEKEEPING,
    /** 育婴早教 */
    CHILD_CARE,
    /** 养老护理 */
    ELDER_CARE,
    /** 手工制作 */
    HANDCRAFT,
    /** 电商运营 */
    E_COMMERCE,
    /** 办公文员 */
    OFFICE,
    /** 财务会计 */
    ACCOUNTING,
    /** 驾驶 */
    DRIVING
}
