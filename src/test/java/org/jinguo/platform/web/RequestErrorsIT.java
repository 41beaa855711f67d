package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jinguo.testsupport.WebSession;
import org.jinguo.testsupport.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A failed request is answered with a reference the user can quote (500), or, when the database is away, with
 * "temporarily unavailable" (503). (Health and metrics are on the monitoring port of a production set-up:
 * production-smoke.sh checks them.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestErrorsIT {

    private static final Pattern REFERENCE = Pattern.compile("id=\"errorReference\">([A-Z0-9]{4}-[A-Z0-9]{4})<");

    @ArquillianResource
    URL base;

    @Test
    void aFailedRequestShowsAReferenceThatIsInTheLogAndNothingElse() throws Exception {
        WebSession session = new WebSession(base.toURI());
        assertTrue(session.signIn("district", "Jinguo@2026"));
        Page failed = session.get("/probe/fail");
        assertEquals(500, failed.status());
        assertTrue(failed.body().contains("系统出错了"), "the error page in Chinese");
        Matcher ref = REFERENCE.matcher(failed.body());
        assertTrue(ref.find(), "a reference the user can quote: " + failed.body());
        assertFalse(failed.body().contains("IllegalStateException") || failed.body().contains("13912345678"),
                "no exception or value on the page");
        assertTrue(session.get("/probe/fail").body().matches("(?s).*id=\"errorReference\">(?!" + ref.group(1) + ").*"),
                "each failure has its own reference");
    }

    @Test
    void theDatabaseAwayIsTemporarilyUnavailableNotAnError() throws Exception {
        WebSession session = new WebSession(base.toURI());
        assertTrue(session.signIn("district", "Jinguo@2026"));
        Page away = session.get("/probe/outage");
        assertEquals(503, away.status());
        assertEquals("30", away.header("Retry-After"));
        assertTrue(away.body().contains("系统暂时无法使用") && away.body().contains("data-error=\"503\""), away.body());
        assertTrue(REFERENCE.matcher(away.body()).find());
    }
}
