package org.jinguo.notice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.jinguo.notice.model.Notice;
import org.jinguo.platform.notify.NotificationKinds;
import org.jinguo.platform.notify.Notify;
import org.jinguo.platform.notify.Recipients;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/** What executive members are told beyond their portal: a notice or poll sent to them, with its title. */
@ApplicationScoped
public class NoticeNotices implements NotificationKinds {

    static final String SENT = "noticeSent";

    @Inject
    Event<Notify> notify;

    @Override
    public List<String> kindsFor(Caller caller) {
        return caller.can(Permission.NOTICE_RECEIVE) ? List.of(SENT) : List.of();
    }

    public void sent(Notice notice, Collection<Long> people) {
        notify.fire(Notify.of(Recipients.people(people), SENT, "/portal/notice.xhtml?id=" + notice.getId(), notice.getTitle()));
    }
}
