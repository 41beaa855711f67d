package org.jinguo.testsupport;

import java.util.concurrent.Callable;

/**
 * In-container tests call the services as a given demo or test user: the services see her as the
 * signed-in caller ({@link TestCurrentCaller}), with her unit as data scope and her roles.
 */
public final class SignedInAs {

    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    private SignedInAs() {
    }

    static String current() {
        return USER.get();
    }

    public static <T> T call(String username, Callable<T> work) throws Exception {
        String before = USER.get();
        USER.set(username);
        try {
            return work.call();
        } finally {
            if (before == null) {
                USER.remove();
            } else {
                USER.set(before);
            }
        }
    }

    /** Runs {@code work} as {@code username}. */
    public static void run(String username, ThrowingRunnable work) throws Exception {
        call(username, () -> {
            work.run();
            return null;
        });
    }

    /** A piece of test code that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
