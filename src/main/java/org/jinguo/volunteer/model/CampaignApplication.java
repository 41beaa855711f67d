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
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.UnitOwned;

/** A volunteer's application to a campaign, once per campaign; it belongs to the campaign's unit. */
@Entity
@Table(name = "campaign_application")
public class CampaignApplication extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "campaign_application_ids")
    @TableGenerator(name = "campaign_application_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "campaign_application", allocationSize = 20)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ApplicationStatus status = ApplicationStatus.PENDING;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    protected CampaignApplication() {
    }

    public CampaignApplication(Campaign campaign, Volunteer volunteer, String note) {
        this.campaign = campaign;
        this.volunteer = volunteer;
        this.note = note;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void decide(boolean accept, String by) {
        if (status != ApplicationStatus.PENDING) {
            throw new BusinessRuleException("campaign.alreadyDecided", null);
        }
        this.status = accept ? ApplicationStatus.ACCEPTED : ApplicationStatus.DECLINED;
        this.decidedBy = by;
    }
}
