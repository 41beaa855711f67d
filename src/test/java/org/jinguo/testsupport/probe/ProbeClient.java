package org.jinguo.testsupport.probe;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in HTTP client of the application, for the page-cost test and the benchmark's probe. */
public final class ProbeClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public ProbeClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Signs in through the sign-in page, as a browser would. */
    public ProbeClient signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("sign-in of " + username + " answered " + answer.statusCode());
        }
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A probe answer ({@code name<TAB>values} per line) as name → the values. */
    public Map<String, String[]> probe(String what) throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/probe/" + what);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/probe/" + what + " answered " + answer.statusCode());
        }
        Map<String, String[]> lines = new LinkedHashMap<>();
        answer.body().lines().filter(line -> line.contains("\t")).forEach(line -> {
            String[] parts = line.split("\t");
            String[] values = new String[parts.length - 1];
            System.arraycopy(parts, 1, values, 0, values.length);
            lines.put(parts[0], values);
        });
        return lines;
    }

    static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
