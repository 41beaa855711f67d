package org.jinguo.unit.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of federation and committee in the network, and which kinds may stand below which.
 * Labels live in the bundles under {@code unitType.<NAME>}.
 */
public enum UnitType {
    /** 区妇联 */
    DISTRICT,
    /** 街道妇联 */
    STREET,
    /** 镇妇联 */
    TOWN,
    /** 社区妇联 */
    COMMUNITY,
    /** 村妇联 */
    VILLAGE,
    /** 行业妇联 */
    INDUSTRY,
    /** 区域妇联 */
    REGIONAL,
    /** 妇委会 (hosted by a firm or organisation) */
    WOMENS_COMMITTEE,
    /** 女职工委员会 (a trade union's women-workers' committee) */
    WORKERS_COMMITTEE;

    /** The kinds a unit of this kind may have directly below it. */
    public Set<UnitType> allowedChildren() {
        return switch (this) {
            case DISTRICT -> EnumSet.of(STREET, TOWN, INDUSTRY, REGIONAL, WOMENS_COMMITTEE, WORKERS_COMMITTEE);
            case STREET -> EnumSet.of(COMMUNITY, WOMENS_COMMITTEE, WORKERS_COMMITTEE);
            case TOWN -> EnumSet.of(COMMUNITY, VILLAGE, WOMENS_COMMITTEE, WORKERS_COMMITTEE);
            case INDUSTRY, REGIONAL -> EnumSet.of(WOMENS_COMMITTEE, WORKERS_COMMITTEE);
            case COMMUNITY, VILLAGE, WOMENS_COMMITTEE, WORKERS_COMMITTEE -> EnumSet.noneOf(UnitType.class);
        };
    }

    /**
     * The kinds that count as areas for coverage: communities and villages, and the committees that
     * firms and organisations host in the industry and regional federations' sectors and areas.
     */
    public static Set<UnitType> coverageAreas() {
        return EnumSet.of(COMMUNITY, VILLAGE, WOMENS_COMMITTEE, WORKERS_COMMITTEE);
    }

    public boolean mayContain(UnitType child) {
        return allowedChildren().contains(child);
    }
}
