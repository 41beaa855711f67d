package org.jinguo.platform.notify;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;

/**
 * Stores what areas {@link Notify}: one notification per account reached, and one delivery per channel she chose for
 * that kind (and has an address for). An action's notification joins the action's transaction: both are stored or
 * neither, and nothing slow happens here; the channels send later ({@link Deliveries}). A reminder (with a once-key) is
 * stored in a transaction of its own, so that the same reminder raised twice at once (two servers, two runs) is stored
 * once and the second is simply skipped. Accounts are looked up across every unit: a notification may go to a
 * provider's desk or a unit's staff outside the sender's scope, and it reveals to them only its text.
 */
@Stateless
@SystemScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public void on(@Observes Notify notify) {
        if (notify.onceKey() == null) {
            store(notify);
        } else {
            try {
                context.getBusinessObject(Notifier.class).storeOnce(notify);
            } catch (jakarta.ejb.EJBException e) {
                // most likely the same reminder stored by another server a moment ago (its once-key is unique); if
                // not, the next run raises it again, since it was not stored
                LOG.info("Reminder " + notify.onceKey() + " not stored now: " + rootCause(e));
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeOnce(Notify notify) {
        store(notify);
        em.flush();
    }

    private void store(Notify notify) {
        List<Long> users = accounts(notify.to());
        if (users.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        java.util.Map<Long, List<Channel>> channels = Notifications.chosenChannels(em, users, notify.kind());
        for (Long user : users) {
            String onceKey = notify.onceKey() == null ? null : notify.onceKey() + "@" + user;
            if (onceKey != null && !em.createQuery("SELECT n.id FROM Notification n WHERE n.onceKey = :key", Long.class)
                    .setParameter("key", onceKey).getResultList().isEmpty()) {
                continue;
            }
            Notification notification = new Notification(user, notify, onceKey, now);
            em.persist(notification); // its id from the table generator at once: the deliveries name it
            for (Channel channel : channels.getOrDefault(user, List.of())) {
                em.persist(new NotificationDelivery(notification.getId(), channel, now));
            }
        }
    }

    private List<Long> accounts(Recipients to) {
        Set<Long> ids = new LinkedHashSet<>(to.users());
        if (!to.people().isEmpty()) {
            ids.addAll(em.createQuery("SELECT u.id FROM UserAccount u WHERE u.personId IN :people AND u.enabled = true", Long.class)
                    .setParameter("people", to.people()).getResultList());
        }
        if (to.provider() != null) {
            ids.addAll(em.createQuery("SELECT u.id FROM UserAccount u WHERE u.providerId = :provider AND u.enabled = true", Long.class)
                    .setParameter("provider", to.provider()).getResultList());
        }
        if (to.unit() != null) {
            for (UserAccount account : em.createQuery("SELECT u FROM UserAccount u WHERE u.unit.id = :unit AND u.enabled = true",
                    UserAccount.class).setParameter("unit", to.unit()).getResultList()) {
                if (Role.anyGrants(account.getRoles(), to.permission())) {
                    ids.add(account.getId());
                }
            }
        }
        return List.copyOf(ids);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
