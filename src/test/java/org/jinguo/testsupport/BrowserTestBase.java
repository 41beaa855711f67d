package org.jinguo.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the WAR exactly as it ships, its address, and a fresh headless
 * browser per test. Subclasses add {@code @RunAsClient} and their tests.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTestBase {

    /** The password of every demo account. */
    protected static final String DEMO_PASSWORD = "Jinguo@2026";

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.realWar();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
