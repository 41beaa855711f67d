package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The incubation base in the browser: an organisation applies, is inspected (with a document), scored at
 * the admission assessment, moves in, incubates and graduates; a contract receives deliveries (with a
 * photo), refuses one that would overrun it, shows its progress and closes with an evaluation.
 */
@RunAsClient
class IncubationBrowserIT extends BrowserTestBase {

    @Test
    void anOrganisationAppliesIsAssessedMovesInAndGraduates() throws IOException {
        String name = TestData.unique("巾帼读书会");
        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        browser.open("/incubation/organisations.xhtml");
        browser.click("#orgsForm\\:newOrg");
        browser.type("#orgForm\\:introduction", "女性阅读与分享");
        browser.click("#orgForm\\:create");
        assertTrue(browser.text("#orgForm\\:orgDialog").contains("此项必填"), "a message at the empty name");
        assertEquals("女性阅读与分享", browser.find("#orgForm\\:introduction").getAttribute("value"), "nothing typed is lost");
        browser.type("#orgForm\\:name", name);
        browser.choose("orgForm:kind", "CULTURE");
        browser.click("#orgForm\\:create");
        browser.waitForPath(p -> p.startsWith("/incubation/organisation.xhtml"));
        assertEquals("接受申请", browser.text("#stage"));

        move("开始考察辅导");
        browser.type("#moveForm\\:notes", "实地走访，查看活动台账");
        Path document = Files.createTempFile("考察记录", ".pdf");
        Files.writeString(document, "%PDF-1.4\n% inspection notes\n", StandardCharsets.US_ASCII);
        browser.driver().findElement(By.cssSelector("#moveForm\\:files input[type='file']")).sendKeys(document.toString());
        browser.waitForText("#moveForm\\:uploaded", t -> t.contains(document.getFileName().toString()));
        browser.click("#moveForm\\:confirmMove");
        assertEquals("考察辅导", browser.waitForText("#stage", t -> t.equals("考察辅导")));
        String timeline = browser.text("#timeline");
        assertTrue(timeline.contains("实地走访，查看活动台账") && timeline.contains(document.getFileName().toString()), timeline);
        browser.click("#timeline a[id$='download']");
        assertEquals("%PDF-1.4\n% inspection notes\n", new String(browser.downloaded(".pdf"), StandardCharsets.US_ASCII),
                "the document downloads as it was uploaded");

        move("进入入住评估");
        browser.click("#moveForm\\:confirmMove");
        assertEquals("入住评估", browser.waitForText("#stage", t -> t.equals("入住评估")));
        assertTrue(browser.all("button[id$='move']").stream().noneMatch(b -> b.getText().contains("办理入壳")),
                "no moving in before an admitting assessment");
        browser.click("#pipelineForm\\:assess");
        browser.find("#assessForm\\:assessDialog");
        List<String> scores = browser.all("#assessForm div.ui-selectonemenu[id$='score']").stream()
                .map(e -> e.getAttribute("id")).toList();
        assertFalse(scores.isEmpty());
        for (String score : scores) {
            browser.choose(score, "8");
        }
        browser.click("#assessForm\\:saveAssessment");
        assertTrue(browser.waitForText("#pipelineForm", t -> t.contains("80.0")).contains("同意入驻"));

        move("办理入壳");
        browser.click("#moveForm\\:confirmMove");
        assertEquals("入壳", browser.waitForText("#stage", t -> t.equals("入壳")));
        move("开始孵化");
        browser.click("#moveForm\\:confirmMove");
        assertEquals("孵化", browser.waitForText("#stage", t -> t.equals("孵化")));
        move("出壳");
        browser.click("#moveForm\\:confirmMove");
        assertEquals("出壳", browser.waitForText("#stage", t -> t.equals("出壳")));
        browser.screenshot("incubation-organisation");

        browser.open("/incubation/organisations.xhtml");
        browser.type("#orgsForm\\:text", name);
        browser.click("#orgsForm\\:search");
        assertTrue(browser.waitForText("#orgsForm\\:orgs", t -> t.contains(name)).contains("出壳"));
        browser.click("#orgsForm\\:export");
        byte[] sheet = browser.downloaded(".xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            assertEquals(name, workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue(), "the filtered list exports");
            assertEquals("出壳", workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue());
        }
        browser.open("/incubation/board.xhtml");
        assertTrue(Long.parseLong(browser.text("#count-GRADUATED")) >= 1, "the pipeline chart counts it");
        browser.screenshot("incubation-board");
    }

