package org.jinguo.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jinguo.platform.audit.AuditWriter;
import org.jinguo.platform.audit.SessionOwner;
import org.jinguo.platform.config.Settings;

/** Gives every session the configured idle timeout ({@code jinguo.session-timeout-minutes}). */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Inject
    Settings settings;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(settings.sessionTimeoutMinutes() * 60);
    }

    /** A signed-in session that ends without a sign-out (idle timeout, disabled account) is audited. */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(SessionOwner.ATTRIBUTE) instanceof SessionOwner owner) {
            AuditWriter.write(owner.ended("session ended"));
        }
    }
}
