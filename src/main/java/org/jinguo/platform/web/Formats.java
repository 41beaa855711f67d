package org.jinguo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jinguo.platform.config.Beijing;

/**
 * One way to write dates, times and figures on every page, in both languages: a day as {@code 2026-12-02} (as the
 * date pickers take it and as a day shows anywhere), a moment in Beijing time as {@code 2026-12-02 09:30}; figures
 * grouped; money in yuan.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public String instant(Instant instant) {
        return format(instant);
    }

    /** Now, as a page printed today says when it was printed. */
    public String now() {
        return format(Instant.now());
    }

    /** A reported figure with digit grouping ({@code 20,000}); empty when not reported. */
    public String count(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(Texts.currentLocale()).format(value);
    }

    /** Yuan with thousands separators and two decimals: 50,000.00. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A moment as every page shows one, in Beijing time: {@code 2026-12-02 09:30}; empty for none. */
    public static String moment(Instant instant) {
        return format(instant);
    }

    static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return MOMENT.format(instant.atZone(Beijing.ZONE)); // the same in both languages: no month names to translate
    }
}
