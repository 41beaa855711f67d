package org.jinguo.platform.config;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}, …) in the platform's time zone, named in
 * {@code META-INF/validation.xml}: on a server running in UTC, the first eight hours of a Chongqing day would
 * otherwise count as tomorrow, and a date of today would be refused as "in the future".
 */
public class BeijingClock implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(Beijing.ZONE);
    }
}
