package org.jinguo.platform.export;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jinguo.platform.export.SpreadsheetReader.Line;

/**
 * What every Excel import shares: the problems found (at a row and column), the preview of what it would
 * do, finding the template's columns by their header in either language, and reading labelled values
 * (a position, a skill) in either language.
 */
public final class ImportSheet {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private ImportSheet() {
    }

    /** A problem found: at a row and column of the sheet ({@code 0}/{@code null} for the file as a whole). */
    public record Problem(int row, String column, String messageKey, List<String> arguments) implements Serializable {
    }

    /** One data row as understood, with its problems. */
    public interface CheckedRow extends Serializable {

        List<Problem> problems();

        default boolean valid() {
            return problems().isEmpty();
        }
    }

    /** What an import would do: every row, and how many are valid; {@code fileProblem} when the file cannot be read. */
    public record Preview<R extends CheckedRow>(List<R> rows, Problem fileProblem) implements Serializable {

        public long validCount() {
            return rows.stream().filter(CheckedRow::valid).count();
        }

        public long invalidCount() {
            return rows.size() - validCount();
        }

        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>();
            if (fileProblem != null) {
                all.add(fileProblem);
            }
            rows.forEach(row -> all.addAll(row.problems()));
            return all;
        }

        /** A preview of a file that could not be read at all. */
        public static <R extends CheckedRow> Preview<R> unreadable(Problem problem) {
            return new Preview<>(List.of(), problem);
        }
    }

    /**
     * Where each template column (by bundle key) stands, found by its header in either language; -1 when
     * missing. The first {@code required} columns must be there, else the problem names the first missing one.
     */
    public static int[] columns(Line header, List<String> columnKeys) {
        int[] columns = new int[columnKeys.size()];
        for (int i = 0; i < columnKeys.size(); i++) {
            columns[i] = -1;
            for (Locale language : LANGUAGES) {
                String title = key(bundle(language).getString(columnKeys.get(i)));
                for (int c = 0; c < header.cells().size() && columns[i] < 0; c++) {
                    if (key(header.cell(c)).equals(title)) {
                        columns[i] = c;
                    }
                }
            }
        }
        return columns;
    }

    /** The first of the first {@code required} columns that is missing, as a file problem; {@code null} if none. */
    public static Problem missing(Line header, List<String> columnKeys, int[] columns, int required) {
        for (int i = 0; i < required; i++) {
            if (columns[i] < 0) {
                return new Problem(header.number(), columnKeys.get(i), "import.column.missing", List.of());
            }
        }
        return null;
    }

    /** Each value's label, in either language, to the value (compared without case, spaces or a trailing "*"). */
    public static <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix) {
        Map<String, E> labels = new HashMap<>();
        for (E value : values) {
            labels.put(key(value.name()), value);
            for (Locale language : LANGUAGES) {
                labels.put(key(bundle(language).getString(prefix + value.name())), value);
            }
        }
        return labels;
    }

    /** The cell's text, or "" for a column the sheet does not have. */
    public static String cell(Line line, int column) {
        return column < 0 ? "" : line.cell(column);
    }

    /** A header or label as compared: without "*", spaces or case. */
    public static String key(String text) {
        return text.replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The labels of a list cell, split at 、 , ， ; ；. */
    public static List<String> list(String cell) {
        return java.util.Arrays.stream(cell.split("[、,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle("i18n.messages", language);
    }
}
