package org.jinguo.purchase.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** The purchase-of-services contracts (purchase/contracts.xhtml) and the new-contract dialog. */
public final class ContractsPage {

    private final Browser browser;

    private ContractsPage(Browser browser) {
        this.browser = browser;
    }

    public static ContractsPage open(Browser browser) {
        browser.open("/purchase/contracts.xhtml");
        return new ContractsPage(browser);
    }

    /** A new contract with a provider picked by (part of) its name, for so many of a measure at a budget. */
    public ContractPage create(String title, String provider, String deliverable, String quantity, String measure,
                               String budget) {
        browser.click("#contractsForm\\:newContract");
        browser.type("#contractForm\\:title", title);
        browser.pick("#contractForm\\:provider_input", provider);
        browser.type("#contractForm\\:deliverable", deliverable);
        browser.number("contractForm:quantity", quantity);
        browser.type("#contractForm\\:measure", measure);
        browser.number("contractForm:budget", budget);
        browser.click("#contractForm\\:create");
        browser.waitForPath(p -> p.startsWith("/purchase/contract.xhtml"));
        return ContractPage.shown(browser);
    }

    /** Filters by title and waits until the list satisfies {@code condition}. */
    public String search(String text, Predicate<String> condition) {
        browser.type("#contractsForm\\:text", text);
        browser.click("#contractsForm\\:search");
        return browser.waitForText("#contractsForm\\:contracts", condition);
    }
}
