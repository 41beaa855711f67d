package org.jinguo.cockpit.service;

import com.lowagie.text.Chunk;
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
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jinguo.platform.figures.Chart;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.i18n.Messages;

/**
 * The year-end report (年度工作报告) of a unit's subtree for a period, written from the cockpit's figures: a PDF in
 * Chinese (a cover, a table of contents, and a page per area with its figures as a table and its charts drawn as bars
 * with their numbers) and the same figures as an Excel workbook (a sheet of figures, a sheet per chart). The PDF's
 * font is STSong-Light, one of the PDF standard's Chinese fonts that every reader supplies: no font ships. Pure: it
 * reads nothing and knows no area; {@code progress} hears 0–100 as the parts are written.
 */
public final class YearReport {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Color RED = new Color(0xb3, 0x20, 0x2a);
    private static final Color[] SERIES = {RED, new Color(0x1f, 0x77, 0xb4), new Color(0xd4, 0x88, 0x06)};

    /** What the report is of. */
    public record Subject(String unitName, LocalDate from, LocalDate to, LocalDate writtenOn) {
    }

    private YearReport() {
    }

    public static byte[] pdf(Subject subject, List<Section> sections, IntConsumer progress) {
        // twice: the first writing finds the page each area starts on, the second puts those pages in the contents
        List<Integer> starts = new ArrayList<>();
        write(subject, sections, p -> { }, null, starts);
        return write(subject, sections, progress, starts, new ArrayList<>());
    }

    private static byte[] write(Subject subject, List<Section> sections, IntConsumer progress, List<Integer> knownStarts,
                                List<Integer> starts) {
        ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, CHINESE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 56, 56, 64, 56);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String title = title(words, subject);
            document.addTitle(title);
            document.addCreator(words.getString("report.pdf.creator"));
            document.open();
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font big = new Font(song, 24, Font.BOLD);
            Font heading = new Font(song, 16, Font.BOLD);
            Font body = new Font(song, 11);
            Font small = new Font(song, 9);

            Paragraph cover = new Paragraph(title, big);
            cover.setAlignment(Element.ALIGN_CENTER);
            cover.setSpacingBefore(180);
            cover.setSpacingAfter(24);
            document.add(cover);
            Paragraph period = new Paragraph(text(words, "report.pdf.period", day(words, subject.from()), day(words, subject.to())), body);
            period.setAlignment(Element.ALIGN_CENTER);
            document.add(period);
            Paragraph written = new Paragraph(subject.unitName() + "\n" + day(words, subject.writtenOn()), body);
            written.setAlignment(Element.ALIGN_CENTER);
            written.setSpacingBefore(200);
            document.add(written);

