package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jinguo.demo.DemoData;
import org.jinguo.testsupport.probe.ProbeClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One account signed in from a dozen browsers at the same moment, through the sign-in page: each sign-in records
 * itself on the account. They used to collide on its version (an HTTP 500, found by the benchmark), then to queue
 * on its row lock behind each other's password checks until H2's lock timeout (HTTP 500 under load in CI).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInConcurrencyIT {

    @ArquillianResource
    URL base;

    @Test
    void simultaneousSignInsOfOneAccountAllSucceed() throws Exception {
        int browsers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < browsers; i++) {
                Callable<String> signIn = () -> {
                    ProbeClient client = new ProbeClient(base.toString());
                    start.await();
                    client.signIn("viewer", DemoData.DEMO_PASSWORD); // throws unless answered 302
                    return client.probe("me").get("unit")[0];
                };
                answers.add(pool.submit(signIn));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertEquals(answers.get(0).get(), answer.get(), "every browser is signed in as the same user");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
