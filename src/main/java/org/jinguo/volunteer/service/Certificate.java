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
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jinguo.platform.i18n.Messages;

/**
 * The certificate of service (志愿服务证明) as a one-page A4 PDF, in Chinese, whatever the user's language: it
 * is an official document. Its words are the volunteer bundle's {@code certificate.pdf.*} texts. The text uses
 * STSong-Light, one of the PDF standard's Chinese fonts, which every PDF reader supplies, so no font file ships
 * with the application and the server needs none installed.
 */
public final class Certificate {

    /** At most this many lines of service are listed; the total counts them all. */
    public static final int MAX_LINES = 20;

    /** The certificate's language. */
    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

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
        ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, LANGUAGE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(words.getString("certificate.pdf.date"), LANGUAGE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 56, 56, 64, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(words.getString("certificate.pdf.title"));
            document.addCreator(words.getString("certificate.pdf.creator"));
            document.open();
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(song, 22, Font.BOLD);
            Font body = new Font(song, 12);
            Font small = new Font(song, 10);

            Paragraph heading = new Paragraph(words.getString("certificate.pdf.title"), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph number = new Paragraph(text(words, "certificate.pdf.number", content.number()), small);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(18);
            document.add(number);

            String period = content.from() == null ? ""
                    : text(words, "certificate.pdf.period", day.format(content.from()), day.format(content.to()));
            String idCard = content.maskedIdCard() == null ? "" : text(words, "certificate.pdf.idCard", content.maskedIdCard());
            Paragraph text = new Paragraph(text(words, "certificate.pdf.text", content.name(), idCard, content.unitName(),
                    period, hours(content.totalMinutes())), body);
            text.setFirstLineIndent(24);
            text.setLeading(24);
            text.setSpacingAfter(16);
            document.add(text);

            if (!content.lines().isEmpty()) {
                PdfPTable table = new PdfPTable(new float[] {3, 8, 2});
                table.setWidthPercentage(100);
                for (String header : List.of("certificate.pdf.servedOn", "certificate.pdf.what", "certificate.pdf.hours")) {
                    PdfPCell cell = new PdfPCell(new Phrase(words.getString(header), small));
                    cell.setGrayFill(0.9f);
                    table.addCell(cell);
                }
                content.lines().stream().limit(MAX_LINES).forEach(line -> {
                    table.addCell(new Phrase(day.format(line.servedOn()), small));
                    table.addCell(new Phrase(line.what(), small));
                    table.addCell(new Phrase(hours(line.minutes()), small));
                });
                document.add(table);
                if (content.lines().size() > MAX_LINES) {
                    document.add(new Paragraph(text(words, "certificate.pdf.more",
                            String.valueOf(content.lines().size() - MAX_LINES)), small));
                }
            }

            Paragraph issuer = new Paragraph(content.unitName() + "\n" + day.format(content.issuedOn()), body);
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

    /** A text of the bundle with its arguments, all given as text (no number formatting of MessageFormat's). */
    private static String text(ResourceBundle words, String key, String... arguments) {
        return new MessageFormat(words.getString(key), LANGUAGE).format(arguments);
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
