package org.jinguo.organisation.service;

import java.io.Serializable;
import org.jinguo.organisation.model.UnitType;

/** One unit in a list or search result, with the name of the unit above it. */
public record UnitRow(long id, String name, UnitType type, String parentName) implements Serializable {
}
