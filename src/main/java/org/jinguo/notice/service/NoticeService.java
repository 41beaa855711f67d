package org.jinguo.notice.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.notice.model.Notice;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.model.NoticeRecipient;
import org.jinguo.organisation.model.OfficeHolder;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * Notices and opinion polls to the executive members of a subtree, replacing the QQ and WeChat groups:
 * sending fixes who receives it (the office holders of the terms running that day, each person once);
 * the sender then sees who read it, what each answered, and exports the receipts.
 */
@Stateless
@ScopedToCaller
public class NoticeService {

    /** Receipts are listed and exported in this order: by unit, then office, then name. */
    private static final String RECEIPT_ORDER = " ORDER BY r.unit.name, r.position, r.person.name, r.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeNotices notices;

    @Inject
    CurrentCaller currentCaller;

    /** Sends the notice or poll; returns its id. Nothing is sent when no executive member would receive it. */
    public long send(@NotNull @Valid NoticeForm form) {
        Caller caller = currentCaller.require(Permission.NOTICE_SEND);
        OrgUnit audience = Scoped.byId(em, OrgUnit.class, form.getAudienceUnitId());
        caller.require(Permission.NOTICE_SEND, audience.getPath());
        List<String> options = form.filledOptions();
        LocalDate today = Beijing.today();
        if (form.getKind() == NoticeKind.POLL) {
            if (options.size() < 2) {
                throw new BusinessRuleException("notice.options.tooFew", "options");
            }
            if (options.stream().distinct().count() != options.size()) {
                throw new BusinessRuleException("notice.options.repeated", "options");
            }
            if (form.getClosesOn() == null) {
                throw new BusinessRuleException("notice.closesOn.required", "closesOn");
            }
            if (form.getClosesOn().isBefore(today)) {
                throw new BusinessRuleException("notice.closesOn.past", "closesOn");
            }
        }
        List<OfficeHolder> holders = currentHolders(audience, today);
        if (holders.isEmpty()) {
            throw new BusinessRuleException("notice.noRecipients", "audience", audience.getName());
        }
        OrgUnit sender = Scoped.byId(em, OrgUnit.class, caller.unitId());
        boolean poll = form.getKind() == NoticeKind.POLL;
        Notice notice = new Notice(form.getKind(), form.getTitle().trim(), form.getBody().trim(), audience,
                poll ? form.getClosesOn() : null, poll ? options : List.of(), caller.username(), Instant.now());
        notice.assignTo(sender);
        notice.setRecipientCount(holders.size());
        em.persist(notice);
        for (OfficeHolder holder : holders) {
            NoticeRecipient recipient = new NoticeRecipient(notice, holder.getPerson(), holder.getPosition());
            recipient.assignTo(holder.getUnit());
            em.persist(recipient);
        }
        em.flush();
        notices.sent(notice, holders.stream().map(h -> h.getPerson().getId()).distinct().toList());
        return notice.getId();
    }

    /** How many executive members a notice to {@code audienceUnitId} would reach today. */
    public int audienceSize(long audienceUnitId) {
        currentCaller.require(Permission.NOTICE_SEND);
        OrgUnit audience = Scoped.byId(em, OrgUnit.class, audienceUnitId);
        // counted in the database: the compose page asks this for the whole district, 1500 people and more
        return em.createQuery("SELECT COUNT(DISTINCT h.person.id) FROM OfficeHolder h WHERE h.unitPath LIKE :path "
                        + "AND h.term.startsOn <= :day AND h.term.endsOn >= :day", Long.class)
                .setParameter("path", audience.getPath() + "%") // paths hold only digits and slashes
                .setParameter("day", Beijing.today())
                .getSingleResult().intValue();
    }

    /** Sent notices of her unit and the units below it whose title contains {@code text}, newest first. */
    public List<NoticeRow> notices(String text, int first, int max) {
        viewer();
        List<Notice> notices = conditions(text).list(em, "SELECT n FROM Notice n JOIN FETCH n.audience",
                " ORDER BY n.sentAt DESC, n.id DESC", Notice.class, first, max);
        Map<Long, long[]> progress = progress(notices.stream().map(Notice::getId).toList());
        return notices.stream().map(n -> {
            long[] counts = progress.getOrDefault(n.getId(), new long[2]);
            return new NoticeRow(n.getId(), n.getKind(), n.getTitle(), n.getAudience().getName(), n.getSentAt(),
                    n.getSentBy(), n.getRecipientCount(), counts[0], counts[1]);
        }).toList();
    }

    public long count(String text) {
        viewer();
        return conditions(text).count(em, "SELECT COUNT(n) FROM Notice n");
    }

