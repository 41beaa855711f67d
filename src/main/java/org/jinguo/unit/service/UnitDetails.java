package org.jinguo.unit.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.jinguo.unit.model.UnitProfile;
import org.jinguo.unit.model.UnitType;

/**
 * A unit as its detail panel shows it. {@code parentName} is {@code null} where the parent lies
 * outside the user's scope; {@code manageable} says whether she may edit or move it and add below it.
 * The figures are what the unit covers, as its federation reports them ({@code null}: not reported).
 */
public record UnitDetails(long id, String name, UnitType type, String code, String address, String contactName,
                          String contactPhone, Long parentId, String parentName, long childCount,
                          boolean manageable, boolean mayAddChildren, Instant updatedAt,
                          UnitProfile profile, List<StationRow> stations) implements Serializable {
}
