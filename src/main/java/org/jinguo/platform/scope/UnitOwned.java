package org.jinguo.platform.scope;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.jinguo.platform.persistence.BaseEntity;

/**
 * A business record that belongs to one organisation unit. Queries on its subclasses only ever return
 * records of the units in the current {@link DataScope}; the unit's path is copied into
 * {@code unit_path} so the filter is one indexed prefix match. The shared cache is off for these
 * entities so that a lookup by id can never be answered from another user's cache. The unit is mapped as
 * the platform's {@link Unit}; {@code META-INF/orm.xml} gives JPA the entity behind it.
 */
@MappedSuperclass
@Cache(isolation = CacheIsolationType.ISOLATED)
@AdditionalCriteria("this.unitPath LIKE CONCAT(:jinguoScope, '%')")
public abstract class UnitOwned extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;

    public Unit getUnit() {
        return unit;
    }

    public String getUnitPath() {
        return unitPath;
    }

    /** Gives the record to {@code owner}; the caller has checked that the owner is in scope. */
    public void assignTo(Unit owner) {
        this.unit = Objects.requireNonNull(owner);
        this.unitPath = owner.getPath();
    }
}
