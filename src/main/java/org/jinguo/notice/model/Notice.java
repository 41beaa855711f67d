package org.jinguo.notice.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.unit.model.OrgUnit;

/**
 * A notice or poll a unit sent to the executive members of a subtree ({@code audience}); it belongs to
 * the sending unit. Sent notices are not edited: their text is what the members read.
 */
@Entity
@Table(name = "notice")
public class Notice extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notice_ids")
    @TableGenerator(name = "notice_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "notice", allocationSize = 20)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private NoticeKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audience_unit_id", nullable = false)
    private OrgUnit audience;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 50)
    private String sentBy;

    @Column(name = "recipient_count", nullable = false)
    private int recipientCount;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "notice_option", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "list_order")
    @Column(name = "label", nullable = false, length = 200)
    private List<String> options = new ArrayList<>();

    protected Notice() {
    }

    public Notice(NoticeKind kind, String title, String body, OrgUnit audience, LocalDate closesOn,
                  List<String> options, String sentBy, Instant sentAt) {
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.audience = audience;
        this.closesOn = closesOn;
        this.options.addAll(options);
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public OrgUnit getAudience() {
        return audience;
    }

    /** The last day a poll takes answers; {@code null} for a notice. */
    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    public void setRecipientCount(int recipientCount) {
        this.recipientCount = recipientCount;
    }

    public List<String> getOptions() {
        return Collections.unmodifiableList(options);
    }

    /** Whether a poll still takes answers on {@code day}. */
    public boolean takesAnswersOn(LocalDate day) {
        return kind == NoticeKind.POLL && (closesOn == null || !day.isAfter(closesOn));
    }
}
