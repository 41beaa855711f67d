package org.jinguo.platform.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an uploaded .xlsx file as text, the way the user sees it in Excel. Sizes are
 * bounded before anything is parsed (POI's own zip-bomb guard stays on), and a file that is not a
 * readable workbook is reported as such, never as a stack trace.
 */
public final class SpreadsheetReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private SpreadsheetReader() {
    }

    /** One line of the sheet: its 1-based row number as Excel shows it, its cells' text (trimmed, "" when empty). */
    public record Line(int number, List<String> cells, List<Boolean> numeric) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        /** Whether the cell holds a number rather than text (an ID number typed as a number has lost digits). */
        public boolean isNumeric(int column) {
            return column < numeric.size() && numeric.get(column);
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /** Thrown for a file that is too big, has too many rows, or is not an .xlsx workbook. */
    public static final class UnreadableException extends Exception {

        private final String messageKey;

        UnreadableException(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The lines of the first sheet, header included, blank lines left out; at most {@code maxRows} of them. */
    public static List<Line> read(byte[] file, int maxRows) throws UnreadableException {
        if (file == null || file.length == 0) {
            throw new UnreadableException("import.file.empty", null);
        }
        if (file.length > MAX_BYTES) {
            throw new UnreadableException("import.file.tooBig", null);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
            if (sheet == null) {
                throw new UnreadableException("import.file.empty", null);
            }
            if (sheet.getLastRowNum() + 1 > maxRows + 1) {
                throw new UnreadableException("import.file.tooManyRows", null);
            }
            DataFormatter formatter = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                List<Boolean> numeric = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    numeric.add(cell != null && cell.getCellType() == CellType.NUMERIC);
                }
                Line line = new Line(row.getRowNum() + 1, cells, numeric);
                if (!line.blank()) {
                    lines.add(line);
                }
            }
            if (lines.isEmpty()) {
                throw new UnreadableException("import.file.empty", null);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            // not a zip, not a workbook, a zip bomb, a broken part: all the same to the user
            throw new UnreadableException("import.file.unreadable", e);
        }
    }
}
