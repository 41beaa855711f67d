package org.jinguo.platform.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jinguo.platform.i18n.Messages;

/** The UI's texts ({@link Messages}: one bundle per feature) in the language of the current view. */
public final class Texts {

    public static final String BUNDLE = Messages.BUNDLE;

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return get(currentLocale(), key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none (e.g. a new record type). */
    public static String getOr(String key, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE, currentLocale()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return LocaleBean.CHINESE;
    }
}
