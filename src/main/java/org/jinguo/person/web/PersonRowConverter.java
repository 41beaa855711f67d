package org.jinguo.person.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.web.Texts;

/** A person picked in an autocomplete, by id, looked up in the user's scope. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "personRowConverter", managed = true)
public class PersonRowConverter implements Converter<PersonRow> {

    @Inject
    PersonService people;

    @Override
    public PersonRow getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return people.row(Long.parseLong(value.trim()));
        } catch (NumberFormatException | JinguoException | EJBException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("person.picker.unknown"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PersonRow value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
