package org.jinguo.testsupport;

import jakarta.ejb.Singleton;
import jakarta.mail.MailSessionDefinition;

/**
 * The integration tests' mail session, at the application name the app looks at first ({@code java:app/jinguo/mail}):
 * SMTP to {@link SmtpSink} on this machine. Production defines {@code mail/jinguo} in the Payara console instead.
 */
@Singleton
@MailSessionDefinition(name = "java:app/jinguo/mail", host = "127.0.0.1", from = "jinguo@test.local",
        properties = {"mail.smtp.port=" + SmtpSink.PORT, "mail.smtp.connectiontimeout=2000", "mail.smtp.timeout=3000"})
public class TestMailSession {
}
