package org.jinguo.unit.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.scope.UnitOwned;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.ServiceStation;

/**
 * Changing the organisation tree: a new unit, a unit's details, moving a unit with everything below it. A unit
 * administrator manages the units below her own unit (her own unit belongs to the unit above); a district
 * administrator also edits the district unit itself. Reading the tree is {@link UnitDirectory}'s.
 */
@Stateless
@ScopedToCaller
public class UnitChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** The form to edit an existing unit. */
    public UnitForm editForm(long id) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, id);
        UnitRules.requireEditable(caller, unit);
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
        UnitRules.requireMayAddUnder(caller, parent);
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
        if (form.getParentId() == null) {
            throw new BusinessRuleException("unit.parent.required", "parent");
        }
        OrgUnit parent = Scoped.byId(em, OrgUnit.class, form.getParentId());
        UnitRules.requireMayAddUnder(caller, parent);
        UnitRules.requireAllowedUnder(parent, form);
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
        UnitRules.requireEditable(caller, unit);
        if (unit.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        OrgUnit parent = unit.getParent();
        if (parent != null && form.getParentId() == null) {
            throw new BusinessRuleException("unit.parent.required", "parent");
        }
        boolean moving = parent != null && !Objects.equals(parent.getId(), form.getParentId());
        if (moving) {
            parent = Scoped.byId(em, OrgUnit.class, form.getParentId());
            if (unit.contains(parent)) {
                throw new BusinessRuleException("unit.move.intoOwnSubtree", "parent");
            }
            UnitRules.requireMayAddUnder(caller, parent);
        }
        if (parent != null) {
            UnitRules.requireAllowedUnder(parent, form);
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
    private Caller viewer() {
        return currentCaller.require(Permission.UNIT_VIEW);
    }

    private Caller manager() {
        return currentCaller.require(Permission.UNIT_MANAGE);
    }
}
