package org.jinguo.volunteer.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.Team;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * Volunteer teams of the caller's unit and below: their leader and members, and their filing with a
 * community (社区备案). Teams are disbanded, never deleted.
 */
@Stateless
@ScopedToCaller
public class TeamService {

    private static final Map<String, String> SORTS = Map.of("name", "t.name", "unitName", "t.unit.name", "line", "t.line",
            "foundedOn", "t.foundedOn");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** One team in a list, with its size and its approved hours. */
    public record TeamRow(long id, String name, String unitName, ServiceLine line, String leaderName, long members,
                          long approvedMinutes, String filedWith, LocalDate filedOn, boolean active) implements Serializable {
    }

    /** A team with its members. */
    public record TeamView(TeamRow row, String profile, LocalDate foundedOn, String filingNumber, long version,
                           List<VolunteerService.VolunteerRow> members, boolean editable) implements Serializable {
    }

    public long create(@NotNull @Valid TeamForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Team team = new Team(form.getName().strip(), form.getLine());
        team.assignTo(unit);
        copy(form, team);
        em.persist(team);
        em.flush();
        return team.getId();
    }

    public TeamForm editForm(long id) {
        viewer();
        Team team = Scoped.byId(em, Team.class, id);
        TeamForm form = new TeamForm();
        form.setId(team.getId());
        form.setVersion(team.getVersion());
        form.setUnitId(team.getUnit().getId());
        form.setName(team.getName());
        form.setLine(team.getLine());
        form.setLeaderId(team.getLeader() == null ? null : team.getLeader().getId());
        form.setProfile(team.getProfile());
        form.setFoundedOn(team.getFoundedOn());
        return form;
    }

