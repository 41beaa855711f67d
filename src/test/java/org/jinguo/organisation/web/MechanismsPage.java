package org.jinguo.organisation.web;

import java.util.function.Predicate;
import org.jinguo.testsupport.Browser;

/** A unit's executive-member mechanisms (organisation/mechanisms.xhtml): meetings, the rota, resident contacts. */
public final class MechanismsPage {

    private final Browser browser;

    private MechanismsPage(Browser browser) {
        this.browser = browser;
    }

    public static MechanismsPage shown(Browser browser) {
        return new MechanismsPage(browser);
    }

    public String unit() {
        return browser.text("#mechanismsUnit");
    }

    /** Opens the new-meeting dialog, types the topic and records it (without anyone ticked yet). */
    public MechanismsPage newMeeting(String topic) {
        browser.click("#tabs\\:meetingsForm\\:newMeeting");
        browser.type("#meetingForm\\:topic", topic);
        browser.click("#meetingForm\\:recordMeeting");
        return this;
    }

    public String meetingDialog(Predicate<String> condition) {
        return browser.waitForText("#meetingForm", condition);
    }

    public String topicValue() {
        return browser.value("#meetingForm\\:topic");
    }

    /** Ticks the first member present, writes the first decision and records the meeting. */
    public MechanismsPage recordWith(String decision) {
        browser.click("#meetingForm\\:attendees .ui-chkbox-box");
        browser.type("#meetingForm\\:decisionRows\\:0\\:decisionText", decision);
        browser.click("#meetingForm\\:recordMeeting");
        return this;
    }

    public String meetings(Predicate<String> condition) {
        return browser.waitForText("#tabs\\:meetingsForm\\:meetings", condition);
    }

    public String decisions() {
        return browser.text("#tabs\\:meetingsForm\\:decisions");
    }

    /** Puts the first member on duty at {@code post} (the form's default day and hours). */
    public MechanismsPage addShift(String post) {
        browser.click("#tabs .ui-tabs-nav li:nth-child(2) a");
        browser.type("#tabs\\:shiftForm\\:post", post);
        browser.click("#tabs\\:shiftForm\\:addShift");
        return this;
    }

    public String week(Predicate<String> condition) {
        return browser.waitForText("#week", condition);
    }

    /** Adds a resident (picked by name) to the first member's contacts, with a note on her household. */
    public MechanismsPage addContact(String resident, String household) {
        browser.click("#tabs .ui-tabs-nav li:nth-child(3) a");
        browser.pick("#tabs\\:contactForm\\:resident_input", resident);
        browser.type("#tabs\\:contactForm\\:household", household);
        browser.click("#tabs\\:contactForm\\:addContact");
        browser.waitForText("#tabs\\:contactsForm\\:contacts", t -> t.contains(resident));
        return this;
    }

    /** Opens the first contact's log and logs a need, without naming its bridge yet. */
    public MechanismsPage logNeed(String need) {
        browser.click("#tabs\\:contactsForm\\:contacts a[id$='showContact']");
        browser.type("#logForm\\:need", need);
        browser.click("#logForm\\:addLog");
        return this;
    }

    public String logDialog() {
        return browser.text("#logForm");
    }

    /** Names the need's bridge (a ServiceLine) and logs it. */
    public MechanismsPage needLine(String line) {
        browser.choose("logForm:needLine", line);
        browser.click("#logForm\\:addLog");
        return this;
    }

    public String log(Predicate<String> condition) {
        return browser.waitForText("#log", condition);
    }
}
