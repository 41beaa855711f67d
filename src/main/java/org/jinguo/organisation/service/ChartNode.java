package org.jinguo.organisation.service;

import java.io.Serializable;
import java.util.List;
import org.jinguo.unit.model.UnitType;

/** A unit in the organisation chart, with the chair of its current term ({@code null}: none) and the units below it. */
public record ChartNode(long id, String name, UnitType type, String chair, List<ChartNode> children)
        implements Serializable {
}
