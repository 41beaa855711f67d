package org.jinguo.platform.notify;

/** A channel could not deliver now: the delivery is tried again later, and its reason kept. */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
