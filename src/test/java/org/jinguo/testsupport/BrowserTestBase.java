package org.jinguo.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the suite's deployment (the WAR as it ships, plus what only tests add), its
 * address, and one headless browser for the whole run (started by the first browser test, quit when the test JVM
 * ends: a Chromium started per class cost two seconds each). Each test starts signed out, with no cookies, no
 * downloads and the default window, as if the browser were new; no test depends on another.
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
        if (shared != null) {
            try {
                shared.reset();
            } catch (org.openqa.selenium.WebDriverException e) {
                shared.close(); // the browser has gone (a crash): the next test gets a new one
                shared = null;
            }
        }
        if (shared == null) {
            Browser started = new Browser(base);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            shared = started;
        }
        browser = shared;
    }
}
