package org.jinguo.bridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertEquals(LocalDate.of(2026, 12, 8), WorkingDays.after(friday, 2), "Friday + 2 working days is Tuesday");
        assertEquals(LocalDate.of(2026, 12, 9), WorkingDays.after(friday, 3));
        assertEquals(LocalDate.of(2026, 12, 2), WorkingDays.after(LocalDate.of(2026, 12, 2), 0), "a Wednesday itself");
        assertEquals(LocalDate.of(2026, 12, 7), WorkingDays.after(LocalDate.of(2026, 12, 5), 0), "a Saturday counts from Monday");
        assertEquals(LocalDate.of(2026, 12, 9), WorkingDays.after(LocalDate.of(2026, 12, 6), 2), "Sunday + 2 is Wednesday");
    }
}
