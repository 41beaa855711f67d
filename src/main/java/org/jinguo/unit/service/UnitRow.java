package org.jinguo.unit.service;

import java.io.Serializable;
import org.jinguo.unit.model.UnitType;

/** One unit in a list or search result, with the name of the unit above it. */
public record UnitRow(long id, String name, UnitType type, String parentName) implements Serializable {
}
