package org.jinguo.platform.web;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.logging.Logger;
import org.jinguo.platform.config.Settings;

/**
 * On several servers (docs/scaling.md) a session is written to the Data Grid after each request, and an attribute
 * that does not serialize is left out with only a line in the log: the other server gets the session without it.
 * Faces keeps every page's view-scoped beans in one such attribute, so a single row record that is not
 * serializable, anywhere in any page a user has open, costs her the state of all of them on failover. With
 * {@code jinguo.session.check} on (the test servers), this filter serializes every attribute after each page
 * request and logs what would be left out, with {@link #MARK}: the tests fail on that line
 * (src/test/payara/check-server-log.sh). Off, it costs nothing.
 */
public class SessionCheckFilter extends HttpFilter {

    /** The start of the line logged for an attribute that does not serialize. */
    public static final String MARK = "SESSION-NOT-SERIALIZABLE";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionCheckFilter.class.getName());

    @Inject
    transient Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = settings.sessionCheck() ? request.getSession(false) : null;
            if (session != null) {
                check(session, request.getServletPath());
            }
        }
    }

    private static void check(HttpSession session, String page) {
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                String problem = problem(session.getAttribute(name));
                if (problem != null) {
                    LOG.warning(() -> MARK + ": the session attribute " + name + " would not reach another server after "
                            + page + ": " + problem);
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during the request: nothing is kept
        }
    }

    /**
     * What stops {@code value} from serializing (the class that is not), or null when it serializes as the server
     * writes sessions: the server replaces each reference to an enterprise bean by a handle of its own.
     */
    static String problem(Object value) {
        try (ObjectOutputStream out = new AsTheServerWrites()) {
            out.writeObject(value);
            return null;
        } catch (NotSerializableException e) {
            return e.getMessage() + " is not serializable";
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    private static final class AsTheServerWrites extends ObjectOutputStream {

        AsTheServerWrites() throws IOException {
            super(OutputStream.nullOutputStream());
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return isEnterpriseBean(object.getClass()) ? "a handle of the enterprise bean" : object;
        }

        /** A session bean's view the container made (it extends the bean's class), or the bean's class itself. */
        private static boolean isEnterpriseBean(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                        || c.isAnnotationPresent(Stateful.class)) {
                    return true;
                }
            }
            return false;
        }
    }
}
