package org.jinguo.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.UserDirectory;

/**
 * Only in the test archive: the caller is the user named by {@link SignedInAs}, looked up afresh on
 * every call exactly as sign-in would find her; without one, the real principal as in production.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class TestCurrentCaller extends CurrentCaller {

    @Inject
    UserDirectory users;

    @Override
    public Optional<Caller> get() {
        String username = SignedInAs.current();
        return username == null ? super.get() : users.caller(username);
    }
}
