package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.platform.match.Scorecard;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * Ranks the active volunteers near an activity (its community's street or town, see {@link Neighbourhood}) by how well they
 * fit, out of 100: skills wanted that she has (40), the activity's bridge among those she prefers (15),
 * living in the activity's own community (15, or 5 nearby), free at that weekday and time of day (15), and how
 * reliably she turned up before (15 times her attendance rate; 8 while she has no record). Every part is
 * returned, so staff see why she ranks where she does; the sum is the platform's one {@link Scorecard}.
 */
@Stateless
@ScopedToCaller
public class MatchingService {

    static final int SKILLS = 40;
    static final int LINE = 15;
    static final int SAME_UNIT = 15;
    static final int NEARBY = 5;
    static final int AVAILABLE = 15;
    static final int RELIABILITY = 15;
    static final int NO_RECORD = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** One candidate and the points of each part of her score. */
    public record Match(long volunteerId, String name, String unitName, int score, Set<Skill> matchedSkills,
                        int skillPoints, int linePoints, int placePoints, int timePoints, int reliabilityPoints,
                        Reliability reliability) implements Serializable {
    }

    /** The best {@code max} candidates for the activity, best first; those signed up, waiting or invited are left out. */
    public List<Match> rank(long activityId, int max) {
        currentCaller.require(Permission.RECORD_VIEW);
        Activity activity = Scoped.byId(em, Activity.class, activityId);
        String pool = Neighbourhood.of(activity.getUnit());
        List<Volunteer> candidates = em.createQuery("SELECT v FROM Volunteer v JOIN FETCH v.person JOIN FETCH v.unit "
                        + "WHERE v.unitPath LIKE :pool AND v.status = :active AND NOT EXISTS (SELECT s FROM Signup s "
                        + "WHERE s.volunteer = v AND s.activity.id = :activity AND s.status IN :holding)", Volunteer.class)
                .setParameter("pool", pool + "%").setParameter("active", VolunteerStatus.ACTIVE)
                .setParameter("activity", activity.getId())
                .setParameter("holding", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITING, SignupStatus.INVITED))
                .getResultList();
        Map<Long, Reliability> reliability = Reliability.of(em, candidates.stream().map(Volunteer::getId).toList());
        Slot when = new Slot(activity.getHeldOn().getDayOfWeek(), DayPart.of(activity.getStartsAt()));
        return candidates.stream()
                .map(v -> score(activity, when, v, reliability.get(v.getId())))
                .sorted(Comparator.comparingInt(Match::score).reversed()
                        .thenComparing(m -> -m.reliabilityPoints())
                        .thenComparing(Match::name))
                .limit(Math.max(1, Math.min(max, 100)))
                .toList();
    }

    static Match score(Activity activity, Slot when, Volunteer v, Reliability record) {
        Set<Skill> matched = EnumSet.noneOf(Skill.class);
        matched.addAll(v.getSkills());
        matched.retainAll(activity.getSkills());
        Double rate = record.rate();
        Scorecard card = Scorecard.builder()
                .points("skills", SKILLS, activity.getSkills().isEmpty() ? 0 : SKILLS * matched.size() / activity.getSkills().size())
                .when("line", LINE, v.getLines().contains(activity.getLine()))
                .points("place", SAME_UNIT, v.getUnit().getId().equals(activity.getUnit().getId()) ? SAME_UNIT : NEARBY)
                .when("time", AVAILABLE, new HashSet<>(v.getSlots()).contains(when))
                .points("reliability", RELIABILITY, rate == null ? NO_RECORD : (int) Math.round(RELIABILITY * rate))
                .build();
        return new Match(v.getId(), v.getPerson().getName(), v.getUnit().getName(), card.total(), matched,
                card.points("skills"), card.points("line"), card.points("place"), card.points("time"),
                card.points("reliability"), record);
    }
}
