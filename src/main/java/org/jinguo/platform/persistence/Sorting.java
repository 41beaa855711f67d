package org.jinguo.platform.persistence;

import java.io.Serializable;
import java.util.Map;

/**
 * How the user sorted a list: the column's key and the direction. Services turn the key into JPQL through
 * their own fixed map ({@link #orderBy}), so a key that is not in the map sorts by the default.
 */
public record Sorting(String key, boolean ascending) implements Serializable {

    public static final Sorting NONE = new Sorting(null, true);

    /**
     * {@code " ORDER BY <column> <dir>, <tiebreak>"} for a known key, else {@code " ORDER BY <fallback>"}.
     * The tiebreak (usually the id) keeps pages stable.
     */
    public String orderBy(Map<String, String> columns, String fallback, String tiebreak) {
        String column = key == null ? null : columns.get(key);
        if (column == null) {
            return " ORDER BY " + fallback;
        }
        return " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", " + tiebreak;
    }
}
