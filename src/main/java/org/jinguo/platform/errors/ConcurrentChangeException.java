package org.jinguo.platform.errors;

/** Someone else saved the record since the user opened it; her input is kept and she may reload. */
public class ConcurrentChangeException extends JinguoException {

    public ConcurrentChangeException() {
        super("error.concurrentChange", null);
    }
}
