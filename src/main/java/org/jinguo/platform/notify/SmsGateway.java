package org.jinguo.platform.notify;

/**
 * The one interface to an SMS gateway. The default ({@link LoggingSmsGateway}) only writes each message to the
 * server log with the number masked; a real gateway is a CDI alternative implementing this, enabled in beans.xml.
 */
public interface SmsGateway {

    /** Sends {@code text} (at most 70 characters) to {@code mobile}; throws when the gateway refused or is unreachable. */
    void send(String mobile, String text) throws DeliveryException;
}
