// Longer than 300 lines on purpose: the Bridge's rules on the server, one order's whole life per test (staff, matching, the provider's desk, the rating), each test setting up what it needs.
package org.jinguo.bridge.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.service.OrderService.OrderView;
import org.jinguo.bridge.service.ProviderMatching.Suggestion;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.service.VolunteerForm;
import org.jinguo.volunteer.service.VolunteerPortalService;
import org.jinguo.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Jinguo Bridge on the server: the state machine as staff meet it, who sees which order, matching, the provider's desk. */
@ExtendWith(ArquillianExtension.class)
class BridgeRulesIT {

    private static final String STAFF = "guanyinqiao";

    @Inject
    OrderService orders;
    @Inject
    ProviderService providers;
    @Inject
    ProviderMatching matching;
    @Inject
    ServiceMenuService menu;
    @Inject
    ProviderDeskService desk;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;
    @Inject
    VolunteerService volunteers;
    @Inject
    VolunteerPortalService portal;
    @Inject
    UnratedOrders unrated;
    @Inject
    BridgeOverviewService overviews;
    @Inject
    ProviderAccountService providerAccounts;

    @Test
    void aNeedBecomesAnOrderAndEveryMoveIsCheckedAgainstTheOneStateMachine() throws Exception {
        long order = need(STAFF, "观音桥街道妇联", null);
        OrderView view = call(STAFF, () -> orders.view(order));
        assertEquals(OrderStatus.SUBMITTED, view.row().status());
        assertTrue(view.row().orderNo().matches("JG\\d{4}-\\d{6}"), view.row().orderNo());
        assertFalse(view.row().acceptDue().isBefore(Beijing.today().minusDays(1)));
        assertTrue(view.moves().containsAll(List.of(OrderMove.ACCEPT, OrderMove.REJECT, OrderMove.TRANSFER, OrderMove.CANCEL)));
        assertFalse(view.moves().contains(OrderMove.DISPATCH));

        assertEquals("order.move.notAllowed", key(() -> run(STAFF, () -> orders.move(order, OrderMove.PUBLISH, null, version(order)))));
        assertEquals("order.reason.required", key(() -> run(STAFF, () -> orders.move(order, OrderMove.REJECT, " ", version(order)))));
        assertEquals("order.move.notAllowed", key(() -> run(STAFF, () -> orders.move(order, OrderMove.TAKE, null, version(order)))),
                "a provider's move is not staff's to make");
        assertEquals(OrderStatus.SUBMITTED, call(STAFF, () -> orders.view(order)).row().status(), "nothing refused changed it");

        run(STAFF, () -> orders.move(order, OrderMove.ACCEPT, null, version(order)));
        assertEquals("order.move.notAllowed", key(() -> run(STAFF, () -> orders.move(order, OrderMove.ACCEPT, null, version(order)))));
        long stale = version(order) - 1;
        assertThrows(ConcurrentChangeException.class, () -> run(STAFF, () -> orders.move(order, OrderMove.CANCEL, "重复登记", stale)));
        run(STAFF, () -> orders.move(order, OrderMove.CANCEL, "重复登记", version(order)));

        view = call(STAFF, () -> orders.view(order));
        assertEquals(OrderStatus.CANCELLED, view.row().status());
        assertTrue(view.moves().isEmpty(), "a cancelled order is final");
        assertEquals(3, view.timeline().size());
        assertNull(view.timeline().get(0).move());
        assertEquals(OrderMove.ACCEPT, view.timeline().get(1).move());
        assertEquals("重复登记", view.timeline().get(2).reason());
        assertEquals(STAFF, view.timeline().get(2).actor());
        assertThrows(AccessDeniedException.class, () -> run("viewer", () -> orders.move(order, OrderMove.ACCEPT, null, 0)));
    }

