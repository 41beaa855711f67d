package org.jinguo.volunteer.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.KeysFirst;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.ServiceHours;
import org.jinguo.volunteer.model.Signup;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Team;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * Volunteer activities of the caller's unit and below: planning one or a weekly series, sign-ups with the
 * waiting list, invitations, check-in and check-out by staff, cancelling.
 */
@Stateless
@ScopedToCaller
public class ActivityService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> SORTS = Map.of(
            "title", "a.title", "heldOn", "a.heldOn", "unitName", "a.unit.name", "line", "a.line");

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerNotices notices;

    @Inject
    CurrentCaller currentCaller;

    /** The activity list's filter: title, unit (and below), bridge, from and to dates; cancelled ones only when asked. */
    public record ActivityFilter(String text, Long unitId, ServiceLine line, LocalDate from, LocalDate to,
                                 boolean withCancelled) implements Serializable {

        public String describe() {
            return "text=" + (text == null ? "" : text.strip()) + " unit=" + unitId + " line=" + line + " from=" + from
                    + " to=" + to;
        }
    }

    /** One activity in a list, with its places taken and its queue. */
    public record ActivityRow(long id, String title, String unitName, String teamName, ServiceLine line, String place,
                              LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, int minNeeded, int maxNeeded,
                              long confirmed, long waiting, boolean cancelled, Long seriesId) implements Serializable {

        public boolean isShort() {
            return confirmed < minNeeded;
        }
    }

    /** A volunteer's sign-up as staff see it. */
    public record SignupRow(long id, long volunteerId, String name, SignupStatus status, Instant queuedAt,
                            Instant checkedInAt, Instant checkedOutAt, HoursStatus hoursStatus, Integer minutes)
            implements Serializable {
    }

    /** One activity with everyone signed up, waiting or invited (in queue order). */
    public record ActivityView(ActivityRow row, Set<Skill> skills, String description, String checkinToken,
                               boolean editable, List<SignupRow> signups, long seriesLeft) implements Serializable {
    }

    /** Plans an activity, or a series: one activity per date, all sharing the first one's id as their series. */
    public List<Long> create(@NotNull @Valid ActivityForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        if (!form.getEndsAt().isAfter(form.getStartsAt())) {
            throw new BusinessRuleException("activity.endsBeforeStart", "endsAt");
        }
        if (form.getMinNeeded() > form.getMaxNeeded()) {
            throw new BusinessRuleException("activity.minAboveMax", "maxNeeded");
        }
        if (form.getHeldOn().isBefore(Beijing.today())) {
            throw new BusinessRuleException("activity.inThePast", "heldOn");
        }
        Team team = null;
        if (form.getTeamId() != null) {
            team = Scoped.byId(em, Team.class, form.getTeamId());
            if (!DataScope.covers(team.getUnitPath(), unit.getPath()) && !DataScope.covers(unit.getPath(), team.getUnitPath())) {
                throw new BusinessRuleException("activity.teamElsewhere", "team", team.getName(), unit.getName());
            }
        }
        List<Long> ids = new ArrayList<>();
        Long series = null;
        for (int i = 0; i < form.getOccurrences(); i++) {
            Activity activity = new Activity(form.getTitle().strip(), form.getLine(), form.getPlace().strip(),
                    form.getHeldOn().plusWeeks((long) i * form.getEveryWeeks()), form.getStartsAt(), form.getEndsAt(),
                    form.getMinNeeded(), form.getMaxNeeded(), newToken());
            activity.setTeam(team);
            activity.setSkills(form.getSkills());
            activity.setDescription(blankToNull(form.getDescription()));
            activity.assignTo(unit);
            em.persist(activity); // the table generator gives it its id at once: no flush per date
            if (form.getOccurrences() > 1) {
                series = series == null ? activity.getId() : series;
                activity.joinSeries(series);
            }
            ids.add(activity.getId());
        }
        em.flush();
        return ids;
    }

    public List<ActivityRow> list(@NotNull ActivityFilter filter, int first, int max, Sorting sorting) {
        viewer();
        // the page's ids first (KeysFirst): unsorted, a district's next activities come from an index (V27)
        TypedQuery<Long> ids = conditions(filter).pageQuery(em, "SELECT a.id FROM Activity a",
                sorting.orderBy(SORTS, "a.heldOn, a.startsAt, a.id", "a.id"), Long.class, first, max);
        List<Activity> activities = KeysFirst.page(em, ids, "SELECT a FROM Activity a "
                + "JOIN FETCH a.unit LEFT JOIN FETCH a.team WHERE a.id IN :ids", Activity.class, Activity::getId);
        return rows(em, activities);
    }

    public long count(@NotNull ActivityFilter filter) {
        viewer();
        return conditions(filter).count(em, "SELECT COUNT(a) FROM Activity a");
    }

    public ActivityView view(long id) {
        Caller caller = viewer();
        Activity activity = Scoped.byId(em, Activity.class, id);
        Map<Long, ServiceHours> hours = new HashMap<>();
        em.createQuery("SELECT h FROM ServiceHours h WHERE h.activity.id = :id", ServiceHours.class)
                .setParameter("id", id).getResultList().forEach(h -> hours.put(h.getVolunteer().getId(), h));
        List<SignupRow> signups = em.createQuery("SELECT s FROM Signup s JOIN FETCH s.volunteer "
                        + "WHERE s.activity.id = :id ORDER BY s.status, s.queuedAt, s.id", Signup.class)
                .setHint(QueryHints.FETCH, "s.volunteer.person") // a nested JOIN FETCH in JPQL loaded them row by row
                .setParameter("id", id).getResultList().stream()
                .map(s -> {
                    ServiceHours h = hours.get(s.getVolunteer().getId());
                    return new SignupRow(s.getId(), s.getVolunteer().getId(), s.getVolunteer().getPerson().getName(),
                            s.getStatus(), s.getQueuedAt(), s.getCheckedInAt(), s.getCheckedOutAt(),
                            h == null ? null : h.getStatus(), h == null ? null : h.getMinutes());
                }).toList();
        long seriesLeft = activity.getSeriesId() == null ? 0 : em.createQuery("SELECT COUNT(a) FROM Activity a "
                        + "WHERE a.seriesId = :series AND a.heldOn > :day AND a.cancelled = FALSE", Long.class)
                .setParameter("series", activity.getSeriesId()).setParameter("day", activity.getHeldOn()).getSingleResult();
        boolean editable = caller.can(Permission.RECORD_EDIT, activity.getUnitPath());
        return new ActivityView(rows(em, List.of(activity)).get(0), activity.getSkills(), activity.getDescription(),
                editable ? activity.getCheckinToken() : null, editable, signups, seriesLeft);
    }

    /** Signs a volunteer up on her behalf (a place, or the waiting list). */
    public SignupStatus signUp(long activityId, long volunteerId) {
        Activity activity = editable(activityId);
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        Signup signup = Signups.signUp(em, activity, volunteer);
        em.flush();
        notices.signedUp(signup);
        return signup.getStatus();
    }

    /** Invites volunteers (e.g. the best matches); returns how many were newly invited. */
    public int invite(long activityId, @NotNull List<Long> volunteerIds) {
        Activity activity = editable(activityId);
        int invited = 0;
        for (Long id : volunteerIds) {
            Volunteer volunteer = Scoped.byId(em, Volunteer.class, id);
            if (volunteer.getStatus() == VolunteerStatus.ACTIVE && Signups.invite(em, activity, volunteer)) {
                invited++;
            }
        }
        em.flush();
        return invited;
    }

    /** Cancels a sign-up; the name of whoever moved up from the waiting list, if anyone. */
    public Optional<String> cancelSignup(long signupId) {
        Signup signup = editableSignup(signupId);
        Optional<Signup> next = Signups.cancel(em, signup);
        em.flush();
        next.ifPresent(notices::movedUp);
        return next.map(s -> s.getVolunteer().getPerson().getName());
    }

    /** Checks a volunteer in (first time) or out (second time, recording her hours). */
    public void scan(long signupId) {
        Signups.scan(em, editableSignup(signupId));
        em.flush();
    }

    /** Confirms she attended the whole activity: her full hours, pending approval. */
    public void attended(long signupId) {
        Signups.attended(em, editableSignup(signupId));
        em.flush();
    }

    /** Cancels the activity, and with {@code following} the later ones of its series; returns how many. */
    public int cancel(long activityId, boolean following) {
        Activity activity = editable(activityId);
        List<Activity> cancelled = new ArrayList<>(List.of(activity));
        if (following && activity.getSeriesId() != null) {
            cancelled.addAll(em.createQuery("SELECT a FROM Activity a WHERE a.seriesId = :series AND a.heldOn > :day "
                            + "AND a.cancelled = FALSE", Activity.class)
                    .setParameter("series", activity.getSeriesId()).setParameter("day", activity.getHeldOn())
                    .getResultList());
        }
        cancelled.forEach(Activity::cancel);
        em.flush();
        return cancelled.size();
    }

    static List<ActivityRow> rows(EntityManager em, List<Activity> activities) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!activities.isEmpty()) {
            em.createQuery("SELECT s.activity.id, s.status, COUNT(s) FROM Signup s WHERE s.activity.id IN :ids "
                            + "AND s.status IN :statuses GROUP BY s.activity.id, s.status", Object[].class)
                    .setParameter("ids", activities.stream().map(Activity::getId).toList())
                    .setParameter("statuses", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITING))
                    .getResultList()
                    .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new long[2])
                            [row[1] == SignupStatus.CONFIRMED ? 0 : 1] = (Long) row[2]);
        }
        return activities.stream().map(a -> {
            long[] c = counts.getOrDefault(a.getId(), new long[2]);
            return new ActivityRow(a.getId(), a.getTitle(), a.getUnit().getName(),
                    a.getTeam() == null ? null : a.getTeam().getName(), a.getLine(), a.getPlace(), a.getHeldOn(),
                    a.getStartsAt(), a.getEndsAt(), a.getMinNeeded(), a.getMaxNeeded(), c[0], c[1], a.isCancelled(),
                    a.getSeriesId());
        }).toList();
    }

    private Conditions conditions(ActivityFilter filter) {
        String path = filter.unitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.unitId()).getPath();
        return new Conditions()
                .addIf(path != null, "a.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(Like.given(filter.text()), "LOWER(a.title) LIKE :text" + Like.ESCAPE, "text",
                        () -> Like.containing(filter.text()))
                .addIf(filter.line() != null, "a.line = :line", "line", filter::line)
                .addIf(filter.from() != null, "a.heldOn >= :from", "from", filter::from)
                .addIf(filter.to() != null, "a.heldOn <= :to", "to", filter::to)
                .addIf(!filter.withCancelled(), "a.cancelled = FALSE");
    }

    private Activity editable(long activityId) {
        Caller caller = viewer();
        Activity activity = Scoped.byId(em, Activity.class, activityId);
        caller.require(Permission.RECORD_EDIT, activity.getUnitPath());
        return activity;
    }

    private Signup editableSignup(long signupId) {
        Caller caller = viewer();
        Signup signup = Scoped.byId(em, Signup.class, signupId);
        caller.require(Permission.RECORD_EDIT, signup.getUnitPath());
        return signup;
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
