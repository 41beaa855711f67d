package org.jinguo.unit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.model.StationKind;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.StationForm;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitForm;
import org.jinguo.unit.service.UnitRow;
import org.omnifaces.util.Faces;

/**
 * Creating ({@code ?parent=ID}) or editing ({@code ?id=ID}) a unit; changing the parent moves it.
 * An id outside the user's scope answers 404, one she may see but not change answers 403.
 */
@Named
@ViewScoped
public class UnitEditBean implements Serializable {

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    /** The view parameters as typed in the address; anything but a number answers 404. */
    private String id;
    private String parent;
    @Valid
    private UnitForm form;
    private UnitRow parentRow;

    /** View action. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        Long unitId = number(id);
        Long parentId = number(parent);
        try {
            if (unitId != null) {
                form = unitChanges.editForm(unitId);
            } else if (parentId != null) {
                form = unitChanges.newForm(parentId);
            } else {
                Faces.responseSendError(404, "");
                return;
            }
            parentRow = form.getParentId() == null ? null : units.row(form.getParentId());
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, "");
        } catch (AccessDeniedException e) {
            Faces.responseSendError(403, "");
        } catch (JinguoException e) {
            UiActions.show(null, e);
        }
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isNew() {
        return form != null && form.getId() == null;
    }

    public boolean isRoot() {
        return form != null && form.getId() != null && form.getParentId() == null;
    }

    /** The kinds that may stand below the chosen parent; the district unit keeps its own kind. */
    public List<UnitType> getTypes() {
        if (parentRow == null) {
            // the root keeps its kind; a form whose parent and kind were both sent empty offers none (not an HTTP 500)
            return form == null || form.getType() == null ? List.of() : List.of(form.getType());
        }
        return List.copyOf(parentRow.type().allowedChildren());
    }

    public List<StationKind> getStationKinds() {
        return List.of(StationKind.values());
    }

    /** A new empty station row; what she typed in the other rows stays. */
    public void addStation() {
        if (form.getStations().size() < UnitForm.MAX_STATIONS) {
            form.getStations().add(new StationForm());
        }
    }

    public void removeStation(int index) {
        if (index >= 0 && index < form.getStations().size()) {
            form.getStations().remove(index);
        }
    }

    public List<UnitRow> completeParent(String query) {
        return units.parentCandidates(query, 20).stream()
                .filter(row -> form == null || form.getId() == null || row.id() != form.getId())
                .toList();
    }

    public void parentChosen() {
        if (parentRow != null) {
            form.setParentId(parentRow.id());
        }
    }

    public String save() {
        if (parentRow != null) {
            form.setParentId(parentRow.id());
        }
        return UiActions.attempt("unitForm", () -> {
            long savedId;
            if (isNew()) {
                savedId = unitChanges.create(form);
                UiActions.info("unit.created", form.getName());
            } else {
                unitChanges.update(form);
                savedId = form.getId();
                UiActions.info("unit.saved", form.getName());
            }
            return "/organisation/units.xhtml?faces-redirect=true&id=" + savedId;
        });
    }

    /** Discards the user's input and loads the unit as it is stored now (after a concurrent change). */
    public void reload() throws IOException {
        form = null;
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public UnitForm getForm() {
        return form;
    }

    public UnitRow getParentRow() {
        return parentRow;
    }

    public void setParentRow(UnitRow parentRow) {
        this.parentRow = parentRow;
    }
}
