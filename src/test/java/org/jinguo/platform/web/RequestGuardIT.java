package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jinguo.testsupport.WebSession;
import org.jinguo.testsupport.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hand-made requests the penetration test sent, each answered with a 4xx page in the user's language (Chinese
 * when the request names none) instead of an HTTP 500, a blank page or an action done: postbacks by GET, forms
 * from another site, oversized forms, ajax without the page's script nonce, a number field or a table row that
 * is not a number, a forged {@code Host}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestGuardIT {

    @ArquillianResource
    URL base;

    @Test
    void aPostbackSentAsAGetIsRefused() throws Exception {
        WebSession session = session();
        Map<String, String> form = loginForm(session);
        Page answer = session.get("/login.xhtml?" + form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
        assertRefused(405, answer);
        assertTrue(answer.body().contains("只能用页面上的按钮提交"), "in Chinese without Accept-Language");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        WebSession session = session();
        assertRefused(403, session.post("/login.xhtml", loginForm(session), "Origin", "http://evil.example"));
        assertRefused(403, session.post("/login.xhtml", loginForm(session), "Origin", "null"));
        assertRefused(403, session.post("/login.xhtml", loginForm(session), "Referer", "https://evil.example/x.html"));
        assertEquals(200, session.post("/login.xhtml", loginForm(session), "Origin", base.getProtocol() + "://"
                + base.getAuthority()).status(), "our own origin passes");
    }

    @Test
    void anAjaxPostbackWithoutItsNonceIsRefusedNotAnError() throws Exception {
        WebSession session = session();
        assertTrue(session.signIn("auditor", "Jinguo@2026"));
        Map<String, String> form = new LinkedHashMap<>(session.get("/audit/entries.xhtml").form("auditForm").fields());
        form.remove("primefaces.nonce");
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "auditForm:search");
        form.put("jakarta.faces.partial.execute", "@all");
        assertRefused(400, session.post("/audit/entries.xhtml", form, "Faces-Request", "partial/ajax"));
    }

    @Test
    void aTableRowThatIsNotASmallWholeNumberIsRefused() throws Exception {
        WebSession session = session();
        for (String bad : new String[] {"-5", "1e20", "abc", "99999999999999999999"}) {
            Map<String, String> form = loginForm(session);
            form.put("loginForm:list_first", bad);
            assertRefused(400, session.post("/login.xhtml", form));
        }
        Map<String, String> form = loginForm(session);
        form.put("loginForm:list_first", "20");
        form.put("loginForm:list_rows", "10");
        assertEquals(200, session.post("/login.xhtml", form).status(), "a row number is a row number");
    }

    /** p:inputNumber's hidden value that is not a number: once an HTTP 500, now a message at the field. */
    @Test
    void aNumberFieldThatIsNotANumberGetsAMessage() throws Exception {
        WebSession session = session();
        assertTrue(session.signIn("auditor", "Jinguo@2026"));
        Page page = session.get("/audit/entries.xhtml");
        Map<String, String> form = new LinkedHashMap<>(page.forms().stream().filter(f -> f.id().equals("auditForm"))
                .findFirst().orElseThrow().fields());
        form.put("auditForm:recordId_input", "abc");
        form.put("auditForm:recordId_hinput", "abc");
        form.put("auditForm:search", "");
        Page answer = session.post("/audit/entries.xhtml", form);
        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("请填写数字"), answer.body());
    }

    /** Once an HTTP 500 with 34 KB of stack trace in the log; PrimeFaces' script always sends the page's nonce. */
    @Test
    void aPostbackWithoutItsNonceOrWithAnotherPagesIsRefused() throws Exception {
        WebSession session = session();
        assertTrue(session.signIn("auditor", "Jinguo@2026"));
        Page page = session.get("/audit/entries.xhtml");
        Page other = session.get("/audit/entries.xhtml");
        Map<String, String> form = new LinkedHashMap<>(page.form("auditForm").fields());
        form.put("auditForm:search", "");
        Map<String, String> without = new LinkedHashMap<>(form);
        without.remove("primefaces.nonce");
        assertRefused(400, session.post("/audit/entries.xhtml", without));
        Map<String, String> another = new LinkedHashMap<>(form);
        another.put("primefaces.nonce", other.nonce());
        assertRefused(400, session.post("/audit/entries.xhtml", another));
        assertEquals(200, session.post("/audit/entries.xhtml", form).status(), "with its own nonce it is answered");
    }

    @Test
    void anOversizedFormIsRefusedBeforeItIsRead() throws Exception {
        WebSession session = session();
        Map<String, String> form = loginForm(session);
        form.put("loginForm:username", "长".repeat(170_000)); // 1.5 MB sent
        assertRefused(413, session.post("/login.xhtml", form));
        // a file of 12 MB: answered as soon as its size is announced, before any of it is read
        String head = raw("POST " + base.getPath() + "login.xhtml HTTP/1.1\r\nHost: " + base.getAuthority()
                + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 12582912\r\n\r\n--x");
        assertTrue(head.startsWith("HTTP/1.1 413"), head);
    }

    @Test
    void theSignInRedirectNeverNamesTheHostTheRequestClaimed() throws Exception {
        String head = raw("GET " + base.getPath() + "organisation/units.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 302"), head);
        assertFalse(head.toLowerCase().contains("evil.example"), head);
        assertTrue(head.contains("Location: " + base.getPath() + "login.xhtml?next=%2Forganisation%2Funits.xhtml"), head);
        assertTrue(head.contains("X-Content-Type-Options: nosniff") && head.contains("X-Frame-Options: DENY")
                && head.contains("Cache-Control: no-store") && head.contains("Content-Security-Policy:"), head);
        assertFalse(head.contains("JSESSIONID"), "no session for a visitor who is not signed in");
    }

    @Test
    void afterSigningInSheReturnsToThePageSheAskedForButNeverToAnotherSite() throws Exception {
        WebSession session = session();
        Page redirect = session.get("/organisation/units.xhtml?x=1");
        assertEquals(302, redirect.status());
        assertTrue(session.signIn("district", "Jinguo@2026", redirect.location().substring(redirect.location().indexOf("next=") + 5)));
        WebSession other = session();
        assertTrue(other.signIn("district", "Jinguo@2026", encode("//evil.example/x")));
        String head = raw("GET " + base.getPath() + "index.xhtml?x=1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertFalse(head.toLowerCase().contains("evil.example"), "no redirect of ours names the claimed host: " + head);
    }

    @Test
    void theNotFoundPageCarriesTheProtectiveHeaders() throws Exception {
        Page missing = session().get("/jakarta.faces.resource/no-such.css.xhtml");
        assertEquals(404, missing.status());
        Page other = session().get("/resources/no-such-file.txt");
        assertEquals(404, other.status());
        for (Page page : new Page[] {missing, other}) {
            assertEquals("DENY", page.header("X-Frame-Options"));
            assertEquals("nosniff", page.header("X-Content-Type-Options"));
            assertEquals("same-origin", page.header("Referrer-Policy"));
            assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void publicPagesKeepNothingOnTheServer() throws Exception {
        WebSession session = session();
        for (String path : new String[] {"/login.xhtml", "/join.xhtml"}) {
            Page page = session.get(path);
            assertEquals(200, page.status());
            assertEquals("", page.header("Set-Cookie"), path + " created a session");
        }
    }

    private static void assertRefused(int status, Page answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains("data-error=\"" + status + "\""), "our own page: " + answer.body());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    }

    private WebSession session() throws Exception {
        return new WebSession(base.toURI());
    }

    private static Map<String, String> loginForm(WebSession session) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(session.get("/login.xhtml").form("loginForm").fields());
        form.put("loginForm:username", "district");
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Sends a request as written (the client library will not send a forged Host), returns the response's head. */
    private String raw(String request) throws Exception {
        URI uri = base.toURI();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            for (int c = in.read(); c >= 0 && head.indexOf("\r\n\r\n") < 0; c = in.read()) {
                head.append((char) c);
            }
            return head.toString().strip();
        }
    }
}
