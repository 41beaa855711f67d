package org.jinguo.notice.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.work.WorkItem;
import org.jinguo.platform.work.WorkItem.Urgency;
import org.jinguo.platform.work.WorkSource;

/** An executive member's to-dos on the home page: the notices and polls sent to her that she has not read. */
@Stateless
@SystemScoped
public class NoticeWork implements WorkSource {

    @Inject
    MemberNoticeService mine;

    @Override
    public List<WorkItem> itemsFor(Caller caller) {
        if (!caller.can(Permission.NOTICE_RECEIVE)) {
            return List.of();
        }
        return WorkItem.of("noticesUnread", mine.countUnread(), Urgency.WAITING, "/portal/notices.xhtml").stream().toList();
    }
}
