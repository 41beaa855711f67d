package org.jinguo.incubation.web;

import java.nio.file.Path;
import java.util.List;
import org.jinguo.testsupport.Browser;
import org.openqa.selenium.WebElement;

/** One social organisation (incubation/organisation.xhtml): its stage, its moves through the pipeline, its timeline. */
public final class OrganisationPage {

    private final Browser browser;

    private OrganisationPage(Browser browser) {
        this.browser = browser;
    }

    public static OrganisationPage shown(Browser browser) {
        return new OrganisationPage(browser);
    }

    public String stage() {
        return browser.text("#stage");
    }

    /** Opens the move dialog of the button labelled {@code label}. */
    public OrganisationPage move(String label) {
        WebElement button = moves().stream().filter(b -> b.getText().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " on " + browser.text("#pipelineForm")));
        browser.click("[id='" + button.getAttribute("id") + "']");
        browser.find("#moveForm\\:moveDialog");
        return this;
    }

    /** The move buttons the page offers now. */
    public List<WebElement> moves() {
        return browser.all("button[id$='move']");
    }

    public OrganisationPage notes(String notes) {
        browser.type("#moveForm\\:notes", notes);
        return this;
    }

    /** Attaches a document to the move and waits until it is listed. */
    public OrganisationPage attach(Path document) {
        browser.upload("#moveForm\\:files input[type='file']", document);
        browser.waitForText("#moveForm\\:uploaded", t -> t.contains(document.getFileName().toString()));
        return this;
    }

    /** Confirms the move and waits until the stage reads {@code stage}. */
    public String confirm(String stage) {
        browser.click("#moveForm\\:confirmMove");
        return browser.waitForText("#stage", t -> t.equals(stage));
    }

    public String timeline() {
        return browser.text("#timeline");
    }

    /** Downloads the timeline's first document; its bytes. */
    public byte[] downloadFirstDocument(String suffix) {
        browser.click("#timeline a[id$='download']");
        return browser.downloaded(suffix);
    }

    /** Opens the assessment, gives every criterion {@code score} and saves it; how many criteria were scored. */
    public int assess(String score) {
        browser.click("#pipelineForm\\:assess");
        browser.find("#assessForm\\:assessDialog");
        List<String> scores = browser.all("#assessForm div.ui-selectonemenu[id$='score']").stream()
                .map(e -> e.getAttribute("id")).toList();
        for (String field : scores) {
            browser.choose(field, score);
        }
        browser.click("#assessForm\\:saveAssessment");
        return scores.size();
    }

    public String pipeline(java.util.function.Predicate<String> condition) {
        return browser.waitForText("#pipelineForm", condition);
    }
}
