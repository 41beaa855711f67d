package org.jinguo.person.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jinguo.person.service.PersonFilter;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.person.service.PersonView;
import org.jinguo.person.service.SensitiveField;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * The people list: filter by name, exact ID-card number and unit; details with masked sensitive
 * fields that a permitted user can show one at a time (each audited); export with masked fields.
 */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The registry as a spreadsheet shows it: sensitive fields masked. */
    static final SheetColumns<PersonRow> COLUMNS = SheetColumns.of(PersonRow.class)
            .column("person.name", PersonRow::name)
            .column("person.gender", PersonRow::gender)
            .column("person.birthDate", PersonRow::birthDate)
            .column("person.unit", PersonRow::unitName)
            .column("person.idCard", PersonRow::idCardMasked)
            .column("person.phone", PersonRow::phoneMasked);

    @Inject
    PersonService people;

    @Inject
    UnitDirectory units;

    @Inject
    AuditTrail auditTrail;

    @Valid
    private PersonFilter filter = new PersonFilter();
    private UnitRow unit;
    private PagedList<PersonRow> rows;
    private PersonView selected;
    private PersonRow duplicate;
    private final Map<SensitiveField, String> revealed = new EnumMap<>(SensitiveField.class);

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> people.search(filter, first, max), () -> people.count(filter),
                row -> String.valueOf(row.id()));
    }

    public void search() {
        filter.setUnitId(unit == null ? null : unit.id());
    }

    public void clear() {
        filter = new PersonFilter();
        unit = null;
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public void show(PersonRow row) {
        revealed.clear();
        UiActions.attempt(null, () -> {
            selected = people.view(row.id());
        });
    }

    /** Shows one sensitive field of the selected person in full (audited). */
    public void reveal(String field) {
        SensitiveField which = SensitiveField.valueOf(field);
        UiActions.attempt(null, () -> {
            revealed.put(which, people.reveal(selected.id(), which));
        });
    }

    public List<PersonRow> completeDuplicate(String query) {
        PersonFilter byName = new PersonFilter();
        byName.setName(query);
        return people.search(byName, 0, 20).stream().filter(row -> row.id() != selected.id()).toList();
    }

    /** Merges the chosen duplicate into the person shown; her offices and tags pass to this record. */
    public void merge() {
        UiActions.attempt("detailsForm", () -> {
            people.merge(selected.id(), duplicate.id());
            UiActions.info("person.merged", duplicate.name(), selected.name());
            duplicate = null;
            selected = people.view(selected.id());
            revealed.clear();
        });
    }

    public PersonRow getDuplicate() {
        return duplicate;
    }

    public void setDuplicate(PersonRow duplicate) {
        this.duplicate = duplicate;
    }

    public String shown(String field) {
        SensitiveField which = SensitiveField.valueOf(field);
        if (revealed.containsKey(which)) {
            return revealed.get(which);
        }
        return switch (which) {
            case ID_CARD -> selected.idCardMasked();
            case PHONE -> selected.phoneMasked();
            case ADDRESS -> selected.addressMasked();
        };
    }

    public boolean isRevealed(String field) {
        return revealed.containsKey(SensitiveField.valueOf(field));
    }

    /** The filtered list as a spreadsheet, sensitive fields masked; the export is audited. */
    public void export() throws IOException {
        search();
        Downloads.xlsxByKey(Texts.get("people.title"), COLUMNS, (after, max) -> people.exportPage(filter, after, max),
                PersonRow::id, count -> auditTrail.exported("Person", count, filter.describe()));
    }

    public PersonFilter getFilter() {
        return filter;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public PagedList<PersonRow> getRows() {
        return rows;
    }

    public PersonView getSelected() {
        return selected;
    }
}
