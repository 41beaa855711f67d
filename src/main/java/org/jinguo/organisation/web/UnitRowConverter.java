package org.jinguo.organisation.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.organisation.service.OrgUnitService;
import org.jinguo.organisation.service.UnitRow;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.web.Texts;

/** Unit pickers submit a unit id; it is looked up in the user's scope, so a foreign id is refused. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "unitRowConverter", managed = true)
public class UnitRowConverter implements Converter<UnitRow> {

    @Inject
    OrgUnitService units;

    @Override
    public UnitRow getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return units.row(Long.parseLong(value.trim()));
        } catch (NumberFormatException | JinguoException | EJBException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("unit.picker.unknown"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitRow value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
