package org.jinguo.platform.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an uploaded .xlsx file as text, the way the user sees it in Excel, in bounded memory
 * whatever the file holds. Before anything is parsed the upload's size ({@link #MAX_BYTES}) and what it
 * unpacks to ({@link #MAX_EXPANDED_BYTES}, counted while inflating, never trusting the zip's own figures) are
 * checked; the sheet is then read as a stream of XML events, never as a workbook in memory, and stops at
 * {@code maxRows} rows and {@link #MAX_COLUMNS} columns. A file that is not a readable workbook is reported as
 * such, never as a stack trace. (A 1.2 MB file that unpacks to 95 MB once ran a 512 MB server out of memory.)
 */
public final class SpreadsheetReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** What the parts of a workbook may unpack to in all: a 2 000-row template with long texts needs under 5 MB. */
    public static final long MAX_EXPANDED_BYTES = 24L * 1024 * 1024;
    public static final int MAX_COLUMNS = 100;
    private static final int MAX_PARTS = 200;

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

    /** Thrown for a file that is too big, unpacks to too much, has too many rows or columns, or is not an .xlsx workbook. */
    public static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;
        private final String messageKey;

        UnreadableException(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The lines of the first sheet, header included, blank lines left out; at most {@code maxRows} of them besides the header. */
    public static List<Line> read(byte[] file, int maxRows) throws UnreadableException {
        if (file == null || file.length == 0) {
            throw new UnreadableException("import.file.empty", null);
        }
        if (file.length > MAX_BYTES) {
            throw new UnreadableException("import.file.tooBig", null);
        }
        checkExpandedSize(file);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableException("import.file.empty", null);
            }
            SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(),
                    maxRows + 1);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
            if (handler.lines.isEmpty()) {
                throw new UnreadableException("import.file.empty", null);
            }
            return handler.lines;
        } catch (Refused e) {
            throw new UnreadableException(e.getMessage(), null);
        } catch (UnreadableException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            // not a zip, not a workbook, a broken part: all the same to the user
            throw new UnreadableException("import.file.unreadable", e);
        }
    }

    /** Inflates every part once, counting, and gives up as soon as the sum passes the limit. */
    private static void checkExpandedSize(byte[] file) throws UnreadableException {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw new UnreadableException("import.file.expandsTooMuch", null);
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw new UnreadableException("import.file.expandsTooMuch", null);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableException("import.file.unreadable", e);
        }
        if (parts == 0) {
            throw new UnreadableException("import.file.unreadable", null);
        }
    }

    /** Stops the parse with a reason for the user (a message key). */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
        }
    }

    /**
     * The sheet's XML ({@code <row r><c r t s><v/><is><t/></is></c></row>}) as lines: what POI's
     * XSSFSheetXMLHandler does, plus whether a cell is a number, plus the limits.
     */
    private static final class SheetHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final StylesTable styles;
        private final int maxLines;
        private final DataFormatter formatter = new DataFormatter();
        final List<Line> lines = new ArrayList<>();

        private int rowNumber;
        private List<String> cells;
        private List<Boolean> numeric;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(SharedStrings strings, StylesTable styles, int maxLines) {
            this.strings = strings;
            this.styles = styles;
            this.maxLines = maxLines;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    numeric = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    if (column >= MAX_COLUMNS) {
                        throw new Refused("import.file.tooManyColumns");
                    }
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
                if (value.length() > 32_767) { // Excel's own limit for a cell
                    throw new Refused("import.file.unreadable");
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                        numeric.add(false);
                    }
                    boolean number = type == null || "n".equals(type);
                    cells.add(text().strip());
                    numeric.add(number && !value.isEmpty());
                }
                case "row" -> {
                    Line line = new Line(rowNumber, List.copyOf(cells), List.copyOf(numeric));
                    if (!line.blank()) {
                        if (lines.size() >= maxLines) {
                            throw new Refused("import.file.tooManyRows");
                        }
                        lines.add(line);
                    }
                }
                default -> {
                }
            }
        }

        private String text() {
            String raw = value.toString();
            if (raw.isEmpty()) {
                return "";
            }
            switch (type == null ? "n" : type) {
                case "s" -> {
                    return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                }
                case "b" -> {
                    return "1".equals(raw) ? "TRUE" : "FALSE";
                }
                case "n" -> {
                    XSSFCellStyle cellStyle = style == null || styles == null ? null
                            : styles.getStyleAt(Integer.parseInt(style));
                    double d = Double.parseDouble(raw);
                    if (cellStyle == null) {
                        return formatter.formatRawCellContents(d, 0, "General");
                    }
                    String format = cellStyle.getDataFormatString();
                    return formatter.formatRawCellContents(d, cellStyle.getDataFormat(), format == null ? "General" : format);
                }
                default -> {
                    return raw; // inline strings, formula results as text, errors
                }
            }
        }
    }
}
