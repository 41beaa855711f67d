package org.jinguo.unit.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * Reading the organisation tree of the signed-in user's scope: her unit and the units below it, their
 * children as the tree opens, search by name, one unit's details, the filtered unit list, the unit pickers'
 * rows. Changing the tree is {@link UnitChanges}'.
 */
@Stateless
@ScopedToCaller
public class UnitDirectory {

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
    /** The units directly below {@code parentId}, by the pinyin of their names. */
    public List<UnitNode> children(long parentId) {
        viewer();
        Scoped.byId(em, OrgUnit.class, parentId);
        List<OrgUnit> children = em.createQuery(
                        "SELECT u FROM OrgUnit u WHERE u.parent.id = :parent ORDER BY u.nameKey, u.name, u.id", OrgUnit.class)
                .setParameter("parent", parentId)
                .getResultList();
        Map<Long, Long> counts = childCounts(children.stream().map(OrgUnit::getId).toList());
        return children.stream().map(unit -> node(unit, counts)).toList(); // in pinyin order already: by the name's key
    }
    /** Units whose name contains {@code text} (all units of the scope when blank), by name. */
    public List<UnitRow> search(String text, int first, int max) {
        viewer();
        return named(text).list(em, "SELECT NEW org.jinguo.unit.service.UnitRow(u.id, u.name, u.type, p.name) "
                + "FROM OrgUnit u LEFT JOIN u.parent p", " ORDER BY u.nameKey, u.name, u.id", UnitRow.class, first, max);
    }
    public long count(String text) {
        viewer();
        return named(text).count(em, "SELECT COUNT(u) FROM OrgUnit u");
    }
    public UnitDetails details(long id) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, id);
        OrgUnit parent = caller.unitPath().equals(unit.getPath()) ? null : unit.getParent();
        return new UnitDetails(unit.getId(), unit.getName(), unit.getType(), unit.getCode(), unit.getAddress(),
                unit.getContactName(), unit.getContactPhone(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(), childCounts(List.of(unit.getId())).getOrDefault(unit.getId(), 0L),
                UnitRules.mayEdit(caller, unit), UnitRules.mayAddUnder(caller, unit) && !unit.getType().allowedChildren().isEmpty(),
                unit.getUpdatedAt(), unit.getProfile().copy(), unit.getStations().stream().map(StationRow::of).toList());
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
        return unitConditions(filter).list(em, "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent", " ORDER BY u.nameKey, u.name, u.id",
                        OrgUnit.class, first, max).stream()
                .map(u -> new UnitListRow(u.getId(), u.getName(), u.getType(),
                        u.getParent() == null ? null : u.getParent().getName(), u.getAddress(), u.getContactName(),
                        u.getContactPhone(), u.getProfile().getWomenCount(), u.getProfile().getEnterpriseCount(),
                        u.getProfile().getWomenEmployeeCount(), u.getProfile().getMemberBodyCount()))
                .toList();
    }
    public long countList(@NotNull @Valid UnitFilter filter) {
        viewer();
        return unitConditions(filter).count(em, "SELECT COUNT(u) FROM OrgUnit u");
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
    private static Conditions named(String text) {
        return new Conditions().addIf(Like.given(text), "LOWER(u.name) LIKE :text" + Like.ESCAPE, "text",
                () -> Like.containing(text));
    }
    private Caller viewer() {
        return currentCaller.require(Permission.UNIT_VIEW);
    }
}
