package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Acting as another user is for the demo's start-up only: within a web request (an in-container test runs in
 * one) it is refused, and the request stays as signed in as it was.
 */
@ExtendWith(ArquillianExtension.class)
class CurrentCallerIT {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserDirectory directory;

    @Test
    void nobodyActsAsAnotherUserWithinAWebRequest() {
        Caller district = directory.caller("district").orElseThrow();
        assertThrows(IllegalStateException.class, () -> currentCaller.actAtStartUpAs(district));
        assertEquals(Optional.empty(), currentCaller.get());
    }
}
