package org.jinguo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 南桥寺 community's staff record a council meeting with a decision, put a member on duty, and log a
 * resident's need raised during a home visit.
 */
@ExtendWith(ArquillianExtension.class)
class MechanismsBrowserIT extends BrowserTestBase {

    @Test
    void aCommunityRecordsItsMeetingRotaAndResidentContacts() {
        browser.signIn("nanqiaosi", DEMO_PASSWORD);
        browser.open("/organisation/units.xhtml");
        browser.click("#unitsForm\\:mechanisms");
        assertEquals("南桥寺社区妇联", browser.text("#mechanismsUnit"));

        String topic = TestData.unique("巾帼桥需求摸底");
        browser.click("#tabs\\:meetingsForm\\:newMeeting");
        browser.type("#meetingForm\\:topic", topic);
        browser.click("#meetingForm\\:recordMeeting");
        assertTrue(browser.waitForText("#meetingForm", t -> t.contains("请勾选参会执委")).contains("请勾选参会执委"));
        assertEquals(topic, browser.find("#meetingForm\\:topic").getAttribute("value"), "nothing typed is lost");
        browser.click("#meetingForm\\:attendees .ui-chkbox-box");
        browser.type("#meetingForm\\:decisionRows\\:0\\:decisionText", "每位执委走访 5 户");
        browser.click("#meetingForm\\:recordMeeting");
        assertTrue(browser.waitForText("#tabs\\:meetingsForm\\:meetings", t -> t.contains(topic)).contains(topic));
        assertTrue(browser.text("#tabs\\:meetingsForm\\:decisions").contains("每位执委走访 5 户"));

        browser.click("#tabs .ui-tabs-nav li:nth-child(2) a");
        String post = TestData.unique("妇女之家");
        browser.type("#tabs\\:shiftForm\\:post", post);
        browser.click("#tabs\\:shiftForm\\:addShift");
        assertTrue(browser.waitForText("#week", t -> t.contains(post)).contains("09:00"));

        browser.click("#tabs .ui-tabs-nav li:nth-child(3) a");
        browser.type("#tabs\\:contactForm\\:resident_input", "张玉梅");
        browser.click(".ui-autocomplete-panel .ui-autocomplete-item");
        browser.type("#tabs\\:contactForm\\:household", "独居，女儿在外地");
        browser.click("#tabs\\:contactForm\\:addContact");
        browser.waitForText("#tabs\\:contactsForm\\:contacts", t -> t.contains("张玉梅"));
        browser.click("#tabs\\:contactsForm\\:contacts a[id$='showContact']");
        browser.type("#logForm\\:need", "想学做多肉植物盆栽");
        browser.click("#logForm\\:addLog");
        assertTrue(browser.text("#logForm").contains("请选择需求所属"), "a need names its bridge");
        browser.choose("logForm:needLine", "ENTREPRENEURSHIP");
        browser.click("#logForm\\:addLog");
        assertTrue(browser.waitForText("#log", t -> t.contains("想学做多肉植物盆栽")).contains("创业就业之桥"));
        browser.screenshot("resident-contact");
    }
}
