package org.jinguo.incubation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jinguo.purchase.web.ContractsPage;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * The incubation base in the browser: an organisation applies, is inspected (with a document), scored at
 * the admission assessment, moves in, incubates and graduates; the demo base shows the source's figures.
 */
class IncubationBrowserIT extends BrowserTestBase {

    @Test
    void anOrganisationAppliesIsAssessedMovesInAndGraduates() throws IOException {
        String name = TestData.unique("巾帼读书会");
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        OrganisationsPage list = OrganisationsPage.open(browser).newOrganisation().introduction("女性阅读与分享");
        list.create();
        assertTrue(list.dialog().contains("此项必填"), "a message at the empty name");
        assertEquals("女性阅读与分享", list.introductionValue(), "nothing typed is lost");
        list.name(name).kind("CULTURE").create();
        browser.waitForPath(p -> p.startsWith("/incubation/organisation.xhtml"));
        OrganisationPage org = OrganisationPage.shown(browser);
        assertEquals("接受申请", org.stage());

        Path document = Files.createTempFile("考察记录", ".pdf");
        Files.writeString(document, "%PDF-1.4\n% inspection notes\n%%EOF\n", StandardCharsets.US_ASCII);
        org.move("开始考察辅导").notes("实地走访，查看活动台账").attach(document);
        assertEquals("考察辅导", org.confirm("考察辅导"));
        String timeline = org.timeline();
        assertTrue(timeline.contains("实地走访，查看活动台账") && timeline.contains(document.getFileName().toString()), timeline);
        assertEquals("%PDF-1.4\n% inspection notes\n%%EOF\n", new String(org.downloadFirstDocument(".pdf"), StandardCharsets.US_ASCII),
                "the document downloads as it was uploaded");

        assertEquals("入住评估", org.move("进入入住评估").confirm("入住评估"));
        assertTrue(org.moves().stream().noneMatch(b -> b.getText().contains("办理入壳")),
                "no moving in before an admitting assessment");
        assertTrue(org.assess("8") > 0, "the criteria to score");
        assertTrue(org.pipeline(t -> t.contains("80.0")).contains("同意入驻"));

        assertEquals("入壳", org.move("办理入壳").confirm("入壳"));
        assertEquals("孵化", org.move("开始孵化").confirm("孵化"));
        assertEquals("出壳", org.move("出壳").confirm("出壳"));
        browser.screenshot("incubation-organisation");

        list = OrganisationsPage.open(browser);
        assertTrue(list.search(name, t -> t.contains(name)).contains("出壳"));
        byte[] sheet = list.export();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            assertEquals(name, workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue(), "the filtered list exports");
            assertEquals("出壳", workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue());
        }
        assertTrue(Long.parseLong(BoardPage.open(browser).count("GRADUATED")) >= 1, "the pipeline chart counts it");
        browser.screenshot("incubation-board");
    }

    @Test
    void theDemoBaseShowsItsResidentsItsYearAndTheLawContractPartDelivered() {
        browser.signIn("district", DEMO_PASSWORD);
        BoardPage board = BoardPage.open(browser).ofUnit("大石坝街道");
        board.count("INCUBATING", t -> t.equals("3"));
        assertEquals("2", board.count("MOVED_IN"), "five residents: three incubating, two just moved in");
        assertTrue(board.column("INCUBATING").contains("江北区乾能婚姻家庭辅导学校"));
        browser.screenshot("incubation-board");

        ReportPage report = ReportPage.open(browser).ofUnit("大石坝街道");
        assertEquals("5", report.residents(t -> t.equals("5")));
        assertEquals("10", report.graduated(), "ten organisations cultivated this year");
        assertEquals("5", report.fromTeams(), "five of them grown out of volunteer teams");

        assertTrue(ContractsPage.open(browser).search("反家庭暴力法", t -> t.contains("铁山老太婆宣传队"))
                .contains("37 / 100 场"));
        browser.screenshot("contracts");
    }
}
