package org.jinguo.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jinguo.platform.notify.SmsGateway;

/** The tests' SMS gateway: keeps every message sent, so that a test can read what a user would get on her phone. */
@Alternative
@Priority(100)
@ApplicationScoped
public class CapturingSmsGateway implements SmsGateway {

    /** One SMS: number and text. */
    public record Sms(String mobile, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String mobile, String text) {
        sent.add(new Sms(mobile, text));
    }

    public List<Sms> sent() {
        return sent;
    }
}
