package org.jinguo.organisation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.testsupport.BrowserTestBase;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.web.UnitsPage;
import org.junit.jupiter.api.Test;

/**
 * 南桥寺 community's staff record a council meeting with a decision, put a member on duty, and log a
 * resident's need raised during a home visit.
 */
class MechanismsBrowserIT extends BrowserTestBase {

    @Test
    void aCommunityRecordsItsMeetingRotaAndResidentContacts() {
        browser.signIn("nanqiaosi", DEMO_PASSWORD);
        UnitsPage.open(browser).openMechanisms();
        MechanismsPage page = MechanismsPage.shown(browser);
        assertEquals("南桥寺社区妇联", page.unit());

        String topic = TestData.unique("巾帼桥需求摸底");
        page.newMeeting(topic);
        assertTrue(page.meetingDialog(t -> t.contains("请勾选参会执委")).contains("请勾选参会执委"));
        assertEquals(topic, page.topicValue(), "nothing typed is lost");
        page.recordWith("每位执委走访 5 户");
        assertTrue(page.meetings(t -> t.contains(topic)).contains(topic));
        assertTrue(page.decisions().contains("每位执委走访 5 户"));

        String post = TestData.unique("妇女之家");
        assertTrue(page.addShift(post).week(t -> t.contains(post)).contains("09:00"));

        page.addContact("张玉梅", "独居，女儿在外地").logNeed("想学做多肉植物盆栽");
        assertTrue(page.logDialog().contains("请选择需求所属"), "a need names its bridge");
        assertTrue(page.needLine("ENTREPRENEURSHIP").log(t -> t.contains("想学做多肉植物盆栽")).contains("创业就业之桥"));
        browser.screenshot("resident-contact");
    }
}
