package org.jinguo.platform.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.export.ImportSheet.CheckedRow;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.platform.export.ImportSheet.Problem;
import org.jinguo.platform.export.ImportSheet.Sheet;
import org.jinguo.platform.export.SpreadsheetReader.Line;

/**
 * What every Excel import does with a file, written once: open the sheet (the template's columns found by their
 * headers in either language, the required ones present), read every data row into what it means and its
 * problems (each at its row and column), and later take in only the rows without a problem, after checking the
 * file again. An import gives the template and, per sheet, the reader of its rows; it writes what a valid row
 * means.
 *
 * @param <R> a row as the check shows it
 * @param <P> what a row means, for the import to write
 */
public final class RowImport<R extends CheckedRow, P> {

    /** Reads one data row: it adds its problems to {@code problems} and returns the row and what it means. */
    @FunctionalInterface
    public interface RowReader<R, P> {
        Read<R, P> read(Line line, List<Problem> problems);
    }

    /** One row as the check shows it and what it means. */
    public record Read<R, P>(R row, P parsed) {
    }

    /** A file checked: the preview of every row, and what each row means (in the same order). */
    public record Checked<R extends CheckedRow, P>(Preview<R> preview, List<P> parsed) {

        /**
         * Hands what every valid row means to {@code write}, in the sheet's order; returns how many. A file that
         * could not be read is refused as a whole.
         */
        public int importValid(Consumer<P> write) {
            if (preview.fileProblem() != null) {
                throw new BusinessRuleException(preview.fileProblem().messageKey(), null);
            }
            int written = 0;
            for (int i = 0; i < preview.rows().size(); i++) {
                if (preview.rows().get(i).valid()) {
                    write.accept(parsed.get(i));
                    written++;
                }
            }
            return written;
        }
    }

    private final int maxRows;
    private final List<String> columns;
    private final int required;

    /**
     * The template: at most {@code maxRows} rows, its columns by bundle key (their order is the template's), the
     * first {@code required} of which must be there.
     */
    public RowImport(int maxRows, List<String> columns, int required) {
        this.maxRows = maxRows;
        this.columns = List.copyOf(columns);
        this.required = required;
    }

    /** The template's columns by bundle key. */
    public List<String> columns() {
        return columns;
    }

    /**
     * Opens the file and reads every data row with the reader {@code readerFor} prepares for the sheet (which can
     * look up what the whole sheet names at once: people by ID number, communities by name). Writes nothing.
     */
    public Checked<R, P> check(byte[] file, Function<Sheet, RowReader<R, P>> readerFor) {
        Sheet sheet = ImportSheet.open(file, maxRows, columns, required);
        if (sheet.problem() != null) {
            return new Checked<>(Preview.unreadable(sheet.problem()), List.of());
        }
        RowReader<R, P> reader = readerFor.apply(sheet);
        List<R> rows = new ArrayList<>();
        List<P> parsed = new ArrayList<>();
        for (Line line : sheet.rows()) {
            Read<R, P> read = reader.read(line, new ArrayList<>());
            rows.add(read.row());
            parsed.add(read.parsed());
        }
        return new Checked<>(new Preview<>(rows, null), parsed);
    }
}
