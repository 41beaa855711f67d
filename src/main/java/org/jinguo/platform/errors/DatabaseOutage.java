package org.jinguo.platform.errors;

import jakarta.servlet.ServletRequest;
import java.sql.SQLException;

/**
 * Telling the database being away (or the pool's way to it) from a fault: the user then gets "temporarily
 * unavailable" (503) instead of an error. Where a framework hands on a failure without its cause (the sign-in's
 * identity store, behind Jakarta Security), the code that saw the cause marks the request instead.
 */
public final class DatabaseOutage {

    static final String MARK = "org.jinguo.error-outage";

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes is the database being unreachable. */
    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = next(t), depth++) {
            String type = t.getClass().getName();
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || type.endsWith("CommunicationsException") || type.endsWith("PoolingException")
                    || type.equals("jakarta.resource.spi.ResourceAllocationException")
                    // the container could not commit because the connection broke under it (the database went away
                    // between the statements and the commit): "Unable to complete container-managed transaction"
                    || type.equals("jakarta.transaction.SystemException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Marks {@code request} as failed by an outage when {@code failure} is one. */
    public static void markIf(ServletRequest request, Throwable failure) {
        if (request != null && is(failure)) {
            request.setAttribute(MARK, Boolean.TRUE);
        }
    }

    /** Whether the request was marked by {@link #markIf}. */
    public static boolean marked(ServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(MARK));
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null && t.getCause() != t) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
