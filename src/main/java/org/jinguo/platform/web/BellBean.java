package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jinguo.platform.notify.Notifications;
import org.jinguo.platform.persistence.RecentFigures;
import org.jinguo.platform.security.CurrentCaller;

/**
 * The bell in the header: how many of her notifications are unread. Counted at most once a minute per user
 * ({@link RecentFigures}), so that the bell costs most pages nothing; reading a notification counts again at once.
 */
@Named
@RequestScoped
public class BellBean {

    @Inject
    Notifications notifications;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RecentFigures recent;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentCaller.get().map(c -> recent.get(key(c.userId()), notifications::unread)).orElse(0L);
        }
        return unread;
    }

    /** After she read one or all: the bell counts again on the next page. */
    public void forget() {
        currentCaller.get().ifPresent(c -> recent.forget(key(c.userId())));
        unread = null;
    }

    private static String key(long userId) {
        return "bell:" + userId;
    }
}
