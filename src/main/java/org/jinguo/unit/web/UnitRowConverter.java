package org.jinguo.unit.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.platform.web.PickedRowConverter;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** Unit pickers submit a unit id; it is looked up in the user's scope, so a foreign id is refused. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "unitRowConverter", managed = true)
public class UnitRowConverter extends PickedRowConverter<UnitRow> {

    @Inject
    UnitDirectory units;

    @Override
    protected UnitRow row(long id) {
        return units.row(id);
    }

    @Override
    protected long id(UnitRow row) {
        return row.id();
    }

    @Override
    protected String unknownKey() {
        return "unit.picker.unknown";
    }
}
