package org.jinguo.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the suite's deployment (the WAR as it ships, plus what only tests add), its
 * address, and one headless browser per test class. Each test starts signed out, with no cookies, no
 * downloads and the default window, as if the browser were new; tests of a class never depend on each other.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTestBase {

    /** The password of every demo account. */
    protected static final String DEMO_PASSWORD = "Jinguo@2026";

    private static Browser shared;

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        if (shared == null) {
            shared = new Browser(base);
        } else {
            shared.reset();
        }
        browser = shared;
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }
}
