package org.jinguo.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user should read in her own language: the message is a bundle key with arguments,
 * optionally tied to the form field it concerns. Rolls the transaction back: nothing is half-saved.
 */
@ApplicationException(rollback = true, inherited = true)
public class JinguoException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public JinguoException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the message belongs next to, or {@code null} for the whole form. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
