package org.jinguo.notice.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.scope.UnitOwned;

/**
 * One executive member a notice went to, owned by the unit where she holds office: when she first read
 * it and, for a poll, the option she chose ({@code answer}, its index) with her comment.
 */
@Entity
@Table(name = "notice_recipient")
@AuditIgnored
public class NoticeRecipient extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notice_recipient_ids")
    @TableGenerator(name = "notice_recipient_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "notice_recipient", allocationSize = 100)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false)
    private Notice notice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "position", nullable = false, length = 20)
    private Position position;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "answer")
    private Integer answer;

    @Column(name = "comment_text", length = 500)
    private String comment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected NoticeRecipient() {
    }

    public NoticeRecipient(Notice notice, Person person, Position position) {
        this.notice = notice;
        this.person = person;
        this.position = position;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Notice getNotice() {
        return notice;
    }

    public Person getPerson() {
        return person;
    }

    public Position getPosition() {
        return position;
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** Records the first reading; later ones change nothing. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Integer getAnswer() {
        return answer;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** Her answer to a poll; she may change it while the poll is open. Answering counts as reading. */
    public void answer(int option, String comment, Instant now) {
        markRead(now);
        this.answer = option;
        this.comment = comment;
        this.answeredAt = now;
    }

    /** A merge of two person records: the kept record receives this notice instead. */
    public void passTo(Person kept) {
        this.person = kept;
    }
}
