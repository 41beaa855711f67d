package org.jinguo.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread (every call, reads and writes alike),
 * so that a page's cost in statements can be watched: {@link org.jinguo.platform.web.RequestCostFilter}
 * counts each request and warns about expensive ones; the tests hold each main page to a budget.
 * Registered in persistence.xml ({@code eclipselink.session-event-listener}); it costs one increment
 * per statement and, unlike a session profiler, takes no lock on the object cache.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Starts counting from zero on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements sent on this thread since {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }
}
