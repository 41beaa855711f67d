package org.jinguo.bridge.model;

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
import java.time.LocalDate;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.UnitOwned;

/**
 * A seeker referred to a position (推荐), kept by the seeker's unit (its staff refer her and phone the employer): the
 * score she had then, the employer's answer, her placement and the follow-up due three months after it.
 */
@Entity
@Table(name = "bridge_referral")
public class Referral extends UnitOwned {

    /** Months after a placement when staff ask whether she still works there. */
    public static final int FOLLOW_UP_MONTHS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_referral_ids")
    @TableGenerator(name = "bridge_referral_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_referral", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seeker_id", nullable = false, updatable = false)
    private Seeker seeker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false, updatable = false)
    private Position position;

    /** The position's id, read without loading it: the position may be another unit's, outside the reader's scope. */
    @AuditIgnored
    @Column(name = "position_id", insertable = false, updatable = false)
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReferralStatus status = ReferralStatus.REFERRED;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answer_note", length = 300)
    private String answerNote;

    @Column(name = "placed_on")
    private LocalDate placedOn;

    @Column(name = "follow_up_due")
    private LocalDate followUpDue;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    @Column(name = "still_employed")
    private Boolean stillEmployed;

    @Column(name = "follow_up_note", length = 300)
    private String followUpNote;

    protected Referral() {
    }

    public Referral(Seeker seeker, Position position, int score, LocalDate referredOn) {
        this.seeker = seeker;
        this.position = position;
        this.score = score;
        this.referredOn = referredOn;
        assignTo(seeker.getUnit());
    }

    @Override
    public Long getId() {
        return id;
    }

    /** The employer's answer: yes (an interview, a trial) or no. */
    public void answer(boolean yes, String note, LocalDate on) {
        if (!status.awaitsAnswer()) {
            throw new BusinessRuleException("referral.answered", null);
        }
        status = yes ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINED;
        answerNote = note;
        answeredOn = on;
    }

    /** She starts work: placed, her follow-up due three months on. The caller checked the position has room. */
    public void place(LocalDate on) {
        if (status != ReferralStatus.ACCEPTED) {
            throw new BusinessRuleException("referral.notAccepted", null);
        }
        status = ReferralStatus.PLACED;
        placedOn = on;
        followUpDue = on.plusMonths(FOLLOW_UP_MONTHS);
    }

    /** The follow-up: whether she still works there, and what she said. */
    public void followUp(boolean employed, String note, LocalDate on) {
        if (status != ReferralStatus.PLACED) {
            throw new BusinessRuleException("referral.notPlaced", null);
        }
        stillEmployed = employed;
        followUpNote = note;
        followedUpOn = on;
    }

    public Seeker getSeeker() {
        return seeker;
    }

    /** The position; null when it is another unit's and was not read through the job board first. */
    public Position getPosition() {
        return position;
    }

    public Long getPositionId() {
        return positionId != null ? positionId : position == null ? null : position.getId();
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public int getScore() {
        return score;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public LocalDate getFollowedUpOn() {
        return followedUpOn;
    }

    public Boolean getStillEmployed() {
        return stillEmployed;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }
}