    @Test
    void aContractReceivesDeliveriesAndShowsItsProgress() throws IOException {
        String title = TestData.unique("反家暴法宣传演出");
        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/purchase/contracts.xhtml");
        browser.click("#contractsForm\\:newContract");
        browser.type("#contractForm\\:title", title);
        browser.type("#contractForm\\:provider_input", "圆融");
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.type("#contractForm\\:deliverable", "在社区开展《反家庭暴力法》宣传文艺演出");
        browser.number("contractForm:quantity", "10");
        browser.type("#contractForm\\:measure", "场");
        browser.number("contractForm:budget", "5000.00");
        browser.click("#contractForm\\:create");
        browser.waitForPath(p -> p.startsWith("/purchase/contract.xhtml"));
        assertTrue(browser.text("#delivered").startsWith("0 / 10 场"), browser.text("#delivered"));

        delivery("3");
        Path photo = Files.createTempFile("演出现场", ".png");
        Files.write(photo, new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        browser.driver().findElement(By.cssSelector("#deliveryForm\\:files input[type='file']")).sendKeys(photo.toString());
        browser.waitForText("#deliveryForm\\:uploaded", t -> t.contains(photo.getFileName().toString()));
        browser.click("#deliveryForm\\:saveDelivery");
        assertTrue(browser.waitForText("#delivered", t -> t.startsWith("3 / 10")).contains("30%"));
        assertTrue(browser.text("#spent").startsWith("1,500.00 / 5,000.00"), browser.text("#spent"));
        assertTrue(browser.text("#deliveriesForm\\:deliveries").contains(photo.getFileName().toString()), "the evidence is listed");

        delivery("8");
        browser.click("#deliveryForm\\:saveDelivery");
        assertTrue(browser.waitForText("#deliveryForm", t -> t.contains("超出合同数量")).contains("7 场"),
                "refused at the field, with what is left");
        browser.number("deliveryForm:quantity", "7");
        browser.click("#deliveryForm\\:saveDelivery");
        assertTrue(browser.waitForText("#delivered", t -> t.startsWith("10 / 10")).contains("100%"));
        assertTrue(browser.text("#spent").startsWith("5,000.00 / 5,000.00"), browser.text("#spent"));

        browser.click("#contractForm\\:closeContract");
        browser.type("#closeForm\\:evaluation", "全部完成，群众反响好");
        browser.click("#closeForm\\:confirmClose");
        assertEquals("已结项", browser.waitForText("#status", t -> t.equals("已结项")));
        assertTrue(browser.text("#evaluation").contains("全部完成，群众反响好"));
        assertTrue(browser.all("#contractForm\\:newDelivery").isEmpty(), "a closed contract takes no more deliveries");
        browser.screenshot("contract");

        browser.open("/purchase/contracts.xhtml");
        browser.type("#contractsForm\\:text", title);
        browser.click("#contractsForm\\:search");
        assertTrue(browser.waitForText("#contractsForm\\:contracts", t -> t.contains(title)).contains("10 / 10 场"));
    }

    @Test
    void theDemoBaseShowsItsResidentsItsYearAndTheLawContractPartDelivered() {
        browser.signIn("district", DEMO_PASSWORD);
        browser.open("/incubation/board.xhtml");
        browser.type("#boardForm\\:unit_input", "大石坝街道");
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.click("#boardForm\\:show");
        browser.waitForText("#count-INCUBATING", t -> t.equals("3"));
        assertEquals("2", browser.text("#count-MOVED_IN"), "five residents: three incubating, two just moved in");
        assertTrue(browser.text("#column-INCUBATING").contains("江北区乾能婚姻家庭辅导学校"));
        browser.screenshot("incubation-board");

        browser.open("/incubation/report.xhtml");
        browser.type("#reportForm\\:unit_input", "大石坝街道");
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.click("#reportForm\\:show");
        assertEquals("5", browser.waitForText("#residents", t -> t.equals("5")));
        assertEquals("10", browser.text("#graduated"), "ten organisations cultivated this year");
        assertEquals("5", browser.text("#fromTeams"), "five of them grown out of volunteer teams");

        browser.open("/purchase/contracts.xhtml");
        browser.type("#contractsForm\\:text", "反家庭暴力法");
        browser.click("#contractsForm\\:search");
        assertTrue(browser.waitForText("#contractsForm\\:contracts", t -> t.contains("铁山老太婆宣传队")).contains("37 / 100 场"));
        browser.screenshot("contracts");
    }

    /** Opens the move dialog of the button labelled {@code label}. */
    private void move(String label) {
        WebElement button = browser.all("button[id$='move']").stream().filter(b -> b.getText().contains(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " on " + browser.text("#pipelineForm")));
        browser.click("[id='" + button.getAttribute("id") + "']");
        browser.find("#moveForm\\:moveDialog");
    }

    private void delivery(String quantity) {
        browser.click("#contractForm\\:newDelivery");
        browser.type("#deliveryForm\\:place", "南桥寺社区广场");
        browser.number("deliveryForm:quantity", quantity);
        browser.number("deliveryForm:participants", "120");
    }
}
