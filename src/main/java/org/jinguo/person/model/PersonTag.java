package org.jinguo.person.model;

/**
 * A person's background, as the federation counts it among office holders (over 70% of those elected
 * in April are one of these). Labels: {@code personTag.<NAME>}.
 */
public enum PersonTag {
    /** 社区骨干 */
    COMMUNITY_ACTIVIST,
    /** 文体队伍负责人 */
    TEAM_LEADER,
    /** 志愿者骨干 */
    VOLUNTEER_LEADER,
    /** 女企业家 */
    ENTREPRENEUR
}
