package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jinguo.demo.DemoData;
import org.jinguo.testsupport.probe.ProbeClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the main pages cost the server, counted, not timed: the SQL statements of each page (a list that
 * loads row by row would need one per row: N+1) and the session a signed-in user leaves behind. The
 * benchmark measures the same at ten times the district's size ({@code mvn verify -Pbench}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCostIT {

    /**
     * Page → the most SQL statements one request of it may send: what the benchmark counted at ten times the
     * district (benchmark/results.md) plus a little room. A list that loads its 25 rows one by one exceeds it.
     */
    static final Map<String, Integer> BUDGET = new LinkedHashMap<>();

    static {
        BUDGET.put("/account/password.xhtml", 4);
        // the home page's first view in a minute asks every area for the user's to-dos: about one count per kind
        BUDGET.put("/index.xhtml", 16);
        BUDGET.put("/organisation/units.xhtml", 16);
        BUDGET.put("/organisation/unit-list.xhtml", 8);
        BUDGET.put("/organisation/chart.xhtml", 10);
        BUDGET.put("/organisation/holders.xhtml", 8);
        BUDGET.put("/organisation/statistics.xhtml", 10);
        BUDGET.put("/organisation/coverage.xhtml", 8);
        BUDGET.put("/people/list.xhtml", 8);
        BUDGET.put("/volunteer/volunteers.xhtml", 9);
        BUDGET.put("/volunteer/teams.xhtml", 9);
        BUDGET.put("/volunteer/activities.xhtml", 10);
        BUDGET.put("/volunteer/hours.xhtml", 8);
        BUDGET.put("/volunteer/dashboard.xhtml", 14);
        BUDGET.put("/incubation/board.xhtml", 14);
        BUDGET.put("/incubation/organisations.xhtml", 8);
        BUDGET.put("/purchase/contracts.xhtml", 8);
        BUDGET.put("/notices/list.xhtml", 8);
    }

    /** Pages that show one unit: opened for the signed-in user's own unit. */
    static final Map<String, String> UNIT_PAGES = Map.of("/organisation/statistics.xhtml", "?unit={unit}",
            "/organisation/coverage.xhtml", "?unit={unit}", "/organisation/chart.xhtml", "?unit={unit}");

    @ArquillianResource
    URL base;

    @Test
    void everyMainPageStaysWithinItsStatementBudget() throws Exception {
        ProbeClient district = new ProbeClient(base.toString()).signIn("district", DemoData.DEMO_PASSWORD);
        String unit = district.probe("me").get("unit")[0];
        for (String page : BUDGET.keySet()) {
            HttpResponse<String> answer = district.get(page + UNIT_PAGES.getOrDefault(page, "").replace("{unit}", unit));
            assertEquals(200, answer.statusCode(), page);
            assertFalse(answer.body().contains("loginForm"), page + " is shown, not the sign-in page");
        }
        Map<String, String[]> costs = district.probe("costs");
        StringBuilder report = new StringBuilder();
        BUDGET.forEach((page, budget) -> {
            String[] cost = costs.get("GET " + page);
            assertNotNull(cost, page + " was counted");
            long most = Long.parseLong(cost[2]);
            report.append(String.format("%-36s %3d statements (budget %d)%n", page, most, budget));
            assertTrue(most <= budget, page + " sent " + most + " SQL statements, budget " + budget);
        });
        System.out.print(report);
    }

    @Test
    void aSignedInUsersSessionStaysUnder100KilobytesAfterTheMainPages() throws Exception {
        ProbeClient staff = new ProbeClient(base.toString()).signIn("shimahe", DemoData.DEMO_PASSWORD);
        String unit = staff.probe("me").get("unit")[0];
        for (String page : BUDGET.keySet()) {
            assertEquals(200, staff.get(page + UNIT_PAGES.getOrDefault(page, "").replace("{unit}", unit)).statusCode(), page);
        }
        Map<String, String[]> session = staff.probe("session");
        long total = Long.parseLong(session.get("total")[0]);
        session.forEach((name, bytes) -> System.out.println("session " + name + ": " + bytes[0] + " bytes"));
        session.forEach((name, bytes) -> assertFalse(name.contains("not serializable"), name + " cannot be kept"));
        assertTrue(total > 0, "the session holds the views");
        assertTrue(total <= 100 * 1024, "session after " + BUDGET.size() + " pages: " + total + " bytes");
    }
}
