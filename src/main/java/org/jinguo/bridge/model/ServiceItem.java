package org.jinguo.bridge.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.jinguo.platform.persistence.BaseEntity;
import org.jinguo.vocabulary.ServiceLine;

/**
 * One item of the service menu (服务菜单) of a line, the district's: what is offered, how long it takes, whether it
 * is free or priced (and then who pays), and which kinds of provider may offer it. Items no longer offered are
 * kept, inactive, so past orders still name them.
 */
@Entity
@Table(name = "service_item")
// Not in the shared cache: its provider kinds are batch-fetched, and a batch read through a cached item re-runs the query
// that first loaded it, in a later transaction, and came back empty (an item seemed to allow no kind of provider).
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ServiceItem extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "service_item_ids")
    @TableGenerator(name = "service_item_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "service_item", allocationSize = 10)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 32)
    private ServiceLine line;

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh;

    @Column(name = "name_en", length = 80)
    private String nameEn;

    @Column(name = "description", length = 500)
    private String description;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "price", precision = 10, scale = 2)
    private BigDecimal price;

    @Column(name = "price_unit", length = 20)
    private String priceUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "paid_by", length = 16)
    private PaidBy paidBy;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "service_item_kind", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Set<ProviderKind> kinds = new HashSet<>();

    protected ServiceItem() {
    }

    public ServiceItem(ServiceLine line, String nameZh, int sortOrder) {
        this.line = line;
        this.nameZh = nameZh;
        this.sortOrder = sortOrder;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** The name in the reader's language: the English one when asked for and given, else the Chinese. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    public boolean isFree() {
        return price == null || price.signum() == 0;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getPriceUnit() {
        return priceUnit;
    }

    public PaidBy getPaidBy() {
        return paidBy;
    }

    /** Free (no price, nobody pays) or priced per unit, paid by someone. */
    public void setPrice(BigDecimal price, String priceUnit, PaidBy paidBy) {
        boolean free = price == null || price.signum() == 0;
        this.price = free ? null : price;
        this.priceUnit = free ? null : priceUnit;
        this.paidBy = free ? null : paidBy;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<ProviderKind> getKinds() {
        return kinds.isEmpty() ? EnumSet.noneOf(ProviderKind.class) : EnumSet.copyOf(kinds);
    }

    public void setKinds(Collection<ProviderKind> kinds) {
        if (!this.kinds.equals(new HashSet<>(kinds))) {
            this.kinds.clear();
            this.kinds.addAll(kinds);
        }
    }
}