    public void update(@NotNull @Valid TeamForm form) {
        Team team = editable(form.getId());
        if (team.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        team.setName(form.getName().strip());
        team.setLine(form.getLine());
        copy(form, team);
        em.flush();
    }

    /** Adds an active volunteer of the team's unit or below. */
    public void addMember(long teamId, long volunteerId) {
        Team team = editable(teamId);
        Volunteer volunteer = member(team, volunteerId);
        if (!team.addMember(volunteer)) {
            throw new BusinessRuleException("team.member.already", "volunteer", volunteer.getPerson().getName());
        }
        em.flush();
    }

    public void removeMember(long teamId, long volunteerId) {
        Team team = editable(teamId);
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        if (volunteer.equals(team.getLeader())) {
            throw new BusinessRuleException("team.member.leader", "volunteer", volunteer.getPerson().getName());
        }
        team.removeMember(volunteer);
        em.flush();
    }

    /** Files the team with a community or village (its own or one below its unit) as a community-level organisation. */
    public void file(long teamId, long communityId, @NotNull @PastOrPresent(message = "{jinguo.date.notFuture}") LocalDate on,
                     @NotBlank(message = "{jinguo.required}") @Size(max = 50, message = "{jinguo.size.max}") String number) {
        Team team = editable(teamId);
        OrgUnit community = Scoped.byId(em, OrgUnit.class, communityId);
        if (community.getType() != UnitType.COMMUNITY && community.getType() != UnitType.VILLAGE) {
            throw new BusinessRuleException("team.filing.notACommunity", "community", community.getName());
        }
        if (!DataScope.covers(team.getUnitPath(), community.getPath()) && !DataScope.covers(community.getPath(), team.getUnitPath())) {
            throw new BusinessRuleException("team.filing.elsewhere", "community", community.getName());
        }
        team.file(community, on, number.strip());
        em.flush();
    }

    public void setActive(long teamId, boolean active) {
        editable(teamId).setActive(active);
        em.flush();
    }

    public List<TeamRow> list(Long unitId, String text, int first, int max, Sorting sorting) {
        viewer();
        List<Team> teams = conditions(unitId, text).pageQuery(em, "SELECT t FROM Team t JOIN FETCH t.unit "
                        + "LEFT JOIN FETCH t.leader LEFT JOIN FETCH t.filedWith",
                sorting.orderBy(SORTS, "t.name, t.id", "t.id"), Team.class, first, max)
                .setHint(QueryHints.LEFT_FETCH, "t.leader.person") // a nested JOIN FETCH in JPQL loaded them row by row
                .getResultList();
        return rows(teams);
    }

    public long count(Long unitId, String text) {
        viewer();
        return conditions(unitId, text).count(em, "SELECT COUNT(t) FROM Team t");
    }

    public TeamView view(long id) {
        Caller caller = viewer();
        Team team = Scoped.byId(em, Team.class, id);
        // one query for the members with their person and unit (their skills and lines are batch-fetched)
        List<VolunteerService.VolunteerRow> members = em.createQuery("SELECT v FROM Team t JOIN t.members v "
                        + "JOIN FETCH v.person JOIN FETCH v.unit WHERE t.id = :id ORDER BY v.person.name, v.id", Volunteer.class)
                .setParameter("id", team.getId()).getResultList().stream()
                .map(VolunteerService::row)
                .toList();
        return new TeamView(rows(List.of(team)).get(0), team.getProfile(), team.getFoundedOn(), team.getFilingNumber(),
                team.getVersion(), members, caller.can(Permission.RECORD_EDIT, team.getUnitPath()));
    }

    /** One team as a list shows it (for pickers). */
    public TeamRow row(long id) {
        viewer();
        return rows(List.of(Scoped.byId(em, Team.class, id))).get(0);
    }

    /** Teams matching a name, active first, for pickers. */
    public List<TeamRow> search(String text, int max) {
        return list(null, text, 0, max, new Sorting("name", true));
    }

    /** A team as a picker offers it. */
    public record TeamChoice(long id, String name) implements Serializable {
    }

    /** Active teams of the unit and below (200 at most, by name), for pickers: names only, no figures. */
    public List<TeamChoice> ofUnit(long unitId) {
        viewer();
        String path = Scoped.byId(em, OrgUnit.class, unitId).getPath(); // paths hold only digits and slashes
        return em.createQuery("SELECT t.id, t.name FROM Team t WHERE t.unitPath LIKE :path AND t.active = TRUE "
                        + "ORDER BY t.name, t.id", Object[].class)
                .setParameter("path", path + "%")
                .setMaxResults(200).getResultList().stream()
                .map(r -> new TeamChoice((Long) r[0], (String) r[1])).toList();
    }

    private List<TeamRow> rows(List<Team> teams) {
        Map<Long, long[]> stats = new HashMap<>();
        if (!teams.isEmpty()) {
            List<Long> ids = teams.stream().map(Team::getId).toList();
            em.createQuery("SELECT t.id, COUNT(m) FROM Team t JOIN t.members m WHERE t.id IN :ids GROUP BY t.id", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> stats.computeIfAbsent((Long) r[0], k -> new long[2])[0] = (Long) r[1]);
            em.createQuery("SELECT h.team.id, SUM(h.minutes) FROM ServiceHours h WHERE h.team.id IN :ids "
                            + "AND h.status = :approved GROUP BY h.team.id", Object[].class)
                    .setParameter("ids", ids).setParameter("approved", HoursStatus.APPROVED).getResultList()
                    .forEach(r -> stats.computeIfAbsent((Long) r[0], k -> new long[2])[1] = ((Number) r[1]).longValue());
        }
        return teams.stream().map(t -> {
            long[] s = stats.getOrDefault(t.getId(), new long[2]);
            return new TeamRow(t.getId(), t.getName(), t.getUnit().getName(), t.getLine(),
                    t.getLeader() == null ? null : t.getLeader().getPerson().getName(), s[0], s[1],
                    t.getFiledWith() == null ? null : t.getFiledWith().getName(), t.getFiledOn(), t.isActive());
        }).toList();
    }

    private void copy(TeamForm form, Team team) {
        team.setProfile(blankToNull(form.getProfile()));
        team.setFoundedOn(form.getFoundedOn());
        team.setLeader(form.getLeaderId() == null ? null : member(team, form.getLeaderId()));
    }

    /** A volunteer who may join the team: active, of the team's unit or below. */
    private Volunteer member(Team team, long volunteerId) {
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        if (volunteer.getStatus() != VolunteerStatus.ACTIVE) {
            throw new BusinessRuleException("signup.notActive", "volunteer", volunteer.getPerson().getName());
        }
        if (!DataScope.covers(team.getUnitPath(), volunteer.getUnitPath())) {
            throw new BusinessRuleException("team.member.elsewhere", "volunteer", volunteer.getPerson().getName());
        }
        return volunteer;
    }

    private Conditions conditions(Long unitId, String text) {
        String path = unitId == null ? null : Scoped.byId(em, OrgUnit.class, unitId).getPath();
        return new Conditions()
                .addIf(path != null, "t.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(Like.given(text), "LOWER(t.name) LIKE :text" + Like.ESCAPE, "text", () -> Like.containing(text));
    }

    private Team editable(long teamId) {
        Caller caller = viewer();
        Team team = Scoped.byId(em, Team.class, teamId);
        caller.require(Permission.RECORD_EDIT, team.getUnitPath());
        return team;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
