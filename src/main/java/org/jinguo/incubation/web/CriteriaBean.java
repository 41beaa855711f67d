package org.jinguo.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.incubation.service.CriterionForm;
import org.jinguo.incubation.service.PipelineService.CriterionRow;
import org.jinguo.incubation.service.PipelineService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/** The admission assessment's criteria and weights: every organisation is scored against the active ones. */
@Named
@ViewScoped
public class CriteriaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The assessment criteria as a spreadsheet shows them. */
    static final SheetColumns<CriterionRow> COLUMNS = SheetColumns.of(CriterionRow.class)
            .column("criteria.nameZh", CriterionRow::nameZh)
            .column("criteria.nameEn", CriterionRow::nameEn)
            .column("criteria.weight", CriterionRow::weight)
            .column("criteria.sortOrder", CriterionRow::sortOrder)
            .column("criteria.retired", row -> row.active() ? "" : SheetColumns.label("action.yes"));

    @Inject
    PipelineService pipeline;

    @Inject
    AuditTrail auditTrail;

    private List<CriterionRow> criteria;
    private CriterionForm form = new CriterionForm();

    @PostConstruct
    void init() {
        criteria = pipeline.criteria();
    }

    public void edit(CriterionRow row) {
        form = new CriterionForm();
        form.setId(row.id());
        form.setVersion(row.version());
        form.setNameZh(row.nameZh());
        form.setNameEn(row.nameEn());
        form.setWeight(row.weight());
        form.setSortOrder(row.sortOrder());
        form.setActive(row.active());
    }

    public void prepareNew() {
        form = new CriterionForm();
        form.setSortOrder(criteria.stream().mapToInt(CriterionRow::sortOrder).max().orElse(0) + 1);
    }

    public void save() {
        UiActions.attempt("criterionForm", () -> {
            pipeline.saveCriterion(form);
            criteria = pipeline.criteria();
            UiActions.info("criterion.saved", form.getNameZh());
        });
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("criteria.title"), COLUMNS, criteria,
                count -> auditTrail.exported("AssessmentCriterion", count, null));
    }

    /** The sum of the active weights (the total is scaled to 100 whatever it is). */
    public int getActiveWeight() {
        return criteria.stream().filter(CriterionRow::active).mapToInt(CriterionRow::weight).sum();
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public CriterionForm getForm() {
        return form;
    }
}
