package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jinguo.testsupport.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The protective headers on what the server sends, seen from outside as a browser sees them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpHeadersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesCarryTheProtectiveHeadersAndAreNeverCached() throws Exception {
        HttpResponse<String> login = get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertProtected(login);
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("HttpOnly")), cookies::toString);
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
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }
}
