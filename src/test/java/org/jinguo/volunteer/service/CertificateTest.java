package org.jinguo.volunteer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void theCertificateSaysInChineseWhoServedHowLong() throws Exception {
        List<Certificate.Line> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(new Certificate.Line(LocalDate.of(2026, 3, 1).plusDays(i), "郭家沱社区敬老院探访", 90));
        }
        byte[] pdf = Certificate.pdf(new Certificate.Content("JG-7-20261130", "杨春燕", "5001**********002X",
                "郭家沱街道妇联", 45 * 60, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30), lines,
                LocalDate.of(2026, 11, 30)));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = shownText(reader.getPageContent(1)).replaceAll("\\s", "");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/STSong-Light") && raw.contains("/UniGB-UCS2-H"), "the standard Chinese font, Unicode-encoded");
        assertTrue(text.contains("志愿服务证明"), text);
        assertTrue(text.contains("兹证明杨春燕"), text);
        assertTrue(text.contains("45小时"), text);
        assertTrue(text.contains("另有10次服务记录"), text);
    }

    /**
     * The text the page's content stream shows (Tj and TJ operands). The font's encoding (UniGB-UCS2-H) is
     * UCS-2: each character is its UTF-16 code, so decoding the operands gives back the Chinese text.
     */
    static String shownText(byte[] content) throws Exception {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        ArrayList<PdfObject> operands = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (!parser.parse(operands).isEmpty()) {
            String operator = operands.get(operands.size() - 1).toString();
            if ("Tj".equals(operator)) {
                append(text, operands.get(0));
            } else if ("TJ".equals(operator)) {
                ((PdfArray) operands.get(0)).getElements().forEach(part -> append(text, part));
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, PdfObject operand) {
        if (operand.isString()) {
            text.append(new String(((PdfString) operand).getOriginalBytes(), StandardCharsets.UTF_16BE));
        }
    }

    @Test
    void hoursShowAtMostOneDecimal() {
        assertEquals("1.5", Certificate.hours(90));
        assertEquals("2", Certificate.hours(120));
        assertEquals("0.5", Certificate.hours(30));
        assertEquals(new java.math.BigDecimal("1.5"), Certificate.hoursNumber(90));
    }
}
