package org.jinguo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jinguo.platform.config.Beijing;

/** Instants as the district reads them: Beijing time, {@code yyyy年M月d日 HH:mm} in Chinese; figures grouped; money in yuan. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    public String instant(Instant instant) {
        return format(instant, Texts.currentLocale());
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

    public static String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter formatter = "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        return formatter.format(instant.atZone(Beijing.ZONE));
    }
}
