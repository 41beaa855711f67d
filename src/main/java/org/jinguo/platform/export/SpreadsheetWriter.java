package org.jinguo.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of an .xlsx file row by row. Only a window of rows is kept in memory (the rest goes
 * to a temporary file), so a list of any length exports in bounded memory. Text that a spreadsheet
 * would run as a formula is neutralised ({@link #neutralise}).
 */
public final class SpreadsheetWriter implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final DateTimeFormatter instants;
    private int rows;

    /** A sheet named {@code sheetName} with a bold header row; instants are written in {@code instants}' zone. */
    public SpreadsheetWriter(String sheetName, List<String> headers, DateTimeFormatter instants) {
        this.instants = instants;
        this.sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(neutralise(headers.get(i)));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Appends a row; numbers stay numbers, everything else is written as (neutralised) text. */
    public void row(Object... values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Instant instant) {
                cell.setCellValue(instants.format(instant));
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date.toString());
            } else {
                cell.setCellValue(neutralise(String.valueOf(value)));
            }
        }
    }

    /** Data rows written so far (the header not counted). */
    public int dataRows() {
        return rows - 1;
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary files of the streamed rows
    }

    /**
     * Text that starts like a formula ({@code = + - @} or their full-width forms {@code ＝ ＋ － ＠}, or a tab or carriage return that some programs
     * skip before one) gets a leading apostrophe, so a spreadsheet shows it instead of running it
     * (CSV/formula injection, OWASP). Overlong text is cut to what a cell can hold.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String safe = switch (text.charAt(0)) {
            // and their full-width forms, which Excel and WPS take for the same when typed in Chinese
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
            default -> text;
        };
        return safe.length() > MAX_CELL_TEXT ? safe.substring(0, MAX_CELL_TEXT) : safe;
    }
}
