package org.jinguo.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the user's session: Chinese first, English second. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return CHINESE.equals(locale);
    }

    /** Switches the language and shows the same page again (its view parameters kept). */
    public String use(String languageTag) {
        Locale wanted = Locale.forLanguageTag(languageTag);
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(CHINESE);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
