package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.security.AddressThrottle;
import org.jinguo.platform.security.AddressThrottle.Kind;
import org.jinguo.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing from one address: once it has had its share of failed sign-ins, the sign-in page answers
 * 429 with a message in the user's language, before any password is hashed, even for the right password.
 * The test fills this machine's share in the throttle itself (the suite's own failures stay far below it),
 * then gives it back.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Inject
    AddressThrottle throttle;

    @Inject
    Settings settings;

    @ArquillianResource
    URL base;

    @Test
    void anAddressThatGuessedTooOftenIsAnswered429() throws Exception {
        WebSession session = new WebSession(base.toURI());
        Map<String, String> form = new LinkedHashMap<>(session.get("/login.xhtml").form("loginForm").fields());
        form.put("loginForm:username", "district");
        form.put("loginForm:password", "Jinguo@2026");
        form.put("loginForm:signIn", "");
        String[] addresses = {"127.0.0.1", "0:0:0:0:0:0:0:1", "::1"};
        try {
            for (String a : addresses) {
                for (int i = 0; i < settings.signInFailuresPerAddress(); i++) {
                    throttle.count(Kind.SIGN_IN_FAILURE, a);
                }
            }
            WebSession.Page refused = session.post("/login.xhtml", form);
            assertEquals(429, refused.status());
            assertTrue(refused.body().contains("登录失败的次数过多"), refused.body());
            assertTrue(refused.location().isEmpty(), "not signed in, even with the right password");
        } finally {
            for (String a : addresses) {
                throttle.forget(Kind.SIGN_IN_FAILURE, a);
            }
        }
        assertTrue(new WebSession(base.toURI()).signIn("district", "Jinguo@2026"), "given back, the address signs in");
    }
}
