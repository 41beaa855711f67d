package org.jinguo.person.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.PersonTag;
import org.jinguo.person.service.PersonForm;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** Creates or edits one person: {@code ?id=} edits, no parameter creates (in the user's own unit first). */
@Named
@ViewScoped
public class PersonEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService people;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentCaller currentCaller;

    /** The view parameter as typed in the address; anything but a number answers 404. */
    private String id;
    @Valid
    private PersonForm form;
    private UnitRow unit;
    private List<PersonRow> duplicates = List.of();
    private boolean duplicatesConfirmed;

    /** View action. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        UiActions.load(() -> {
            form = id == null || id.isBlank()
                    ? people.newForm(currentCaller.require().unitId())
                    : people.editForm(Long.parseLong(id.trim()));
            unit = units.row(form.getUnitId());
        });
    }

    public boolean isNew() {
        return form != null && form.getId() == null;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    /** Saves; a new person who may already be registered is first offered the existing records. */
    public String save() {
        form.setUnitId(unit == null ? null : unit.id());
        if (isNew() && !duplicatesConfirmed) {
            duplicates = people.possibleDuplicates(form);
            if (!duplicates.isEmpty()) {
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
        }
        return UiActions.attempt("personForm", () -> {
            if (isNew()) {
                people.create(form);
                UiActions.info("person.created", form.getName());
            } else {
                people.update(form);
                UiActions.info("person.saved", form.getName());
            }
            return "/people/list.xhtml?faces-redirect=true";
        });
    }

    /** Registers the new person although the possible duplicates shown are someone else. */
    public String saveAnyway() {
        duplicatesConfirmed = true;
        return save();
    }

    public List<PersonRow> getDuplicates() {
        return duplicates;
    }

    public PersonTag[] getTags() {
        return PersonTag.values();
    }

    /** Discards the input and loads the person as stored now (after someone else saved first). */
    public void reload() throws IOException {
        form = null;
        load();
    }

    /** Whether a page asked for the new person: a path of this application only, never an address elsewhere. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
}
