package org.jinguo.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.jinguo.platform.errors.JinguoException;

/**
 * What a picker (an autocomplete of units, people, volunteers) submits: the row's id, looked up again through
 * the service in the user's scope, so a foreign or made-up id is refused with a message at the field.
 */
public abstract class PickedRowConverter<T> implements Converter<T> {

    /** The row with this id, in the user's scope; throws when there is none. */
    protected abstract T row(long id);

    /** The row's id. */
    protected abstract long id(T row);

    /** The bundle key of the message for an id that is not found. */
    protected abstract String unknownKey();

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return row(Long.parseLong(value.trim()));
        } catch (NumberFormatException | JinguoException | EJBException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(unknownKey()), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : String.valueOf(id(value));
    }
}
