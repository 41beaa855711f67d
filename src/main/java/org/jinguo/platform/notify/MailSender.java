package org.jinguo.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail through the Jakarta Mail session an administrator defines in the Payara console (JavaMail Sessions, JNDI name
 * {@code mail/jinguo} unless {@code jinguo.mail.session} names another): host, port, sender and credentials live in
 * the server, none in the WAR. An application may also define {@code java:app/jinguo/mail} (the tests do). Without a
 * session the channel is unavailable: users cannot choose it, and a delivery waits and is tried again.
 */
@ApplicationScoped
public class MailSender {

    static final String APP_SESSION = "java:app/jinguo/mail";

    @Inject
    @ConfigProperty(name = "jinguo.mail.session", defaultValue = "mail/jinguo")
    String sessionName;

    @Inject
    @ConfigProperty(name = "jinguo.base-url")
    Optional<String> baseUrl;

    public Optional<Session> session() {
        for (String name : new String[] {APP_SESSION, sessionName}) {
            try {
                Object found = new InitialContext().lookup(name);
                if (found instanceof Session session) {
                    return Optional.of(session);
                }
            } catch (NamingException e) {
                // not defined under that name: try the next
            }
        }
        return Optional.empty();
    }

    public boolean available() {
        return session().isPresent();
    }

    public void send(String to, String text, String path) throws DeliveryException {
        Session session = session().orElseThrow(() -> new DeliveryException("no mail session (define mail/jinguo in the console)"));
        try {
            MimeMessage message = new MimeMessage(session);
            if (message.getFrom() == null || message.getFrom().length == 0) {
                message.setFrom(new InternetAddress(session.getProperty("mail.from") == null ? "jinguo@localhost"
                        : session.getProperty("mail.from")));
            }
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject("江北区妇联·巾帼：" + (text.length() > 40 ? text.substring(0, 39) + "…" : text), "UTF-8");
            String link = path == null ? "" : "\n\n" + baseUrl.map(u -> u.replaceAll("/+$", "")).orElse("") + path;
            message.setText(text + link + "\n\n（此邮件由系统发送，请勿回复。可在“我的通知 · 提醒方式”中更改。）", "UTF-8");
            message.setSentDate(new Date());
            String user = session.getProperty("mail.smtp.user");
            String password = session.getProperty("mail.smtp.password");
            if (user != null && password != null) {
                Transport.send(message, user, password); // a server that wants a sign-in (the console's alias)
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
