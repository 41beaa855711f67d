package org.jinguo.platform.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One notification to one user: its kind, its text as a bundle key with arguments, the page it leads to, when it came
 * and when she read it. It is hers alone: every query names her account, so it needs no unit scope. Not audited: it is
 * its own record of who was told what.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_ids")
    @TableGenerator(name = "notification_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "notification", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "kind", nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(name = "text_key", nullable = false, updatable = false, length = 80)
    private String textKey;

    @Column(name = "arguments", updatable = false, length = 600)
    private String arguments;

    @Column(name = "path", updatable = false, length = 300)
    private String path;

    @Column(name = "once_key", updatable = false, length = 160)
    private String onceKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long userId, Notify notify, String onceKey, Instant now) {
        this.userId = userId;
        this.kind = notify.kind();
        this.textKey = notify.textKey();
        this.arguments = notify.arguments().isEmpty() ? null : String.join(SEPARATOR, notify.arguments());
        this.path = notify.path();
        this.onceKey = onceKey;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getKind() {
        return kind;
    }

    public String getTextKey() {
        return textKey;
    }

    public List<String> getArguments() {
        return arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getPath() {
        return path;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
