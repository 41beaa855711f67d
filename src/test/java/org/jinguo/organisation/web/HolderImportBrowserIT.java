package org.jinguo.organisation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.web.UnitsPage;
import org.junit.jupiter.api.Test;

/** A street administrator uploads a filled template, reads the report of its bad row, imports the valid rows. */
class HolderImportBrowserIT extends BrowserTestBase {

    @Test
    void theValidRowsAreImportedOnlyAfterTheReportWasRead() throws Exception {
        String member = TestData.unique("导入执委");
        Path file = Files.createTempFile("office-holders", ".xlsx");
        Files.write(file, TestData.workbook(List.of(
                List.of("姓名*", "身份证号*", "职务*", "手机号", "背景（可多个，用顿号分隔）"),
                List.of(member, TestData.idCardNumber(TestData.randomBirthDate()), "执委", "13983001234", "志愿者骨干"),
                List.of(TestData.unique("错行"), "123", "执委", "", ""))));

        browser.signIn("guanyinqiao", DEMO_PASSWORD);
        UnitsPage.open(browser).openTerms();
        TermsPage.shown(browser).openImport();
        assertTrue(browser.path().startsWith("/organisation/holders-import.xhtml"), browser.path());
        HolderImportPage page = HolderImportPage.shown(browser).check(file);
        assertEquals("共 2 行：1 行可以导入，1 行有问题。", page.summary());
        String problems = page.problems();
        assertTrue(problems.contains("3") && problems.contains("身份证号") && problems.contains("身份证号不正确"), problems);
        browser.screenshot("holder-import");
        page.importValid();
        assertTrue(browser.path().startsWith("/organisation/terms.xhtml"), browser.path());
        assertTrue(browser.body().contains("已导入 1 名执委"));
        assertTrue(TermsPage.shown(browser).holders().contains(member));
        Files.deleteIfExists(file);
    }
}
