package org.jinguo.platform.export;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jinguo.platform.export.SpreadsheetReader.Line;
import org.jinguo.platform.i18n.Messages;

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

    /** Where each template column (by bundle key) stands, found by its header in either language; -1 when missing. */
    static int[] columns(Line header, List<String> columnKeys) {
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

    /** A sheet as read: its data rows (without the header) and where each column stands, or the file's problem. */
    public record Sheet(List<Line> rows, int[] columns, Problem problem) {
    }

    /**
     * Reads the upload (at most {@code maxRows} rows) and finds the template's columns by their headers; the
     * first {@code required} must be there. An unreadable file or a missing column comes back as the problem.
     */
    public static Sheet open(byte[] file, int maxRows, List<String> columnKeys, int required) {
        List<Line> lines;
        try {
            lines = SpreadsheetReader.read(file, maxRows);
        } catch (SpreadsheetReader.UnreadableException e) {
            return new Sheet(List.of(), new int[0], new Problem(0, null, e.messageKey(), List.of()));
        }
        Line header = lines.get(0);
        int[] columns = columns(header, columnKeys);
        for (int i = 0; i < required; i++) {
            if (columns[i] < 0) {
                return new Sheet(List.of(), columns, new Problem(header.number(), columnKeys.get(i), "import.column.missing",
                        List.of()));
            }
        }
        return new Sheet(lines.subList(1, lines.size()), columns, null);
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
        return ResourceBundle.getBundle(Messages.BUNDLE, language);
    }
}
