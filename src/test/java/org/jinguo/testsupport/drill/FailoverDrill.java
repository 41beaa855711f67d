package org.jinguo.testsupport.drill;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jinguo.testsupport.WebSession;
import org.jinguo.testsupport.WebSession.Page;

/**
 * The failover drill (src/test/payara/failover.sh runs it through nginx in front of a deployment group of two
 * instances): users sign in once and keep working (lists, and needs raised on the public form); one of them has
 * typed a filter into the roster, a half-done search kept in her page's state. The instance that holds her session
 * is killed (kill -9). Her next requests must succeed on the other instance without signing in again, on the page
 * she had open (its view restored) and with her filter still in it (the page's view-scoped bean came with her
 * session); every other user's requests too; each need confirmed to a user is then looked up in the database by the
 * caller. Requests under way at the moment of the kill may fail (the instance died answering them): they are counted,
 * and none may fail after a grace second.
 *
 * <p>Arguments: base URL (nginx), seconds before the kill, seconds after it, the command that kills an instance
 * (given the upstream address nginx reports, e.g. 127.0.0.1:28080), the file for the confirmed need numbers, the
 * file for the report.
 */
public final class FailoverDrill {

    private static final int USERS = 4;
    private static final long GRACE_MS = 1_000;
    private static final String UPSTREAM = "X-Jinguo-Upstream";
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (org|java|jakarta|com|sun)\\.[\\w.$]+\\(|Caused by:");
    private static final Pattern AJAX_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final String ROSTER = "/organisation/holders.xhtml";
    private static final String FILTER = "王";

    /** A request: when it ended, what it was, its answer, which instance answered, whether it did its work. */
    record Outcome(long at, String kind, int status, String upstream, boolean ok) {
    }

    private final URI base;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    private final List<String> checks = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile long killedAt = Long.MAX_VALUE;

    private FailoverDrill(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        FailoverDrill drill = new FailoverDrill(URI.create(args[0]));
        System.exit(drill.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], Path.of(args[4]),
                Path.of(args[5])) ? 0 : 1);
    }

    private boolean run(int before, int after, String kill, Path confirmedFile, Path report) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            WebSession user = new WebSession(base);
            if (!user.signIn("district", "Jinguo@2026")) {
                throw new IllegalStateException("a user could not sign in through " + base);
            }
            threads.add(Drills.started(() -> work(user)));
        }
        // her: signed in, the roster open, a name typed into its filter and searched (kept in the page's state)
        WebSession her = new WebSession(base);
        if (!her.signIn("district", "Jinguo@2026")) {
            throw new IllegalStateException("she could not sign in through " + base);
        }
        Page roster = her.get(ROSTER);
        Map<String, String> state = new LinkedHashMap<>();
        state.put("viewState", roster.form("rosterForm").fields().get("jakarta.faces.ViewState"));
        state.put("nonce", nonce(roster.body()));
        Page searched = ajax(her, state, "rosterForm:search", "rosterForm", "rosterForm", Map.of("rosterForm:search",
                "rosterForm:search", "rosterForm:name", FILTER, "rosterForm:position_input", "",
                "rosterForm:unit_input", "", "rosterForm:unit_hinput", ""));
        expect(searched.status() == 200 && searched.body().contains("<partial-response"), "her search answered "
                + searched.status());
        Page kept = nextPage(her, state);
        String holder = kept.header(UPSTREAM);
        expect(keepsFilter(kept), "before the kill, the next page of her search still has her filter");

        Thread.sleep(before * 1000L);
        killedAt = System.currentTimeMillis();
        Drills.shell(kill + " " + holder);
        checks.add("killed the instance holding her session: " + holder);

        // her next requests: the next page of the same search (the page's state), then another page (signed in)
        Page after1 = nextPage(her, state);
        expect(after1.status() == 200 && viewRestored(after1) && !answeredBy(after1.header(UPSTREAM)).equals(holder),
                "after the kill, the next page of her search came from " + answeredBy(after1.header(UPSTREAM))
                        + " on the page she had open (its view restored, status " + after1.status() + ")");
        expect(keepsFilter(after1), "after the kill, her filter " + FILTER + " is still typed in: the page's view-scoped "
                + "bean came with her session");
        Page home = her.get("/index.xhtml");
        expect(home.status() == 200 && !home.body().contains("loginForm"),
                "after the kill, she is still signed in (/index.xhtml " + home.status() + ")");

        Thread.sleep(after * 1000L);
        running.set(false);
        for (Thread thread : threads) {
            thread.join(90_000);
        }
        return judge(holder, confirmedFile, report);
    }

    /** The next page of her roster's search, re-rendering the whole form: her filter comes from the page's state. */
    private Page nextPage(WebSession her, Map<String, String> state) throws IOException, InterruptedException {
        return ajax(her, state, "rosterForm:holders", "rosterForm:holders", "rosterForm", Map.of(
                "jakarta.faces.behavior.event", "page", "jakarta.faces.partial.event", "page",
                "rosterForm:holders_pagination", "true", "rosterForm:holders_first", "25", "rosterForm:holders_rows", "25"));
    }

    /** The instance that answered: the last of those nginx tried ("127.0.0.1:29080, 127.0.0.1:28080"). */
    private static String answeredBy(String upstreams) {
        return upstreams.substring(upstreams.lastIndexOf(',') + 1).trim();
    }

    /** The page she had open came back: a partial answer with her form, no error, no expired view. */
    private static boolean viewRestored(Page page) {
        return page.body().contains("<partial-response") && !page.body().contains("<error>")
                && !page.body().contains("ViewExpired") && page.body().contains("name=\"rosterForm:name\"");
    }

    private static boolean keepsFilter(Page page) {
        return viewRestored(page) && page.body().contains("value=\"" + FILTER + "\"");
    }

    private Page ajax(WebSession session, Map<String, String> state, String source, String execute, String render,
                      Map<String, String> extra) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put("rosterForm", "rosterForm");
        fields.put("jakarta.faces.ViewState", state.get("viewState"));
        fields.put("primefaces.nonce", state.get("nonce"));
        fields.putAll(extra);
        Page answer = session.post(ROSTER, fields, "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
        check(answer);
        Matcher viewState = AJAX_VIEW_STATE.matcher(answer.body());
        if (viewState.find()) {
            state.put("viewState", viewState.group(1));
        }
        String nonce = nonce(answer.body());
        if (nonce != null) {
            state.put("nonce", nonce);
        }
        return answer;
    }

    private static String nonce(String body) {
        Matcher m = NONCE.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** One user, signed in once: reads the volunteers, raises a need on the public form; again and again. */
    private void work(WebSession user) {
        for (int round = 0; running.get(); round++) {
            try {
                if (round % 2 == 0) {
                    Page page = user.get("/volunteer/volunteers.xhtml");
                    check(page);
                    // still signed in: the list, not the sign-in page (a lost session sends her there)
                    record("read", page, page.status() == 200 && page.body().contains("volunteersForm"));
                } else {
                    PublicNeed.Raised raised = PublicNeed.raise(new WebSession(base), "切换演练：请联系社区妇联。");
                    check(raised.form());
                    Page answer = raised.answer() == null ? raised.form() : raised.answer();
                    check(answer);
                    if (raised.number() != null) {
                        confirmed.add(raised.number());
                    }
                    record("write", answer, raised.number() != null);
                }
            } catch (IOException | RuntimeException e) {
                outcomes.add(new Outcome(System.currentTimeMillis(), "io", -1, "", false));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(String kind, Page page, boolean ok) {
        outcomes.add(new Outcome(System.currentTimeMillis(), kind, page.status(), page.header(UPSTREAM), ok));
    }

    private void check(Page page) {
        if (page.status() >= 500 || STACK_TRACE.matcher(page.body()).find()) {
            String body = page.body().replaceAll("\\s+", " ");
            faults.add(System.currentTimeMillis() + " " + page.status() + " " + page.path() + " "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }

    private void expect(boolean condition, String what) {
        checks.add((condition ? "ok: " : "FAILED: ") + what);
    }

    private boolean judge(String holder, Path confirmedFile, Path report) throws IOException {
        List<Outcome> all = List.copyOf(outcomes);
        long grace = killedAt + GRACE_MS;
        long before = all.stream().filter(o -> o.at() < killedAt).count();
        long failedBefore = all.stream().filter(o -> o.at() < killedAt && !o.ok()).count();
        long inFlight = all.stream().filter(o -> o.at() >= killedAt && o.at() < grace && !o.ok()).count();
        long after = all.stream().filter(o -> o.at() >= grace).count();
        long failedAfter = all.stream().filter(o -> o.at() >= grace && !o.ok()).count();
        // nginx names every instance it tried, the one that answered last
        long afterOnHolder = all.stream().filter(o -> o.at() >= grace && answeredBy(o.upstream()).equals(holder)).count();
        Map<String, Long> servedBefore = new TreeMap<>();
        all.stream().filter(o -> o.at() < killedAt).forEach(o -> servedBefore.merge(o.upstream(), 1L, Long::sum));
        List<String> serverFaults = faults.stream().filter(f -> Long.parseLong(f.substring(0, f.indexOf(' '))) >= grace
                || Long.parseLong(f.substring(0, f.indexOf(' '))) < killedAt).toList();
        Files.write(confirmedFile, confirmed);
        List<String> lines = new ArrayList<>();
        lines.add("requests: " + all.size() + " (" + USERS + " users signed in once, list / public need in turn, and her roster)");
        lines.add("before the kill: " + before + " requests, " + failedBefore + " failed; served by " + servedBefore);
        lines.add("under way when the instance died (first second): " + inFlight + " failed");
        lines.add("after that: " + after + " requests, " + failedAfter + " failed, " + afterOnHolder
                + " sent to the dead instance");
        lines.add("writes confirmed to a user (need numbers): " + confirmed.size());
        lines.addAll(checks);
        lines.add("faults outside the moment of the kill (5xx, stack traces): " + serverFaults.size());
        serverFaults.stream().limit(5).forEach(f -> lines.add("  " + f));
        Files.write(report, lines);
        lines.forEach(System.out::println);
        return checks.stream().noneMatch(c -> c.startsWith("FAILED")) && failedBefore == 0 && failedAfter == 0
                && after > 0 && afterOnHolder == 0 && serverFaults.isEmpty() && !confirmed.isEmpty();
    }
}
