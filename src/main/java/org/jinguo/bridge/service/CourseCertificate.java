package org.jinguo.bridge.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jinguo.platform.i18n.Messages;

/**
 * The certificate of completion of a course (结业证书), a one-page A4 PDF in Chinese whatever the user's language (an
 * official document), in STSong-Light, the PDF standard's Chinese font every reader supplies. Words:
 * {@code course.certificate.pdf.*}.
 */
final class CourseCertificate {

    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    record Content(String number, String name, String course, String trainer, String place, LocalDate from, LocalDate to,
                   int attended, int sessions, String unitName, LocalDate issuedOn) {
    }

    private CourseCertificate() {
    }

    static byte[] pdf(Content content) {
        ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, LANGUAGE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(words.getString("certificate.pdf.date"), LANGUAGE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(words.getString("course.certificate.pdf.title"));
            document.addCreator(words.getString("certificate.pdf.creator"));
            document.open();
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Paragraph heading = new Paragraph(words.getString("course.certificate.pdf.title"), new Font(song, 28, Font.BOLD));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph number = new Paragraph(text(words, "certificate.pdf.number", content.number()), new Font(song, 10));
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(24);
            document.add(number);
            String period = content.from() == null ? ""
                    : text(words, "certificate.pdf.period", day.format(content.from()), day.format(content.to()));
            String trainer = content.trainer() == null ? "" : text(words, "course.certificate.pdf.trainer", content.trainer());
            Paragraph text = new Paragraph(text(words, "course.certificate.pdf.text", content.name(), period, content.place(),
                    content.course(), trainer, String.valueOf(content.attended()), String.valueOf(content.sessions())),
                    new Font(song, 16));
            text.setFirstLineIndent(32);
            text.setLeading(30);
            document.add(text);
            Paragraph issuer = new Paragraph(content.unitName() + "\n" + day.format(content.issuedOn()), new Font(song, 14));
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(48);
            document.add(issuer);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate could not be written", e);
        }
    }

    private static String text(ResourceBundle words, String key, String... arguments) {
        return new MessageFormat(words.getString(key), LANGUAGE).format(arguments);
    }
}
