package org.jinguo.volunteer.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The certificate of service (志愿服务证明) as a one-page A4 PDF, in Chinese, whatever the user's language: it
 * is an official document. The text uses STSong-Light, one of the PDF standard's Chinese fonts, which every
 * PDF reader supplies, so no font file ships with the application and the server needs none installed.
 */
public final class Certificate {

    /** At most this many lines of service are listed; the total counts them all. */
    public static final int MAX_LINES = 20;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** One approved record of service. */
    public record Line(LocalDate servedOn, String what, int minutes) {
    }

    /** What the certificate says. */
    public record Content(String number, String name, String maskedIdCard, String unitName, long totalMinutes,
                          LocalDate from, LocalDate to, List<Line> lines, LocalDate issuedOn) {
    }

    private Certificate() {
    }

    public static byte[] pdf(Content content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 56, 56, 64, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle("志愿服务证明");
            document.addCreator("巾帼 · 江北区妇联");
            document.open();
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(song, 22, Font.BOLD);
            Font body = new Font(song, 12);
            Font small = new Font(song, 10);

            Paragraph heading = new Paragraph("志愿服务证明", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph number = new Paragraph("编号：" + content.number(), small);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(18);
            document.add(number);

            String period = content.from() == null ? "" : "自" + DAY.format(content.from()) + "至" + DAY.format(content.to()) + "，";
            Paragraph text = new Paragraph("兹证明 " + content.name()
                    + (content.maskedIdCard() == null ? "" : "（身份证号 " + content.maskedIdCard() + "）")
                    + " 为" + content.unitName() + "巾帼志愿者，" + period + "累计参加志愿服务经审核认定的时长为 "
                    + hours(content.totalMinutes()) + " 小时。特此证明。", body);
            text.setFirstLineIndent(24);
            text.setLeading(24);
            text.setSpacingAfter(16);
            document.add(text);

            if (!content.lines().isEmpty()) {
                PdfPTable table = new PdfPTable(new float[] {3, 8, 2});
                table.setWidthPercentage(100);
                for (String header : List.of("服务日期", "服务内容", "时长（小时）")) {
                    PdfPCell cell = new PdfPCell(new Phrase(header, small));
                    cell.setGrayFill(0.9f);
                    table.addCell(cell);
                }
                content.lines().stream().limit(MAX_LINES).forEach(line -> {
                    table.addCell(new Phrase(DAY.format(line.servedOn()), small));
                    table.addCell(new Phrase(line.what(), small));
                    table.addCell(new Phrase(hours(line.minutes()), small));
                });
                document.add(table);
                if (content.lines().size() > MAX_LINES) {
                    document.add(new Paragraph("（另有 " + (content.lines().size() - MAX_LINES) + " 次服务记录，已计入总时长）", small));
                }
            }

            Paragraph issuer = new Paragraph(content.unitName() + "\n" + DAY.format(content.issuedOn()), body);
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(36);
            document.add(issuer);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate could not be written", e);
        }
    }

    /** Minutes as hours with at most one decimal: 90 → "1.5". */
    public static String hours(long minutes) {
        return hoursNumber(minutes).stripTrailingZeros().toPlainString();
    }

    /** Minutes as hours rounded to one decimal, as a number (a spreadsheet cell that adds up). */
    public static BigDecimal hoursNumber(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
