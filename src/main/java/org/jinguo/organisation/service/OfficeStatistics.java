package org.jinguo.organisation.service;

import java.io.Serializable;
import java.util.Map;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.model.PersonTag;

/**
 * The office holders of the current terms of a unit and every unit below it: how many hold each
 * office, how many of them have at least one background tag, and how many have each tag.
 */
public record OfficeStatistics(String unitName, long unitsWithCurrentTerm, Map<Position, Long> holders,
                               Map<Position, Long> withBackground, Map<PersonTag, Long> byTag) implements Serializable {

    public long total() {
        return holders.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalWithBackground() {
        return withBackground.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Percent (0–100, one decimal) of {@code part} in {@code whole}; 0 for an empty whole. */
    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
