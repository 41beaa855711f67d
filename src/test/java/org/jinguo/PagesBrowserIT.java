// Longer than 300 lines on purpose: every page of the application is listed here once, with who sees it and how to reach it, so that one sweep looks at all of them alike.
package org.jinguo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jinguo.testsupport.Browser;
import org.jinguo.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every page as its users see it, in Chinese and in English, on a desktop (1366 px) and a phone (390 px): each is
 * saved to {@code target/screenshots/pages/} for people to look at, and each is checked for what a person would
 * call a bug at a glance — an error page, a page wider than its window, a text key or an enum's code or a class
 * name shown instead of words, a year written like an amount ("2,026 年"). Pages that need a record open the
 * first one their list links to. Chinese first, then English. Tagged
 * {@code pages}: the pages do not depend on the database, so the MySQL run of the suite leaves them out.
 */
@Tag("pages")
class PagesBrowserIT extends BrowserTestBase {

    /**
     * A page to look at: open {@code path}, then click each of {@code clicks} in turn (a link or button that leads
     * to the page, or one that opens a dialog), and look at what is shown then.
     */
    private record Page(String name, String path, String... clicks) {
    }

    /** Stands in a page's address for the district's unit id, which the unit tree's buttons pass on. */
    private static final String DISTRICT = "{district}";

    private static final String FIRST_PERSON = "#peopleForm\\:people\\:0\\:show";

