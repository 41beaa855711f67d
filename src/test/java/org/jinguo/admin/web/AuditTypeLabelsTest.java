package org.jinguo.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The auditor's page names the kind of each record in words ({@code audit.type.*}): every entity, whose changes
 * the trail records by itself, and every list that is exported, in both languages. Without a label the page
 * would show the Java class name.
 */
class AuditTypeLabelsTest {

    private static final Pattern EXPORTED = Pattern.compile("\\.exported\\(\"([A-Za-z]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyKindOfRecordInTheTrailHasALabel(String language) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/admin_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        Set<String> missing = new TreeSet<>();
        for (String type : recordTypes()) {
            if (bundle.getProperty("audit.type." + type, "").isBlank()) {
                missing.add(type);
            }
        }
        assertEquals(Set.of(), missing, "audit.type.* in admin_" + language + ".properties");
    }

    private static Set<String> recordTypes() throws IOException {
        Set<String> types = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jinguo")
                .stream().filter(c -> c.isAnnotatedWith(Entity.class)).map(JavaClass::getSimpleName).forEach(types::add);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher exported = EXPORTED.matcher(Files.readString(file));
                while (exported.find()) {
                    types.add(exported.group(1));
                }
            }
        }
        if (types.size() < 30) {
            throw new AssertionError("found too few kinds of record to believe: " + types);
        }
        return types;
    }
}
