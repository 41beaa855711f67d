package org.jinguo.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import org.jinguo.platform.security.ResponseHeaders;

/**
 * The page for a request refused before any page handled it (400, 405, 413, 429: see {@link RequestGuardFilter}),
 * in the user's language. A plain servlet, not a Faces page: the refused request may carry another page's view
 * state, which Faces would try to restore. Reached only as the error page web.xml names.
 */
@WebServlet("/request-refused")
public class RefusedPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Set<Integer> STATUSES = Set.of(400, 403, 405, 413, 429);

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        if (!(code instanceof Integer status) || !STATUSES.contains(status)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        write(request, response, status);
    }

    /** Answers the request with {@code status} and this page, reading nothing of the request but its headers. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = LocaleBean.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(request.getLocale().getLanguage()) && request.getHeader("Accept-Language") != null)
                .findFirst().orElse(LocaleBean.CHINESE);
        response.setStatus(status);
        ResponseHeaders.apply(request, response, true); // this answer comes before the filter that sets them
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String title = html(Texts.get(locale, "error.refused.title"));
        String text = html(Texts.get(locale, "error.refused." + status));
        String home = html(Texts.get(locale, "error.backHome"));
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/jakarta.faces.resource/css/jinguo.css.xhtml\">"
                + "</head><body class=\"jg jg-plain\"><main class=\"jg-plain-content\"><div class=\"jg-card jg-error\" "
                + "id=\"errorPage\" data-error=\"" + status + "\"><h1>" + title + "</h1><p>" + text + "</p><p><a id=\"backHome\" href=\""
                + request.getContextPath() + "/index.xhtml\">" + home + "</a></p></div></main></body></html>");
    }
}
