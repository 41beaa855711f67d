package org.jinguo.platform.config;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The platform's one time zone: dates and times of day are those of Chongqing, whatever the server's zone. */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
