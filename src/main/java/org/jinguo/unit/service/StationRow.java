package org.jinguo.unit.service;

import java.io.Serializable;
import org.jinguo.unit.model.ServiceStation;
import org.jinguo.unit.model.StationKind;

/** A service station as the unit's details show it. */
public record StationRow(StationKind kind, String name, String address, String openingHours, String link)
        implements Serializable {

    static StationRow of(ServiceStation station) {
        return new StationRow(station.getKind(), station.getName(), station.getAddress(), station.getOpeningHours(),
                station.getLink());
    }
}
