package org.jinguo.organisation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.organisation.model.OfficeHolder;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.model.Term;
import org.jinguo.person.model.Person;
import org.jinguo.person.model.PersonTag;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.KeysFirst;
import org.jinguo.platform.persistence.RecentFigures;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * Elections (换届选举): a unit's terms and their office holders, and the statistics of the current
 * office holders of a subtree. A unit's terms never overlap; a term has at most one chair; a person
 * holds at most one office per term. Past terms stay as history.
 */
@Stateless
@ScopedToCaller
public class TermService {

    // not by position: its stored names would sort chair, executive member, vice-chair (filter by it instead)
    private static final Map<String, String> ROSTER_SORTS = Map.of("name", "h.person.name", "unitName", "h.unit.name",
            "startsOn", "h.term.startsOn");


    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RecentFigures recent;

    /** The unit's terms, newest first, with the number of holders of each office. */
    public List<TermRow> terms(long unitId) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        Map<Long, Map<Position, Long>> counts = new HashMap<>();
        em.createQuery("SELECT h.term.id, h.position, COUNT(h) FROM OfficeHolder h WHERE h.term.unit.id = :unit "
                        + "GROUP BY h.term.id, h.position", Object[].class)
                .setParameter("unit", unit.getId())
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Position.class))
                        .put((Position) row[1], (Long) row[2]));
        LocalDate today = Beijing.today();
        return em.createQuery("SELECT t FROM Term t WHERE t.unit.id = :unit ORDER BY t.startsOn DESC", Term.class)
                .setParameter("unit", unit.getId())
                .getResultList().stream()
                .map(t -> {
                    Map<Position, Long> held = counts.getOrDefault(t.getId(), Map.of());
                    return new TermRow(t.getId(), t.getElectionDate(), t.getStartsOn(), t.getEndsOn(), t.runsOn(today),
                            held.getOrDefault(Position.CHAIR, 0L), held.getOrDefault(Position.VICE_CHAIR, 0L),
                            held.getOrDefault(Position.EXECUTIVE_MEMBER, 0L));
                })
                .toList();
    }

    public long createTerm(@NotNull @Valid TermForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        if (!form.getEndsOn().isAfter(form.getStartsOn())) {
            throw new BusinessRuleException("term.dates.order", "endsOn");
        }
        if (form.getElectionDate().isAfter(form.getStartsOn())) {
            throw new BusinessRuleException("term.election.afterStart", "electionDate");
        }
        long overlapping = em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.unit.id = :unit "
                        + "AND t.startsOn <= :ends AND t.endsOn >= :starts", Long.class)
                .setParameter("unit", unit.getId())
                .setParameter("starts", form.getStartsOn())
                .setParameter("ends", form.getEndsOn())
                .getSingleResult();
        if (overlapping > 0) {
            throw new BusinessRuleException("term.overlap", "startsOn");
        }
        Term term = new Term(form.getElectionDate(), form.getStartsOn(), form.getEndsOn());
        term.assignTo(unit);
        em.persist(term);
        em.flush();
        return term.getId();
    }

    /** The office holders of a term: chair first, then vice-chairs, then executive members, by name. */
    public List<HolderRow> holders(long termId) {
        viewer();
        Term term = Scoped.byId(em, Term.class, termId);
        List<OfficeHolder> holders = em.createQuery("SELECT h FROM OfficeHolder h JOIN FETCH h.person "
                        + "WHERE h.term.id = :term", OfficeHolder.class)
                .setParameter("term", term.getId())
                .getResultList();
        Map<Long, Set<PersonTag>> tags = tagsOf(holders);
        return holders.stream()
                .map(h -> new HolderRow(h.getId(), h.getPerson().getId(), h.getPerson().getName(), h.getPosition(),
                        tags.getOrDefault(h.getPerson().getId(), EnumSet.noneOf(PersonTag.class))))
                .sorted(Comparator.comparing(HolderRow::position).thenComparing(HolderRow::name))
                .toList();
    }

    public long addHolder(long termId, long personId, @NotNull Position position) {
        Caller caller = viewer();
        Term term = Scoped.byId(em, Term.class, termId);
        caller.require(Permission.RECORD_EDIT, term.getUnitPath());
        Person person = Scoped.byId(em, Person.class, personId);
        boolean already = !em.createQuery("SELECT h.id FROM OfficeHolder h WHERE h.term.id = :term "
                        + "AND h.person.id = :person", Long.class)
                .setParameter("term", term.getId()).setParameter("person", person.getId())
                .getResultList().isEmpty();
        if (already) {
            throw new BusinessRuleException("holder.alreadyInTerm", "person", person.getName());
        }
        if (position == Position.CHAIR && chairOf(term) > 0) {
            throw new BusinessRuleException("holder.chairTaken", "position");
        }
        OfficeHolder holder = new OfficeHolder(term, person, position);
        holder.assignTo(term.getUnit());
        em.persist(holder);
        em.flush();
        return holder.getId();
    }

    public void removeHolder(long holderId) {
        Caller caller = viewer();
        OfficeHolder holder = Scoped.byId(em, OfficeHolder.class, holderId);
        caller.require(Permission.RECORD_EDIT, holder.getUnitPath());
        em.remove(holder);
        em.flush();
    }

    /** The roster of office holders of the caller's scope, filtered and paged in the database. */
    public List<HolderListRow> roster(@NotNull @Valid HolderFilter filter, int first, int max) {
        return roster(filter, first, max, Sorting.NONE);
    }

    /** The same, in the order of the column the user clicked (name, unit or start of term). */
    public List<HolderListRow> roster(@NotNull @Valid HolderFilter filter, int first, int max, @NotNull Sorting sorting) {
        viewer();
        // the page's ids first (KeysFirst); unsorted, in the order of an index (V27): units in the order of the tree,
        // each unit's holders as they were entered (chair first), so that a district's page is read from the index
        // where joining its ten thousand holders to sort them by unit name, term and person cost 50-70 ms a page
        TypedQuery<Long> ids = rosterConditions(filter).pageQuery(em, "SELECT h.id FROM OfficeHolder h",
                sorting.orderBy(ROSTER_SORTS, "h.unitPath, h.id", "h.id"), Long.class, first, max);
        List<OfficeHolder> holders = KeysFirst.page(em, ids, "SELECT h FROM OfficeHolder h JOIN FETCH h.person "
                + "JOIN FETCH h.term JOIN FETCH h.unit WHERE h.id IN :ids", OfficeHolder.class, OfficeHolder::getId);
        Map<Long, Set<PersonTag>> tags = tagsOf(holders);
        return holders.stream()
                .map(h -> new HolderListRow(h.getId(), h.getPerson().getName(), h.getPosition(), h.getUnit().getName(),
                        h.getTerm().getStartsOn(), h.getTerm().getEndsOn(),
                        tags.getOrDefault(h.getPerson().getId(), EnumSet.noneOf(PersonTag.class))))
                .toList();
    }

    public long countRoster(@NotNull @Valid HolderFilter filter) {
        viewer();
        return rosterConditions(filter).count(em, "SELECT COUNT(h) FROM OfficeHolder h");
    }

    private Conditions rosterConditions(HolderFilter filter) {
        return new Conditions()
                .addIf(filter.isCurrentOnly(), "h.term.startsOn <= :today AND h.term.endsOn >= :today", "today",
                        () -> Beijing.today())
                .addNameIf(filter.getName(), "h.person", "name")
                .addIf(filter.getPosition() != null, "h.position = :position", "position", filter::getPosition)
                // paths hold only digits and slashes
                .addIf(filter.getUnitId() != null, "h.unitPath LIKE :unit", "unit",
                        () -> Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath() + "%");
    }

    /**
     * Office holders of the terms running today in the unit and every unit below it, at most a minute old
     * ({@link RecentFigures}: the same for everyone allowed to see the unit, whose right is checked every time).
     */
    public OfficeStatistics statistics(long unitId) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        LocalDate today = Beijing.today();
        return recent.get("office-statistics:" + unit.getId() + ":" + today, () -> computeStatistics(unit, today));
    }

    /**
     * Three queries: holders by office; the tagged holders' (holder, office, tag) rows, from which both the holders
     * with a background and the count by tag are folded (a district has a few thousand such rows, where two grouped
     * joins of all its holders with their people cost several times more); the units with a current term.
     */
    private OfficeStatistics computeStatistics(OrgUnit unit, LocalDate today) {
        String path = unit.getPath() + "%"; // paths hold only digits and slashes
        String current = " h.unitPath LIKE :path AND h.term.startsOn <= :today AND h.term.endsOn >= :today";
        Map<Position, Long> holders = byPosition(em.createQuery("SELECT h.position, COUNT(h) FROM OfficeHolder h "
                + "WHERE" + current + " GROUP BY h.position", Object[].class)
                .setParameter("path", path).setParameter("today", today).getResultList());
        Map<Position, Set<Long>> tagged = new EnumMap<>(Position.class);
        Map<PersonTag, Long> byTag = new EnumMap<>(PersonTag.class);
        EnumSet.allOf(PersonTag.class).forEach(tag -> byTag.put(tag, 0L));
        em.createQuery("SELECT h.id, h.position, tag FROM OfficeHolder h JOIN h.person p JOIN p.tags tag WHERE"
                        + current, Object[].class)
                .setParameter("path", path).setParameter("today", today)
                .getResultList().forEach(row -> {
                    tagged.computeIfAbsent((Position) row[1], k -> new HashSet<>()).add((Long) row[0]);
                    byTag.merge((PersonTag) row[2], 1L, Long::sum);
                });
        Map<Position, Long> withBackground = new EnumMap<>(Position.class);
        EnumSet.allOf(Position.class).forEach(position ->
                withBackground.put(position, (long) tagged.getOrDefault(position, Set.of()).size()));
        long units = em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.unitPath LIKE :path "
                        + "AND t.startsOn <= :today AND t.endsOn >= :today", Long.class)
                .setParameter("path", path).setParameter("today", today).getSingleResult();
        return new OfficeStatistics(unit.getName(), units, holders, withBackground, byTag);
    }

    private long chairOf(Term term) {
        return em.createQuery("SELECT COUNT(h) FROM OfficeHolder h WHERE h.term.id = :term AND h.position = :chair",
                        Long.class)
                .setParameter("term", term.getId()).setParameter("chair", Position.CHAIR).getSingleResult();
    }

    private static Map<Position, Long> byPosition(List<Object[]> rows) {
        Map<Position, Long> counts = new EnumMap<>(Position.class);
        EnumSet.allOf(Position.class).forEach(position -> counts.put(position, 0L));
        rows.forEach(row -> counts.put((Position) row[0], (Long) row[1]));
        return counts;
    }

    /** The holders' people's tags in one query (reading them person by person sent one query a row). */
    private Map<Long, Set<PersonTag>> tagsOf(List<OfficeHolder> holders) {
        Map<Long, Set<PersonTag>> tags = new HashMap<>();
        if (holders.isEmpty()) {
            return tags;
        }
        em.createQuery("SELECT p.id, t FROM Person p JOIN p.tags t WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", holders.stream().map(h -> h.getPerson().getId()).distinct().toList())
                .getResultList()
                .forEach(r -> tags.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(PersonTag.class)).add((PersonTag) r[1]));
        return tags;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
