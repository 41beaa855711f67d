package org.jinguo.notice.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jinguo.notice.model.Notice;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.model.NoticeRecipient;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.security.UserAccount;

/**
 * The executive member's portal: the notices and polls sent to her, reading them and answering polls.
 * A notice belongs to the unit that sent it, above hers, so this service looks past the unit scope and
 * instead every query is bound to the recipient rows of her own person record, taken from her account.
 */
@Stateless
@SystemScoped
public class MemberNoticeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** Her notices, newest first. */
    public List<MyNoticeRow> mine(int first, int max) {
        long person = me();
        return em.createQuery("SELECT r FROM NoticeRecipient r JOIN FETCH r.notice n JOIN FETCH n.unit "
                        + "WHERE r.person.id = :person "
                        + "ORDER BY n.sentAt DESC, n.id DESC", NoticeRecipient.class)
                .setParameter("person", person)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList().stream()
                .map(r -> {
                    Notice n = r.getNotice();
                    return new MyNoticeRow(n.getId(), n.getKind(), n.getTitle(), n.getUnit().getName(), n.getSentAt(),
                            n.getClosesOn(), r.getReadAt(), r.getAnsweredAt());
                })
                .toList();
    }

    public long countMine() {
        return em.createQuery("SELECT COUNT(r) FROM NoticeRecipient r WHERE r.person.id = :person", Long.class)
                .setParameter("person", me()).getSingleResult();
    }

    public long countUnread() {
        return em.createQuery("SELECT COUNT(r) FROM NoticeRecipient r WHERE r.person.id = :person AND r.readAt IS NULL",
                        Long.class)
                .setParameter("person", me()).getSingleResult();
    }

    /** The notice, which from now on counts as read by her. */
    public MyNotice open(long noticeId) {
        NoticeRecipient recipient = receipt(noticeId);
        recipient.markRead(Instant.now());
        return view(recipient);
    }

    /** Her answer to a poll (the index of the option chosen, and an optional comment); she may change it while open. */
    public MyNotice answer(long noticeId, @NotNull Integer option,
                           @Size(max = 500, message = "{jinguo.size.max}") String comment) {
        NoticeRecipient recipient = receipt(noticeId);
        Notice notice = recipient.getNotice();
        if (notice.getKind() != NoticeKind.POLL) {
            throw new BusinessRuleException("notice.answer.notAPoll", null);
        }
        if (!notice.takesAnswersOn(Beijing.today())) {
            throw new BusinessRuleException("notice.answer.closed", null);
        }
        if (option < 0 || option >= notice.getOptions().size()) {
            throw new BusinessRuleException("notice.answer.option", "answer");
        }
        recipient.answer(option, comment == null || comment.isBlank() ? null : comment.trim(), Instant.now());
        return view(recipient);
    }

    private MyNotice view(NoticeRecipient recipient) {
        Notice n = recipient.getNotice();
        return new MyNotice(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getUnit().getName(), n.getSentAt(),
                n.getClosesOn(), List.copyOf(n.getOptions()), recipient.getAnswer(), recipient.getComment(),
                recipient.getAnsweredAt(), n.takesAnswersOn(Beijing.today()));
    }

    private NoticeRecipient receipt(long noticeId) {
        return em.createQuery("SELECT r FROM NoticeRecipient r WHERE r.person.id = :person AND r.notice.id = :notice",
                        NoticeRecipient.class)
                .setParameter("person", me()).setParameter("notice", noticeId)
                .getResultStream().findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }

    /** Her person record's id; an account without one receives nothing. */
    private long me() {
        Caller caller = currentCaller.require(Permission.NOTICE_RECEIVE);
        AuditContext.bind(currentCaller.actor());
        Long person = em.find(UserAccount.class, caller.userId()).getPersonId();
        if (person == null) {
            throw new RecordNotFoundException();
        }
        return person;
    }
}
