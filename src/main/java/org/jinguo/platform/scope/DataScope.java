package org.jinguo.platform.scope;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

/**
 * The one place that decides which records a piece of code may see.
 *
 * <p>Every scoped entity ({@link Unit} and every
 * {@link UnitOwned} record) carries the materialised path of its unit, e.g. {@code /1/12/130/}, and an
 * EclipseLink {@code @AdditionalCriteria} that keeps only rows whose path starts with the entity
 * manager's {@value #PARAMETER} property. That property is set for each service call by
 * {@link CallerScopeInterceptor} (the signed-in user's unit) or {@link SystemScopeInterceptor}
 * (sign-in, start-up jobs). Where neither ran, the persistence unit's default {@value #NOTHING} matches
 * no row, so a forgotten binding shows nothing rather than everything.
 */
public final class DataScope {

    /** Name of the additional-criteria parameter, as an entity manager property. */
    public static final String PARAMETER = "jinguoScope";

    /** The prefix every path starts with: sees all units. Only for system work. */
    public static final String EVERYTHING = "/";

    /** Matches no path. */
    public static final String NOTHING = "#";

    private DataScope() {
    }

    /**
     * Runs {@code invocation} with the transaction's entity manager scoped to {@code path}, and puts the
     * previous scope back afterwards, so a nested call cannot widen or narrow its caller's scope.
     */
    static Object proceedWithin(EntityManager em, String path, InvocationContext invocation) throws Exception {
        Object previous = em.getProperties().get(PARAMETER);
        em.setProperty(PARAMETER, path);
        try {
            return invocation.proceed();
        } finally {
            em.setProperty(PARAMETER, previous == null ? NOTHING : previous);
        }
    }

    /** Whether the unit at {@code path} is {@code scopePath} itself or below it. */
    public static boolean covers(String scopePath, String path) {
        return scopePath != null && path != null && path.startsWith(scopePath);
    }

    /** The path of a child with the given id under {@code parentPath} ({@code null} for a root). */
    public static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    /**
     * The path of the unit of the second level above or at the unit at {@code path} (a street or town of the
     * district: {@code /1/5/} of {@code /1/5/23/}); the root's own path for the root.
     */
    public static String streetOf(String path) {
        String[] parts = path.split("/");
        return parts.length <= 3 ? path : "/" + parts[1] + "/" + parts[2] + "/";
    }

    /** The paths of the unit at {@code path} and of every unit above it: {@code /1/}, {@code /1/5/}, {@code /1/5/23/}. */
    public static java.util.List<String> pathsAbove(String path) {
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
            paths.add(path.substring(0, end + 1));
        }
        return paths;
    }
}
