package org.jinguo.testsupport.drill;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jinguo.testsupport.WebSession;
import org.jinguo.testsupport.WebSession.Page;

/**
 * A write every drill can count: a resident raises a need on the public form (/help.xhtml) and is shown its number.
 * The drills keep each number a user was shown, then look each one up in the database: a confirmed write lost is a
 * number that is not there.
 */
final class PublicNeed {

    private static final Pattern ORDER_NO = Pattern.compile("id=\"orderNo\">(JG[0-9-]+)<");

    /** What the resident saw: the form's page, the answer to her post (null if the form did not come), the number. */
    record Raised(Page form, Page answer, String number) {
    }

    private PublicNeed() {
    }

    /** Raises one need as a new visitor of {@code base}; {@code what} is her description. */
    static Raised raise(WebSession visitor, String what) throws IOException, InterruptedException {
        Page form = visitor.get("/help.xhtml");
        if (form.status() != 200) {
            return new Raised(form, null, null);
        }
        Map<String, String> fields = new LinkedHashMap<>(form.form("helpForm").fields());
        fields.put("helpForm:name", "演练居民");
        fields.put("helpForm:phone", "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        fields.put("helpForm:communityId_input", firstOption(form.body(), "helpForm:communityId_input"));
        fields.put("helpForm:choice_input", firstOption(form.body(), "helpForm:choice_input"));
        fields.put("helpForm:description", what);
        fields.put("helpForm:consent_input", "on");
        fields.put("helpForm:submit", "");
        Page answer = visitor.post("/help.xhtml", fields);
        Matcher number = ORDER_NO.matcher(answer.body());
        return new Raised(form, answer, answer.status() == 200 && number.find() ? number.group(1) : null);
    }

    private static String firstOption(String body, String select) {
        Matcher list = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(select) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(body);
        if (list.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(list.group(1));
            if (option.find()) {
                return option.group(1);
            }
        }
        return "";
    }
}
