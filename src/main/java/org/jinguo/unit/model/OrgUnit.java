package org.jinguo.unit.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.jinguo.platform.audit.AuditIgnored;
import org.jinguo.platform.i18n.Pinyin;
import org.jinguo.platform.persistence.BaseEntity;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Unit;

/**
 * A federation or committee in the tree. Its {@code path} lists the ids from the root down to itself
 * ({@code /1/12/130/}), so "this unit and all below it" is one indexed prefix match, and it is the unit
 * tree itself that is scoped: a user sees her unit and what lies below it, never a sibling or a parent.
 */
@Entity
@Table(name = "org_unit")
@Cache(isolation = CacheIsolationType.ISOLATED)
@AdditionalCriteria("this.path LIKE CONCAT(:jinguoScope, '%')")
public class OrgUnit extends BaseEntity implements Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "org_unit_ids")
    @TableGenerator(name = "org_unit_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "org_unit", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "path", nullable = false, length = 255)
    private String path;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** The name's pinyin order as text ({@link Pinyin#key}), kept with the name, for lists sorted in the database. */
    @AuditIgnored
    @Column(name = "name_key", length = Pinyin.KEY_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 32)
    private UnitType type;

    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "address", length = 255)
    private String address;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "work_covered", nullable = false)
    private boolean workCovered;

    @Embedded
    private UnitProfile profile = new UnitProfile();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_station", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "list_order")
    private List<ServiceStation> stations = new ArrayList<>();

    protected OrgUnit() {
    }

    /**
     * The entity behind a record's {@link Unit}: every unit is an {@code OrgUnit} (META-INF/orm.xml maps
     * {@code UnitOwned.unit} to this class), for the features that need its kind or its parent.
     */
    public static OrgUnit of(Unit unit) {
        return (OrgUnit) unit;
    }

    public OrgUnit(String name, UnitType type) {
        this.name = name;
        this.nameKey = Pinyin.key(name);
        this.type = type;
    }

    /** Fixes the path once the id is known (after {@code persist}); the parent may be {@code null}. */
    public void placeUnder(OrgUnit newParent) {
        if (id == null) {
            throw new IllegalStateException("persist the unit before placing it");
        }
        this.parent = newParent;
        this.path = DataScope.childPath(newParent == null ? null : newParent.getPath(), id);
    }

    /** How deep the unit stands: 0 for a root. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    @Override
    public Long getId() {
        return id;
    }

    public OrgUnit getParent() {
        return parent;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        this.nameKey = Pinyin.key(name);
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** Whether its federation records that women's work is done here (coverage). */
    public boolean isWorkCovered() {
        return workCovered;
    }

    public void setWorkCovered(boolean workCovered) {
        this.workCovered = workCovered;
    }

    /** What the unit covers; never {@code null} (EclipseLink reads an all-empty embeddable as {@code null}). */
    public UnitProfile getProfile() {
        return profile == null ? new UnitProfile() : profile;
    }

    public void setProfile(UnitProfile profile) {
        this.profile = profile.copy();
    }

    public List<ServiceStation> getStations() {
        return Collections.unmodifiableList(stations);
    }

    /** Replaces the stations; returns whether anything changed. */
    public boolean replaceStations(List<ServiceStation> replacement) {
        if (stations.equals(replacement)) {
            return false;
        }
        stations.clear();
        stations.addAll(replacement);
        return true;
    }
}
