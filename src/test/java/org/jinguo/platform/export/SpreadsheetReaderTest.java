package org.jinguo.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private static String reason(byte[] file, int maxRows) {
        return assertThrows(SpreadsheetReader.UnreadableException.class, () -> SpreadsheetReader.read(file, maxRows))
                .messageKey();
    }
}
