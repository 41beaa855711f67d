package org.jinguo;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jinguo.admin.service.AccountService;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.security.OwnPassword;
import org.jinguo.platform.security.Role;
import org.jinguo.testsupport.TestData;
import org.jinguo.testsupport.WebSession;
import org.jinguo.testsupport.WebSession.Form;
import org.jinguo.testsupport.WebSession.Page;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every form of every page, filled with what no browser sends. The suite walks the menu and the links of each
 * account's pages (so a page added later joins by being linked), reads every form as the server wrote it, and
 * posts it once per hostile value in every text, hidden, number and choice field, with each of its buttons — plus,
 * per page, a postback sent as a GET, a postback and an ajax postback without the page's script nonce (which
 * PrimeFaces' script adds to every form) and an oversized form. It
 * counts what it sent and asserts: no HTTP 500, no error page, no script stored and sent back unescaped.
 * <p>
 * The accounts: an administrator, a staff member, a read-only user and an auditor of a street made for the run
 * (what they save with hostile values stays there, and the accounts the hostile "current passwords" lock are
 * theirs), and nobody signed in (sign-in, the public sign-up, and the Bridge's need and tracking pages).
 * Buttons on a list's rows and buttons that delete or sign out are left alone, so the demo data the other
 * tests read is never changed. Tagged {@code pages}, like the other walk over every page: the MySQL run leaves
 * it out.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("pages")
class HostileRequestsIT {

    private static final String PASSWORD = "Hostile#2026-run";
    private static final String SCRIPT = "<script>window.__pwned=1</script>";
    private static final String IMG = "\"><img src=x onerror=window.__pwned=1>";
    private static final List<String> VALUES = List.of(SCRIPT, IMG, "x' OR '1'='1; --", "abc", "-5", "1e20",
            "长".repeat(5000), "", "王👩‍👧 Ωμέγα 𠀀", "99999999999999999999999");
    /** Buttons that would delete, end or leave something, or act on a row of a list: not pressed. */
    private static final Pattern LEFT_ALONE = Pattern.compile(
            ".*(:\\d+:|delete|remove|signOut|logout|disable|withdraw|merge|revoke|cancel|close|archive|export|download|print).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_FOLLOWED = Pattern.compile(".*(signedOut|logout|export|download|jakarta\\.faces\\.resource).*");
    private static final int MAX_PAGES = 70;

    @Inject
    UnitChanges unitChanges;

    @Inject
    UnitDirectory units;

    @Inject
    AccountService accounts;

    @Inject
    OwnPassword ownPassword;

    @Inject
    PersonService people;

    @ArquillianResource
    URL base;

    private int sent;
    private final List<String> problems = new ArrayList<>();

    @Test
    void noFormOfAnyPageAnswersHostileInputWithAnErrorOrStoresAScript() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        long street = call("district", () -> unitChanges.create(TestData.unitForm(district, TestData.unique("试探街道"),
                UnitType.STREET)));
        long community = call("district", () -> unitChanges.create(TestData.unitForm(street, TestData.unique("试探社区"),
                UnitType.COMMUNITY)));
        run("district", () -> people.create(TestData.personForm(community, "试探人员")));
        String admin = account(street, Role.UNIT_ADMIN);
        // Accounts of their own for every role walked: the password page takes hostile "current passwords", which
        // lock the account (as they should), and a demo account locked would fail the tests that sign in with it.
        List<String> users = List.of(admin, account(community, Role.STAFF), account(street, Role.READ_ONLY),
                account(street, Role.AUDITOR));

        List<Page> seen = new ArrayList<>();
        for (String user : users) {
            WebSession session = new WebSession(base.toURI());
            assertTrue(session.signIn(user, PASSWORD), user);
            seen.addAll(attack(session, walk(session, "/index.xhtml")));
        }
        WebSession anonymous = new WebSession(base.toURI());
        seen.addAll(attack(anonymous, List.of("/login.xhtml", "/join.xhtml", "/help.xhtml", "/track.xhtml", "/learn.xhtml", "/lawyer.xhtml")));

        assertEquals(List.of(), problems, "answers that were an error");
        assertTrue(sent > 1000, "hostile submissions sent: " + sent);
        // What was saved is shown as text wherever it appears again.
        WebSession again = new WebSession(base.toURI());
        again.signIn(admin, PASSWORD);
        for (String path : walk(again, "/index.xhtml")) {
            Page page = again.get(path);
            assertTrue(!page.body().contains(SCRIPT) && !page.body().contains("<img src=x onerror"), "unescaped on " + path);
        }
        System.out.printf("HostileRequestsIT: %d hostile submissions to %d pages, %d problems%n", sent, seen.size(),
                problems.size());
    }

    /** A user of {@code unit} with {@code role}, her first password already changed. */
    private String account(long unit, Role role) throws Exception {
        String username = TestData.newUsername();
        run("district", () -> accounts.createUser(TestData.newUser(username, unit, role, "Start#2026x")));
        run(username, () -> ownPassword.change("Start#2026x", PASSWORD));
        return username;
    }

    /** The pages reachable from {@code start} by links, one per path (the first record of each kind). */
    private List<String> walk(WebSession session, String start) throws Exception {
        Set<String> paths = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of(start));
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String next = queue.remove(0);
            String path = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
            if (NOT_FOLLOWED.matcher(next).matches() || !paths.add(path)) {
                continue;
            }
            Page page = session.get(next);
            if (page.status() != 200) {
                continue;
            }
            pages.add(next);
            queue.addAll(page.links());
        }
        return pages;
    }

    private List<Page> attack(WebSession session, List<String> paths) throws Exception {
        List<Page> pages = new ArrayList<>();
        for (String path : paths) {
            Page page = session.get(path);
            check(path, "GET", page);
            pages.add(page);
            for (Form form : page.forms()) {
                if (!form.fields().containsKey("jakarta.faces.ViewState")) {
                    continue;
                }
                for (String button : buttons(form)) {
                    Page current = session.get(path); // a view of its own, as a new tab has
                    for (String value : VALUES) {
                        Form fields = current.forms().stream().filter(f -> f.id().equals(form.id())).findFirst().orElse(null);
                        if (fields == null) { // the last answer left the page: start again from a new view
                            current = session.get(path);
                            fields = current.forms().stream().filter(f -> f.id().equals(form.id())).findFirst().orElse(null);
                            if (fields == null) {
                                continue;
                            }
                        }
                        Map<String, String> sentFields = hostile(fields, value);
                        if (button != null) {
                            sentFields.put(button, "");
                        }
                        sent++;
                        Page answer = session.post(path, sentFields);
                        check(path, form.id() + " " + button + " = " + abbreviate(value), answer);
                        current = answer.status() == 200 ? answer : session.get(path);
                    }
                }
            }
            requestsNoPageSends(session, path);
        }
        return pages;
    }

    private static List<String> buttons(Form form) {
        List<String> buttons = new ArrayList<>();
        for (String button : form.buttons()) {
            if (!LEFT_ALONE.matcher(button).matches()) {
                buttons.add(button);
            }
        }
        if (buttons.isEmpty()) {
            buttons.add(null); // the form posted as Enter in a field would
        }
        return buttons;
    }

    /** Every field the user could change, and the hidden ones, set to {@code value}; the view state left as it is. */
    private static Map<String, String> hostile(Form form, String value) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey();
            if (name.equals(form.id()) || name.startsWith("jakarta.faces.") || name.equals("primefaces.nonce")) {
                continue;
            }
            field.setValue(value);
        }
        return fields;
    }

    /** A postback as a GET, postbacks without the nonce and a form over the size limit: all refused. */
    private void requestsNoPageSends(WebSession session, String path) throws Exception {
        Page page = session.get(path);
        List<Form> forms = page.forms();
        if (forms.isEmpty() || !forms.get(0).fields().containsKey("jakarta.faces.ViewState")) {
            return;
        }
        Form form = forms.get(0);
        if ("stateless".equals(form.fields().get("jakarta.faces.ViewState"))) {
            return; // sign-in and sign-up keep nothing between requests: no view to post back, no nonce to check
        }
        String query = form.fields().entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(),
                java.nio.charset.StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).reduce((a, b) -> a + "&" + b).orElse("");
        sent++;
        expect(path, "postback as GET", 405, session.get(path + (path.contains("?") ? "&" : "?") + query));
        Map<String, String> withoutNonce = new LinkedHashMap<>(form.fields());
        withoutNonce.remove("primefaces.nonce");
        sent++;
        expect(path, "postback without nonce", 400, session.post(path, withoutNonce));
        Map<String, String> ajax = new LinkedHashMap<>(withoutNonce);
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", form.id());
        ajax.put("jakarta.faces.partial.execute", "@all");
        sent++;
        expect(path, "ajax without nonce", 400, session.post(path, ajax, "Faces-Request", "partial/ajax"));
        Map<String, String> big = new LinkedHashMap<>(form.fields());
        big.put(form.id() + ":padding", "长".repeat(170_000)); // 1.5 MB sent
        sent++;
        expect(path, "oversized form", 413, session.post(path, big));
    }

    private void expect(String path, String what, int status, Page answer) {
        if (answer.status() != status || !answer.body().contains("data-error=\"" + status + "\"")) {
            problems.add(path + " " + what + ": " + answer.status());
        }
    }

    private void check(String path, String what, Page answer) {
        String body = answer.body();
        if (answer.status() >= 500 || body.contains("data-error=\"500\"") || body.contains("data-error=\"expired\"")
                || body.contains("Error report") || body.contains("<script>window.__pwned") || body.contains("<img src=x onerror")) {
            problems.add(path + " " + what + ": HTTP " + answer.status() + " " + abbreviate(body.replaceAll("\\s+", " ")));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
