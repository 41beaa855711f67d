package org.jinguo.purchase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;

/**
 * A purchase-of-services contract in the browser: it receives deliveries (with a photo), refuses one that would
 * overrun it, shows its progress and closes with an evaluation.
 */
class ContractBrowserIT extends BrowserTestBase {

    @Test
    void aContractReceivesDeliveriesAndShowsItsProgress() throws IOException {
        String title = TestData.unique("反家暴法宣传演出");
        browser.signIn("district", DEMO_PASSWORD);
        ContractPage contract = ContractsPage.open(browser).create(title, "圆融",
                "在社区开展《反家庭暴力法》宣传文艺演出", "10", "场", "5000.00");
        assertTrue(contract.delivered().startsWith("0 / 10 场"), contract.delivered());

        Path photo = Files.createTempFile("演出现场", ".png");
        Files.write(photo, new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        contract.newDelivery("3").attach(photo).saveDelivery();
        assertTrue(contract.delivered(t -> t.startsWith("3 / 10")).contains("30%"));
        assertTrue(contract.spent().startsWith("1,500.00 / 5,000.00"), contract.spent());
        assertTrue(contract.deliveries().contains(photo.getFileName().toString()), "the evidence is listed");

        contract.newDelivery("8").saveDelivery();
        assertTrue(contract.deliveryDialog(t -> t.contains("超出合同数量")).contains("7 场"),
                "refused at the field, with what is left");
        contract.quantity("7").saveDelivery();
        assertTrue(contract.delivered(t -> t.startsWith("10 / 10")).contains("100%"));
        assertTrue(contract.spent().startsWith("5,000.00 / 5,000.00"), contract.spent());

        assertEquals("已结项", contract.close("全部完成，群众反响好", "已结项"));
        assertTrue(contract.evaluation().contains("全部完成，群众反响好"));
        assertFalse(contract.takesDeliveries(), "a closed contract takes no more deliveries");
        browser.screenshot("contract");

        assertTrue(ContractsPage.open(browser).search(title, t -> t.contains(title)).contains("10 / 10 场"));
    }
}
