package org.jinguo.platform.figures;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jinguo.platform.i18n.Messages;

/** A chart's category words (service lines, stages, months) in the reader's language, from the UI's bundles. */
public final class Words {

    private Words() {
    }

    public static String of(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The months 1 to 12 as the reader says them (1月 … / Jan …). */
    public static java.util.List<String> months(Locale locale) {
        return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> java.time.Month.of(m)
                .getDisplayName(java.time.format.TextStyle.SHORT, locale)).toList();
    }
}
