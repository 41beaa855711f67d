package org.jinguo.unit.service;

import java.io.Serializable;
import org.jinguo.unit.model.UnitType;

/** A unit in the filtered unit list, with what it covers and how to reach it. */
public record UnitListRow(long id, String name, UnitType type, String parentName, String address, String contactName,
                          String contactPhone, Integer womenCount, Integer enterpriseCount, Integer womenEmployeeCount,
                          Integer memberBodyCount) implements Serializable {
}
