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
 * Basic Multilingual Plane (common enough in Chinese names) is one character, as MySQL counts it. No piece ends
 * with a space: MySQL's and MariaDB's collations ignore trailing spaces, so "a " would equal "a" in the key.
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
                if (!Character.isWhitespace(points[i + length - 1])) {
                    grams.add(new String(points, i, length));
                }
            }
        }
        return grams;
    }

    /**
     * The piece a search for names containing {@code text} looks up: its first two characters from the first that
     * is not a space, or that one alone when a space follows it (or nothing does).
     */
    public static String key(String text) {
        int[] points = lower(text).codePoints().toArray();
        int first = 0;
        while (first < points.length && Character.isWhitespace(points[first])) {
            first++;
        }
        if (first == points.length) {
            throw new IllegalArgumentException("No text to search for");
        }
        boolean pair = first + 1 < points.length && !Character.isWhitespace(points[first + 1]);
        return new String(points, first, pair ? 2 : 1);
    }

    /** Lower case as {@link Like#containing} makes the search text. */
    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
