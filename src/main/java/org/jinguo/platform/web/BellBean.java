package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jinguo.platform.notify.Notifications;
import org.jinguo.platform.security.CurrentCaller;

/** The bell in the header: how many of her notifications are unread (one indexed count per page). */
@Named
@RequestScoped
public class BellBean {

    @Inject
    Notifications notifications;

    @Inject
    CurrentCaller currentCaller;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentCaller.get().isPresent() ? notifications.unread() : 0L;
        }
        return unread;
    }
}
