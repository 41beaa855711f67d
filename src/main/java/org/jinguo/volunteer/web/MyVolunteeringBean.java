package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.model.ApplicationStatus;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.service.CampaignService.CampaignRow;
import org.jinguo.volunteer.service.HoursService.HoursRow;
import org.jinguo.volunteer.service.VolunteerPortalService.MyActivity;
import org.jinguo.volunteer.service.VolunteerPortalService.MyProfile;
import org.jinguo.volunteer.service.VolunteerPortalService;

/** The volunteer's own page (我的志愿服务): her standing, activities near her, her sign-ups, hours and certificate. */
@Named
@ViewScoped
public class MyVolunteeringBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerPortalService portal;

    private MyProfile profile;
    private PagedList<MyActivity> open;
    private PagedList<MyActivity> mine;
    private PagedList<HoursRow> hours;

    private List<MyActivity> reportable;
    private List<CampaignRow> campaigns;
    private Map<Long, ApplicationStatus> applications;

    private Long reportActivity;
    private LocalDate reportDay = Beijing.today();
    private BigDecimal reportHours = BigDecimal.ONE;
    private String reportWhat;

    @PostConstruct
    void init() {
        profile = portal.profile();
        open = new PagedList<>(portal::open, portal::countOpen, row -> String.valueOf(row.id()));
        mine = new PagedList<>(portal::signedUp, portal::countSignedUp, row -> String.valueOf(row.id()));
        hours = new PagedList<>(portal::hours, portal::countHours, row -> String.valueOf(row.id()));
        loadLists();
    }

    private void loadLists() {
        campaigns = portal.campaigns();
        applications = portal.myApplications();
        reportable = portal.signedUp(0, 50).stream()
                .filter(a -> a.myStatus() == SignupStatus.CONFIRMED && !a.heldOn().isAfter(Beijing.today()))
                .toList();
    }

    public void apply(CampaignRow campaign) {
        UiActions.attempt("myForm", () -> {
            portal.apply(campaign.id(), null);
            loadLists();
            UiActions.info("portal.volunteer.applied", campaign.title());
        });
    }

    public List<CampaignRow> getCampaigns() {
        return campaigns;
    }

    public Map<Long, ApplicationStatus> getApplications() {
        return applications;
    }

    public void signUp(MyActivity activity) {
        UiActions.attempt("myForm", () -> {
            UiActions.info("signedUpMine." + portal.signUp(activity.id()), activity.title());
            loadLists();
        });
    }

    public void cancel(MyActivity activity) {
        UiActions.attempt("myForm", () -> {
            portal.cancel(activity.id());
            loadLists();
            UiActions.info("portal.volunteer.cancelled", activity.title());
        });
    }

    public void report() {
        UiActions.attempt("reportForm", () -> {
            int minutes = reportHours == null ? 0 : reportHours.multiply(BigDecimal.valueOf(60)).intValue();
            portal.report(reportActivity, reportDay, minutes, reportWhat);
            profile = portal.profile();
            reportWhat = null;
            loadLists();
            UiActions.info("portal.volunteer.reported");
        });
    }

    public void certificate() throws IOException {
        byte[] pdf = UiActions.attempt("myForm", () -> portal.certificate());
        if (pdf != null) {
            Downloads.pdf(Texts.get("certificate.fileName", profile.name()), pdf);
        }
    }

    public MyProfile getProfile() {
        return profile;
    }

    public PagedList<MyActivity> getOpen() {
        return open;
    }

    public PagedList<MyActivity> getMine() {
        return mine;
    }

    public PagedList<HoursRow> getHours() {
        return hours;
    }

    /** Her past activities with a place, to report hours for. */
    public List<MyActivity> getReportable() {
        return reportable;
    }

    public Long getReportActivity() {
        return reportActivity;
    }

    public void setReportActivity(Long reportActivity) {
        this.reportActivity = reportActivity;
    }

    public LocalDate getReportDay() {
        return reportDay;
    }

    public void setReportDay(LocalDate reportDay) {
        this.reportDay = reportDay;
    }

    public BigDecimal getReportHours() {
        return reportHours;
    }

    public void setReportHours(BigDecimal reportHours) {
        this.reportHours = reportHours;
    }

    public String getReportWhat() {
        return reportWhat;
    }

    public void setReportWhat(String reportWhat) {
        this.reportWhat = reportWhat;
    }
}
