package org.jinguo.platform.notify;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.UserAccount;

/**
 * The signed-in user's own notification centre: her notifications newest first, the unread count for the bell,
 * marking read, and which channels outside the app she wants per kind, with her addresses for them. Every query
 * names her account; nobody reads another's notifications.
 */
@Stateless
@SystemScoped
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    MailSender mail;

    @Inject
    @Any
    Instance<NotificationKinds> kinds;

    /** One notification as her list shows it, with how it went out by mail and SMS. */
    public record Row(long id, String kind, String textKey, List<String> arguments, String path, Instant createdAt,
                      Instant readAt, List<String> deliveries) implements Serializable {
        public boolean unread() {
            return readAt == null;
        }
    }

    /** Her addresses and choices: kind → the channels she wants it by. */
    public record Choices(String email, String mobile, Map<String, Set<Channel>> byKind) implements Serializable {
    }

    public List<Row> mine(boolean unreadOnly, int first, int max) {
        long me = me();
        List<Notification> list = em.createQuery("SELECT n FROM Notification n WHERE n.userId = :me"
                        + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("me", me).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        Map<Long, List<String>> deliveries = new LinkedHashMap<>();
        if (!list.isEmpty()) {
            for (NotificationDelivery d : em.createQuery("SELECT d FROM NotificationDelivery d WHERE d.notificationId IN :ids ORDER BY d.id", NotificationDelivery.class)
                    .setParameter("ids", list.stream().map(Notification::getId).toList()).getResultList()) {
                deliveries.computeIfAbsent(d.getNotificationId(), k -> new ArrayList<>()).add(d.getChannel() + "." + d.getStatus());
            }
        }
        return list.stream().map(n -> new Row(n.getId(), n.getKind(), n.getTextKey(), n.getArguments(), n.getPath(),
                n.getCreatedAt(), n.getReadAt(), deliveries.getOrDefault(n.getId(), List.of()))).toList();
    }

    public long countMine(boolean unreadOnly) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.userId = :me" + (unreadOnly ? " AND n.readAt IS NULL" : ""),
                Long.class).setParameter("me", me()).getSingleResult();
    }

    /** For the bell in the header. */
    public long unread() {
        return countMine(true);
    }

    /** Marks it read and returns the page it leads to (or null). */
    public String open(long id) {
        Notification n = em.createQuery("SELECT n FROM Notification n WHERE n.id = :id AND n.userId = :me", Notification.class)
                .setParameter("id", id).setParameter("me", me()).getResultStream().findFirst()
                .orElseThrow(RecordNotFoundException::new);
        n.markRead(Instant.now());
        return n.getPath();
    }

    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.userId = :me AND n.readAt IS NULL")
                .setParameter("now", Instant.now()).setParameter("me", me()).executeUpdate();
    }

    /** The kinds the areas send that she may receive, for the choices page. */
    public List<String> kinds() {
        Caller caller = currentCaller.require();
        Set<String> all = new TreeSet<>();
        kinds.forEach(k -> all.addAll(k.kindsFor(caller)));
        return List.copyOf(all);
    }

    /** The channels outside the app that work on this server now. */
    public Set<Channel> channels() {
        Set<Channel> channels = EnumSet.of(Channel.SMS);
        if (mail.available()) {
            channels.add(Channel.MAIL);
        }
        return channels;
    }

    public Choices choices() {
        long me = me();
        UserAccount account = em.find(UserAccount.class, me);
        Map<String, Set<Channel>> byKind = new LinkedHashMap<>();
        for (String kind : kinds()) {
            byKind.put(kind, EnumSet.noneOf(Channel.class));
        }
        for (NotificationChoice c : em.createQuery("SELECT c FROM NotificationChoice c WHERE c.userId = :me", NotificationChoice.class)
                .setParameter("me", me).getResultList()) {
            if (byKind.containsKey(c.getKind())) { // a kind she no longer receives is not offered
                byKind.get(c.getKind()).add(c.getChannel());
            }
        }
        return new Choices(account.getEmail(), account.getMobile(), byKind);
    }

    /** Saves her addresses and choices; a channel chosen needs its address, and a given address must be well-formed. */
    public void saveChoices(String email, String mobile, @NotNull Map<String, Set<Channel>> byKind) {
        long me = me();
        String mailTo = blankToNull(email);
        String phone = blankToNull(mobile);
        if (mailTo != null && (mailTo.length() > 200 || !EMAIL.matcher(mailTo).matches())) {
            throw new BusinessRuleException("notify.email.invalid", "email");
        }
        if (phone != null && !MOBILE.matcher(phone).matches()) {
            throw new BusinessRuleException("notify.mobile.invalid", "mobile");
        }
        Set<Channel> wanted = byKind.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        if (wanted.contains(Channel.MAIL) && mailTo == null) {
            throw new BusinessRuleException("notify.email.required", "email");
        }
        if (wanted.contains(Channel.SMS) && phone == null) {
            throw new BusinessRuleException("notify.mobile.required", "mobile");
        }
        Set<String> known = Set.copyOf(kinds());
        em.find(UserAccount.class, me).setContact(mailTo, phone);
        em.createQuery("DELETE FROM NotificationChoice c WHERE c.userId = :me").setParameter("me", me).executeUpdate();
        byKind.forEach((kind, channels) -> {
            if (known.contains(kind)) {
                channels.forEach(channel -> em.persist(new NotificationChoice(me, kind, channel)));
            }
        });
    }

    /** For each of {@code users}, the channels outside the app she wants this kind by and has an address for: one query. */
    static Map<Long, List<Channel>> chosenChannels(EntityManager em, List<Long> users, String kind) {
        Map<Long, List<Channel>> chosen = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.userId, c.channel, u.email, u.mobile FROM NotificationChoice c, UserAccount u"
                        + " WHERE u.id = c.userId AND c.kind = :kind AND c.userId IN :users", Object[].class)
                .setParameter("kind", kind).setParameter("users", users).getResultList()) {
            Channel channel = (Channel) row[1];
            if ((channel == Channel.MAIL ? row[2] : row[3]) != null) {
                chosen.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(channel);
            }
        }
        return chosen;
    }

    private long me() {
        return currentCaller.require().userId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
