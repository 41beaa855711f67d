package org.jinguo.bridge.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.service.PaidHelpService.BookingRow;
import org.jinguo.bridge.service.PaidHelpService.HelperRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Paid neighbourly help on the server: a booking is an order dispatched at the agreed terms; both rate each other once. */
@ExtendWith(ArquillianExtension.class)
class PaidHelpIT {

    private static final String STAFF = "nanqiaosi";

    @Inject
    PaidHelpService paid;
    @Inject
    OrderService orders;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;

    @Test
    void aBookingIsServedPaidAndRatedBothWays() throws Exception {
        long community = TestData.unitId(units, "南桥寺社区妇联");
        long resident = call(STAFF, () -> people.create(TestData.personForm(community, unique("居民"))));
        run(STAFF, () -> {
            HelperRow helper = paid.helpers().stream().filter(h -> !h.items().isEmpty() && h.rate() != null).findFirst()
                    .orElseThrow(() -> new AssertionError("the demo's neighbours of 南桥寺 offer paid help"));
            long before = paid.figures().bookings();
            PaidHelpForm form = new PaidHelpForm();
            form.setHelperId(helper.id());
            form.setRequesterId(resident);
            form.setItemId(helper.items().get(0).id());
            form.setRate(new BigDecimal("40"));
            form.setHours(new BigDecimal("2.5"));
            form.setDescription("周末大扫除。");
            long order = paid.book(form);
            BookingRow booked = row(order);
            assertEquals(OrderStatus.DISPATCHED, booked.status());
            assertEquals(0, booked.due().compareTo(new BigDecimal("100")), "40 yuan an hour × 2.5 hours agreed");
            assertEquals(before + 1, paid.figures().bookings());
            assertEquals("paid.rateRequester.notNow", refusal(() -> paid.rateResident(order, 5, null)), "not before the service");

            paid.done(order, Beijing.today(), 180);
            assertEquals(OrderStatus.TO_RATE, row(order).status());
            assertEquals(0, row(order).due().compareTo(new BigDecimal("120")), "paid for the three hours given");
            paid.rateResident(order, 5, "按时结算。");
            assertEquals("paid.rateRequester.notNow", refusal(() -> paid.rateResident(order, 4, null)), "once");
            orders.rate(order, 4, "很细心。", orders.view(order).version());
            BookingRow rated = row(order);
            assertEquals(OrderStatus.COMPLETED, rated.status());
            assertEquals(Integer.valueOf(4), rated.helperRating());
            assertEquals(Integer.valueOf(5), rated.residentRating());
        });
        assertTrue(call("district", () -> paid.figures()).done() >= 10, "the demo's bookings served");
    }

    private BookingRow row(long order) {
        return paid.bookings(0, 1000).stream().filter(b -> b.orderId() == order).findFirst().orElseThrow();
    }

    private static String refusal(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }
}
