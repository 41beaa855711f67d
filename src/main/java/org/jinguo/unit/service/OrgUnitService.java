package org.jinguo.unit.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.ServiceStation;

/**
 * The organisation tree of the signed-in user's scope: browse, search, create, edit and move units.
 * A unit administrator manages the units below her own unit (her own unit belongs to the unit above);
 * a district administrator also edits the district unit itself.
 */
@Stateless
@ScopedToCaller
public class OrgUnitService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** The top of the user's scope: her own unit. */
    public UnitNode scopeRoot() {
        Caller caller = viewer();
        OrgUnit root = Scoped.byId(em, OrgUnit.class, caller.unitId());
        return node(root, childCounts(List.of(root.getId())));
    }

    /** The units directly below {@code parentId}, by name. */
    public List<UnitNode> children(long parentId) {
        viewer();
        Scoped.byId(em, OrgUnit.class, parentId);
        List<OrgUnit> children = em.createQuery(
                        "SELECT u FROM OrgUnit u WHERE u.parent.id = :parent ORDER BY u.name", OrgUnit.class)
                .setParameter("parent", parentId)
                .getResultList();
        Map<Long, Long> counts = childCounts(children.stream().map(OrgUnit::getId).toList());
        return children.stream().map(unit -> node(unit, counts)).toList();
    }

    /** Units whose name contains {@code text} (all units of the scope when blank), by name. */
    public List<UnitRow> search(String text, int first, int max) {
        viewer();
        return withNameFilter("SELECT NEW org.jinguo.unit.service.UnitRow(u.id, u.name, u.type, p.name) "
                + "FROM OrgUnit u LEFT JOIN u.parent p", " ORDER BY u.name, u.id", text, UnitRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    public long count(String text) {
        viewer();
        return withNameFilter("SELECT COUNT(u) FROM OrgUnit u", "", text, Long.class).getSingleResult();
    }

    public UnitDetails details(long id) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, id);
        OrgUnit parent = caller.unitPath().equals(unit.getPath()) ? null : unit.getParent();
        return new UnitDetails(unit.getId(), unit.getName(), unit.getType(), unit.getCode(), unit.getAddress(),
                unit.getContactName(), unit.getContactPhone(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(), childCounts(List.of(unit.getId())).getOrDefault(unit.getId(), 0L),
                mayEdit(caller, unit), mayAddUnder(caller, unit) && !unit.getType().allowedChildren().isEmpty(),
                unit.getUpdatedAt(), unit.getProfile().copy(), unit.getStations().stream().map(StationRow::of).toList());
    }

    /** The form to edit an existing unit. */
    public UnitForm editForm(long id) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, id);
        requireEditable(caller, unit);
        UnitForm form = new UnitForm();
        form.setId(unit.getId());
        form.setVersion(unit.getVersion());
        form.setParentId(unit.getParent() == null ? null : unit.getParent().getId());
        form.setName(unit.getName());
        form.setType(unit.getType());
        form.setCode(unit.getCode());
        form.setAddress(unit.getAddress());
        form.setContactName(unit.getContactName());
        form.setContactPhone(unit.getContactPhone());
        form.setWorkCovered(unit.isWorkCovered());
        form.setProfile(unit.getProfile().copy());
        List<StationForm> stations = new ArrayList<>();
        for (ServiceStation station : unit.getStations()) {
            StationForm row = new StationForm();
            row.setKind(station.getKind());
            row.setName(station.getName());
            row.setAddress(station.getAddress());
            row.setOpeningHours(station.getOpeningHours());
            row.setLink(station.getLink());
            stations.add(row);
        }
        form.setStations(stations);
        return form;
    }

    /** The form for a new unit below {@code parentId}, with the first kind that may stand there. */
    public UnitForm newForm(long parentId) {
        Caller caller = manager();
        OrgUnit parent = Scoped.byId(em, OrgUnit.class, parentId);
        requireMayAddUnder(caller, parent);
        if (parent.getType().allowedChildren().isEmpty()) {
            throw new BusinessRuleException("unit.noChildrenAllowed", null);
        }
        UnitForm form = new UnitForm();
        form.setParentId(parent.getId());
        form.setType(parent.getType().allowedChildren().iterator().next());
        return form;
    }

    public long create(@NotNull @Valid UnitForm form) {
        Caller caller = manager();
        OrgUnit parent = Scoped.byId(em, OrgUnit.class, form.getParentId());
        requireMayAddUnder(caller, parent);
        requireAllowedUnder(parent, form);
        requireUniqueName(parent, form.getName().trim(), null);
        OrgUnit unit = new OrgUnit(form.getName().trim(), form.getType());
        copyDetails(form, unit);
        em.persist(unit);
        unit.placeUnder(parent);
        flush();
        return unit.getId();
    }

    /** Saves the form; a changed parent moves the unit with everything below it. */
    public void update(@NotNull @Valid UnitForm form) {
        Caller caller = manager();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getId());
        requireEditable(caller, unit);
        if (unit.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        OrgUnit parent = unit.getParent();
        boolean moving = parent != null && !Objects.equals(parent.getId(), form.getParentId());
        if (moving) {
            parent = Scoped.byId(em, OrgUnit.class, form.getParentId());
            if (unit.contains(parent)) {
                throw new BusinessRuleException("unit.move.intoOwnSubtree", "parent");
            }
            requireMayAddUnder(caller, parent);
        }
        if (parent != null) {
            requireAllowedUnder(parent, form);
            requireUniqueName(parent, form.getName().trim(), unit.getId());
        } else if (unit.getType() != form.getType()) {
            throw new BusinessRuleException("unit.type.rootFixed", "type");
        }
        if (!unit.getType().equals(form.getType()) && hasChildrenNotAllowedUnder(unit, form)) {
            throw new BusinessRuleException("unit.type.childrenConflict", "type");
        }
        unit.setName(form.getName().trim());
        unit.setType(form.getType());
        if (copyDetails(form, unit)) {
            // Stations live in their own table: a change there alone must still count as a change of the unit.
            em.lock(unit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        if (moving) {
            move(unit, parent);
        }
        flush();
    }

    /** One unit of the scope as a list row. */
    public UnitRow row(long id) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, id);
        OrgUnit parent = unit.getParent();
        return new UnitRow(unit.getId(), unit.getName(), unit.getType(), parent == null ? null : parent.getName());
    }

    /** Units of the scope by name, kind and subtree, by name; with what they cover and their contacts. */
    public List<UnitListRow> list(@NotNull @Valid UnitFilter filter, int first, int max) {
        viewer();
        return unitConditions(filter).query(em, "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent", " ORDER BY u.name, u.id",
                        OrgUnit.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList().stream()
                .map(u -> new UnitListRow(u.getId(), u.getName(), u.getType(),
                        u.getParent() == null ? null : u.getParent().getName(), u.getAddress(), u.getContactName(),
                        u.getContactPhone(), u.getProfile().getWomenCount(), u.getProfile().getEnterpriseCount(),
                        u.getProfile().getWomenEmployeeCount(), u.getProfile().getMemberBodyCount()))
                .toList();
    }

    public long countList(@NotNull @Valid UnitFilter filter) {
        viewer();
        return unitConditions(filter).query(em, "SELECT COUNT(u) FROM OrgUnit u", "", Long.class).getSingleResult();
    }

    private Conditions unitConditions(UnitFilter filter) {
        return new Conditions()
                .addIf(Like.given(filter.getName()), "LOWER(u.name) LIKE :text" + Like.ESCAPE, "text",
                        () -> Like.containing(filter.getName()))
                .addIf(filter.getType() != null, "u.type = :type", "type", filter::getType)
                // paths hold only digits and slashes
                .addIf(filter.getUnderUnitId() != null, "u.path LIKE :under", "under",
                        () -> Scoped.byId(em, OrgUnit.class, filter.getUnderUnitId()).getPath() + "%");
    }

    /** Units of the scope whose name contains {@code text}, as candidates for a new parent. */
    public List<UnitRow> parentCandidates(String text, int max) {
        return search(text, 0, max);
    }

    private void move(OrgUnit unit, OrgUnit newParent) {
        String oldPath = unit.getPath();
        unit.placeUnder(newParent);
        flush();
        String newPath = unit.getPath();
        int cut = oldPath.length() + 1;
        em.createQuery("UPDATE OrgUnit u SET u.path = CONCAT(:newPath, SUBSTRING(u.path, :cut)) "
                        + "WHERE u.path LIKE :old AND u.id <> :id")
                .setParameter("newPath", newPath).setParameter("cut", cut)
                .setParameter("old", oldPath + "%").setParameter("id", unit.getId())
                .executeUpdate();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            if (UnitOwned.class.isAssignableFrom(entity.getJavaType())) {
                em.createQuery("UPDATE " + entity.getName() + " e SET e.unitPath = CONCAT(:newPath, "
                                + "SUBSTRING(e.unitPath, :cut)) WHERE e.unitPath LIKE :old")
                        .setParameter("newPath", newPath).setParameter("cut", cut)
                        .setParameter("old", oldPath + "%")
                        .executeUpdate();
            }
        }
    }

    private Caller viewer() {
        return currentCaller.require(Permission.UNIT_VIEW);
    }

    private Caller manager() {
        return currentCaller.require(Permission.UNIT_MANAGE);
    }

    private static boolean mayEdit(Caller caller, OrgUnit unit) {
        return caller.can(Permission.UNIT_MANAGE, unit.getPath());
    }

    /** Whether she may place a unit below {@code parent}: judged on the path such a child would have. */
    private static boolean mayAddUnder(Caller caller, OrgUnit parent) {
        return caller.can(Permission.UNIT_MANAGE, DataScope.childPath(parent.getPath(), 0));
    }

    private static void requireMayAddUnder(Caller caller, OrgUnit parent) {
        if (!mayAddUnder(caller, parent)) {
            throw new AccessDeniedException();
        }
    }

    private static void requireEditable(Caller caller, OrgUnit unit) {
        caller.require(Permission.UNIT_MANAGE);
        if (!mayEdit(caller, unit)) {
            throw new AccessDeniedException();
        }
    }

    private static void requireAllowedUnder(OrgUnit parent, UnitForm form) {
        if (!parent.getType().mayContain(form.getType())) {
            throw new BusinessRuleException("unit.type.notAllowedUnder", "type", parent.getName());
        }
    }

    private boolean hasChildrenNotAllowedUnder(OrgUnit unit, UnitForm form) {
        Collection<?> allowed = form.getType().allowedChildren();
        return em.createQuery("SELECT u.type FROM OrgUnit u WHERE u.parent.id = :id", Object.class)
                .setParameter("id", unit.getId())
                .getResultStream()
                .anyMatch(type -> !allowed.contains(type));
    }

    private void requireUniqueName(OrgUnit parent, String name, Long exceptId) {
        boolean taken = em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.parent.id = :parent "
                        + "AND LOWER(u.name) = :name", Long.class)
                .setParameter("parent", parent.getId())
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new BusinessRuleException("unit.name.taken", "name", parent.getName());
        }
    }

    /** Copies the form's details; returns whether the stations changed. */
    private static boolean copyDetails(UnitForm form, OrgUnit unit) {
        unit.setCode(blankToNull(form.getCode()));
        unit.setProfile(form.getProfile());
        unit.setWorkCovered(form.isWorkCovered());
        unit.setAddress(blankToNull(form.getAddress()));
        unit.setContactName(blankToNull(form.getContactName()));
        unit.setContactPhone(blankToNull(form.getContactPhone()));
        return unit.replaceStations(form.getStations().stream()
                .map(row -> new ServiceStation(row.getKind(), row.getName().trim(), blankToNull(row.getAddress()),
                        blankToNull(row.getOpeningHours()), blankToNull(row.getLink())))
                .toList());
    }


    /** Writes now, so that a constraint the checks above missed (a race) is reported, not a 500. */
    private void flush() {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException e) {
            throw new BusinessRuleException("error.saveConflict", null);
        }
    }

    private Map<Long, Long> childCounts(List<Long> parentIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (parentIds.isEmpty()) {
            return counts;
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT u.parent.id, COUNT(u) FROM OrgUnit u "
                + "WHERE u.parent.id IN :ids GROUP BY u.parent.id", Object[].class);
        for (Object[] row : query.setParameter("ids", parentIds).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static UnitNode node(OrgUnit unit, Map<Long, Long> counts) {
        return new UnitNode(unit.getId(), unit.getName(), unit.getType(), counts.getOrDefault(unit.getId(), 0L));
    }

    private <T> TypedQuery<T> withNameFilter(String select, String order, String text, Class<T> type) {
        boolean filtered = Like.given(text);
        TypedQuery<T> query = em.createQuery(
                select + (filtered ? " WHERE LOWER(u.name) LIKE :text" + Like.ESCAPE : "") + order, type);
        if (filtered) {
            query.setParameter("text", Like.containing(text));
        }
        return query;
    }
}
