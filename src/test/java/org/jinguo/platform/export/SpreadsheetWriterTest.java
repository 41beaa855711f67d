package org.jinguo.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", SpreadsheetWriter.neutralise("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+1", SpreadsheetWriter.neutralise("+1+1"));
        assertEquals("'-2+3", SpreadsheetWriter.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetWriter.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetWriter.neutralise("\t=1"));
        assertEquals("李秀英 =1", SpreadsheetWriter.neutralise("李秀英 =1"));
        assertEquals("'＝HYPERLINK(\"http://x\")", SpreadsheetWriter.neutralise("＝HYPERLINK(\"http://x\")"), "full-width, as typed with a Chinese input method");
        assertEquals("'＋1", SpreadsheetWriter.neutralise("＋1"));
        assertEquals("'－1", SpreadsheetWriter.neutralise("－1"));
        assertEquals("'＠SUM(A1)", SpreadsheetWriter.neutralise("＠SUM(A1)"));
        assertEquals("", SpreadsheetWriter.neutralise(""));
    }

    @Test
    void writesHeaderAndRowsThatReadBackAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = new SpreadsheetWriter("人员", List.of("姓名", "人数", "时间"), TIME)) {
            writer.row("=cmd|' /C calc'!A0", 3, Instant.parse("2026-11-29T02:00:00Z"));
            writer.row("王桂兰", null, null);
            assertEquals(2, writer.dataRows());
            writer.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("人员");
            assertEquals("姓名", sheet.getRow(0).getCell(0).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals(CellType.STRING, first.getCell(0).getCellType(), "no formula cell");
            assertEquals("'=cmd|' /C calc'!A0", first.getCell(0).getStringCellValue());
            assertEquals(3.0, first.getCell(1).getNumericCellValue());
            assertEquals("2026-11-29 10:00", first.getCell(2).getStringCellValue());
            assertEquals("王桂兰", sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }
}
