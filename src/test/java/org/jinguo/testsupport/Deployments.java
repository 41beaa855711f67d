package org.jinguo.testsupport;

import org.jinguo.testsupport.probe.ProbeServlet;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive builder of the integration tests: the real WAR that {@code package} built, plus,
 * for in-container tests, the test class and the test support. Nothing is listed class by class.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR exactly as it ships (for browser tests). */
    public static WebArchive realWar() {
        File war = new File(System.getProperty("jinguo.war", "target/jinguo.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "jinguo.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The WAR plus the test classes, for tests that run inside the server and call services as a user.
     * A web fragment opens Arquillian's test runner servlet, which the WAR's sign-in constraint covers.
     */
    public static WebArchive withTests(Class<?>... testClasses) {
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "jinguo-test-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml");
        return realWar()
                .addClasses(SignedInAs.class, SignedInAs.ThrowingRunnable.class, TestCurrentCaller.class, TestData.class)
                .addClasses(testClasses)
                .addAsLibrary(runnerAccess);
    }

    /** The WAR plus the probe that reports what pages cost the server (tests and benchmark only). */
    public static WebArchive withProbe() {
        return realWar().addPackage(ProbeServlet.class.getPackage());
    }

    private static final String RUNNER_ACCESS = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" metadata-complete="true">
                <name>jinguo_test_runner_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;
}
