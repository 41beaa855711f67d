package org.jinguo.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** The stand-in SMS gateway: writes each message to the server log, the number masked (139****5678). */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public void send(String mobile, String text) {
        LOG.info("SMS to " + mask(mobile) + ": " + text);
    }

    static String mask(String mobile) {
        return mobile == null || mobile.length() < 7 ? "***" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
