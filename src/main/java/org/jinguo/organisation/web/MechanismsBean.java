package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.organisation.service.HolderRow;
import org.jinguo.organisation.service.TermRow;
import org.jinguo.organisation.service.TermService;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * The unit whose executive-member mechanisms the page shows ({@code ?unit=}) and the office holders of its
 * current term, whom every mechanism chooses from. Each mechanism has its own bean on the page's tabs:
 * {@link MeetingsBean}, {@link DecisionsBean}, {@link DutyRotaBean}, {@link ContactsBean}.
 */
@Named
@ViewScoped
public class MechanismsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitDirectory units;
    @Inject
    TermService terms;

    @Inject
    CurrentCaller currentCaller;

    private String unit;
    private UnitRow unitRow;
    private List<HolderRow> holders = List.of();

    /** View action: the unit and its current office holders; an unknown unit answers 404. */
    public void load() throws IOException {
        if (unitRow != null) {
            return;
        }
        UiActions.load(() -> {
            long id = UiActions.idOr(unit, () -> currentCaller.require().unitId());
            unitRow = units.row(id);
            holders = terms.terms(id).stream().filter(TermRow::current).findFirst()
                    .map(term -> terms.holders(term.id())).orElse(List.of());
        });
    }

    /** The unit's id, for the mechanisms' beans. */
    long unitId() {
        return unitRow.id();
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

    public List<HolderRow> getHolders() {
        return holders;
    }
}
