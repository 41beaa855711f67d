package org.jinguo.incubation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.jinguo.platform.persistence.BaseEntity;

/**
 * One criterion of the admission assessment (入住评估) with its weight; the base's, not a unit's. Retired
 * criteria are kept (inactive) so that the list of what was once used stays readable.
 */
@Entity
@Table(name = "assessment_criterion")
public class AssessmentCriterion extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "assessment_criterion_ids")
    @TableGenerator(name = "assessment_criterion_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "assessment_criterion", allocationSize = 10)
    private Long id;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected AssessmentCriterion() {
    }

    public AssessmentCriterion(String nameZh, String nameEn, int weight, int sortOrder) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.weight = weight;
        this.sortOrder = sortOrder;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getWeight() {
        return weight;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void change(String nameZh, String nameEn, int weight, int sortOrder, boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.weight = weight;
        this.sortOrder = sortOrder;
        this.active = active;
    }
}
