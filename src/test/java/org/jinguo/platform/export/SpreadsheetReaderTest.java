package org.jinguo.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/** Uploaded sheets are read as the user sees them, and bad files are refused with a reason, never a crash. */
class SpreadsheetReaderTest {

    @Test
    void linesKeepExcelsRowNumbersAndBlankLinesAreLeftOut() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("姓名", "身份证号"));
        rows.add(Arrays.asList("", ""));
        rows.add(List.of("  李秀英 ", 500105198703140020L));
        List<SpreadsheetReader.Line> lines = SpreadsheetReader.read(TestData.workbook(rows), 10);
        assertEquals(2, lines.size());
        assertEquals(3, lines.get(1).number(), "the row number Excel shows");
        assertEquals("李秀英", lines.get(1).cell(0));
        assertTrue(lines.get(1).isNumeric(1), "an ID number typed as a number is noticed");
        assertFalse(lines.get(1).isNumeric(0));
        assertEquals("", lines.get(1).cell(7), "cells past the end are empty");
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        assertEquals("import.file.empty", reason(new byte[0], 10));
        assertEquals("import.file.unreadable", reason("not a workbook".getBytes(), 10));
        assertEquals("import.file.tooBig", reason(new byte[SpreadsheetReader.MAX_BYTES + 1], 10));
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(List.of("row " + i));
        }
        assertEquals("import.file.tooManyRows", reason(TestData.workbook(many), 3));
    }

    /**
     * A workbook whose sheet unpacks to 95 MB from a 1 MB upload (81:1), as in the penetration test that ran a
     * 512 MB server out of memory: refused while it is unpacked, before anything is parsed.
     */
    @Test
    void aZipBombIsRefusedBeforeItIsParsed() throws Exception {
        byte[] bomb = withSheet(TestData.workbook(List.of(List.of("姓名"))), out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 95L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(bomb.length < SpreadsheetReader.MAX_BYTES, "small enough to be uploaded: " + bomb.length);
        assertEquals("import.file.expandsTooMuch", reason(bomb, 2000));
    }

    @Test
    void aSheetWiderThanAnyTemplateIsRefused() throws Exception {
        byte[] wide = withSheet(TestData.workbook(List.of(List.of("姓名"))), out -> out.write(("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                <row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="XFD1" t="inlineStr"><is><t>y</t></is></c></row>\
                </sheetData></worksheet>""").getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.file.tooManyColumns", reason(wide, 10));
    }

    @Test
    void formulasShowTheirResultAndSparseCellsKeepTheirColumns() throws Exception {
        byte[] sheet = withSheet(TestData.workbook(List.of(List.of("姓名"))), out -> out.write(("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                <row r="2"><c r="A2" t="inlineStr"><is><t> 王芳 </t></is></c><c r="C2"><f>1+1</f><v>2</v></c>\
                <c r="D2" t="b"><v>1</v></c></row></sheetData></worksheet>""").getBytes(StandardCharsets.UTF_8)));
        SpreadsheetReader.Line line = SpreadsheetReader.read(sheet, 10).get(0);
        assertEquals(2, line.number());
        assertEquals(List.of("王芳", "", "2", "TRUE"), line.cells());
        assertTrue(line.isNumeric(2));
        assertFalse(line.isNumeric(0));
    }

    private interface Writing {
        void write(OutputStream out) throws IOException;
    }

    /** The workbook with its first sheet's XML replaced by what {@code sheet} writes. */
    private static byte[] withSheet(byte[] workbook, Writing sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String reason(byte[] file, int maxRows) {
        return assertThrows(SpreadsheetReader.UnreadableException.class, () -> SpreadsheetReader.read(file, maxRows))
                .messageKey();
    }
}
