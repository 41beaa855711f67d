package org.jinguo.platform.errors;

/** The input breaks a rule of the domain (a duplicate name, a move into its own subtree, ...). */
public class BusinessRuleException extends JinguoException {

    public BusinessRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
