package org.jinguo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field, but a submitted value that is not a number (only a hand-made request sends one: the
 * field's script sends digits) is refused with a message at the field instead of a NumberFormatException and an
 * HTTP 500. Registered for {@code p:inputNumber} in faces-config.xml.
 */
public class NumberFieldRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String hidden = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context) + "_hinput");
        if (hidden != null && !hidden.isBlank() && !number(hidden)) {
            // the field keeps its value and says why; the invalid field stops the form like any other
            UIInput input = (UIInput) component;
            input.setSubmittedValue(null);
            input.setValid(false);
            context.addMessage(component.getClientId(context),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("input.notANumber"), null));
            return;
        }
        super.decode(context, component);
    }

    /** What the field's script sends: a plain decimal, never an exponent, never more than 40 characters. */
    static boolean number(String value) {
        String v = value.strip();
        if (v.length() > 40 || v.indexOf('e') >= 0 || v.indexOf('E') >= 0) {
            return false;
        }
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        try {
            return super.getConvertedValue(context, component, submittedValue);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("input.notANumber"), null), e);
        }
    }
}
