package org.jinguo.volunteer.model;

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
import org.jinguo.platform.scope.UnitOwned;

/**
 * A volunteer's place (or place in the queue) for an activity, one per volunteer and activity: signing up
 * again after cancelling re-uses it and queues her anew. The waiting list is ordered by {@code queuedAt}.
 */
@Entity
@Table(name = "activity_signup")
public class Signup extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "activity_signup_ids")
    @TableGenerator(name = "activity_signup_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "activity_signup", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SignupStatus status;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    protected Signup() {
    }

    public Signup(Activity activity, Volunteer volunteer, SignupStatus status, Instant queuedAt) {
        this.activity = activity;
        this.volunteer = volunteer;
        this.status = status;
        this.queuedAt = queuedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public SignupStatus getStatus() {
        return status;
    }

    /** Queues her anew (a fresh sign-up, or an invitation answered) with {@code status}. */
    public void requeue(SignupStatus status, Instant at) {
        this.status = status;
        this.queuedAt = at;
        this.cancelledAt = null;
    }

    /** A place freed up: she moves from the waiting list to a place. */
    public void promote() {
        this.status = SignupStatus.CONFIRMED;
    }

    public void cancel(SignupStatus status, Instant at) {
        this.status = status;
        this.cancelledAt = at;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public void checkIn(Instant at) {
        this.checkedInAt = at;
    }

    public void checkOut(Instant at) {
        this.checkedOutAt = at;
    }
}
