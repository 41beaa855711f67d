package org.jinguo.cockpit;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.bridge.service.BridgeOverviewService;
import org.jinguo.cockpit.service.ReportJobs;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.cockpit.service.YearReport;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.TermService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.figures.Cockpit;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.volunteer.service.VolunteerDashboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cockpit on the server: its figures are the areas' own pages' figures, and on the demo district at least the
 * source's (104 chairs, 144 vice-chairs, 1297 executive members; 郭家沱's 12 teams; ten organisations cultivated this
 * year, five of them from volunteer teams: the demo loads them, other tests add to the shared database); the year-end
 * report carries the cockpit's figures; a role sees only the areas it may; a unit outside her scope is refused.
 */
@ExtendWith(ArquillianExtension.class)
class CockpitIT {

    private static final LocalDate FROM = Beijing.today().withDayOfYear(1);
    private static final LocalDate TO = Beijing.today();

    @Inject
    Cockpit cockpit;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    UnitDirectory units;
    @Inject
    TermService terms;
    @Inject
    VolunteerDashboard dashboard;
    @Inject
    BridgeOverviewService bridge;
    @Inject
    ReportJobs reports;
    @Inject
    SupportService support;

    @Test
    void theDistrictsFiguresAreThePagesOwnAndAtLeastTheSources() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        List<Section> sections = sections("district", district);
        java.util.Map<Position, Long> holders = call("district", () -> terms.statistics(district)).holders();
        assertEquals(holders.get(Position.CHAIR).doubleValue(), value(sections, "cockpit.network.chairs"), "the statistics page's");
        assertEquals(holders.get(Position.VICE_CHAIR).doubleValue(), value(sections, "cockpit.network.viceChairs"));
        assertEquals(holders.get(Position.EXECUTIVE_MEMBER).doubleValue(), value(sections, "cockpit.network.members"));
        SupportService.Report base = call("district", () -> support.report(district, FROM, TO));
        assertEquals(base.entered().get(Stage.GRADUATED).doubleValue(), value(sections, "cockpit.incubation.graduated"),
                "the incubation report's");
        assertEquals((double) base.fromTeams(), value(sections, "cockpit.incubation.fromTeams"));
        assertEquals(call("district", () -> bridge.overview(district, FROM, TO)).needs(), value(sections, "cockpit.bridge.needs"),
                "the Bridge overview's figure");
        // the demo loads the source's figures (DemoNetworkTest holds them); other tests only add to the shared database
        assertTrue(value(sections, "cockpit.network.chairs") >= 104, "104 chairs");
        assertTrue(value(sections, "cockpit.network.viceChairs") >= 144, "144 vice-chairs");
        assertTrue(value(sections, "cockpit.network.members") >= 1297, "1297 executive members");
        assertTrue(value(sections, "cockpit.incubation.graduated") >= 10, "ten organisations cultivated this year");
        assertTrue(value(sections, "cockpit.incubation.fromTeams") >= 5, "five of them from volunteer teams");
        assertTrue(value(sections, "cockpit.children.followed") >= 30, "the children's figures for the district administrator: "
                + value(sections, "cockpit.children.followed"));
        Figure work = figure(sections, "cockpit.network.workCoverage");
        assertEquals(100.0, work.goal());
        assertFalse(work.goalMet(), "the demo leaves two areas without women's work");
        assertTrue(sections.stream().allMatch(s -> !s.charts().isEmpty()), "every area draws a chart");
    }

    @Test
    void aStreetsCockpitIsItsOwnPagesFigures() throws Exception {
        long guojiatuo = TestData.unitId(units, "郭家沱街道妇联");
        List<Section> sections = sections("district", guojiatuo);
        assertEquals(12, value(sections, "cockpit.volunteer.teams"), "郭家沱's 12 teams");
        assertEquals(call("district", () -> dashboard.figures(guojiatuo, TO.getYear())).total().volunteers(),
                (long) value(sections, "cockpit.volunteer.active"), "the dashboard's figure");
        assertTrue(value(sections, "cockpit.volunteer.active") > 2000, "most of 郭家沱's 2670 volunteers are active");
    }

    @Test
    void theYearEndReportCarriesTheSourcesFiguresAndIsHersAlone() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        List<Section> sections = sections("district", district);
        long me = call("district", () -> currentCaller.require().userId());
        ReportJobs.Job job = reports.start(me, new YearReport.Subject("江北区妇联", FROM, TO, TO), sections);
        for (int i = 0; i < 300 && !job.isDone() && !job.isFailed(); i++) {
            Thread.sleep(100);
        }
        assertTrue(job.isDone(), "written in the background");
        assertEquals(100, job.getProgress());
        assertTrue(reports.find(me, job.getId()).isPresent());
        assertTrue(reports.find(me + 1, job.getId()).isEmpty(), "another user cannot fetch it");
        assertTrue(new String(job.pdf(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        java.util.Map<String, Double> figures = new java.util.HashMap<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(job.xlsx()))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 3) {
                    figures.put(row.getCell(1).getStringCellValue(), row.getCell(2).getNumericCellValue());
                }
            }
        }
        assertEquals(value(sections, "cockpit.network.chairs"), figures.get("主席"), "the cockpit's figures");
        assertEquals(value(sections, "cockpit.network.viceChairs"), figures.get("副主席"));
        assertEquals(value(sections, "cockpit.network.members"), figures.get("执委"));
        assertEquals(value(sections, "cockpit.incubation.graduated"), figures.get("本期培育出壳"));
        assertEquals(value(sections, "cockpit.incubation.fromTeams"), figures.get("其中由志愿服务队孵化"));
        assertTrue(figures.get("执委") >= 1297 && figures.get("主席") >= 104, "at least the source's: " + figures);
    }

    @Test
    void eachRoleSeesOnlyWhatItMay() throws Exception {
        long street = TestData.unitId(units, "石马河街道妇联");
        List<Section> staff = sections("shimahe", street);
        assertTrue(staff.stream().noneMatch(s -> s.title().equals("cockpit.children")), "staff do not read the children's figures");
        assertTrue(staff.stream().anyMatch(s -> s.title().equals("cockpit.volunteer")));
        long other = TestData.unitId(units, "郭家沱街道妇联");
        assertThrows(Exception.class, () -> sections("shimahe", other), "another street's figures are refused");
        assertThrows(Exception.class, () -> sections("volunteer", street), "a volunteer has no cockpit");
    }

    private List<Section> sections(String username, long unit) throws Exception {
        return call(username, () -> cockpit.fresh(currentCaller.require(), unit, FROM, TO, Locale.SIMPLIFIED_CHINESE));
    }

    private static Figure figure(List<Section> sections, String label) {
        return sections.stream().flatMap(s -> s.figures().stream()).filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not on the cockpit"));
    }

    private static double value(List<Section> sections, String label) {
        return figure(sections, label).value();
    }
}
