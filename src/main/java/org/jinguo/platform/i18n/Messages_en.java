package org.jinguo.platform.i18n;

import java.util.Locale;

/** The English texts. */
public class Messages_en extends Messages {

    public Messages_en() {
        super("en");
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }
}
