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
            "(UPDATE\\s+(audit_entry|AuditEntry|audit_archive|ArchivedAuditEntry)\\b"
                    + "|DELETE\\s+FROM\\s+(audit_entry|AuditEntry|audit_archive|ArchivedAuditEntry)\\b"
                    + "|TRUNCATE\\s+(TABLE\\s+)?audit_(entry|archive)|DROP\\s+TABLE\\s+audit_(entry|archive))",
            Pattern.CASE_INSENSITIVE);
    /** The one way out of the trail: the nightly archive, which copies the entries it removes first. */
    private static final Path ARCHIVE = Path.of("src/main/java/org/jinguo/platform/audit/AuditArchive.java");

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
            if (source.equals(ARCHIVE)) {
                continue;
            }
            assertTrue(!CHANGING.matcher(text).find(), () -> source + " changes or deletes audit entries");
        }
    }

    @Test
    void theArchiveRemovesOnlyWhatItCopiedInTheSameTransaction() throws IOException {
        String text = Files.readString(ARCHIVE);
        java.util.regex.Matcher changing = CHANGING.matcher(text);
        List<String> statements = new java.util.ArrayList<>();
        while (changing.find()) {
            statements.add(changing.group().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
        }
        assertEquals(List.of("DELETE FROM AUDIT_ENTRY"), statements, "it deletes from the trail, nothing else");
        int copy = text.indexOf("INSERT INTO audit_archive");
        int remove = text.indexOf("DELETE FROM audit_entry WHERE occurred_at < ? AND id <= ?");
        assertTrue(copy > 0 && remove > copy, "the copy comes first, with the same condition");
        assertTrue(text.contains("SELECT \" + COLUMNS + \", ? FROM audit_entry WHERE occurred_at < ? AND id <= ?"));
        assertTrue(text.contains("copied != removed") && text.contains("connection.rollback()") && text.contains("connection.commit()"),
                "a batch whose copy and removal differ is rolled back");
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
