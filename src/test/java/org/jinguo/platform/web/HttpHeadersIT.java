package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The protective headers on what the server sends, seen from outside as a browser sees them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHeadersIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryTheProtectiveHeadersAndAreNeverCached() throws Exception {
        HttpResponse<String> login = get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertProtected(login);
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(List.of(), login.headers().allValues("Set-Cookie"), "no session before she signs in");
        HttpResponse<String> signedIn = http.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SIGN_IN)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode());
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("HttpOnly")
                && c.toLowerCase(Locale.ROOT).contains("samesite=strict")), cookies::toString);
    }

    @Test
    void pagesAllowOnlyTheirOwnScriptsThroughANoncePerResponse() throws Exception {
        String first = scriptPolicy(get("login.xhtml"));
        String second = scriptPolicy(get("login.xhtml"));
        assertTrue(first.contains("script-src 'self' 'nonce-"), first);
        assertFalse(first.substring(first.indexOf("script-src")).contains("unsafe"), "no inline or eval scripts: " + first);
        assertTrue(first.contains("object-src 'none'") && first.contains("frame-ancestors 'none'"), first);
        assertFalse(first.equals(second), "a fresh nonce each time");
        HttpResponse<String> page = get("login.xhtml");
        String nonce = scriptPolicy(page).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
    }

    /** The sign-in form as a browser sends it (the page is stateless; its nonce is renewed by the server). */
    private static final String SIGN_IN = "loginForm=loginForm&loginForm%3Ausername=viewer&loginForm%3Apassword=Jinguo%402026"
            + "&loginForm%3AsignIn=&jakarta.faces.ViewState=stateless";

    /** Payara's default HTTPS listener (8181, self-signed): there the session cookie is also Secure. */
    @Test
    void overHttpsTheSessionCookieIsSecure() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        URL url = new URI("https", null, base.getHost(), 8181, base.getPath() + "login.xhtml", null, null).toURL();
        HttpsURLConnection https = (HttpsURLConnection) url.openConnection();
        https.setSSLSocketFactory(trustAll.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true); // the test domain's certificate names another host
        https.setInstanceFollowRedirects(false);
        https.setRequestMethod("POST");
        https.setDoOutput(true);
        https.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (var out = https.getOutputStream()) {
            out.write(SIGN_IN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(302, https.getResponseCode(), "signed in");
        assertTrue(https.getHeaderField("Strict-Transport-Security") != null, "HSTS over HTTPS");
        List<String> cookies = https.getHeaderFields().getOrDefault("Set-Cookie", List.of());
        https.disconnect();
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("Secure")), cookies::toString);
    }

    private static String scriptPolicy(HttpResponse<String> response) {
        return response.headers().allValues("Content-Security-Policy").stream()
                .filter(policy -> policy.contains("script-src")).findFirst().orElse("");
    }

    @Test
    void aProtectedPageRedirectsToSignInWithoutShowingAnything() throws Exception {
        // This redirect comes from the authentication mechanism, before any filter; it has no body.
        HttpResponse<String> units = get("organisation/units.xhtml");
        assertEquals(302, units.statusCode());
        assertTrue(units.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertFalse(units.body().contains("unitsForm"));
    }

    @Test
    void staticResourcesMayBeCached() throws Exception {
        HttpResponse<String> css = get("jakarta.faces.resource/css/jinguo.css.xhtml");
        assertEquals(200, css.statusCode());
        assertProtected(css);
        assertFalse(css.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = base.toURI().resolve(path);
        return http.send(java.net.http.HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProtected(HttpResponse<String> response) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(response.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(policy -> policy.contains("frame-ancestors 'none'")));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }
}
