package org.jinguo.platform.web;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Bean Validation's messages in the language of the page, wherever the validation runs (a field, or a service's
 * parameters): without it a service's refusal came out in the server's language (English) on a Chinese page.
 * Outside a page (a background job) the platform's default, Chinese. Registered in META-INF/validation.xml.
 */
public class ViewLocaleMessages implements MessageInterpolator {

    private final MessageInterpolator standard = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return standard.interpolate(template, context, Texts.currentLocale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return standard.interpolate(template, context, locale);
    }
}
