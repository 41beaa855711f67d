package org.jinguo.organisation.service;

import java.io.Serializable;
import java.util.List;
import org.jinguo.unit.service.UnitRow;

/**
 * Work and organisation coverage of a unit's subtree: of its areas (communities, villages and the
 * committees hosted by firms and organisations), how many have women's work done and how many have a
 * federation organisation (a term running today), against the goals, with the areas still missing.
 */
public record Coverage(String unitName, long areas, List<UnitRow> workGaps, List<UnitRow> organisationGaps) implements Serializable {

    /** The goals the federation set itself: women's work everywhere, an organisation in nine in ten. */
    public static final double WORK_GOAL = 100.0;
    public static final double ORGANISATION_GOAL = 90.0;

    /** Areas with women's work done: all but the work gaps. */
    public long workCovered() {
        return areas - workGaps.size();
    }

    /** Areas with a federation organisation: all but the organisation gaps. */
    public long organised() {
        return areas - organisationGaps.size();
    }

    public double workPercent() {
        return OfficeStatistics.percent(workCovered(), areas);
    }

    public double organisationPercent() {
        return OfficeStatistics.percent(organised(), areas);
    }

    public boolean workGoalMet() {
        return areas == 0 || workPercent() >= WORK_GOAL;
    }

    public boolean organisationGoalMet() {
        return areas == 0 || organisationPercent() >= ORGANISATION_GOAL;
    }
}
