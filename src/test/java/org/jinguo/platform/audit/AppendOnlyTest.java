package org.jinguo.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.ReadOnly;
import org.jinguo.admin.service.AuditService;
import org.junit.jupiter.api.Test;

/**
 * The application has no path that changes or deletes an audit entry: no statement in the sources
 * (Java or migrations after the one creating the table) updates or deletes audit_entry, the entity is
 * read-only without setters, and the audit services offer no such method.
 */
class AppendOnlyTest {

    private static final Pattern CHANGING = Pattern.compile(
            "(UPDATE\\s+(audit_entry|AuditEntry)\\b|DELETE\\s+FROM\\s+(audit_entry|AuditEntry)\\b"
                    + "|TRUNCATE\\s+(TABLE\\s+)?audit_entry|DROP\\s+TABLE\\s+audit_entry)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noSourceChangesOrDeletesAnEntry() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            sources = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")
                            || f.toString().endsWith(".xml"))
                    .toList();
        }
        assertTrue(sources.size() > 20, "the sources were found");
        for (Path source : sources) {
            String text = Files.readString(source);
            assertTrue(!CHANGING.matcher(text).find(), () -> source + " changes or deletes audit entries");
        }
    }

    @Test
    void theEntityIsReadOnlyAndHasNoSetters() {
        assertTrue(AuditEntry.class.isAnnotationPresent(ReadOnly.class));
        assertEquals(List.of(), Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).filter(name -> name.startsWith("set")).toList());
    }

    @Test
    void theAuditServicesOnlyRecordAndRead() {
        for (Class<?> type : List.of(AuditTrail.class, AuditService.class, AuditWriter.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    String name = method.getName().toLowerCase(Locale.ROOT);
                    assertTrue(!name.contains("delete") && !name.contains("remove") && !name.contains("update")
                            && !name.contains("purge") && !name.startsWith("set"), type.getSimpleName() + "." + name);
                }
            }
        }
    }
}
