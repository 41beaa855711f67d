package org.jinguo.platform.notify;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jinguo.platform.i18n.Messages;

/** A notification's words in a language: the app shows them in the reader's, mail and SMS carry the Chinese. */
public final class NotificationTexts {

    /** The longest SMS of one part in Chinese (70 characters, signature included). */
    public static final int SMS_MOST = 70;
    static final String SMS_SIGNATURE = "【江北巾帼】";

    private NotificationTexts() {
    }

    public static String text(Locale locale, String key, List<String> arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    public static String chinese(String key, List<String> arguments) {
        return text(Locale.SIMPLIFIED_CHINESE, key, arguments);
    }

    /** The SMS: signature and text, cut to {@link #SMS_MOST} characters with an ellipsis when longer. */
    public static String sms(String text) {
        String whole = SMS_SIGNATURE + text.strip();
        return whole.length() <= SMS_MOST ? whole : whole.substring(0, SMS_MOST - 1) + "…";
    }
}