    @Test
    void anotherUnitsOrderIsNotFoundAndATransferGoesToTheParent() throws Exception {
        long order = need(STAFF, "观音桥街道妇联", null);
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> orders.view(order)));
        OrderFilter mine = new OrderFilter();
        mine.setText(call(STAFF, () -> orders.view(order)).row().orderNo());
        assertEquals(0, call("shimahe", () -> orders.count(mine)));
        assertEquals(1, call("district", () -> orders.count(mine)));

        assertEquals("reason", TestData.refusal(() -> run(STAFF, () -> orders.transfer(order, null, version(order)))));
        run(STAFF, () -> orders.transfer(order, "街道暂无法律服务资源", version(order)));
        assertThrows(RecordNotFoundException.class, () -> run(STAFF, () -> orders.view(order)), "it left the street");
        OrderView atDistrict = call("district", () -> orders.view(order));
        assertEquals("江北区妇联", atDistrict.row().unitName());
        assertEquals(OrderStatus.SUBMITTED, atDistrict.row().status());
        assertEquals(OrderMove.TRANSFER, atDistrict.timeline().get(1).move());
        assertEquals("江北区妇联", atDistrict.timeline().get(1).unitName());
        assertFalse(atDistrict.transferable(), "the district has no parent to pass it to");
    }

    @Test
    void providersAreRankedOutOf100AsWorkedOutByHand() throws Exception {
        long community = TestData.unitId(units, "建新北路社区妇联");
        long street = TestData.unitId(units, "观音桥街道妇联");
        long asked = item(ServiceLine.LEGAL_RIGHTS, "矩阵法律咨询");
        long other = item(ServiceLine.LEGAL_RIGHTS, "矩阵调解");
        LocalDate saturday = Beijing.today().plusDays(2).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        long order = need(STAFF, "观音桥街道妇联", asked, community, saturday, DayPart.MORNING);
        run(STAFF, () -> orders.move(order, OrderMove.ACCEPT, null, version(order)));
        // offers the item, serves the community, free on Saturday mornings, no rating yet, nothing open: 30 + 25 + 15 + 8 + 15
        long best = provider(street, List.of(asked), List.of(community), List.of("SATURDAY_MORNING"), 2);
        // another item of the line only, registered with the street, not free then, no rating, nothing open: 0 + 15 + 0 + 8 + 15
        long second = provider(street, List.of(other), List.of(), List.of("MONDAY_EVENING"), 1);
        long paused = provider(street, List.of(asked), List.of(community), List.of("SATURDAY_MORNING"), 2);
        run(STAFF, () -> providers.changeStatus(paused, ProviderStatus.PAUSED, providers.row(paused).version()));

        List<Suggestion> ranked = call(STAFF, () -> matching.rank(order, 50));
        Suggestion top = ranked.stream().filter(s -> s.providerId() == best).findFirst().orElseThrow();
        assertEquals(93, top.score());
        assertEquals(List.of(30, 25, 15, 8, 15), top.card().parts().stream().map(p -> p.points()).toList());
        assertEquals(100, top.card().max());
        Suggestion next = ranked.stream().filter(s -> s.providerId() == second).findFirst().orElseThrow();
        assertEquals(38, next.score());
        assertTrue(ranked.indexOf(top) < ranked.indexOf(next));
        assertTrue(ranked.stream().noneMatch(s -> s.providerId() == paused), "a paused provider is not suggested");

        assertEquals("provider", TestData.refusal(() -> run(STAFF, () -> orders.dispatch(order, second, version(order)))),
                "she does not offer what was asked for");
        assertEquals("provider", TestData.refusal(() -> run(STAFF, () -> orders.dispatch(order, paused, version(order)))));
        long seen = version(order);
        run(STAFF, () -> orders.dispatch(order, best, seen));
        assertThrows(ConcurrentChangeException.class, () -> run(STAFF, () -> orders.dispatch(order, best, seen)),
                "of two staff dispatching it at once, the second is told it changed");
        OrderView view = call(STAFF, () -> orders.view(order));
        assertEquals(OrderStatus.DISPATCHED, view.row().status());
        assertEquals(view.row().providerName(), view.timeline().get(2).providerName());
        assertEquals(1, call(STAFF, () -> providers.row(best)).open());
    }

    @Test
    void theVolunteerTakesHerOrderReportsItDoneAndHerHoursWaitForApproval() throws Exception {
        long mine = theVolunteersProvider();
        long order = dispatchedTo(mine);

        ProviderDeskService.DeskRow row = call("volunteer", () -> desk.orders(200)).stream().filter(r -> r.id() == order)
                .findFirst().orElseThrow();
        assertEquals(OrderStatus.DISPATCHED, row.status());
        assertFalse(row.contactShown(), "her contact stays masked until the order is taken");
        assertTrue(row.requesterPhone().contains("*"), row.requesterPhone());

        String stranger = strangerVolunteer();
        assertThrows(RecordNotFoundException.class, () -> run(stranger, () -> desk.take(order)), "only her provider takes it");
        assertThrows(AccessDeniedException.class, () -> run(STAFF, () -> desk.take(order)));

        run("volunteer", () -> desk.take(order));
        row = call("volunteer", () -> desk.orders(200)).stream().filter(r -> r.id() == order).findFirst().orElseThrow();
        assertTrue(row.contactShown(), "she consented; taken, her contact shows");
        assertFalse(row.requesterPhone().contains("*"));

        long pendingBefore = call("volunteer", () -> portal.profile()).pendingMinutes();
        assertEquals("doneOn", TestData.refusal(() -> run("volunteer",
                () -> desk.reportDone(order, Beijing.today().plusDays(2), 90, "陪老人聊天，帮忙打扫", List.of()))));
        run("volunteer", () -> desk.reportDone(order, Beijing.today(), 90, "陪老人聊天，帮忙打扫",
                List.of(org.jinguo.platform.files.Upload.checked("上门照片.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}))));
        assertEquals(1, call("district", () -> orders.view(order)).evidence().size(), "the photo is kept with the order");
        assertEquals(pendingBefore + 90, call("volunteer", () -> portal.profile()).pendingMinutes(),
                "her time is her hours, waiting for approval");

        assertEquals("order.move.notAllowed", key(() -> run("volunteer", () -> desk.take(order))));
        run("district", () -> orders.rate(order, 5, "很贴心", version(order)));
        OrderView done = call("district", () -> orders.view(order));
        assertEquals(OrderStatus.COMPLETED, done.row().status());
        assertEquals(5, done.row().rating());
        assertEquals("bridge.rate.once", key(() -> run("district", () -> orders.rate(order, 4, null, version(order)))));
        assertEquals(java.util.Arrays.asList(null, OrderMove.ACCEPT, OrderMove.DISPATCH, OrderMove.TAKE, OrderMove.REPORT_DONE, OrderMove.RATE),
                done.timeline().stream().map(OrderService.EventRow::move).toList());
    }

    @Test
    void aDeclinedOrderGoesBackToBeDispatchedAgainAndTheTimelineKeepsBoth() throws Exception {
        long mine = theVolunteersProvider();
        long order = dispatchedTo(mine);
        assertEquals("reason", TestData.refusal(() -> run("volunteer", () -> desk.decline(order, ""))));
        run("volunteer", () -> desk.decline(order, "这周在外地"));
        OrderView view = call("district", () -> orders.view(order));
        assertEquals(OrderStatus.ACCEPTED, view.row().status());
        assertNull(view.row().providerName());
        OrderService.EventRow declined = view.timeline().get(view.timeline().size() - 1);
        assertEquals(OrderMove.DECLINE, declined.move());
        assertEquals("这周在外地", declined.reason());
        assertEquals(call("district", () -> providers.row(mine)).name(), declined.providerName());
        assertTrue(call("volunteer", () -> desk.orders(200)).stream().noneMatch(r -> r.id() == order));
    }

    @Test
    void anOrderLeftUnratedClosesItselfAfterTheLinesDaysAndTakesNoLateRating() throws Exception {
        long mine = theVolunteersProvider();
        long order = dispatchedTo(mine);
        run("volunteer", () -> desk.take(order));
        run("volunteer", () -> desk.reportDone(order, Beijing.today(), 30, "电话回访", List.of()));
        int rateDays = call("district", () -> menu.levels()).stream().filter(l -> l.line() == ServiceLine.VOLUNTEERING)
                .findFirst().orElseThrow().rateDays();

        call("district", () -> unrated.closeAsOf(java.time.Instant.now().plus(java.time.Duration.ofDays(rateDays - 1))));
        assertEquals(OrderStatus.TO_RATE, call("district", () -> orders.view(order)).row().status(), "not yet");
        assertTrue(call("district", () -> unrated.closeAsOf(java.time.Instant.now().plus(java.time.Duration.ofDays(rateDays + 1)))) >= 1);
        OrderView closed = call("district", () -> orders.view(order));
        assertEquals(OrderStatus.COMPLETED, closed.row().status());
        assertNull(closed.row().rating());
        assertEquals(OrderMove.CLOSE_UNRATED, closed.timeline().get(closed.timeline().size() - 1).move());
        assertEquals("order.move.notAllowed", key(() -> run("district", () -> orders.rate(order, 5, null, version(order)))));
    }

    @Test
    void aProviderOrganisationSignsInToItsDeskAndSeesOnlyItsOwnOrders() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long asked = item(ServiceLine.LEGAL_RIGHTS, "矩阵法律援助");
        long court = provider(street, List.of(asked), List.of(), List.of(), 5);
        long other = provider(street, List.of(asked), List.of(), List.of(), 5);
        String username = TestData.newUsername();
        ProviderAccountService.GivenSignIn given = call(STAFF, () -> providerAccounts.open(court, username));
        assertEquals(username, given.username());
        assertEquals(10, given.temporaryPassword().length());
        assertEquals(username, call(STAFF, () -> providerAccounts.username(court)));
        assertEquals("username", TestData.refusal(() -> call(STAFF, () -> providerAccounts.open(court, TestData.newUsername()))),
                "one desk account per provider");
        long volunteerProvider = call("volunteer", () -> desk.providerIds()).get(0);
        assertEquals("username", TestData.refusal(() -> call("district", () -> providerAccounts.open(volunteerProvider,
                TestData.newUsername()))), "a volunteer acts in her own portal");

        long ours = need(STAFF, "观音桥街道妇联", asked);
        long theirs = need(STAFF, "观音桥街道妇联", asked);
        for (long[] pair : new long[][]{{ours, court}, {theirs, other}}) {
            run(STAFF, () -> orders.move(pair[0], OrderMove.ACCEPT, null, version(pair[0])));
            run(STAFF, () -> orders.dispatch(pair[0], pair[1], version(pair[0])));
        }
        List<Long> seen = call(username, () -> desk.orders(200)).stream().map(ProviderDeskService.DeskRow::id).toList();
        assertEquals(List.of(ours), seen);
        assertThrows(RecordNotFoundException.class, () -> run(username, () -> desk.take(theirs)));
        run(username, () -> desk.take(ours));
        run(username, () -> desk.reportDone(ours, Beijing.today(), 45, "调解完成，双方达成协议", List.of()));
        assertEquals(OrderStatus.TO_RATE, call(STAFF, () -> orders.view(ours)).row().status());
        assertThrows(AccessDeniedException.class, () -> run(username, () -> orders.count(new OrderFilter())),
                "the desk is all a provider sees");
    }

    @Test
    void aPublishedOrderGoesToTheFirstProviderWhoClaimsIt() throws Exception {
        long visit = homeVisit();
        long mine = theVolunteersProvider();
        String herCommunity = call("district", () -> providers.row(mine)).areas().get(0);
        long community = TestData.unitId(units, herCommunity);
        long order = need("district", "江北区妇联", visit, community, null, null);
        run("district", () -> orders.move(order, OrderMove.ACCEPT, null, version(order)));
        long nobodyOffers = item(ServiceLine.VOLUNTEERING, "无人提供");
        long lonely = need("district", "江北区妇联", nobodyOffers);
        run("district", () -> orders.move(lonely, OrderMove.ACCEPT, null, version(lonely)));
        assertEquals("bridge.publish.nobody", key(() -> run("district", () -> orders.move(lonely, OrderMove.PUBLISH, null, version(lonely)))));

        run("district", () -> orders.move(order, OrderMove.PUBLISH, null, version(order)));
        assertEquals(OrderStatus.PUBLISHED, call("district", () -> orders.view(order)).row().status());
        assertTrue(call("volunteer", () -> desk.published(100)).stream().anyMatch(r -> r.id() == order), "offered to her");
        String stranger = strangerVolunteer();
        assertTrue(call(stranger, () -> desk.published(100)).isEmpty(), "she provides nothing");
        assertThrows(RecordNotFoundException.class, () -> run(stranger, () -> desk.claim(order)));

        run("volunteer", () -> desk.claim(order));
        OrderView claimed = call("district", () -> orders.view(order));
        assertEquals(OrderStatus.TAKEN, claimed.row().status());
        assertEquals(call("district", () -> providers.row(mine)).name(), claimed.row().providerName());
        assertEquals(OrderMove.CLAIM, claimed.timeline().get(claimed.timeline().size() - 1).move());
        assertEquals("bridge.claim.gone", key(() -> run("volunteer", () -> desk.claim(order))), "claimed once");
    }

    @Test
    void theOverviewAddsUpToTheOrdersItCounts() throws Exception {
        LocalDate from = Beijing.today().minusYears(1);
        LocalDate to = Beijing.today();
        BridgeOverviewService.Overview all = call("district", () -> overviews.overview(null, from, to));
        OrderFilter period = new OrderFilter();
        period.setFrom(from);
        period.setTo(to);
        assertTrue(all.needs() > 200, "a year of the demo's needs in every street: " + all.needs());
        assertEquals(call("district", () -> orders.count(period)), all.needs());
        assertEquals(all.needs(), all.lines().stream().mapToLong(BridgeOverviewService.LineFigures::needs).sum());
        assertEquals(all.needs(), all.statuses().values().stream().mapToLong(Long::longValue).sum());
        for (OrderStatus status : OrderStatus.values()) {
            OrderFilter one = new OrderFilter();
            one.setFrom(from);
            one.setTo(to);
            one.setStatus(status);
            assertEquals(call("district", () -> orders.count(one)), all.statuses().get(status), status::name);
        }
        OrderFilter overdue = new OrderFilter();
        overdue.setFrom(from);
        overdue.setTo(to);
        overdue.setOverdue(true);
        assertEquals(call("district", () -> orders.count(overdue)), all.overdue());
        assertTrue(all.rating() >= 1 && all.rating() <= 5, String.valueOf(all.rating()));
        assertTrue(all.providers().size() > 0 && all.items().size() > 0);

        BridgeOverviewService.Overview street = call(STAFF, () -> overviews.overview(null, from, to));
        OrderFilter streetPeriod = new OrderFilter();
        streetPeriod.setFrom(from);
        streetPeriod.setTo(to);
        assertEquals(call(STAFF, () -> orders.count(streetPeriod)), street.needs(), "a street counts its own only");
        assertTrue(street.needs() < all.needs());
        assertEquals("to", TestData.refusal(() -> call("district", () -> overviews.overview(null, to, from))));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The demo volunteer's provider record, with room for more orders. */
    private long theVolunteersProvider() throws Exception {
        long mine = call("volunteer", () -> desk.providerIds()).get(0);
        roomFor(mine);
        return mine;
    }

    /** The menu item the demo volunteer offers: a home visit (上门探访). */
    private long homeVisit() throws Exception {
        return call("district", () -> menu.items(ServiceLine.VOLUNTEERING, false)).stream()
                .filter(i -> i.nameZh().equals("上门探访")).findFirst().orElseThrow().id();
    }

    /** A home visit asked of the district, accepted and dispatched to {@code provider}. */
    private long dispatchedTo(long provider) throws Exception {
        long order = need("district", "江北区妇联", homeVisit());
        run("district", () -> orders.move(order, OrderMove.ACCEPT, null, version(order)));
        run("district", () -> orders.dispatch(order, provider, version(order)));
        return order;
    }

    private long need(String user, String unitName, Long itemId) throws Exception {
        return need(user, unitName, itemId, null, null, null);
    }

    private long need(String user, String unitName, Long itemId, Long community, LocalDate on, DayPart part) throws Exception {
        long unit = TestData.unitId(units, unitName);
        long person = call(user, () -> people.create(TestData.personForm(unit, unique("求助人"))));
        NeedForm form = new NeedForm();
        form.setUnitId(unit);
        form.setRequesterId(person);
        form.setCommunityId(community);
        form.setLine(itemId == null ? ServiceLine.LEGAL_RIGHTS : lineOf(itemId));
        form.setItemId(itemId);
        form.setOtherItem(itemId == null ? "咨询离婚后子女抚养问题" : null);
        form.setDescription("离婚后前夫不付抚养费，想咨询怎么办。");
        form.setPreferredOn(on);
        form.setPreferredPart(part);
        form.setConsent(true);
        return call(user, () -> orders.submit(form));
    }

    private ServiceLine lineOf(long itemId) throws Exception {
        return call("district", () -> menu.items(null, true)).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow().line();
    }

    private long item(ServiceLine line, String name) throws Exception {
        ItemForm form = new ItemForm();
        form.setLine(line);
        form.setNameZh(unique(name));
        form.setKinds(new ArrayList<>(List.of(ProviderKind.INSTITUTION)));
        return call("district", () -> menu.save(form));
    }

    private long provider(long unit, List<Long> items, List<Long> areas, List<String> slots, int capacity) throws Exception {
        ProviderForm form = new ProviderForm();
        form.setUnitId(unit);
        form.setKind(ProviderKind.INSTITUTION);
        form.setName(unique("测试律所"));
        form.setItemIds(new ArrayList<>(items));
        form.setAreaIds(new ArrayList<>(areas));
        form.setSlots(new ArrayList<>(slots));
        form.setCapacity(capacity);
        long id = call(STAFF, () -> providers.register(form));
        run(STAFF, () -> providers.changeStatus(id, ProviderStatus.ACTIVE, providers.row(id).version()));
        return id;
    }

    /** Her capacity raised (and she taking orders), so that the orders other tests and the demo gave her leave room. */
    private void roomFor(long provider) throws Exception {
        ProviderForm form = call("district", () -> providers.editForm(provider));
        form.setCapacity(100);
        run("district", () -> providers.update(form));
        ProviderService.ProviderRow row = call("district", () -> providers.row(provider));
        if (row.status() != ProviderStatus.ACTIVE) {
            run("district", () -> providers.changeStatus(provider, ProviderStatus.ACTIVE, row.version()));
        }
    }

    /** A volunteer of another street with a portal account of her own. */
    private String strangerVolunteer() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        long person = call(STAFF, () -> people.create(TestData.personForm(unit, unique("另一位志愿者"))));
        VolunteerForm form = new VolunteerForm();
        form.setPersonId(person);
        form.setSkills(java.util.EnumSet.of(org.jinguo.volunteer.model.Skill.COOKING));
        String username = TestData.newUsername();
        run(STAFF, () -> volunteers.registerWithSignIn(form, username));
        return username;
    }

    private long version(long order) throws Exception {
        return call("district", () -> orders.view(order)).version();
    }

    private static String key(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }
}
