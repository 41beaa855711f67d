package org.jinguo.volunteer.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.web.Texts;
import org.jinguo.volunteer.service.VolunteerService;
import org.jinguo.volunteer.service.VolunteerService.VolunteerRow;

/** A volunteer picked in an autocomplete, by id, looked up in the user's scope. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "volunteerRowConverter", managed = true)
public class VolunteerRowConverter implements Converter<VolunteerRow> {

    @Inject
    VolunteerService volunteers;

    @Override
    public VolunteerRow getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return volunteers.row(Long.parseLong(value.trim()));
        } catch (NumberFormatException | JinguoException | EJBException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("volunteer.picker.unknown"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, VolunteerRow value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
