package org.jinguo.platform.notify;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.service.NoticeForm;
import org.jinguo.notice.service.NoticeService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.testsupport.CapturingSmsGateway;
import org.jinguo.testsupport.SmtpSink;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.service.ActivityForm;
import org.jinguo.volunteer.service.ActivityService;
import org.jinguo.volunteer.service.VolunteerNotices;
import org.jinguo.volunteer.service.VolunteerPortalService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications on the server: an area's event reaches the right account in the app (the volunteer's place, a notice to
 * executive members); a reminder is stored once however often it runs; SMS and mail carry what the user chose, within
 * 70 characters for an SMS, and a mail server that is down loses nothing: the delivery waits and goes out later.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Inject
    Notifications notifications;
    @Inject
    Deliveries deliveries;
    @Inject
    Event<Notify> notify;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    CapturingSmsGateway sms;
    @Inject
    ActivityService activities;
    @Inject
    VolunteerPortalService portal;
    @Inject
    VolunteerNotices volunteerNotices;
    @Inject
    NoticeService notices;
    @Inject
    UnitDirectory units;

    @Test
    void aVolunteerIsToldOfHerPlaceAndRemindedOnceTheDayBefore() throws Exception {
        long unit = TestData.unitId(units, call("volunteer", () -> portal.profile().unitName()));
        String title = unique("河滨清洁");
        ActivityForm form = new ActivityForm();
        form.setUnitId(unit);
        form.setTitle(title);
        form.setLine(ServiceLine.VOLUNTEERING);
        form.setPlace("党群服务站");
        form.setHeldOn(Beijing.today().plusDays(1));
        form.setStartsAt(LocalTime.of(6, 0));
        form.setEndsAt(LocalTime.of(6, 30));
        form.setMinNeeded(1);
        form.setMaxNeeded(5);
        form.setOccurrences(1);
        long activity = call("district", () -> activities.create(form).get(0));
        long unreadBefore = call("volunteer", () -> notifications.unread());
        run("volunteer", () -> portal.signUp(activity));
        List<Notifications.Row> mine = call("volunteer", () -> notifications.mine(true, 0, 50));
        Notifications.Row confirmed = mine.stream().filter(r -> r.arguments().contains(title)).findFirst().orElseThrow();
        assertEquals("volunteerConfirmed", confirmed.kind());
        assertEquals("/portal/volunteer.xhtml", confirmed.path());
        assertTrue(NotificationTexts.chinese(confirmed.textKey(), confirmed.arguments()).contains(title));
        assertEquals(unreadBefore + 1, call("volunteer", () -> notifications.unread()));

        volunteerNotices.remindTomorrow(Beijing.today());
        volunteerNotices.remindTomorrow(Beijing.today());
        assertEquals(1, call("volunteer", () -> notifications.mine(false, 0, 200)).stream()
                .filter(r -> r.kind().equals("volunteerTomorrow") && r.arguments().contains(title)).count(), "reminded once");

        assertEquals("/portal/volunteer.xhtml", call("volunteer", () -> notifications.open(confirmed.id())));
        assertFalse(call("volunteer", () -> notifications.mine(true, 0, 200)).stream().anyMatch(r -> r.id() == confirmed.id()));
    }

    @Test
    void aNoticeReachesTheExecutiveMembersAccounts() throws Exception {
        NoticeForm form = new NoticeForm();
        form.setKind(NoticeKind.NOTICE);
        form.setAudienceUnitId(TestData.unitId(units, "南桥寺社区妇联"));
        form.setTitle(unique("通知"));
        form.setBody("请各位执委按时参加。");
        long id = call("district", () -> notices.send(form));
        Notifications.Row row = call("zhiwei", () -> notifications.mine(true, 0, 50)).stream()
                .filter(r -> r.kind().equals("noticeSent") && r.arguments().contains(form.getTitle())).findFirst().orElseThrow();
        assertEquals("/portal/notice.xhtml?id=" + id, row.path());
        assertTrue(call("guanyinqiao", () -> notifications.mine(false, 0, 200)).stream()
                .noneMatch(r -> r.arguments().contains(form.getTitle())), "nobody else");
    }

    @Test
    void smsAndMailCarryWhatSheChoseAndAMailServerDownLosesNothing() throws Exception {
        long me = call("zhiwei", () -> currentCaller.require().userId());
        assertEquals("email", TestData.refusal(() -> run("zhiwei", () -> notifications.saveChoices("not-an-address", null, Map.of()))));
        assertEquals("mobile", TestData.refusal(() -> run("zhiwei", () ->
                notifications.saveChoices(null, null, Map.of("noticeSent", Set.of(Channel.SMS))))));
        run("zhiwei", () -> notifications.saveChoices("zhiwei@example.org", "13800001234",
                Map.of("noticeSent", EnumSet.of(Channel.SMS, Channel.MAIL))));
        assertEquals(EnumSet.of(Channel.SMS, Channel.MAIL), call("zhiwei", () -> notifications.choices()).byKind().get("noticeSent"));

        String title = unique("长标题的通知请各位执委务必按时参加本周六上午在观音桥街道党群服务中心举行的会议并带好材料");
        try (SmtpSink sink = new SmtpSink()) {
            notify.fire(Notify.of(Recipients.users(List.of(me)), "noticeSent", "/portal/notices.xhtml", title));
            deliveries.sendDue(Instant.now());
            assertTrue(sink.received().stream().anyMatch(m -> m.to().contains("zhiwei@example.org")), "the mail went out");
        }
        CapturingSmsGateway.Sms text = sms.sent().stream().filter(s -> s.text().contains(title.substring(0, 6)))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no SMS: " + sms.sent() + " " + deliveriesOf(title)));
        assertEquals("13800001234", text.mobile());
        assertTrue(text.text().length() <= NotificationTexts.SMS_MOST && text.text().startsWith("【江北巾帼】"), text.text());

        String second = unique("会议改期");
        notify.fire(Notify.of(Recipients.users(List.of(me)), "noticeSent", "/portal/notices.xhtml", second));
        deliveries.sendDue(Instant.now()); // the mail server is down now
        Notifications.Row waiting = row(second);
        assertTrue(waiting.deliveries().contains("MAIL.PENDING"), "kept to try again: " + waiting.deliveries());
        assertTrue(waiting.deliveries().contains("SMS.SENT"), "the other channel is not held up: " + waiting.deliveries());
        try (SmtpSink sink = new SmtpSink()) {
            deliveries.sendDue(Instant.now().plus(Duration.ofHours(3)));
            assertTrue(sink.received().stream().anyMatch(m -> m.to().contains("zhiwei@example.org")), "sent once the server is back");
        }
        assertTrue(row(second).deliveries().contains("MAIL.SENT"), row(second).deliveries().toString());
        run("zhiwei", () -> notifications.saveChoices(null, null, Map.of()));
    }

    @Test
    void eachUserChoosesChannelsForTheKindsSheReceives() throws Exception {
        assertEquals(List.of("noticeSent"), call("zhiwei", () -> notifications.kinds()), "an executive member: notices");
        assertTrue(call("volunteer", () -> notifications.kinds()).containsAll(List.of("volunteerConfirmed", "volunteerMovedUp",
                "volunteerTomorrow")), "a volunteer: her places and reminders");
        assertTrue(call("fating", () -> notifications.kinds()).contains("orderDispatched"), "a provider's desk: its orders");
        assertTrue(call("district", () -> notifications.kinds()).containsAll(List.of("orderTaken", "orderOverdue", "decisionDue")));
        assertFalse(call("zhiwei", () -> notifications.kinds()).contains("orderOverdue"));
    }

    @Test
    void aReminderRaisedTwiceIsStoredOnce() throws Exception {
        long me = call("viewer", () -> currentCaller.require().userId());
        String key = unique("once");
        Notify reminder = Notify.of(Recipients.users(List.of(me)), "decisionDue", "/organisation/mechanisms.xhtml", key, "2026-12-31")
                .once("test:" + key);
        notify.fire(reminder);
        notify.fire(reminder);
        assertEquals(1, call("viewer", () -> notifications.mine(false, 0, 200)).stream()
                .filter(r -> r.arguments().contains(key)).count());

        // two servers' runs raising one reminder at the same instant: one stores it, the other skips it
        String both = unique("together");
        Notify same = Notify.of(Recipients.users(List.of(me)), "decisionDue", "/organisation/mechanisms.xhtml", both, "2026-12-31")
                .once("test:" + both);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = List.of(two.submit(() -> fireAfter(start, same)), two.submit(() -> fireAfter(start, same)));
            start.countDown();
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            two.shutdownNow();
        }
        assertEquals(1, call("viewer", () -> notifications.mine(false, 0, 200)).stream()
                .filter(r -> r.arguments().contains(both)).count(), "stored once");
    }

    private Void fireAfter(java.util.concurrent.CountDownLatch start, Notify reminder) throws InterruptedException {
        start.await();
        notify.fire(reminder);
        return null;
    }

    private String deliveriesOf(String text) {
        try {
            return row(text).deliveries().toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private Notifications.Row row(String text) throws Exception {
        return call("zhiwei", () -> notifications.mine(false, 0, 200)).stream().filter(r -> r.arguments().contains(text))
                .findFirst().orElseThrow();
    }

}
