// Longer than 300 lines on purpose: one record holds a need and the order it became, each stage with its own columns (accepted, dispatched, taken, done, rated), and its moves go through one method.
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.person.model.Person;
import org.jinguo.platform.files.StoredFile;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;

/**
 * A need and the order it became (需求 → 订单), one record for all six lines: who asked (a person of the registry),
 * where, for what (a menu item, or something else in words), how it came in and whether she consents to her contact
 * being shared with the provider; then where it stands, who serves it, what was reported done and how she rated it.
 * Its unit is the federation handling it (passed up to the parent by a transfer). Its state changes only through
 * {@link #move}, which writes the line of its timeline.
 */
@Entity
@Table(name = "bridge_order")
public class BridgeOrder extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bridge_order_ids")
    @TableGenerator(name = "bridge_order_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "bridge_order", allocationSize = 20)
    private Long id;

    @Column(name = "order_no", nullable = false, length = 20, updatable = false)
    private String orderNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 32)
    private ServiceLine line;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private ServiceItem item;

    @Column(name = "other_item", length = 100)
    private String otherItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id", nullable = false)
    private Person requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "community_id")
    private OrgUnit community;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 16)
    private Urgency urgency = Urgency.NORMAL;

    @Column(name = "preferred_on")
    private LocalDate preferredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_part", length = 16)
    private DayPart preferredPart;

    @Column(name = "place", length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 24, updatable = false)
    private NeedChannel channel;

    @Column(name = "consent", nullable = false)
    private boolean consent;

    @Column(name = "contact_log_id", updatable = false)
    private Long contactLogId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrderStatus status = OrderStatus.SUBMITTED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "accept_due", nullable = false)
    private LocalDate acceptDue;

    @Column(name = "dispatch_due", nullable = false)
    private LocalDate dispatchDue;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_minutes")
    private Integer doneMinutes;

    @Column(name = "done_notes", length = 1000)
    private String doneNotes;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "bridge_order_file", joinColumns = @JoinColumn(name = "order_id"),
            inverseJoinColumns = @JoinColumn(name = "file_id"))
    private List<StoredFile> files = new ArrayList<>();

    /** Paid help: the hourly rate and the hours agreed when she booked (null for any other order). */
    @Column(name = "agreed_rate", precision = 10, scale = 2)
    private java.math.BigDecimal agreedRate;

    @Column(name = "agreed_hours", precision = 5, scale = 1)
    private java.math.BigDecimal agreedHours;

    /** Paid help: the helper's rating of the resident (1–5) and what she said, after the service. */
    @Column(name = "requester_rating")
    private Integer requesterRating;

    @Column(name = "requester_comment", length = 500)
    private String requesterComment;

    protected BridgeOrder() {
    }

    public BridgeOrder(ServiceLine line, Person requester, String description, NeedChannel channel, boolean consent,
                       Long contactLogId, Instant submittedAt, LocalDate acceptDue, LocalDate dispatchDue) {
        this.line = line;
        this.requester = requester;
        this.description = description;
        this.channel = channel;
        this.consent = consent;
        this.contactLogId = contactLogId;
        this.submittedAt = submittedAt;
        this.acceptDue = acceptDue;
        this.dispatchDue = dispatchDue;
    }

    /** Its number as the requester is told it: JG, the year it came in and its id, e.g. JG2026-000123. */
    public void numberIn(int year) {
        this.orderNo = "JG" + year + "-" + String.format("%06d", id);
    }

    /**
     * Makes the move if the order's state allows it (and its reason is given where one is required), and returns the
     * line of the timeline it writes; refused with a message otherwise, changing nothing.
     */
    public OrderEvent move(OrderMove move, String reason, String actor, Instant at) {
        OrderStatus from = status;
        OrderStatus to = move.apply(from, reason);
        switch (move) {
            case ACCEPT -> acceptedAt = at;
            case DISPATCH -> dispatchedAt = at;
            case TAKE, CLAIM -> takenAt = at;
            case DECLINE, RECALL -> {
                provider = null;
                dispatchedAt = null;
            }
            case RATE, CLOSE_UNRATED, REJECT, CANCEL -> closedAt = at;
            default -> { }
        }
        status = to;
        return new OrderEvent(this, move, from, to, actor, at, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** Whether it waits past its service level today: not accepted by its accept date, or not dispatched by its dispatch date. */
    public boolean overdue(LocalDate today) {
        return switch (status) {
            case SUBMITTED -> today.isAfter(acceptDue);
            case ACCEPTED, PUBLISHED -> today.isAfter(dispatchDue);
            default -> false;
        };
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public ServiceLine getLine() {
        return line;
    }

    public ServiceItem getItem() {
        return item;
    }

    public void setItem(ServiceItem item, String otherItem) {
        this.item = item;
        this.otherItem = item == null ? otherItem : null;
    }

    public String getOtherItem() {
        return otherItem;
    }

    public Person getRequester() {
        return requester;
    }

    public OrgUnit getCommunity() {
        return community;
    }

    public void setCommunity(OrgUnit community) {
        this.community = community;
    }

    public String getDescription() {
        return description;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public LocalDate getPreferredOn() {
        return preferredOn;
    }

    public DayPart getPreferredPart() {
        return preferredPart;
    }

    public void setPreferred(LocalDate on, DayPart part, String place) {
        this.preferredOn = on;
        this.preferredPart = part;
        this.place = place;
    }

    public String getPlace() {
        return place;
    }

    public NeedChannel getChannel() {
        return channel;
    }

    public boolean isConsent() {
        return consent;
    }

    public Long getContactLogId() {
        return contactLogId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Provider getProvider() {
        return provider;
    }

    public void setProvider(Provider provider) {
        this.provider = provider;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getAcceptDue() {
        return acceptDue;
    }

    public LocalDate getDispatchDue() {
        return dispatchDue;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Integer getDoneMinutes() {
        return doneMinutes;
    }

    public String getDoneNotes() {
        return doneNotes;
    }

    public void reportDone(LocalDate on, int minutes, String notes, List<StoredFile> evidence) {
        this.doneOn = on;
        this.doneMinutes = minutes;
        this.doneNotes = notes;
        this.files.addAll(evidence);
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void rate(int stars, String comment) {
        this.rating = stars;
        this.ratingComment = comment;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<StoredFile> getFiles() {
        return List.copyOf(files);
    }

    /** The terms of paid help agreed at booking. */
    public void agree(java.math.BigDecimal rate, java.math.BigDecimal hours) {
        this.agreedRate = rate;
        this.agreedHours = hours;
    }

    /** The helper rates the resident, once, after the service was reported done. */
    public void rateRequester(int stars, String comment) {
        if (agreedRate == null || requesterRating != null
                || getStatus() != OrderStatus.TO_RATE && getStatus() != OrderStatus.COMPLETED) {
            throw new org.jinguo.platform.errors.BusinessRuleException("paid.rateRequester.notNow", null);
        }
        this.requesterRating = stars;
        this.requesterComment = comment;
    }

    public java.math.BigDecimal getAgreedRate() {
        return agreedRate;
    }

    public java.math.BigDecimal getAgreedHours() {
        return agreedHours;
    }

    public Integer getRequesterRating() {
        return requesterRating;
    }

    public String getRequesterComment() {
        return requesterComment;
    }
}
