package org.jinguo.platform.scope;

/**
 * What the platform knows of an organisation unit: its id, its name and its materialised path
 * ({@code /1/12/130/}), which is all that scoping, auditing and permissions need. The entity that is
 * the unit (the federation network's {@code OrgUnit}, with its kind, profile and stations) implements
 * it; {@code META-INF/orm.xml} names that entity as the target of {@link UnitOwned#getUnit()}, the one
 * place the platform is told which class the tree is made of (docs/architecture.md, "The unit tree").
 */
public interface Unit {

    Long getId();

    String getName();

    String getPath();

    /** Whether {@code other} is this unit or lies below it. */
    default boolean contains(Unit other) {
        return other != null && DataScope.covers(getPath(), other.getPath());
    }
}
