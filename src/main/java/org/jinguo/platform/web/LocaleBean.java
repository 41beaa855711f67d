package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;

/**
 * The language of the user's session: Chinese first, English second. Kept in the session only once she has
 * chosen one, so that a page seen by nobody signed in (sign-in, sign-up) creates no session at all.
 */
@Named
@RequestScoped
public class LocaleBean {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    private static final String ATTRIBUTE = LocaleBean.class.getName();

    public Locale getLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        Object session = context == null ? null : context.getExternalContext().getSession(false);
        return session instanceof HttpSession s && s.getAttribute(ATTRIBUTE) instanceof Locale chosen ? chosen : CHINESE;
    }

    public String getLanguage() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return CHINESE.equals(getLocale());
    }

    /** Switches the language and shows the same page again (its view parameters kept). */
    public String use(String languageTag) {
        Locale wanted = Locale.forLanguageTag(languageTag);
        Locale locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(CHINESE);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getSessionMap().put(ATTRIBUTE, locale);
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
