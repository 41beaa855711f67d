package org.jinguo.person.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import org.jinguo.person.model.Gender;
import org.jinguo.person.service.PersonForm;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * The quick registration of a person from inside another form (a volunteer's, an office holder's): the registry's
 * few fields in a dialog, the same checks as its own page (possible duplicates are offered first, to pick instead),
 * and the person handed to the form's {@link PersonPicker}, so that nothing typed there is lost.
 */
@Named
@ViewScoped
public class NewPersonBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService people;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentCaller currentCaller;

    @Valid
    private PersonForm form;
    private UnitRow unit;
    private List<PersonRow> duplicates = List.of();

    /** A fresh form, in the user's own unit; called as the dialog opens. */
    public void open() {
        form = people.newForm(currentCaller.require().unitId());
        unit = units.row(form.getUnitId());
        duplicates = List.of();
    }

    /** Registers her (once the possible duplicates, if any, were shown) and hands her to the form. */
    public void save(PersonPicker picker, boolean duplicatesSeen) {
        if (form == null) { // posted without the dialog having been opened (a hand-made request): nothing to save
            UiActions.nothingChosen();
            return;
        }
        form.setUnitId(unit == null ? null : unit.id());
        if (!duplicatesSeen) {
            duplicates = people.possibleDuplicates(form);
            if (!duplicates.isEmpty()) {
                FacesContext.getCurrentInstance().validationFailed(); // the dialog stays open, showing them
                return;
            }
        }
        UiActions.attempt("newPersonForm", () -> {
            long created = people.create(form);
            picker.pickPerson(people.row(created));
            UiActions.info("person.created", form.getName());
        });
    }

    /** She is registered already: one of the possible duplicates is taken instead. */
    public void use(PersonPicker picker, PersonRow existing) {
        picker.pickPerson(existing);
        duplicates = List.of();
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public PersonForm getForm() {
        return form;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public List<PersonRow> getDuplicates() {
        return duplicates;
    }
}
