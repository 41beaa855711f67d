package org.jinguo.volunteer.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jinguo.platform.i18n.Messages;
import org.jinguo.volunteer.service.ActivityService.ActivityRow;

/**
 * The venue's check-in poster (签到海报): one A4 page to print and put up where an activity takes place, with its
 * title, day, time and place, the check-in QR code as large as the page allows, and how to use it. In Chinese
 * whatever the organiser's language, like the certificate: it is read by the volunteers at the venue. The code is
 * drawn as vector squares, so it stays sharp at any print size; STSong-Light needs no font file (see
 * {@link Certificate}).
 */
public final class CheckinPoster {

    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final Color RED = new Color(0xb3, 0x20, 0x2a);
    /** The quiet zone around the code, in modules. */
    private static final int BORDER = 4;
    /** The code's side on the page, in points (about 15 cm). */
    private static final float SIDE = 420f;

    private CheckinPoster() {
    }

    /** The poster of {@code activity}, whose check-in address is {@code link}. */
    public static byte[] pdf(ActivityRow activity, String link) {
        ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, LANGUAGE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(words.getString("poster.pdf.date"), LANGUAGE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 48, 48, 56, 48);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(words.getString("poster.pdf.heading") + " · " + activity.title());
            document.addCreator(words.getString("certificate.pdf.creator"));
            document.open();
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);

            Paragraph heading = new Paragraph(words.getString("poster.pdf.heading"), new Font(song, 16, Font.NORMAL, RED));
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph title = new Paragraph(activity.title(), new Font(song, 26, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(8);
            document.add(title);
            Paragraph when = new Paragraph(MessageFormat.format(words.getString("poster.pdf.when"),
                    day.format(activity.heldOn()), activity.startsAt().toString(), activity.endsAt().toString()),
                    new Font(song, 14));
            when.setAlignment(Element.ALIGN_CENTER);
            when.setSpacingBefore(10);
            document.add(when);
            Paragraph where = new Paragraph(MessageFormat.format(words.getString("poster.pdf.where"),
                    activity.place() == null ? "" : activity.place()), new Font(song, 14));
            where.setAlignment(Element.ALIGN_CENTER);
            document.add(where);

            // the code, centred below the words, drawn once into a form the page places like a picture
            PdfTemplate code = writer.getDirectContent().createTemplate(SIDE, SIDE);
            drawCode(code, QrCode.encodeText(link, QrCode.Ecc.MEDIUM));
            Image picture = Image.getInstance(code);
            picture.setAlignment(Image.MIDDLE);
            picture.setSpacingBefore(20);
            picture.setSpacingAfter(16);
            document.add(picture);

            Paragraph how = new Paragraph(words.getString("poster.pdf.how"), new Font(song, 14, Font.BOLD));
            how.setAlignment(Element.ALIGN_CENTER);
            document.add(how);
            Paragraph organiser = new Paragraph(MessageFormat.format(words.getString("poster.pdf.organiser"),
                    activity.unitName()), new Font(song, 11));
            organiser.setAlignment(Element.ALIGN_CENTER);
            organiser.setSpacingBefore(12);
            document.add(organiser);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the check-in poster could not be drawn", e);
        }
    }

    /** The code's dark modules as filled squares, filling a square of {@link #SIDE} points. */
    private static void drawCode(PdfContentByte canvas, QrCode qr) {
        float left = 0;
        float bottom = 0;
        float module = SIDE / (qr.size + 2 * BORDER);
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    // PDF's y axis points up; the code's row 0 is its top
                    canvas.rectangle(left + (x + BORDER) * module, bottom + (qr.size - 1 - y + BORDER) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
