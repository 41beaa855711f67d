package org.jinguo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;

/**
 * "Today" is Chongqing's ({@link org.jinguo.platform.config.Beijing}), never the machine's: servers and CI run in
 * UTC, where from 16:00 to midnight it is already tomorrow in Chongqing. A test that took the machine's date
 * disagreed with the services every evening, and so would a page. Tests are included: they must agree with the
 * services they check.
 */
@AnalyzeClasses(packages = "org.jinguo")
class TimeZoneTest {

    @ArchTest
    static final ArchRule nothingReadsTheMachinesDate = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(YearMonth.class, "now")
            .orShould().callMethod(Year.class, "now")
            .because("dates are Chongqing's: use Beijing.today() / Beijing.now() or pass a zone");
}
