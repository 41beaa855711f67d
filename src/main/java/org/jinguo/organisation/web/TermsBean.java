package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.HolderRow;
import org.jinguo.organisation.service.TermForm;
import org.jinguo.organisation.service.TermRow;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.person.web.PersonPicker;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;
import org.primefaces.PrimeFaces;

/**
 * A unit's elections: its terms (the current one at a glance, past ones as history), a new term,
 * and the office holders of the term shown, added from the person registry or removed.
 */
@Named
@ViewScoped
public class TermsBean implements Serializable, PersonPicker {

    private static final long serialVersionUID = 1L;

    @Inject
    TermService terms;

    @Inject
    UnitDirectory units;

    @Inject
    PersonService people;

    /** The view parameter as typed in the address; anything but a number answers 404. */
    private String unit;
    private UnitRow unitRow;
    private List<TermRow> history = List.of();
    private TermRow shown;
    private List<HolderRow> holders = List.of();
    @Valid
    private TermForm newTerm = new TermForm();
    private PersonRow person;
    private Position position = Position.EXECUTIVE_MEMBER;

    /** View action. */
    public void load() throws IOException {
        if (unitRow != null) {
            return;
        }
        UiActions.load(() -> {
            unitRow = units.row(Long.parseLong(unit == null ? "" : unit.trim()));
            refresh(null);
        });
    }

    /** Reloads the history and shows {@code termId}, else the current term, else the newest. */
    private void refresh(Long termId) {
        history = terms.terms(unitRow.id());
        shown = history.stream().filter(t -> termId != null && t.id() == termId).findFirst()
                .orElseGet(() -> history.stream().filter(TermRow::current).findFirst()
                        .orElse(history.isEmpty() ? null : history.get(0)));
        holders = shown == null ? List.of() : terms.holders(shown.id());
    }

    public void show(TermRow term) {
        refresh(term.id());
    }

    public void prepareNewTerm() {
        newTerm = new TermForm();
    }

    public void createTerm() {
        newTerm.setUnitId(unitRow.id());
        UiActions.attempt("termForm", () -> {
            long id = terms.createTerm(newTerm);
            UiActions.info("term.created");
            PrimeFaces.current().executeScript("PF('termDialog').hide()");
            refresh(id);
        });
    }

    /** The person just registered in the quick dialog (or an existing one chosen there) becomes the one to add. */
    @Override
    public void pickPerson(PersonRow picked) {
        person = picked;
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public void addHolder() {
        UiActions.attempt("holderForm", () -> {
            terms.addHolder(shown.id(), person == null ? 0 : person.id(), position);
            UiActions.info("holder.added", person.name());
            person = null;
            refresh(shown.id());
        });
    }

    public void remove(HolderRow holder) {
        UiActions.attempt(null, () -> {
            terms.removeHolder(holder.id());
            UiActions.info("holder.removed", holder.name());
            refresh(shown.id());
        });
    }

    public List<HolderRow> holdersIn(Position office) {
        return holders.stream().filter(h -> h.position() == office).toList();
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public UnitRow getUnitRow() {
        return unitRow;
    }

    public List<TermRow> getHistory() {
        return history;
    }

    public TermRow getShown() {
        return shown;
    }

    public List<HolderRow> getHolders() {
        return holders;
    }

    public TermForm getNewTerm() {
        return newTerm;
    }

    public PersonRow getPerson() {
        return person;
    }

    public void setPerson(PersonRow person) {
        this.person = person;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }
}