    /** What the district administrator sees: every page of the menu, what the unit tree leads to, a record of each list. */
    private static final List<Page> DISTRICT_PAGES = List.of(
            new Page("home", "/index.xhtml"),
            new Page("cockpit", "/cockpit/index.xhtml"),
            new Page("notifications", "/account/notifications.xhtml"),
            new Page("units", "/organisation/units.xhtml"),
            new Page("unit-new", "/organisation/unit-edit.xhtml?parent=" + DISTRICT),
            new Page("unit-edit", "/organisation/unit-edit.xhtml?id=" + DISTRICT),
            new Page("terms", "/organisation/terms.xhtml?unit=" + DISTRICT),
            new Page("holders-import", "/organisation/terms.xhtml?unit=" + DISTRICT, "button[id$=':importHolders']"),
            new Page("statistics", "/organisation/statistics.xhtml?unit=" + DISTRICT),
            new Page("mechanisms", "/organisation/mechanisms.xhtml?unit=" + DISTRICT),
            new Page("mechanisms-meeting", "/organisation/mechanisms.xhtml?unit=" + DISTRICT, "button[id$=':newMeeting']"),
            new Page("coverage", "/organisation/coverage.xhtml?unit=" + DISTRICT),
            new Page("unit-list", "/organisation/unit-list.xhtml"),
            new Page("chart", "/organisation/chart.xhtml"),
            new Page("roster", "/organisation/holders.xhtml"),
            new Page("people", "/people/list.xhtml"),
            new Page("person", "/people/list.xhtml", FIRST_PERSON),
            new Page("person-edit", "/people/list.xhtml", FIRST_PERSON, "#detailsForm\\:edit"),
            new Page("person-new", "/people/edit.xhtml"),
            new Page("notices", "/notices/list.xhtml"),
            new Page("notice", "/notices/list.xhtml", "a[href*='/notices/view.xhtml?id=']"),
            new Page("notice-new", "/notices/edit.xhtml"),
            new Page("volunteer-dashboard", "/volunteer/dashboard.xhtml"),
            new Page("volunteers", "/volunteer/volunteers.xhtml"),
            new Page("volunteer", "/volunteer/volunteers.xhtml", "a[href*='/volunteer/volunteer.xhtml?id=']"),
            new Page("volunteer-edit", "/volunteer/volunteers.xhtml", "a[href*='/volunteer/volunteer.xhtml?id=']",
                    "button[id$=':edit']"),
            new Page("volunteer-new", "/volunteer/volunteer-edit.xhtml"),
            new Page("teams", "/volunteer/teams.xhtml"),
            new Page("team", "/volunteer/teams.xhtml", "a[href*='/volunteer/team.xhtml?id=']"),
            new Page("activities", "/volunteer/activities.xhtml"),
            new Page("activity", "/volunteer/activities.xhtml", "a[href*='/volunteer/activity.xhtml?id=']"),
            new Page("campaigns", "/volunteer/campaigns.xhtml"),
            new Page("hours", "/volunteer/hours.xhtml"),
            new Page("volunteer-import", "/volunteer/import.xhtml"),
            new Page("incubation-board", "/incubation/board.xhtml"),
            new Page("organisations", "/incubation/organisations.xhtml"),
            new Page("organisation", "/incubation/organisations.xhtml", "a[href*='/incubation/organisation.xhtml?id=']"),
            new Page("base", "/incubation/base.xhtml"),
            new Page("base-booking", "/incubation/base.xhtml", "button[id$=':newBooking']"),
            new Page("base-support", "/incubation/base.xhtml", "button[id$=':newSupport']"),
            new Page("criteria", "/incubation/criteria.xhtml"),
            new Page("incubation-report", "/incubation/report.xhtml"),
            new Page("contracts", "/purchase/contracts.xhtml"),
            new Page("contract", "/purchase/contracts.xhtml", "a[href*='/purchase/contract.xhtml?id=']"),
            new Page("bridge-overview", "/bridge/overview.xhtml"),
            new Page("orders", "/bridge/orders.xhtml"),
            new Page("order", "/bridge/orders.xhtml", "a[href*='/bridge/order.xhtml?id=']"),
            new Page("need", "/bridge/need.xhtml"),
            new Page("providers", "/bridge/providers.xhtml"),
            new Page("provider-new", "/bridge/providers.xhtml", "button[id$=':newProvider']"),
            new Page("service-menu", "/bridge/menu.xhtml"),
            new Page("courses", "/bridge/courses.xhtml"),
            new Page("course", "/bridge/courses.xhtml?q=多肉", "a[href*='/bridge/course.xhtml?id=']"),
            new Page("course-edit", "/bridge/course-edit.xhtml"),
            new Page("jobs", "/bridge/jobs.xhtml"),
            new Page("legal", "/bridge/legal.xhtml"),
            new Page("legal-session", "/bridge/legal.xhtml", ".fc-event"),
            new Page("legal-plan", "/bridge/legal.xhtml", "button[id$=':newPlan']"),
            new Page("aid", "/bridge/aid.xhtml"), new Page("aid-donations", "/bridge/aid.xhtml", "a[href$='donationsTab']"),
            new Page("family", "/bridge/aid.xhtml", "a[href*='/bridge/family.xhtml?id=']"),
            new Page("paid-help", "/bridge/paid-help.xhtml"),
            new Page("position", "/bridge/jobs.xhtml", "a[href*='/bridge/position.xhtml?id=']"),
            new Page("position-new", "/bridge/jobs.xhtml", "button[id$=':newPosition']"),
            new Page("seeker", "/bridge/jobs.xhtml", "a[href$='seekersTab']", "a[href*='/bridge/seeker.xhtml?id=']"),
            new Page("child-figures", "/childcare/figures.xhtml"),
            new Page("users", "/admin/users.xhtml"),
            new Page("permissions", "/admin/permissions.xhtml"),
            new Page("password", "/account/password.xhtml"));

    /** The two widths a page is looked at, each with its screen's height: a desktop's and a phone's. */
    private static final Map<Integer, Integer> SCREEN = Map.of(1366, 900, 390, 844);

    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
    private static final Pattern BARE_COUNT = Pattern.compile("\\b\\d{4,}\\b");
    private static final Pattern YEAR_AS_AMOUNT = Pattern.compile("\\d,\\d{3}\\s*年");

    @Test
    void theDistrictAdministratorsPages() {
        inBothLanguages(sweep -> {
            sweep.browser.signIn("district", DEMO_PASSWORD);
            return sweep.look(DISTRICT_PAGES);
        });
    }

