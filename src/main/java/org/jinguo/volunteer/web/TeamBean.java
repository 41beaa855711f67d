package org.jinguo.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.jinguo.volunteer.service.TeamForm;
import org.jinguo.volunteer.service.TeamService.TeamView;
import org.jinguo.volunteer.service.TeamService;
import org.jinguo.volunteer.service.VolunteerService.VolunteerRow;
import org.jinguo.volunteer.service.VolunteerService;

/** One team: its profile and leader, its members, and its filing with a community (社区备案). */
@Named
@ViewScoped
public class TeamBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamService teams;

    @Inject
    VolunteerService volunteers;

    @Inject
    UnitDirectory units;

    private String id;
    private TeamView team;
    private TeamForm form;
    private VolunteerRow member;
    private UnitRow community;
    private LocalDate filedOn = Beijing.today();
    private String filingNumber;

    public void load() throws IOException {
        UiActions.load(() -> {
            team = teams.view(Long.parseLong(id));
            form = teams.editForm(team.row().id());
        });
    }

    private void reload() {
        team = teams.view(team.row().id());
        form = teams.editForm(team.row().id());
    }

    public void save() {
        UiActions.attempt("teamForm", () -> {
            teams.update(form);
            reload();
            UiActions.info("team.saved", form.getName());
        });
    }

    public void addMember() {
        UiActions.attempt("membersForm", () -> {
            if (member == null) {
                throw new BusinessRuleException("signup.volunteer.required", "member");
            }
            teams.addMember(team.row().id(), member.id());
            member = null;
            reload();
        });
    }

    public void removeMember(long volunteerId) {
        UiActions.attempt("membersForm", () -> {
            teams.removeMember(team.row().id(), volunteerId);
            reload();
        });
    }

    public void file() {
        UiActions.attempt("filingForm", () -> {
            if (community == null) {
                throw new BusinessRuleException("team.filing.community.required", "community");
            }
            teams.file(team.row().id(), community.id(), filedOn, filingNumber);
            reload();
            UiActions.info("team.filed", community.name());
        });
    }

    public void setActive(boolean active) {
        UiActions.attempt("teamForm", () -> {
            teams.setActive(team.row().id(), active);
            reload();
        });
    }

    public List<VolunteerRow> completeVolunteer(String query) {
        return volunteers.candidates(null, query);
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TeamView getTeam() {
        return team;
    }

    public TeamForm getForm() {
        return form;
    }

    public VolunteerRow getMember() {
        return member;
    }

    public void setMember(VolunteerRow member) {
        this.member = member;
    }

    public UnitRow getCommunity() {
        return community;
    }

    public void setCommunity(UnitRow community) {
        this.community = community;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public String getFilingNumber() {
        return filingNumber;
    }

    public void setFilingNumber(String filingNumber) {
        this.filingNumber = filingNumber;
    }
}
