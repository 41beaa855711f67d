package org.jinguo.platform.persistence;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one- and two-character pieces of a name ("王小红": 王, 小, 红, 王小, 小红), kept in a table beside the
 * names so that a search for names containing some text looks up its first two characters in an index instead
 * of reading every name of the scope with {@code LIKE '%…%'}, which no index serves (and MariaDB has no ngram
 * full-text parser). The table only narrows the search: the full {@code LIKE} still decides, so a name matches
 * exactly when it contains the text. Characters are counted as code points, so a rare character outside the
 * Basic Multilingual Plane (common enough in Chinese names) is one character, as MySQL counts it.
 */
public final class NameGrams {

    /** The longest piece kept; a longer search text looks up its first piece of this length. */
    static final int LONGEST = 2;

    private NameGrams() {
    }

    /** The pieces of {@code name}, lower case, in the order they occur, each once. */
    public static Set<String> of(String name) {
        Set<String> grams = new LinkedHashSet<>();
        if (name == null) {
            return grams;
        }
        int[] points = lower(name).codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            for (int length = 1; length <= LONGEST && i + length <= points.length; length++) {
                grams.add(new String(points, i, length));
            }
        }
        return grams;
    }

    /** The piece a search for names containing {@code text} looks up: its first two characters (or its only one). */
    public static String key(String text) {
        int[] points = lower(text.trim()).codePoints().toArray();
        if (points.length == 0) {
            throw new IllegalArgumentException("No text to search for");
        }
        return new String(points, 0, Math.min(LONGEST, points.length));
    }

    /** Lower case as {@link Like#containing} makes the search text. */
    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
