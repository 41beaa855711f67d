package org.jinguo.unit.service;

import java.io.Serializable;
import org.jinguo.unit.model.UnitType;

/** One unit in the tree view. */
public record UnitNode(long id, String name, UnitType type, long childCount) implements Serializable {

    public boolean leaf() {
        return childCount == 0;
    }
}
