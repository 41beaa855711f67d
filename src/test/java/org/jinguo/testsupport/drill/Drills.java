package org.jinguo.testsupport.drill;

import java.io.IOException;

/** What every drill does: run its users in threads of their own, and run a shell command of its script. */
final class Drills {

    private Drills() {
    }

    /** Starts {@code work} in a daemon thread: a drill that fails half-way ends, its users with it. */
    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Runs {@code command} with bash, its output the drill's; fails unless it succeeds. */
    static void shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}
