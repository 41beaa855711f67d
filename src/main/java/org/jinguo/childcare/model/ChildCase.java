package org.jinguo.childcare.model;

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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jinguo.person.model.Gender;
import org.jinguo.platform.scope.UnitOwned;

/**
 * The case file of one child the project follows, under her pseudonym (化名). It holds nothing that identifies her:
 * her name, ID-card number, birth date, address, school and guardians are a {@link ChildIdentity} apart, encrypted.
 * Its team (her caseworkers and counsellors, {@link TeamMember}) decides who may open it. Its state changes only by
 * {@link #move}, which checks the move against {@link CaseMove} and returns the line of the timeline to keep.
 */
@Entity
@Table(name = "child_case")
public class ChildCase extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_case_ids")
    @TableGenerator(name = "child_case_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "child_case", allocationSize = 10)
    private Long id;

    @Column(name = "case_no", nullable = false, length = 20)
    private String caseNo;

    @Column(name = "pseudonym", nullable = false, length = 20)
    private String pseudonym;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private ChildCategory category;

    @Column(name = "qualifying_facts", nullable = false, length = 1000)
    private String qualifyingFacts;

    @Column(name = "referred_by", length = 200)
    private String referredBy;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status = CaseStatus.REGISTERED;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk", length = 10)
    private RiskLevel risk;

    @Column(name = "assessment_due")
    private LocalDate assessmentDue;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "followup_due")
    private LocalDate followupDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason", length = 16)
    private ClosureReason closureReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_case_member", joinColumns = @JoinColumn(name = "case_id"))
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "child_activity", joinColumns = @JoinColumn(name = "case_id"))
    private List<JoinedActivity> activities = new ArrayList<>();

    protected ChildCase() {
    }

    public ChildCase(String caseNo, String pseudonym, ChildCategory category, String qualifyingFacts, LocalDate registeredOn) {
        this.caseNo = caseNo;
        this.pseudonym = pseudonym;
        this.category = category;
        this.qualifyingFacts = qualifyingFacts;
        this.registeredOn = registeredOn;
    }

    /** The case number of case {@code n} registered in {@code year}: ET2026-0007. */
    public static String numberIn(int year, long n) {
        return String.format("ET%d-%04d", year, n);
    }

    /**
     * Makes {@code move} (checked against the lifecycle; a reason where it needs one) and returns the line of the
     * timeline that records it.
     */
    public CaseEvent move(CaseMove move, String actor, String reason) {
        CaseStatus before = status;
        status = move.apply(status, reason);
        return new CaseEvent(this, move, before, status, actor, reason);
    }

    /** Gives the case its number once its id is known (registration). */
    public void numberAs(String number) {
        this.caseNo = number;
    }

    public Optional<TeamRole> roleOf(long userId) {
        return team.stream().filter(m -> m.userId() == userId).map(TeamMember::role).findFirst();
    }

    public void addMember(long userId, TeamRole role) {
        team.removeIf(m -> m.userId() == userId);
        team.add(new TeamMember(userId, role));
    }

    public boolean removeMember(long userId) {
        return team.removeIf(m -> m.userId() == userId);
    }

    public List<JoinedActivity> getActivities() {
        return Collections.unmodifiableList(activities);
    }

    /** Records that she took part in an activity; false if it was recorded already. */
    public boolean joined(JoinedActivity activity) {
        if (activities.contains(activity)) {
            return false;
        }
        return activities.add(activity);
    }

    public List<TeamMember> getTeam() {
        return Collections.unmodifiableList(team);
    }

    /** The reason closure was asked for (null again when the supervisor refuses it). */
    public void setClosureReason(ClosureReason closureReason) {
        this.closureReason = closureReason;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    /** The first task due on the case in its state: its assessment, its plan's review, or its follow-up after closure. */
    public LocalDate nextDue() {
        return switch (status) {
            case REGISTERED -> assessmentDue;
            case ACTIVE, UNDER_REVIEW -> reviewDue;
            case CLOSED -> followupDue;
            default -> null;
        };
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public ChildCategory getCategory() {
        return category;
    }

    public void setCategory(ChildCategory category) {
        this.category = category;
    }

    public String getQualifyingFacts() {
        return qualifyingFacts;
    }

    public void setQualifyingFacts(String qualifyingFacts) {
        this.qualifyingFacts = qualifyingFacts;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public void setReferredBy(String referredBy) {
        this.referredBy = referredBy;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public LocalDate getAssessmentDue() {
        return assessmentDue;
    }

    public void setAssessmentDue(LocalDate assessmentDue) {
        this.assessmentDue = assessmentDue;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(LocalDate reviewDue) {
        this.reviewDue = reviewDue;
    }

    public LocalDate getFollowupDue() {
        return followupDue;
    }

    public void setFollowupDue(LocalDate followupDue) {
        this.followupDue = followupDue;
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
