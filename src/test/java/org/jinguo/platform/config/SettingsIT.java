package org.jinguo.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ValidatorFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settings reach the application from the server: the test domain sets {@code jinguo.demo-data} as a
 * system property with asadmin (src/test/payara/start-it-domain.sh), as an administrator would.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsIT {

    @Inject
    Settings settings;

    @Inject
    HttpServletRequest request;

    @Inject
    ValidatorFactory validation;

    @Test
    void aSystemPropertySetInTheServerIsASetting() {
        assertTrue(settings.demoData());
        assertEquals("admin", settings.bootstrapAdminUsername(), "the default from microprofile-config.properties");
    }

    @Test
    void newSessionsGetTheConfiguredIdleTimeout() {
        request.getSession(true).invalidate();
        assertEquals(settings.sessionTimeoutMinutes() * 60, request.getSession(true).getMaxInactiveInterval());
        assertEquals(30, settings.sessionTimeoutMinutes());
    }

    @Test
    void validationsTodayIsChongqingsToday() {
        // the test server runs in the machine's zone (UTC here): without META-INF/validation.xml this is UTC
        assertEquals(Beijing.ZONE, validation.getClockProvider().getClock().getZone());
    }
}
