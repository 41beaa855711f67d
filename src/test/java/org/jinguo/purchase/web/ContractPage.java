package org.jinguo.purchase.web;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** One contract (purchase/contract.xhtml): progress, deliveries with evidence, closing. */
public final class ContractPage {

    private final Browser browser;

    private ContractPage(Browser browser) {
        this.browser = browser;
    }

    static ContractPage shown(Browser browser) {
        return new ContractPage(browser);
    }

    public String delivered() {
        return browser.text("#delivered");
    }

    public String delivered(Predicate<String> condition) {
        return browser.waitForText("#delivered", condition);
    }

    public String spent() {
        return browser.text("#spent");
    }

    /** Opens the delivery dialog with a place, a quantity and 120 participants. */
    public ContractPage newDelivery(String quantity) {
        browser.click("#contractForm\\:newDelivery");
        browser.type("#deliveryForm\\:place", "南桥寺社区广场");
        browser.number("deliveryForm:quantity", quantity);
        browser.number("deliveryForm:participants", "120");
        return this;
    }

    public ContractPage quantity(String quantity) {
        browser.number("deliveryForm:quantity", quantity);
        return this;
    }

    /** Attaches evidence to the delivery and waits until it is listed. */
    public ContractPage attach(Path file) {
        browser.upload("#deliveryForm\\:files input[type='file']", file);
        browser.waitForText("#deliveryForm\\:uploaded", t -> t.contains(file.getFileName().toString()));
        return this;
    }

    public ContractPage saveDelivery() {
        browser.click("#deliveryForm\\:saveDelivery");
        return this;
    }

    public String deliveryDialog(Predicate<String> condition) {
        return browser.waitForText("#deliveryForm", condition);
    }

    public String deliveries() {
        return browser.text("#deliveriesForm\\:deliveries");
    }

    /** Closes the contract with an evaluation; waits until its status reads {@code status}. */
    public String close(String evaluation, String status) {
        browser.click("#contractForm\\:closeContract");
        browser.type("#closeForm\\:evaluation", evaluation);
        browser.click("#closeForm\\:confirmClose");
        return browser.waitForText("#status", t -> t.equals(status));
    }

    public String evaluation() {
        return browser.text("#evaluation");
    }

    public boolean takesDeliveries() {
        return !browser.all("#contractForm\\:newDelivery").isEmpty();
    }
}
