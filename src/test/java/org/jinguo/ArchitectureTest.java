package org.jinguo;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure of the code (docs/architecture.md): top-level packages in layers, each depending only on the
 * layers below it; no cycles; a platform that names no feature; services that know no page; entities that know
 * no service; no file over 300 lines that does not say why. A new top-level package must be given its place in
 * {@link #LAYERS}.
 */
@AnalyzeClasses(packages = "org.jinguo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final int MAX_LINES = 300;

    /** Bottom first: a package may depend on the packages before it, never on one after it. */
    static final List<String> LAYERS = List.of(
            "platform",     // infrastructure: persistence, scoping, security, audit, files, export, web, i18n
            "vocabulary",   // words several features share (the six service lines)
            "unit",         // the organisation unit tree: units, their profile and stations
            "person",       // the person registry: everyone any feature links to
            "organisation", // the federation network: terms and office holders, mechanisms, coverage
            "notice",       // notices and polls to executive members
            "volunteer",    // volunteers, teams, activities, hours
            "incubation",   // the incubation base for social organisations
            "purchase",     // the government's purchase of services from those organisations
            "bridge",       // the Jinguo Bridge: needs as orders of the six service lines, matched to providers
            "childcare",    // the care of children in difficulty: case files under pseudonyms, plans, counselling
            "cockpit",      // the district cockpit and the year-end report: every area's figures, knowing no area
            "admin",        // users, the audit trail, the permission matrix
            "bootstrap",    // start-up: key check, the first district and administrator
            "demo");        // the demo district, loaded into an empty database when asked

    @ArchTest
    static final ArchRule layersDependDownwardOnly = layered();

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("org.jinguo.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformNamesNoFeature = noClasses().that().resideInAPackage("org.jinguo.platform..")
            .should().dependOnClassesThat(resideInAPackage("org.jinguo..").and(resideOutsideOfPackage("org.jinguo.platform..")))
            .because("the platform is the bottom layer: features build on it, it knows none of them");

    @ArchTest
    static final ArchRule everyPackageHasALayer = classes().should().resideInAnyPackage(
            LAYERS.stream().map(layer -> "org.jinguo." + layer + "..").toArray(String[]::new))
            .because("a new top-level package needs its place in ArchitectureTest.LAYERS and docs/architecture.md");

    @ArchTest
    static final ArchRule servicesKnowNoPage = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule everyServiceIsScoped = classes().that().haveSimpleNameEndingWith("Service")
            .and().areAnnotatedWith(jakarta.ejb.Stateless.class)
            .should().beAnnotatedWith(org.jinguo.platform.scope.ScopedToCaller.class)
            .orShould().beAnnotatedWith(org.jinguo.platform.scope.SystemScoped.class)
            .because("without the caller's scope a service finds no unit-owned record at all (every lookup is 'not found'),"
                    + " and one that sees every unit must say so");

    @ArchTest
    static final ArchRule entitiesKnowNoService = noClasses()
            .that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(MappedSuperclass.class)
            .or().areAnnotatedWith(Embeddable.class)
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..web..");

    /** No Java file is over 300 lines unless its first line says why ("// Longer than 300 lines on purpose: …"). */
    @Test
    void longFilesSayWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java", "src/bench")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    if (lines.size() > MAX_LINES && !lines.get(0).startsWith("// Longer than " + MAX_LINES + " lines on purpose: ")) {
                        unexplained.add(file + " (" + lines.size() + " lines)");
                    }
                }
            }
        }
        assertEquals(List.of(), unexplained, "split them, or say at their top why they are long");
    }

    private static ArchRule layered() {
        Architectures.LayeredArchitecture architecture = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (String layer : LAYERS) {
            architecture = architecture.layer(layer).definedBy("org.jinguo." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> above = LAYERS.subList(i + 1, LAYERS.size());
            architecture = architecture.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        return architecture.whereLayer(LAYERS.get(LAYERS.size() - 1)).mayNotBeAccessedByAnyLayer();
    }
}
