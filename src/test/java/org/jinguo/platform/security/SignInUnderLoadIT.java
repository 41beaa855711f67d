package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.platform.config.Settings;
import org.jinguo.testsupport.SignedInAs;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-ins of one account from many desks at the same moment, inside the server: a department's shared account
 * must always get in, however long each password check takes on a busy machine (no lock is held while hashing),
 * and wrong passwords guessed in parallel are each counted, so the lockout still comes at the configured count.
 * Runs on H2 and on MySQL.
 */
@ExtendWith(ArquillianExtension.class)
class SignInUnderLoadIT {

    private static final String PASSWORD = "Desk#2026load";
    private static final int DESKS = 16;

    @Inject
    UserDirectory directory;

    @Inject
    AccountService accounts;

    @Inject
    UnitDirectory units;

    @Inject
    Settings settings;

    /** Threads with the application's context, so that each sign-in runs as the server would run a request's. */
    @Resource
    ManagedThreadFactory threads;

    @Test
    void sixteenDesksSigningInToOneAccountAtOnceAllGetIn() throws Exception {
        String username = newAccount();
        List<Optional<Caller>> outcomes = atOnce(DESKS, desk -> directory.signIn(username, PASSWORD, "192.0.2." + (100 + desk)));
        assertEquals(DESKS, outcomes.size());
        for (Optional<Caller> outcome : outcomes) {
            assertTrue(outcome.isPresent(), "every desk is signed in");
            assertEquals(username, outcome.get().username());
        }
        assertTrue(directory.signIn(username, PASSWORD, "192.0.2.99").isPresent(), "and the account is not locked");
    }

    @Test
    void wrongPasswordsGuessedInParallelAreEachCountedAndLockTheAccount() throws Exception {
        String username = newAccount();
        int attempts = settings.lockoutAttempts();
        List<Optional<Caller>> guesses = atOnce(attempts, desk -> directory.signIn(username, "Wrong#" + desk, "198.51.100.7"));
        assertTrue(guesses.stream().noneMatch(Optional::isPresent));
        assertTrue(directory.signIn(username, PASSWORD, "198.51.100.8").isEmpty(),
                attempts + " wrong passwords at once lock the account: even the right one is refused now");
    }

    /** A new staff account of the Shimahe street federation, its first password {@link #PASSWORD}. */
    private String newAccount() throws Exception {
        String username = TestData.newUsername();
        long unit = TestData.unitId(units, "石马河街道妇联");
        SignedInAs.run("district", () -> accounts.createUser(TestData.newUser(username, unit, Role.STAFF, PASSWORD)));
        return username;
    }

    /** Runs {@code count} sign-ins released at the same instant, each in its own transaction; their outcomes. */
    private List<Optional<Caller>> atOnce(int count, Desk desk) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count, threads);
        try {
            List<Future<Optional<Caller>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Optional<Caller>> signIn = () -> {
                    start.await();
                    return desk.signIn(n);
                };
                futures.add(pool.submit(signIn));
            }
            start.countDown();
            List<Optional<Caller>> outcomes = new ArrayList<>();
            for (Future<Optional<Caller>> future : futures) {
                outcomes.add(future.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Desk {
        Optional<Caller> signIn(int desk);
    }
}
