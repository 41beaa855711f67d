package org.jinguo.platform.notify;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.jinguo.platform.ops.Metrics;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.UserAccount;

/**
 * Sends the notifications' deliveries outside the app (the outbox), every minute: each due delivery is claimed by one
 * server (an update that only one can win), sent, and marked sent; a channel that fails is tried again after 1, 5, 15,
 * 60 … minutes, its error kept, and given up only after {@link #MOST_ATTEMPTS} attempts, with a warning in the log and
 * the state shown to the user. A server stopped mid-send leaves the claim to lapse: the delivery is tried again (at
 * least once, never lost). The action that caused a notification never waits for any of this.
 */
@Stateless
@SystemScoped
public class Deliveries {

    static final int MOST_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final long[] PAUSE_MINUTES = {1, 5, 15, 60, 120, 240, 480};
    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    MailSender mail;

    @Inject
    SmsGateway sms;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "notifications: send deliveries by mail and SMS")
    void everyMinute() {
        sendDue(Instant.now());
    }

    /** Tries every delivery due at {@code now}; returns how many were sent. */
    public int sendDue(Instant now) {
        List<Long> due = em.createQuery("SELECT d.id FROM NotificationDelivery d WHERE d.status = :pending AND d.nextTryAt <= :now"
                        + " ORDER BY d.nextTryAt, d.id", Long.class)
                .setParameter("pending", NotificationDelivery.Status.PENDING).setParameter("now", now).setMaxResults(200).getResultList();
        int sent = 0;
        Deliveries self = context.getBusinessObject(Deliveries.class);
        for (Long id : due) {
            if (self.attempt(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims and sends one delivery; whether it went out. Its own transaction: one failure touches no other. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean attempt(long id, Instant now) {
        int claimed = em.createQuery("UPDATE NotificationDelivery d SET d.nextTryAt = :lease, d.attempts = d.attempts + 1"
                        + " WHERE d.id = :id AND d.status = :pending AND d.nextTryAt <= :now")
                .setParameter("lease", now.plus(LEASE)).setParameter("id", id).setParameter("pending", NotificationDelivery.Status.PENDING)
                .setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return false; // another server has it, or it is done
        }
        NotificationDelivery delivery = em.find(NotificationDelivery.class, id);
        em.refresh(delivery);
        Notification notification = em.find(Notification.class, delivery.getNotificationId());
        UserAccount user = em.find(UserAccount.class, notification.getUserId());
        String text = NotificationTexts.chinese(notification.getTextKey(), notification.getArguments());
        try {
            switch (delivery.getChannel()) {
                case MAIL -> {
                    require(user.getEmail(), "no e-mail address");
                    mail.send(user.getEmail(), text, notification.getPath());
                }
                case SMS -> {
                    require(user.getMobile(), "no mobile number");
                    sms.send(user.getMobile(), NotificationTexts.sms(text));
                }
            }
            delivery.sent(now);
            Metrics.count("jinguo_deliveries_total", "channel", delivery.getChannel().name(), "outcome", "sent");
            return true;
        } catch (DeliveryException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (delivery.getAttempts() >= MOST_ATTEMPTS) {
                delivery.failed(reason);
                Metrics.count("jinguo_deliveries_total", "channel", delivery.getChannel().name(), "outcome", "given_up");
                LOG.warning("Gave up " + delivery.getChannel() + " delivery " + id + " of notification " + notification.getId()
                        + " after " + delivery.getAttempts() + " attempts: " + reason);
            } else {
                long pause = PAUSE_MINUTES[Math.min(delivery.getAttempts() - 1, PAUSE_MINUTES.length - 1)];
                delivery.retryAt(now.plus(Duration.ofMinutes(pause)), reason);
                Metrics.count("jinguo_deliveries_total", "channel", delivery.getChannel().name(), "outcome", "failed");
                LOG.info(delivery.getChannel() + " delivery " + id + " failed (attempt " + delivery.getAttempts()
                        + "), tried again in " + pause + " min: " + reason);
            }
            return false;
        }
    }

    private static void require(String address, String missing) throws DeliveryException {
        if (address == null || address.isBlank()) {
            throw new DeliveryException(missing);
        }
    }
}
