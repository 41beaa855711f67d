package org.jinguo.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.export.SpreadsheetWriter;
import org.jinguo.platform.security.ResponseHeaders;

/** Sends a file (a spreadsheet, a PDF) as the response of a (non-ajax) button, under a file name in the user's language. */
public final class Downloads {

    private static final DateTimeFormatter CELL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Beijing.ZONE);

    private Downloads() {
    }

    /**
     * Streams a one-sheet .xlsx: {@code rows} writes the data rows and returns how many it wrote;
     * {@code audit} records the export before anything is sent, so an export that cannot be audited
     * never leaves the server.
     */
    public static void xlsx(String fileName, List<String> headers, ToIntFunction<SpreadsheetWriter> rows,
                            IntConsumer audit) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try (SpreadsheetWriter sheet = new SpreadsheetWriter(fileName, headers, CELL_TIME)) {
            audit.accept(rows.applyAsInt(sheet));
            attachment(external, fileName, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            sheet.writeTo(external.getResponseOutputStream());
            context.responseComplete();
        }
    }

    /** How many rows an export reads at a time: bounded memory, few queries. */
    public static final int EXPORT_PAGE = 1000;

    /**
     * Streams a list as a one-sheet .xlsx with its declared {@code columns}, reading it {@link #EXPORT_PAGE} rows
     * at a time ({@code page}); {@code audit} records the export with the number of rows first.
     */
    public static <T> void xlsx(String title, SheetColumns<T> columns, PagedList.Page<T> page, IntConsumer audit)
            throws IOException {
        Locale locale = Texts.currentLocale();
        xlsx(title, columns.headers(locale), sheet -> {
            eachRow(page, EXPORT_PAGE, row -> sheet.row(columns.cells(row, locale)));
            return sheet.dataRows();
        }, audit);
    }

    /**
     * As {@link #xlsx(String, SheetColumns, PagedList.Page, IntConsumer)} for large lists read page after page by
     * key ({@code key} of a row), so that every page costs the same.
     */
    public static <T> void xlsxByKey(String title, SheetColumns<T> columns, AfterKey<T> page, ToLongFunction<T> key,
                                     IntConsumer audit) throws IOException {
        Locale locale = Texts.currentLocale();
        xlsx(title, columns.headers(locale), sheet -> {
            eachRowByKey(page, key, EXPORT_PAGE, row -> sheet.row(columns.cells(row, locale)));
            return sheet.dataRows();
        }, audit);
    }

    /** As {@link #xlsx(String, SheetColumns, PagedList.Page, IntConsumer)} for a short list already read. */
    public static <T> void xlsx(String title, SheetColumns<T> columns, List<T> rows, IntConsumer audit)
            throws IOException {
        Locale locale = Texts.currentLocale();
        xlsx(title, columns.headers(locale), sheet -> {
            rows.forEach(row -> sheet.row(columns.cells(row, locale)));
            return sheet.dataRows();
        }, audit);
    }

    /** Sends a PDF made beforehand (a certificate). */
    public static void pdf(String fileName, byte[] pdf) throws IOException {
        send(fileName, "pdf", "application/pdf", pdf);
    }

    /** Sends a stored file (an attachment) under its own name, with the type it was stored with. */
    public static void file(String fileName, String contentType, byte[] content) throws IOException {
        int dot = fileName.lastIndexOf('.');
        send(dot < 0 ? fileName : fileName.substring(0, dot), dot < 0 ? "bin" : fileName.substring(dot + 1), contentType,
                content);
    }

    private static void send(String name, String extension, String contentType, byte[] content) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        attachment(external, name, extension, contentType);
        external.setResponseContentLength(content.length);
        external.getResponseOutputStream().write(content);
        context.responseComplete();
    }

    /** A fresh response carrying an attachment: the security headers, the type, the name in any language. */
    private static void attachment(ExternalContext external, String fileName, String extension, String contentType) {
        external.responseReset();
        ResponseHeaders.apply((HttpServletResponse) external.getResponse(), true);
        external.setResponseContentType(contentType);
        String encoded = URLEncoder.encode(fileName + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"export." + extension + "\"; filename*=UTF-8''" + encoded);
    }

    /** A page of the rows that follow the row with key {@code afterKey} in the list's order ({@link Long#MIN_VALUE}: the first page). */
    @FunctionalInterface
    public interface AfterKey<T> {
        List<T> load(long afterKey, int max);
    }

    /**
     * Hands every row of a large list to {@code each}, a page at a time, each page starting after the last
     * row's key: every page costs the same, where an offset page would sort the whole list again.
     */
    public static <T> void eachRowByKey(AfterKey<T> page, ToLongFunction<T> key, int pageSize, Consumer<T> each) {
        List<T> rows;
        long after = Long.MIN_VALUE;
        do {
            rows = page.load(after, pageSize);
            rows.forEach(each);
            if (!rows.isEmpty()) {
                after = key.applyAsLong(rows.get(rows.size() - 1));
            }
        } while (rows.size() == pageSize);
    }

    /** Hands every row of a list to {@code each}, reading it {@code pageSize} rows at a time (by offset). */
    public static <T> void eachRow(PagedList.Page<T> page, int pageSize, Consumer<T> each) {
        List<T> rows;
        int first = 0;
        do {
            rows = page.load(first, pageSize);
            rows.forEach(each);
            first += pageSize;
        } while (rows.size() == pageSize);
    }
}
