package org.jinguo.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive builder of the integration tests: the real WAR that {@code package} built, plus the
 * in-container tests and their support. Nothing is listed class by class. It is deployed once for the whole
 * suite ({@link org.jinguo.testsupport.deployment.OneDeployment}).
 */
public final class Deployments {

    /** What runs only on the test side: the browser and the tests that drive it, unit tests, the benchmark. */
    private static final List<String> CLIENT_ONLY_MARKERS = List.of("org/openqa/selenium", "org/jinguo/testsupport/Browser",
            "org/jboss/arquillian/container/test/api/RunAsClient", "com/tngtech/archunit");
    private static final Pattern UNIT_TEST = Pattern.compile(".*Test(\\$.*)?\\.class");

    private Deployments() {
    }

    /** The WAR exactly as it ships. */
    public static WebArchive realWar() {
        File war = new File(System.getProperty("jinguo.war", "target/jinguo.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, "jinguo.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The suite's archive: the WAR as it ships, plus every compiled test class that runs inside the server (the
     * in-container tests, {@link SignedInAs}, {@link TestCurrentCaller}, {@link TestData}, the probe that
     * reports what a page costs). Browser and other client-side tests stay out: they only talk to it. A web
     * fragment opens Arquillian's test runner servlet, which the WAR's sign-in constraint would cover.
     */
    public static WebArchive suite() {
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "jinguo-test-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml");
        WebArchive war = realWar().addAsLibrary(runnerAccess);
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes.resolve("org/jinguo"))) {
            files.filter(Files::isRegularFile).filter(Deployments::runsInTheServer).forEach(file ->
                    war.add(new FileAsset(file.toFile()), "WEB-INF/classes/" + classes.relativize(file).toString()
                            .replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    private static boolean runsInTheServer(Path file) {
        String path = file.toString().replace(File.separatorChar, '/');
        if (!path.endsWith(".class") || path.contains("/org/jinguo/bench/") || UNIT_TEST.matcher(path).matches()) {
            return false;
        }
        try {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return CLIENT_ONLY_MARKERS.stream().noneMatch(bytes::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
