package org.jinguo.testsupport.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jinguo.testsupport.WebSession;
import org.jinguo.testsupport.WebSession.Page;

/**
 * The database outage drill (src/test/payara/drills.sh runs it against a server on MariaDB): users sign in, read
 * lists and raise needs on the public form without pause; the database is stopped for a while and started again.
 * Records every request, the readiness endpoint each second, and each need the server confirmed (its number), and
 * fails when a request was answered with anything but the page or the 503 page, when the server did not recover by
 * itself, or when it was not ready-down during the outage. The caller then looks each confirmed need up in the database.
 *
 * <p>Arguments: base URL, readiness URL, seconds before, seconds down, seconds after, the command that stops the database, the
 * command that starts it, the file for the confirmed need numbers, the file for the report.
 */
public final class OutageDrill {

    private static final int USERS = 4;
    /** A stack frame or a cause: what a user must never see (a page's script may name exception types). */
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (org|java|jakarta|com|sun)\\.[\\w.$]+\\(|Caused by:");

    /** A request: when it ended, what it was, its answer, whether it did its work, and how long it took. */
    record Outcome(long at, String kind, int status, boolean ok, long millis) {
    }

    private final URI base;
    private final URI ready;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<long[]> readiness = Collections.synchronizedList(new ArrayList<>());
    private final List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ThreadLocal<Long> begun = ThreadLocal.withInitial(System::currentTimeMillis);

    private OutageDrill(URI base, URI ready) {
        this.base = base;
        this.ready = ready;
    }

    public static void main(String[] args) throws Exception {
        OutageDrill drill = new OutageDrill(URI.create(args[0]), URI.create(args[1]));
        int before = Integer.parseInt(args[2]);
        int down = Integer.parseInt(args[3]);
        int after = Integer.parseInt(args[4]);
        System.exit(drill.run(before, down, after, args[5], args[6], Path.of(args[7]), Path.of(args[8])) ? 0 : 1);
    }

    private boolean run(int before, int down, int after, String stop, String start, Path confirmedFile, Path report)
            throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            threads.add(Drills.started(this::user));
        }
        threads.add(Drills.started(this::watchReadiness));
        long started = System.currentTimeMillis();
        Thread.sleep(before * 1000L);
        long stopAt = System.currentTimeMillis();
        Drills.shell(stop);
        long downAt = System.currentTimeMillis();
        Thread.sleep(down * 1000L);
        Drills.shell(start);
        long upAt = System.currentTimeMillis();
        Thread.sleep(after * 1000L);
        running.set(false);
        for (Thread thread : threads) {
            thread.join(90_000);
        }
        return judge(started, stopAt, downAt, upAt, confirmedFile, report);
    }

    /** One user: signs in, reads the volunteers, raises a need on the public form; again and again. */
    private void user() {
        WebSession session = new WebSession(base);
        boolean signedIn = false;
        for (int round = 0; running.get(); round++) {
            begun.set(System.currentTimeMillis());
            try {
                switch (round % 3) {
                    case 0 -> {
                        session = new WebSession(base);
                        signedIn = signIn(session);
                    }
                    case 1 -> {
                        Page page = session.get("/volunteer/volunteers.xhtml");
                        check(page);
                        record("read", page.status(),
                                signedIn && page.status() == 200 && page.body().contains("volunteersForm"));
                    }
                    default -> raiseNeed();
                }
            } catch (IOException | RuntimeException e) {
                record("io", -1, false);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Signs the district in through the form. While the database is away the answer must be the 503 page, never the
     * sign-in page saying the password was wrong.
     */
    private boolean signIn(WebSession session) throws IOException, InterruptedException {
        Page login = session.get("/login.xhtml");
        check(login);
        if (login.status() != 200) {
            record("sign-in", login.status(), false);
            return false;
        }
        Map<String, String> fields = new LinkedHashMap<>(login.form("loginForm").fields());
        fields.put("loginForm:username", "district");
        fields.put("loginForm:password", "Jinguo@2026");
        fields.put("loginForm:signIn", "");
        Page answer = session.post("/login.xhtml", fields);
        check(answer);
        boolean ok = answer.status() == 302 && !answer.location().contains("login");
        if (answer.status() == 200 && answer.body().contains("loginForm")) {
            faults.add("the sign-in page refused the right password (told the user her password was wrong)");
        }
        record("sign-in", answer.status(), ok);
        return ok;
    }

    private void record(String kind, int status, boolean ok) {
        long now = System.currentTimeMillis();
        outcomes.add(new Outcome(now, kind, status, ok, now - begun.get()));
    }

    private void raiseNeed() throws IOException, InterruptedException {
        PublicNeed.Raised raised = PublicNeed.raise(new WebSession(base), "停库演练：请上门看看独居老人。");
        check(raised.form());
        if (raised.answer() == null) {
            record("write", raised.form().status(), false);
            return;
        }
        check(raised.answer());
        if (raised.number() != null) {
            confirmed.add(raised.number());
        }
        record("write", raised.answer().status(), raised.number() != null);
    }

    /** Anything but the page or the friendly 503 page is a fault: a 500, a stack trace, an empty answer. */
    private void check(Page page) {
        int status = page.status();
        // the 503 page, or the sign-in page saying the database is away (her name kept in the form)
        boolean friendly = status == 503 && (page.body().contains("data-error=\"503\"") || page.body().contains("数据库暂时无法连接"));
        boolean fine = status == 200 || status == 302 || friendly;
        if (!fine || STACK_TRACE.matcher(page.body()).find()) {
            faults.add(status + " " + page.path() + " " + page.body().replaceAll("\\s+", " ")
                    .substring(0, Math.min(300, page.body().length())));
        }
    }

    private void watchReadiness() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (running.get()) {
            int status;
            try {
                status = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                return;
            }
            readiness.add(new long[] {System.currentTimeMillis(), status});
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean judge(long started, long stopAt, long downAt, long upAt, Path confirmedFile, Path report)
            throws IOException {
        List<Outcome> all = List.copyOf(outcomes);
        long before = all.stream().filter(o -> o.at() < stopAt).count();
        long failedBefore = all.stream().filter(o -> o.at() < stopAt && !o.ok()).count();
        long during = all.stream().filter(o -> o.at() >= downAt && o.at() < upAt).count();
        long failedDuring = all.stream().filter(o -> o.at() >= downAt && o.at() < upAt && !o.ok()).count();
        long recoveredAt = all.stream().filter(o -> o.at() >= upAt && o.ok()).mapToLong(Outcome::at).min().orElse(-1);
        long settled = recoveredAt < 0 ? Long.MAX_VALUE : recoveredAt + 15_000;
        long recovering = all.stream().filter(o -> o.at() >= upAt && o.at() < settled).count();
        long failedRecovering = all.stream().filter(o -> o.at() >= upAt && o.at() < settled && !o.ok()).count();
        long afterSettled = all.stream().filter(o -> o.at() >= settled).count();
        long failedAfterSettled = all.stream().filter(o -> o.at() >= settled && !o.ok()).count();
        boolean notReadyWhileDown = readiness.stream().anyMatch(r -> r[0] >= downAt && r[0] < upAt && r[1] == 503);
        boolean readyAgain = readiness.stream().anyMatch(r -> r[0] >= upAt && r[1] == 200);
        Files.write(confirmedFile, confirmed);
        List<String> lines = new ArrayList<>();
        lines.add("requests tried: " + all.size() + " (" + USERS + " users, sign-in / list / public need in turn)");
        lines.add("before the outage: " + before + " requests, " + failedBefore + " failed");
        long slowestDown = all.stream().filter(o -> o.at() >= downAt && o.at() < upAt).mapToLong(Outcome::millis).max().orElse(0);
        lines.add("while the database was down (" + (upAt - downAt) / 1000 + " s): " + during + " requests, " + failedDuring
                + " failed, each with the 503 page; the slowest answer took " + slowestDown + " ms");
        lines.add("recovered: first success " + (recoveredAt < 0 ? "never" : ((recoveredAt - upAt) / 100) / 10.0 + " s")
                + " after the database was back, without a restart");
        lines.add("in the first 15 s after that: " + recovering + " requests, " + failedRecovering + " failed");
        lines.add("afterwards: " + afterSettled + " requests, " + failedAfterSettled + " failed");
        lines.add("readiness: DOWN while the database was down: " + notReadyWhileDown + "; UP again: " + readyAgain);
        lines.add("writes confirmed to a user (need numbers): " + confirmed.size());
        lines.add("faults (500s, stack traces): " + faults.size());
        faults.stream().limit(5).forEach(f -> lines.add("  " + f));
        Files.write(report, lines);
        lines.forEach(System.out::println);
        return faults.isEmpty() && failedBefore == 0 && failedDuring > 0 && recoveredAt > 0 && failedAfterSettled == 0
                && afterSettled > 0 && notReadyWhileDown && readyAgain && !confirmed.isEmpty();
    }
}
