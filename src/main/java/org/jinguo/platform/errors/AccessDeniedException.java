package org.jinguo.platform.errors;

/** The signed-in user's roles do not allow the action. Shown as HTTP 403. */
public class AccessDeniedException extends JinguoException {

    public AccessDeniedException() {
        super("error.accessDenied", null);
    }
}