    @Test
    void theAuditorsTheMembersAndTheVolunteersPagesAndThePublicOnes() {
        inBothLanguages(sweep -> {
            List<String> problems = new ArrayList<>(sweep.look(List.of(new Page("login", "/login.xhtml"),
                    new Page("join", "/join.xhtml"), new Page("help", "/help.xhtml"), new Page("track", "/track.xhtml"),
                    new Page("learn", "/learn.xhtml"), new Page("lawyer", "/lawyer.xhtml"))));
            sweep.browser.signIn("auditor", DEMO_PASSWORD);
            problems.addAll(sweep.look(List.of(new Page("audit", "/audit/entries.xhtml"))));
            sweep.browser.reset();
            sweep.browser.signIn("zhiwei", DEMO_PASSWORD);
            problems.addAll(sweep.look(List.of(new Page("my-notices", "/portal/notices.xhtml"),
                    new Page("my-notice", "/portal/notices.xhtml", "a[href*='/portal/notice.xhtml?id=']"),
                    new Page("my-notifications", "/account/notifications.xhtml"))));
            sweep.browser.reset();
            sweep.browser.signIn("volunteer", DEMO_PASSWORD);
            problems.addAll(sweep.look(List.of(new Page("my-volunteering", "/portal/volunteer.xhtml"),
                    new Page("my-orders", "/portal/orders.xhtml"))));
            sweep.browser.reset();
            sweep.browser.signIn("fating", DEMO_PASSWORD);
            problems.addAll(sweep.look(List.of(new Page("provider-desk", "/portal/orders.xhtml"),
                    new Page("lawyer-records", "/bridge/consultations.xhtml"))));
            sweep.browser.reset();
            sweep.browser.signIn("weiquan", DEMO_PASSWORD);
            problems.addAll(sweep.look(List.of(new Page("consultations", "/bridge/consultations.xhtml"),
                    new Page("consultation-record", "/bridge/consultations.xhtml", "button[id$=':record']"))));
            problems.addAll(childcarePages(sweep));
            return problems;
        });
    }

    /** 小云's case as her supervisor, her caseworker and her counsellor see it, and the pages around it. */
    private static List<String> childcarePages(Sweep sweep) {
        String xiaoyun = "/childcare/cases.xhtml?q=%E5%B0%8F%E4%BA%91"; // ?q=小云
        String open = "a[href*='/childcare/case.xhtml?id=']";
        sweep.browser.reset();
        sweep.browser.signIn("dudao", DEMO_PASSWORD);
        List<String> problems = new ArrayList<>(sweep.look(List.of(new Page("cases", "/childcare/cases.xhtml"),
                new Page("case-register", "/childcare/register.xhtml"),
                new Page("case-supervisor", xiaoyun, open))));
        sweep.browser.reset();
        sweep.browser.signIn("shegong", DEMO_PASSWORD);
        problems.addAll(sweep.look(List.of(new Page("case", xiaoyun, open),
                new Page("case-identity", xiaoyun, open, "button[id$=':showIdentity']"),
                new Page("case-series", xiaoyun, open, "button[id$=':newSeries']"),
                new Page("case-visit", xiaoyun, open, "button[id$=':newVisit']"),
                new Page("case-tutor", xiaoyun, open, "button[id$=':newTutor']"),
                new Page("case-lesson", xiaoyun, open, "button[id$=':lesson']"),
                new Page("case-activity", xiaoyun, open, "button[id$=':newActivity']"))));
        sweep.browser.reset();
        sweep.browser.signIn("ertong", DEMO_PASSWORD);
        problems.addAll(sweep.look(List.of(new Page("case-assessment", "/childcare/cases.xhtml?status=REGISTERED", open,
                "button[id$=':assess']"))));
        sweep.browser.reset();
        sweep.browser.signIn("zixun", DEMO_PASSWORD);
        problems.addAll(sweep.look(List.of(new Page("case-counsellor", xiaoyun, open),
                new Page("case-session", xiaoyun, open, "button[id$=':record']"))));
        return problems;
    }

    /**
     * Runs {@code steps} in Chinese, then, as good as new, in English. One after the other: two browsers side by side
     * were no faster on two cores, and their first requests for the same list at the same instant once met a race
     * in EclipseLink's batch reading (an HTTP 500 on the volunteers' list), which is not what this test looks for.
     */
    private void inBothLanguages(Function<Sweep, List<String>> steps) {
        List<String> problems = new ArrayList<>(steps.apply(new Sweep(browser, "zh")));
        browser.reset();
        problems.addAll(steps.apply(new Sweep(browser, "en")));
        assertEquals(List.of(), problems, "see target/screenshots/pages/");
    }

    /** One browser looking at pages in one language, noting what is wrong. */
    private static final class Sweep {