            // the table of contents: the cover is page 1, the contents page 2, then the areas, each from a new page
            document.newPage();
            document.add(new Paragraph(words.getString("report.pdf.contents"), heading));
            PdfPTable contents = new PdfPTable(new float[] {1, 10, 2});
            contents.setWidthPercentage(100);
            contents.setSpacingBefore(12);
            for (int i = 0; i < sections.size(); i++) {
                contents.addCell(plain(String.valueOf(i + 1), body));
                contents.addCell(plain(words.getString(sections.get(i).title()), body));
                contents.addCell(plain(knownStarts == null ? "" : text(words, "report.pdf.page", String.valueOf(knownStarts.get(i))), body));
            }
            document.add(contents);
            progress.accept(10);

            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                document.newPage();
                document.add(new Paragraph((i + 1) + "  " + words.getString(section.title()), heading));
                starts.add(writer.getPageNumber());
                PdfPTable figures = new PdfPTable(new float[] {6, 3, 3});
                figures.setWidthPercentage(100);
                figures.setSpacingBefore(10);
                figures.setSpacingAfter(14);
                for (String header : List.of("report.pdf.figure", "report.pdf.value", "report.pdf.goal")) {
                    PdfPCell cell = new PdfPCell(new Phrase(words.getString(header), small));
                    cell.setGrayFill(0.9f);
                    figures.addCell(cell);
                }
                for (Figure figure : section.figures()) {
                    figures.addCell(new Phrase(words.getString(figure.label()), body));
                    figures.addCell(new Phrase(value(figure) + measure(words, figure), body));
                    figures.addCell(new Phrase(figure.goal() == null ? "—" : number(figure.goal(), 1) + "%", body));
                }
                document.add(figures);
                for (Chart chart : section.charts()) {
                    document.add(new Paragraph(words.getString(chart.title()), body));
                    document.add(bars(words, chart, small));
                }
                progress.accept(10 + 85 * (i + 1) / Math.max(1, sections.size()));
            }
            document.close();
            progress.accept(100);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
    }

    public static byte[] xlsx(Subject subject, List<Section> sections) {
        ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = book.createSheet(words.getString("report.xlsx.figures"));
            cells(summary.createRow(0), bold, title(words, subject));
            cells(summary.createRow(1), null, text(words, "report.pdf.period", day(words, subject.from()), day(words, subject.to())));
            cells(summary.createRow(3), bold, words.getString("report.xlsx.area"), words.getString("report.pdf.figure"),
                    words.getString("report.pdf.value"), words.getString("report.xlsx.measure"), words.getString("report.pdf.goal"));
            int r = 4;
            int chartNo = 0;
            for (Section section : sections) {
                for (Figure figure : section.figures()) {
                    Row row = summary.createRow(r++);
                    row.createCell(0).setCellValue(words.getString(section.title()));
                    row.createCell(1).setCellValue(words.getString(figure.label()));
                    row.createCell(2).setCellValue(figure.value());
                    row.createCell(3).setCellValue(measure(words, figure).strip());
                    if (figure.goal() != null) {
                        row.createCell(4).setCellValue(figure.goal());
                    }
                }
                for (Chart chart : section.charts()) {
                    Sheet sheet = book.createSheet((++chartNo) + " " + safeSheetName(words.getString(chart.title())));
                    Row header = sheet.createRow(0);
                    header.createCell(0).setCellValue(words.getString(chart.title()));
                    header.getCell(0).setCellStyle(bold);
                    for (int s = 0; s < chart.series().size(); s++) {
                        header.createCell(s + 1).setCellValue(seriesName(words, chart.series().get(s)));
                    }
                    for (int c = 0; c < chart.categories().size(); c++) {
                        Row row = sheet.createRow(c + 1);
                        row.createCell(0).setCellValue(chart.categories().get(c));
                        for (int s = 0; s < chart.series().size(); s++) {
                            row.createCell(s + 1).setCellValue(chart.series().get(s).values().get(c));
                        }
                    }
                    sheet.setColumnWidth(0, 24 * 256);
                }
            }
            summary.setColumnWidth(0, 18 * 256);
            summary.setColumnWidth(1, 30 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chart as rows of bars: category, one bar per series as long as its share of the largest value, the value. */
    private static PdfPTable bars(ResourceBundle words, Chart chart, Font small) {
        double max = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        PdfPTable table = new PdfPTable(new float[] {4, 9, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(12);
        for (int c = 0; c < chart.categories().size(); c++) {
            for (int s = 0; s < chart.series().size(); s++) {
                double v = chart.series().get(s).values().get(c);
                String label = s == 0 ? chart.categories().get(c) : "";
                if (chart.series().size() > 1) {
                    label += "（" + seriesName(words, chart.series().get(s)) + "）";
                }
                table.addCell(plain(label, small));
                PdfPCell bar = plain("", small);
                bar.setPadding(2);
                bar.addElement(bar(v, max, SERIES[s % SERIES.length]));
                table.addCell(bar);
                table.addCell(plain(number(v, 1), small));
            }
        }
        return table;
    }

    private static String seriesName(ResourceBundle words, Chart.Series series) {
        return series.name() != null ? series.name() : words.getString(series.label());
    }

    private static PdfPTable bar(double value, double max, Color colour) {
        float share = max <= 0 ? 0f : (float) Math.max(0.001, Math.min(1, value / max));
        PdfPTable bar = new PdfPTable(share >= 0.999f ? new float[] {1} : new float[] {share, 1 - share});
        bar.setWidthPercentage(100);
        PdfPCell filled = new PdfPCell(new Phrase(new Chunk(" ")));
        filled.setBorder(0);
        filled.setFixedHeight(8);
        filled.setBackgroundColor(value > 0 ? colour : Color.WHITE);
        bar.addCell(filled);
        if (share < 0.999f) {
            PdfPCell rest = new PdfPCell(new Phrase(new Chunk(" ")));
            rest.setBorder(0);
            rest.setFixedHeight(8);
            bar.addCell(rest);
        }
        return bar;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(0);
        cell.setPaddingBottom(4);
        return cell;
    }

    static String title(ResourceBundle words, Subject subject) {
        return text(words, "report.pdf.title", subject.unitName(),
                subject.from().getYear() == subject.to().getYear() ? String.valueOf(subject.to().getYear())
                        : subject.from().getYear() + "—" + subject.to().getYear());
    }

    private static String value(Figure figure) {
        return number(figure.value(), figure.measure() == Figure.Measure.COUNT || figure.measure() == Figure.Measure.YUAN ? 0 : 1);
    }

    private static String measure(ResourceBundle words, Figure figure) {
        return figure.measure() == Figure.Measure.COUNT ? "" : " " + words.getString("measure." + figure.measure());
    }

    private static String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(CHINESE);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private static String day(ResourceBundle words, LocalDate day) {
        return DateTimeFormatter.ofPattern(words.getString("report.pdf.date"), CHINESE).format(day);
    }

    private static String text(ResourceBundle words, String key, String... arguments) {
        return new MessageFormat(words.getString(key), CHINESE).format(arguments);
    }

    private static void cells(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
    }

    private static String safeSheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 26 ? clean.substring(0, 26) : clean;
    }
}
