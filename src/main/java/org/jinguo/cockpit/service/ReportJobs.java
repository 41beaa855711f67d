package org.jinguo.cockpit.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jinguo.platform.figures.Section;

/**
 * Writes year-end reports in the background on the server's managed executor, so that a long report never holds a
 * request: the figures are gathered in the user's request (the cockpit's, with her rights), the documents are written
 * here; the page polls the job's progress and then downloads both files. A job belongs to the user who started it,
 * and is forgotten an hour after it finished. Per server: a job is polled on the server that runs it (sticky sessions).
 */
@ApplicationScoped
public class ReportJobs {

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    static final Duration KEPT = Duration.ofHours(1);

    @Resource
    ManagedExecutorService executor;

    /** A report being written, or written. */
    public static final class Job implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id = UUID.randomUUID().toString();
        private final long userId;
        private final YearReport.Subject subject;
        private volatile int progress;
        private volatile byte[] pdf;
        private volatile byte[] xlsx;
        private volatile boolean failed;
        private volatile Instant finishedAt;

        Job(long userId, YearReport.Subject subject) {
            this.userId = userId;
            this.subject = subject;
        }

        public String getId() {
            return id;
        }

        public int getProgress() {
            return progress;
        }

        public boolean isDone() {
            return pdf != null && xlsx != null;
        }

        public boolean isFailed() {
            return failed;
        }

        public byte[] pdf() {
            return pdf;
        }

        public byte[] xlsx() {
            return xlsx;
        }

        public YearReport.Subject subject() {
            return subject;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** Starts writing the report of {@code sections}; returns the job at once. */
    public Job start(long userId, YearReport.Subject subject, List<Section> sections) {
        forgetOld();
        Job job = new Job(userId, subject);
        jobs.put(job.id, job);
        executor.execute(() -> {
            try {
                job.pdf = YearReport.pdf(subject, sections, p -> job.progress = Math.min(95, p));
                job.xlsx = YearReport.xlsx(subject, sections);
                job.progress = 100;
            } catch (RuntimeException e) {
                job.failed = true;
                LOG.log(Level.WARNING, "Year-end report of " + subject.unitName() + " failed", e);
            } finally {
                job.finishedAt = Instant.now();
            }
        });
        return job;
    }

    /** Her job by id; another user's, or a forgotten one, is none. */
    public Optional<Job> find(long userId, String id) {
        Job job = id == null ? null : jobs.get(id);
        return job != null && job.userId == userId ? Optional.of(job) : Optional.empty();
    }

    private void forgetOld() {
        Instant cutoff = Instant.now().minus(KEPT);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(cutoff));
    }
}