    public NoticeView view(long id) {
        Caller caller = viewer();
        Notice notice = Scoped.byId(em, Notice.class, id);
        long[] counts = progress(List.of(id)).getOrDefault(id, new long[2]);
        Map<Integer, Long> chosen = new HashMap<>();
        em.createQuery("SELECT r.answer, COUNT(r) FROM NoticeRecipient r WHERE r.notice.id = :id AND r.answer IS NOT NULL "
                        + "GROUP BY r.answer", Object[].class)
                .setParameter("id", id).getResultList()
                .forEach(row -> chosen.put((Integer) row[0], (Long) row[1]));
        List<NoticeView.OptionCount> options = new ArrayList<>();
        for (int i = 0; i < notice.getOptions().size(); i++) {
            options.add(new NoticeView.OptionCount(i, notice.getOptions().get(i), chosen.getOrDefault(i, 0L)));
        }
        return new NoticeView(notice.getId(), notice.getKind(), notice.getTitle(), notice.getBody(),
                notice.getUnit().getName(), notice.getAudience().getName(), notice.getClosesOn(), notice.getSentAt(),
                notice.getSentBy(), notice.getRecipientCount(), counts[0], counts[1], options,
                caller.can(Permission.EXPORT, notice.getUnitPath()));
    }

    public List<ReceiptRow> receipts(long noticeId, @NotNull ReceiptFilter filter, int first, int max) {
        viewer();
        Notice notice = Scoped.byId(em, Notice.class, noticeId);
        return receiptConditions(notice, filter).list(em, "SELECT r FROM NoticeRecipient r JOIN FETCH r.person "
                        + "JOIN FETCH r.unit", RECEIPT_ORDER, NoticeRecipient.class, first, max).stream().map(r -> row(notice, r)).toList();
    }

    public long countReceipts(long noticeId, @NotNull ReceiptFilter filter) {
        viewer();
        Notice notice = Scoped.byId(em, Notice.class, noticeId);
        return receiptConditions(notice, filter).count(em, "SELECT COUNT(r) FROM NoticeRecipient r");
    }

    /**
     * The office holders of the terms running on {@code day} in the unit and below, each person once
     * (with her highest office where she holds two).
     */
    private List<OfficeHolder> currentHolders(OrgUnit audience, LocalDate day) {
        List<OfficeHolder> holders = em.createQuery("SELECT h FROM OfficeHolder h JOIN FETCH h.person "
                        + "WHERE h.unitPath LIKE :path AND h.term.startsOn <= :day AND h.term.endsOn >= :day",
                        OfficeHolder.class)
                .setParameter("path", audience.getPath() + "%") // paths hold only digits and slashes
                .setParameter("day", day)
                .getResultList();
        Map<Long, OfficeHolder> byPerson = new LinkedHashMap<>();
        holders.stream()
                .sorted(Comparator.comparing((OfficeHolder h) -> h.getPosition().ordinal()).thenComparing(OfficeHolder::getId))
                .forEach(h -> byPerson.putIfAbsent(h.getPerson().getId(), h));
        return new ArrayList<>(byPerson.values());
    }

    /** Per notice: how many recipients read it ({@code [0]}) and answered it ({@code [1]}). */
    private Map<Long, long[]> progress(List<Long> ids) {
        Map<Long, long[]> progress = new HashMap<>();
        if (ids.isEmpty()) {
            return progress;
        }
        em.createQuery("SELECT r.notice.id, COUNT(r.readAt), COUNT(r.answeredAt) FROM NoticeRecipient r "
                        + "WHERE r.notice.id IN :ids GROUP BY r.notice.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> progress.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]}));
        return progress;
    }

    private static ReceiptRow row(Notice notice, NoticeRecipient r) {
        Integer answer = r.getAnswer();
        String label = answer != null && answer >= 0 && answer < notice.getOptions().size()
                ? notice.getOptions().get(answer) : null;
        return new ReceiptRow(r.getId(), r.getPerson().getName(), r.getUnit().getName(), r.getPosition(), r.getReadAt(),
                answer, label, r.getComment(), r.getAnsweredAt());
    }

    private static Conditions receiptConditions(Notice notice, ReceiptFilter filter) {
        return new Conditions()
                .add("r.notice.id = :notice", "notice", notice.getId())
                .addIf(filter == ReceiptFilter.UNREAD, "r.readAt IS NULL")
                .addIf(filter == ReceiptFilter.UNANSWERED, "r.answeredAt IS NULL");
    }

    private static Conditions conditions(String text) {
        return new Conditions()
                .addIf(Like.given(text), "LOWER(n.title) LIKE :text" + Like.ESCAPE, "text", () -> Like.containing(text));
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
