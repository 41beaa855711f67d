// Longer than 300 lines on purpose: one Gatling simulation is one script of the users' walk; split, the walk could no longer be read from top to bottom.
package org.jinguo.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jinguo.testsupport.probe.ProbeClient;

/**
 * Federation staff of many units at work: each simulated user signs in with her own unit's account and
 * walks the main pages again and again, with a pause to read between requests. Every request is named
 * after its page; {@link #PAGES} says which target applies to it (see {@link BenchReport}).
 *
 * <p>System properties: {@code bench.base} (http://localhost:8080), {@code bench.users} (50),
 * {@code bench.rounds} (walks per user, 4), {@code bench.ramp} (seconds to bring all users in, 60),
 * {@code bench.pause.min} and {@code bench.pause.max} (ms between a user's requests, 2000 and 6000),
 * {@code bench.accounts} (the generator's bench-accounts.csv).
 */
public class JinguoSimulation extends Simulation {

    /** Request name → kind of page: list, form, dashboard, export, bare (the reference), sign-in. */
    public static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("bare page (layout + form, no data)", "bare");
        PAGES.put("sign-in (PBKDF2, 210 000 rounds)", "sign-in");
        PAGES.put("home", "dashboard");
        PAGES.put("unit tree", "list");
        PAGES.put("roster", "list");
        PAGES.put("roster: filter by name", "list");
        PAGES.put("roster: sort by name", "list");
        PAGES.put("roster: page 3", "list");
        PAGES.put("volunteers", "list");
        PAGES.put("volunteers: search by skill", "list");
        PAGES.put("activities", "list");
        PAGES.put("activity", "form");
        PAGES.put("activity: find a volunteer", "form");
        PAGES.put("activity: sign up", "form");
        PAGES.put("hours to approve", "list");
        PAGES.put("hours: approve one", "form");
        PAGES.put("volunteer dashboard", "dashboard");
        PAGES.put("office-holder statistics", "dashboard");
        PAGES.put("coverage", "dashboard");
        PAGES.put("incubation board", "dashboard");
        PAGES.put("bridge orders", "list");
        PAGES.put("bridge order", "form");
        PAGES.put("bridge overview", "dashboard");
        PAGES.put("children's cases", "list");
        PAGES.put("children's case", "form");
        PAGES.put("children's figures", "dashboard");
        PAGES.put("cockpit", "dashboard");
        PAGES.put("notifications", "list");
        PAGES.put("roster export (xlsx)", "export");
        PAGES.put("people export (xlsx, whole district)", "export-big");
    }

    private static final String BASE = System.getProperty("bench.base", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 4);
    private static final int RAMP = Integer.getInteger("bench.ramp", 60);
    private static final int PAUSE_MIN = Integer.getInteger("bench.pause.min", 2000);
    private static final int PAUSE_MAX = Integer.getInteger("bench.pause.max", 6000);
    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";
    /** PrimeFaces' CSP mode checks on every postback the nonce it gave the view (each answer may renew it). */
    private static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";
    private static final String AJAX_VIEW_STATE = "jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (jinguo-bench; Gatling)")
            .disableCaching();

    /**
     * One in ten users is the district, three in ten a street's administrator, the rest community and
     * village staff, each with her unit (the generator's bench-accounts.csv: username,unit id,kind).
     */
    private Iterator<Map<String, Object>> accounts() {
        Map<String, List<String[]>> byKind = new TreeMap<>();
        String file = System.getProperty("bench.accounts");
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String[] parts = line.split(",");
                byKind.computeIfAbsent(parts[2], k -> new ArrayList<>()).add(parts);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the generator's accounts (" + file + ") are missing", e);
        }
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> {
            int i = next.getAndIncrement();
            String kind = i % 10 == 0 ? "district" : i % 10 <= 3 ? "street" : "area";
            List<String[]> accounts = byKind.get(kind);
            String[] account = accounts.get(i * 7 % accounts.size());
            Map<String, Object> chosen = Map.of("username", account[0], "unitId", account[1]);
            return chosen;
        }).iterator();
    }

    /** A full page: 200, still signed in, and its view state kept for the postbacks that follow. */
    private static HttpRequestActionBuilder page(String name, String url) {
        return http(name).get(url)
                .check(status().is(200))
                .check(css("#loginForm").notExists())
                .check(css(VIEW_STATE, "value").optional().saveAs("viewState"))
                .check(regex(NONCE).optional().saveAs("nonce"));
    }

    /** A PrimeFaces ajax postback of {@code form}, as the browser sends it; no error may come back. */
    private static HttpRequestActionBuilder ajax(String name, String url, String form, String source, String execute,
                                                 String render) {
        return http(name).post(url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200))
                .check(substring("<partial-response"))
                .check(substring("<error>").notExists())
                .check(substring("jakarta.faces.ViewRoot").notExists())
                .check(regex(AJAX_VIEW_STATE).optional().saveAs("viewState"))
                .check(regex(NONCE).optional().saveAs("nonce"));
    }

    /** A lazy data table's own postback (paging, sorting): only the table is processed and rendered. */
    private static HttpRequestActionBuilder table(String name, String url, String form, String table, String event) {
        return ajax(name, url, form, table, table, table)
                .formParam("jakarta.faces.behavior.event", event)
                .formParam("jakarta.faces.partial.event", event)
                .formParam(table + "_skipChildren", "true")
                .formParam(table + "_encodeFeature", "true");
    }

    /** A filter form's search button: the whole form processed and rendered again. */
    private static HttpRequestActionBuilder search(String name, String url, String form) {
        return ajax(name, url, form, form + ":search", form, form).formParam(form + ":search", form + ":search");
    }

    /** A user reads what she sees, or types, before she clicks again: 2 to 6 seconds. */
    private static ChainBuilder pause() {
        return CoreDsl.pause(Duration.ofMillis(PAUSE_MIN), Duration.ofMillis(PAUSE_MAX));
    }

    private final ChainBuilder signIn = exec(
            http("login page").get("/login.xhtml").check(css(VIEW_STATE, "value").saveAs("viewState"))
                    .check(regex(NONCE).optional().saveAs("nonce")),
            http("sign-in (PBKDF2, 210 000 rounds)").post("/login.xhtml")
                    .formParam("loginForm", "loginForm")
                    .formParam("loginForm:username", "#{username}")
                    .formParam("loginForm:password", "Jinguo@2026")
                    .formParam("loginForm:signIn", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .disableFollowRedirect()
                    .check(status().is(302)),
            page("home", "/index.xhtml"));

    private final ChainBuilder roster = exec(
            page("roster", "/organisation/holders.xhtml"), pause(),
            table("roster: page 3", "/organisation/holders.xhtml", "rosterForm", "rosterForm:holders", "page")
                    .formParam("rosterForm:holders_pagination", "true")
                    .formParam("rosterForm:holders_first", "50")
                    .formParam("rosterForm:holders_rows", "25"), pause(),
            table("roster: sort by name", "/organisation/holders.xhtml", "rosterForm", "rosterForm:holders", "sort")
                    .formParam("rosterForm:holders_sorting", "true")
                    .formParam("rosterForm:holders_sortKey", "rosterForm:holders:name")
                    .formParam("rosterForm:holders_sortDir", "1"), pause(),
            search("roster: filter by name", "/organisation/holders.xhtml", "rosterForm")
                    .formParam("rosterForm:name", "王")
                    .formParam("rosterForm:position_input", "")
                    .formParam("rosterForm:unit_input", "")
                    .formParam("rosterForm:unit_hinput", ""));

    private final ChainBuilder volunteers = exec(
            page("volunteers", "/volunteer/volunteers.xhtml"), pause(),
            search("volunteers: search by skill", "/volunteer/volunteers.xhtml", "volunteersForm")
                    .formParam("volunteersForm:name", "李")
                    .formParam("volunteersForm:status_input", "")
                    .formParam("volunteersForm:skill_input", "COUNSELLING")
                    .formParam("volunteersForm:line_input", "")
                    .formParam("volunteersForm:under_input", "")
                    .formParam("volunteersForm:under_hinput", ""));

    private final ChainBuilder signUp = exec(
            page("activities", "/volunteer/activities.xhtml")
                    .check(regex("activity\\.xhtml\\?id=(\\d+)").findRandom().optional().saveAs("activityId")),
            pause())
            .doIf(session -> session.contains("activityId")).then(exec(
                    page("activity", "/volunteer/activity.xhtml?id=#{activityId}"), pause(),
                    ajax("activity: find a volunteer", "/volunteer/activity.xhtml?id=#{activityId}", "signupsForm",
                            "signupsForm:volunteer", "signupsForm:volunteer", "signupsForm:volunteer")
                            .formParam("signupsForm:volunteer_query", "王")
                            .formParam("signupsForm:volunteer_input", "王")
                            .check(regex("data-item-value=\"(\\d+)\"").findRandom().optional().saveAs("volunteerId")),
                    pause())
                    .doIf(session -> session.contains("volunteerId")).then(exec(
                            ajax("activity: sign up", "/volunteer/activity.xhtml?id=#{activityId}", "signupsForm",
                                    "signupsForm:signUp", "signupsForm:signUp signupsForm:volunteer", "signupsForm")
                                    .formParam("signupsForm:signUp", "signupsForm:signUp")
                                    .formParam("signupsForm:volunteer_input", "王")
                                    .formParam("signupsForm:volunteer_hinput", "#{volunteerId}"))
                            .exec(session -> session.remove("volunteerId"))))
            .exec(session -> session.remove("activityId"));

    private final ChainBuilder approve = exec(
            page("hours to approve", "/volunteer/hours.xhtml")
                    .check(regex("(hoursForm:tabs:hours:\\d+:approve)").findRandom().optional().saveAs("approveButton")),
            pause())
            .doIf(session -> session.contains("approveButton")).then(exec(
                    ajax("hours: approve one", "/volunteer/hours.xhtml", "hoursForm", "#{approveButton}",
                            "#{approveButton}", "hoursForm")
                            .formParam("#{approveButton}", "#{approveButton}")))
            .exec(session -> session.remove("approveButton"));

    /**
     * A list, one record opened from a link on it (when the list shows any: {@code oneUrl}'s file name with
     * {@code ?id=}), then the area's figures.
     */
    private static ChainBuilder listOneAndFigures(String list, String listUrl, String one, String oneUrl, String figures,
                                                  String figuresUrl) {
        String link = oneUrl.substring(oneUrl.lastIndexOf('/') + 1).replace(".", "\\.") + "\\?id=(\\d+)";
        return exec(page(list, listUrl).check(regex(link).findRandom().optional().saveAs("oneId")), pause())
                .doIf(session -> session.contains("oneId")).then(exec(page(one, oneUrl + "?id=#{oneId}"), pause()))
                .exec(session -> session.remove("oneId"))
                .exec(page(figures, figuresUrl));
    }

    /** The Jinguo Bridge: the orders of her reach, one of them, the lines' overview. */
    private final ChainBuilder bridge = listOneAndFigures("bridge orders", "/bridge/orders.xhtml",
            "bridge order", "/bridge/order.xhtml", "bridge overview", "/bridge/overview.xhtml");

    /**
     * The children's cases: a street or the district supervises every case of its reach, a community's staff member is
     * the caseworker of its children (the generator's accounts); one case's file, the project's figures.
     */
    private final ChainBuilder children = listOneAndFigures("children's cases", "/childcare/cases.xhtml",
            "children's case", "/childcare/case.xhtml", "children's figures", "/childcare/figures.xhtml");

    private final ChainBuilder export = exec(
            page("roster", "/organisation/holders.xhtml"),
            http("roster export (xlsx)").post("/organisation/holders.xhtml")
                    .formParam("rosterForm", "rosterForm")
                    .formParam("rosterForm:export", "")
                    .formParam("rosterForm:name", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200))
                    .check(header("Content-Type").is("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));

    private final ChainBuilder walk = exec(
            page("bare page (layout + form, no data)", "/account/password.xhtml"), pause(),
            page("home", "/index.xhtml"), pause(),
            page("unit tree", "/organisation/units.xhtml"), pause(),
            roster, pause(),
            volunteers, pause(),
            signUp, pause(),
            approve, pause(),
            page("volunteer dashboard", "/volunteer/dashboard.xhtml"), pause(),
            page("office-holder statistics", "/organisation/statistics.xhtml?unit=#{unitId}"), pause(),
            page("coverage", "/organisation/coverage.xhtml?unit=#{unitId}"), pause(),
            page("incubation board", "/incubation/board.xhtml"), pause(),
            bridge, pause(),
            children, pause(),
            page("cockpit", "/cockpit/index.xhtml"), pause(),
            page("notifications", "/account/notifications.xhtml"), pause(),
            export, pause(),
            http("probe: session size").get("/probe/session").check(status().is(200)));

    private final ScenarioBuilder staff = scenario("federation staff")
            .feed(accounts())
            .exec(signIn)
            .repeat(ROUNDS).on(walk);

    /** The district exports the whole person registry (100 000 rows) while the others work. */
    private final ScenarioBuilder bigExport = scenario("district exports the registry")
            .feed(accounts()) // the first account is the district's
            .exec(signIn)
            .pause(Duration.ofSeconds(RAMP))
            .repeat(2).on(exec(
                    page("people", "/people/list.xhtml"),
                    http("people export (xlsx, whole district)").post("/people/list.xhtml")
                            .formParam("peopleForm", "peopleForm")
                            .formParam("peopleForm:export", "")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .requestTimeout(Duration.ofMinutes(5))
                            .check(status().is(200))
                            .check(header("Content-Type")
                                    .is("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                            .check(header("Content-Length").optional().saveAs("exportBytes")),
                    pause()));

    /** What the machine had done before the run: see {@link RunFigures}. */
    private RunFigures.Snapshot start;

    /** Before the load: the server forgets what earlier runs counted, and the run's figures start. */
    @Override
    public void before() {
        if (System.getProperty("bench.probe") == null) {
            return;
        }
        try {
            ProbeClient probe = new ProbeClient(BASE).signIn("bench-district", "Jinguo@2026");
            probe.probe("reset");
            start = RunFigures.snapshot(probe.probe("jvm"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After the load: what the probe counted on the server (statements per page, session sizes), and the run's
     * share of the machine: the server's CPU and garbage collection, the load generator's, the database's.
     */
    @Override
    public void after() {
        String file = System.getProperty("bench.probe");
        if (file == null) {
            return;
        }
        try {
            ProbeClient probe = new ProbeClient(BASE).signIn("bench-district", "Jinguo@2026");
            StringBuilder out = new StringBuilder();
            for (String what : new String[] {"costs", "sessions"}) {
                probe.probe(what).forEach((name, values) -> out.append(what).append('\t').append(name).append('\t')
                        .append(String.join("\t", values)).append('\n'));
            }
            if (start != null) {
                RunFigures.snapshot(probe.probe("jvm")).minus(start).forEach((name, value) ->
                        out.append("run\t").append(name).append('\t').append(value).append('\n'));
            }
            Files.writeString(Path.of(file), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    {
        setUp(staff.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))),
                bigExport.injectOpen(rampUsers(1).during(Duration.ofSeconds(1))))
                .protocols(protocol); // no assertions: BenchReport judges the figures against the targets
    }
}
