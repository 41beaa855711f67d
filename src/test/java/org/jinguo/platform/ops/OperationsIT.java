package org.jinguo.platform.ops;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditRow;
import org.jinguo.admin.service.AuditService;
import org.jinguo.platform.audit.AuditArchive;
import org.jinguo.platform.sensitive.KeyCheck;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operations in the container: the audit archive moves exactly the entries past retention, which the auditor still
 * finds; a once-a-day job is claimed by one run however many try at once; the key check knows the key.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Inject
    AuditArchive archive;

    @Inject
    AuditService audit;

    @Inject
    JobClaim claims;

    @Inject
    KeyCheck keyCheck;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void entriesPastRetentionMoveToTheArchiveWhereTheAuditorStillFindsThem() throws Exception {
        String actor = TestData.unique("old");
        Instant twoYearsAgo = Instant.now().minus(Duration.ofDays(730));
        transaction.begin();
        for (int i = 0; i < 3; i++) {
            em.createNativeQuery("INSERT INTO audit_entry (occurred_at, action, actor, detail) VALUES (?, 'EXPORT', ?, ?)")
                    .setParameter(1, Timestamp.from(twoYearsAgo.plusSeconds(i))).setParameter(2, actor)
                    .setParameter(3, "entry " + i).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO audit_entry (occurred_at, action, actor, detail) VALUES (?, 'EXPORT', ?, 'recent')")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, actor).executeUpdate();
        transaction.commit();

        int moved = archive.archiveBefore(Instant.now().minus(Duration.ofDays(540)));

        assertTrue(moved >= 3, "at least the three old entries moved, moved " + moved);
        assertEquals(1L, count("audit_entry", actor), "the recent entry stays in the trail");
        assertEquals(3L, count("audit_archive", actor), "the old ones are in the archive, once each");
        AuditFilter live = new AuditFilter();
        live.setActor(actor);
        AuditFilter archived = new AuditFilter();
        archived.setActor(actor);
        archived.setArchive(true);
        List<AuditRow> found = call("auditor", () -> audit.entries(archived, 0, 10));
        assertEquals(List.of("entry 2", "entry 1", "entry 0"), found.stream().map(AuditRow::detail).toList(),
                "the auditor searches the archive as the trail, newest first, unchanged");
        assertEquals(1L, (long) call("auditor", () -> audit.count(live)));
        archive.archiveBefore(Instant.now().minus(Duration.ofDays(540)));
        assertEquals(3L, count("audit_archive", actor), "a second run moves none of them again");
        assertEquals(1L, count("audit_entry", actor));
        assertTrue(call("auditor", () -> audit.retention()).months() >= 6, "at least six months stay live");
    }

    @Test
    void aDailyJobIsClaimedByOneRunOnly() throws Exception {
        String slot = TestData.unique("slot");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tries.add(() -> claims.claim("test-job", slot));
            }
            int won = 0;
            for (Future<Boolean> result : pool.invokeAll(tries)) {
                won += result.get() ? 1 : 0;
            }
            assertEquals(1, won, "four servers at the same moment: one runs the job");
        } finally {
            pool.shutdown();
        }
        assertFalse(claims.claim("test-job", slot), "nor does a later run of the same day");
        claims.finished("test-job", slot, "42");
        assertEquals("42", String.valueOf(claims.lastRun("test-job")[1]));
    }

    @Test
    void theKeyCheckKnowsTheConfiguredKey() {
        assertTrue(keyCheck.keyFits(), "the test server's key is the one the database met first");
    }

    private long count(String table, String actor) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE actor = ?")
                .setParameter(1, actor).getSingleResult()).longValue();
    }
}