        private final Browser browser;
        private final String language;
        /** The width the browser shows pages at now: a desktop's (1366 px) or a phone's (390 px). */
        private int width;
        /** The district's unit id, read from the unit tree's page the first time a page needs it. */
        private String district;

        Sweep(Browser browser, String language) {
            this.browser = browser;
            this.language = language;
        }

        /** Looks at each page, in English switching the session's language on the first; what is wrong with them. */
        List<String> look(List<Page> pages) {
            List<String> problems = new ArrayList<>();
            width = 1366;
            browser.viewport(1366, SCREEN.get(1366));
            boolean switched = language.equals("zh");
            for (Page page : pages) {
                browser.open(page.path().contains(DISTRICT) ? page.path().replace(DISTRICT, district()) : page.path());
                if (!switched) {
                    browser.clickToLoad("#headerForm\\:langEn");
                    switched = true;
                }
                try {
                    for (String click : page.clicks()) {
                        browser.click(click);
                    }
                } catch (RuntimeException | AssertionError e) {
                    problems.add(page.name() + ": could not get there (" + e.getMessage().lines().findFirst().orElse("") + ")");
                    continue;
                }
                look(page.name(), problems);
            }
            return problems;
        }

        /**
         * The unit the tree shows first (the district, for its administrator), as its details panel names it: the
         * pages the tree's buttons lead to for it are opened directly rather than through the tree each time.
         */
        private String district() {
            if (district == null) {
                browser.open("/organisation/units.xhtml");
                district = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return document.querySelector('[data-unit-id]').dataset.unitId;");
            }
            return district;
        }

        private void look(String name, List<String> problems) {
            String error = browser.errorPage();
            if (!error.isEmpty()) {
                problems.add(name + ": error page " + error);
            }
            // what the page shows as it was stored (the audit trail's record of a change, class jg-raw) is not checked
            String text = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var raw = Array.from(document.querySelectorAll('.jg-raw'));"
                    + "raw.forEach(function (e) { e.dataset.jgDisplay = e.style.display; e.style.display = 'none'; });"
                    + "var text = document.body.innerText;"
                    + "raw.forEach(function (e) { e.style.display = e.dataset.jgDisplay; });"
                    + "return text;");
            if (text.contains("???")) {
                problems.add(name + ": a missing text key");
            }
            if (text.contains("org.jinguo.") || text.contains("Exception")) {
                problems.add(name + ": a class name");
            }
            Matcher code = ENUM_CODE.matcher(text);
            if (code.find()) {
                problems.add(name + ": a code instead of words: " + code.group());
            }
            String counts = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('.ui-paginator-current'))"
                    + ".map(function (e) { return e.textContent; }).join(' ');");
            Matcher bare = BARE_COUNT.matcher(counts);
            if (bare.find()) {
                problems.add(name + ": a count without its thousands separator: " + bare.group());
            }
            Matcher year = YEAR_AS_AMOUNT.matcher(text);
            if (year.find()) {
                problems.add(name + ": a year written like an amount: " + year.group());
            }
            // a dialog is looked at as the screen shows it; a page on a desktop by its first screen (its width is checked
            // whole), on a phone, where pages break, as a whole up to three screens long
            boolean dialog = Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('.ui-dialog')).some(function (d) {"
                    + " var style = getComputedStyle(d); return style.display !== 'none' && style.visibility !== 'hidden'; });"));
            // at the width the page was opened at, then at the other; the next page is opened at that one, so that the
            // browser changes its width once a page
            for (int turn = 0; turn < 2; turn++) {
                if (turn == 1) {
                    width = width == 1366 ? 390 : 1366;
                    browser.viewport(width, SCREEN.get(width));
                }
                long overflow = browser.overflow();
                if (overflow > 0) {
                    problems.add(name + " at " + width + " px: " + overflow + " px wider than the window");
                }
                for (String cut : browser.overflowingText()) {
                    problems.add(name + "-" + language + " at " + width + " px: text wider than its box: " + cut);
                }
                int screen = SCREEN.get(width);
                int height = dialog || width == 1366 ? screen : 3 * screen;
                browser.screenshotPage("pages/" + name + "-" + language + "-" + width, height);
            }
        }
    }
}
