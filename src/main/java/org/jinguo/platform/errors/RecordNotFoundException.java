package org.jinguo.platform.errors;

/**
 * No such record in the user's scope. A record of another unit is reported exactly like a missing
 * one, so that ids cannot be probed. Shown as HTTP 404.
 */
public class RecordNotFoundException extends JinguoException {

    public RecordNotFoundException() {
        super("error.notFound", null);
    }
}
