package org.jinguo.platform.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * A notification on its way through one channel outside the app (the outbox): written in the same transaction as the
 * notification, sent afterwards by {@link Deliveries}, tried again with growing pauses when the channel fails, given up
 * (and logged) only after {@link Deliveries#MOST_ATTEMPTS} attempts. Labels of its state: {@code deliveryStatus.<NAME>}.
 */
@Entity
@Table(name = "notification_delivery")
public class NotificationDelivery {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_delivery_ids")
    @TableGenerator(name = "notification_delivery_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "notification_delivery", allocationSize = 50)
    private Long id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private long notificationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 8)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private Status status = Status.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 300)
    private String lastError;

    protected NotificationDelivery() {
    }

    NotificationDelivery(long notificationId, Channel channel, Instant now) {
        this.notificationId = notificationId;
        this.channel = channel;
        this.nextTryAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getNotificationId() {
        return notificationId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    void retryAt(Instant at, String reason) {
        nextTryAt = at;
        lastError = cut(reason);
    }

    void failed(String reason) {
        status = Status.FAILED;
        lastError = cut(reason);
    }

    private static String cut(String reason) {
        return reason.length() <= 300 ? reason : reason.substring(0, 300);
    }
}
