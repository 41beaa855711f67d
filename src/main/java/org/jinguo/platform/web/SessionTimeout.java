package org.jinguo.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
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
}
