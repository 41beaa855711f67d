package org.jinguo.platform.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a user wants notifications of one kind also through one channel outside the app. Present = yes. */
@Entity
@Table(name = "notification_choice")
@IdClass(NotificationChoice.Key.class)
public class NotificationChoice {

    /** The composite key: user, kind, channel. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long userId;
        private String kind;
        private Channel channel;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.userId == userId && java.util.Objects.equals(k.kind, kind) && k.channel == channel;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(userId, kind, channel);
        }
    }

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "kind", length = 40)
    private String kind;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 8)
    private Channel channel;

    protected NotificationChoice() {
    }

    NotificationChoice(long userId, String kind, Channel channel) {
        this.userId = userId;
        this.kind = kind;
        this.channel = channel;
    }

    public String getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }
}
