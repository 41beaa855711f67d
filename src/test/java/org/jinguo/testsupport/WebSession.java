package org.jinguo.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one user's cookies, pages fetched over HTTP and their forms read from the HTML
 * as the server wrote it, so that a test can send what a browser never would (every field of every form with
 * hostile values) thousands of times in a few minutes. Redirects are not followed, so that each answer is seen.
 */
public final class WebSession {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)/?>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*?\\.xhtml[^\"#]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final URI base;
    private final HttpClient http;

    public WebSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** A form as the page has it: its id, its fields with their values, its submit buttons' names. */
    public record Form(String id, Map<String, String> fields, List<String> buttons, List<String> selects) {
    }

    /** A page as fetched: status, body, the script nonce of its policy. */
    public record Page(String path, int status, String body, String nonce, String location, Map<String, String> headers) {

        /** The first value of a response header, or "". */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse("");
        }

        public List<Form> forms() {
            List<Form> forms = new ArrayList<>();
            Matcher form = FORM.matcher(body);
            while (form.find()) {
                Map<String, String> attributes = attributes(form.group(1));
                String content = form.group(2);
                Map<String, String> fields = new LinkedHashMap<>();
                List<String> buttons = new ArrayList<>();
                List<String> selects = new ArrayList<>();
                Matcher input = INPUT.matcher(content);
                while (input.find()) {
                    Map<String, String> a = attributes(input.group(1));
                    String name = a.get("name");
                    String type = a.getOrDefault("type", "text");
                    if (name == null || type.equals("file") || type.equals("submit") || type.equals("button")
                            || ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked"))) {
                        continue;
                    }
                    fields.putIfAbsent(name, a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
                }
                Matcher area = TEXTAREA.matcher(content);
                while (area.find()) {
                    String name = attributes(area.group(1)).get("name");
                    if (name != null) {
                        fields.put(name, unescape(area.group(2)));
                    }
                }
                Matcher select = SELECT.matcher(content);
                while (select.find()) {
                    String name = attributes(select.group(1)).get("name");
                    if (name == null) {
                        continue;
                    }
                    String chosen = "";
                    Matcher option = OPTION.matcher(select.group(2));
                    while (option.find()) {
                        Map<String, String> a = attributes(option.group(1));
                        if (chosen.isEmpty() || a.containsKey("selected")) {
                            chosen = a.getOrDefault("value", "");
                        }
                    }
                    fields.put(name, chosen);
                    selects.add(name);
                }
                Matcher button = BUTTON.matcher(content);
                while (button.find()) {
                    Map<String, String> a = attributes(button.group(1));
                    if (a.get("name") != null && "submit".equals(a.getOrDefault("type", "submit"))) {
                        buttons.add(a.get("name"));
                    }
                }
                if (nonce != null && fields.containsKey("jakarta.faces.ViewState")) {
                    fields.put("primefaces.nonce", nonce); // as PrimeFaces' script adds it to every form
                }
                forms.add(new Form(attributes.getOrDefault("id", ""), fields, buttons, selects));
            }
            return forms;
        }

        /** The form with this id. */
        public Form form(String id) {
            return forms().stream().filter(f -> f.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no form " + id + " on " + path));
        }

        /** The pages this one links to, on this server, in the order they appear. */
        public List<String> links() {
            List<String> links = new ArrayList<>();
            Matcher link = LINK.matcher(body);
            while (link.find()) {
                links.add(unescape(link.group(1)));
            }
            return links;
        }
    }

    public Page get(String path) throws IOException, InterruptedException {
        return page(path, http.send(HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts {@code fields} to {@code path} as a form does; {@code headers} are name, value pairs. */
    public Page post(String path, Map<String, String> fields, String... headers) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return page(path, http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in through the sign-in form, as a person would; whether it worked (she was sent on to a page). */
    public boolean signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password, null);
    }

    /**
     * Signs in from the sign-in page that was given {@code next} (URL-encoded) as the page asked for; whether she
     * was then sent to that page if it is one of ours, or to the home page otherwise.
     */
    public boolean signIn(String username, String password, String next) throws IOException, InterruptedException {
        Page login = get("/login.xhtml" + (next == null ? "" : "?next=" + next));
        Form form = login.form("loginForm");
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", password);
        fields.put("loginForm:signIn", "");
        Page answer = post("/login.xhtml", fields);
        String decoded = next == null ? null : java.net.URLDecoder.decode(next, StandardCharsets.UTF_8);
        String expected = decoded != null && decoded.startsWith("/") && !decoded.startsWith("//") ? decoded : "/index.xhtml";
        return answer.status() == 302 && answer.location().endsWith(expected) && !answer.location().contains("//evil");
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static Page page(String path, HttpResponse<String> response) {
        Matcher nonce = NONCE.matcher(String.join(" ", response.headers().allValues("Content-Security-Policy")));
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        return new Page(path, response.statusCode(), response.body(), nonce.find() ? nonce.group(1) : null,
                response.headers().firstValue("Location").orElse(""), headers);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), unescape(attribute.group(2)));
        }
        for (String flag : List.of("checked", "selected", "disabled")) {
            if (tag.matches("(?s).*\\b" + flag + "\\b(?!=).*")) {
                attributes.putIfAbsent(flag, flag);
            }
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
