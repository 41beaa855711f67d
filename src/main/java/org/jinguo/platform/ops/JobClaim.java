package org.jinguo.platform.ops;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Lets a scheduled job that must run once per period run once however many servers raise it: the first server to
 * add the row (job, slot) to {@code scheduled_run} runs it; the others find the row there (its primary key) and
 * leave. The claim is committed on its own, before the work, so that a second server sees it at once.
 */
@Stateless
public class JobClaim {

    private static final Logger LOG = Logger.getLogger(JobClaim.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Whether this server won {@code slot} (e.g. the day, "2026-12-03") of {@code job}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean claim(String job, String slot) {
        try {
            context.getBusinessObject(JobClaim.class).insert(job, slot);
            return true;
        } catch (EJBException e) {
            // the row is there (its primary key): another server, or an earlier run of this one, has the slot
            LOG.fine(() -> job + " " + slot + " already claimed");
            Metrics.count("jinguo_jobs_total", "job", job, "outcome", "skipped");
            return false;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(String job, String slot) {
        em.createNativeQuery("INSERT INTO scheduled_run (job, slot, started_at, server) VALUES (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, slot).setParameter(3, java.sql.Timestamp.from(Instant.now()))
                .setParameter(4, server())
                .executeUpdate();
    }

    /** Gives a claim back (the work failed before it was done), so that the next try may claim it again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String job, String slot) {
        em.createNativeQuery("DELETE FROM scheduled_run WHERE job = ? AND slot = ? AND finished_at IS NULL")
                .setParameter(1, job).setParameter(2, slot)
                .executeUpdate();
    }

    /** Writes what the run did, for the pages that show it (e.g. the audit page's last archiving). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(String job, String slot, String result) {
        em.createNativeQuery("UPDATE scheduled_run SET finished_at = ?, result = ? WHERE job = ? AND slot = ?")
                .setParameter(1, java.sql.Timestamp.from(Instant.now())).setParameter(2, result)
                .setParameter(3, job).setParameter(4, slot)
                .executeUpdate();
        Metrics.count("jinguo_jobs_total", "job", job, "outcome", "ran");
    }

    /** The last finished run of {@code job}: its end and result, or {@code null}. */
    public Object[] lastRun(String job) {
        java.util.List<?> rows = em.createNativeQuery("SELECT finished_at, result FROM scheduled_run WHERE job = ? AND finished_at IS NOT NULL"
                        + " ORDER BY finished_at DESC")
                .setParameter(1, job).setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static String server() {
        String name = System.getProperty("com.sun.aas.instanceName", "server");
        String jvm = ManagementFactory.getRuntimeMXBean().getName();
        return (name + " " + jvm).substring(0, Math.min(100, name.length() + 1 + jvm.length()));
    }
}
