package org.jinguo.childcare.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jinguo.childcare.service.CaseRegistry;
import org.jinguo.childcare.service.RegistrationForm;
import org.jinguo.childcare.service.TeamDirectory;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * Registers a child (个案登记): the case under her pseudonym, and her identity, kept apart and encrypted. A supervisor
 * names the caseworker; a caseworker is put on the case herself. Then the case's page opens.
 */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseRegistry registry;
    @Inject
    UnitDirectory units;
    @Inject
    CurrentCaller currentCaller;

    private RegistrationForm form;
    private UnitRow unit;
    private List<TeamDirectory.Member> caseworkers = List.of();

    @PostConstruct
    void init() {
        long own = currentCaller.require().unitId();
        form = RegistrationForm.forUnit(own, Beijing.today());
        unit = units.row(own);
        unitChosen();
    }

    public void unitChosen() {
        form.setUnitId(unit == null ? null : unit.id());
        caseworkers = unit == null ? List.of() : registry.caseworkersFor(unit.id());
    }

    public String save() {
        Long id = UiActions.attempt("registerForm", () -> registry.register(form));
        if (id == null) {
            return null;
        }
        UiActions.info("case.registered", form.getPseudonym());
        return "/childcare/case?faces-redirect=true&id=" + id;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public RegistrationForm getForm() {
        return form;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public List<TeamDirectory.Member> getCaseworkers() {
        return caseworkers;
    }
}
