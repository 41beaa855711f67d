package org.jinguo.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;

/**
 * Records the audited actions that are not changes of records: sign-out, the display of an unmasked
 * sensitive field, an export. Changes of records are recorded by {@link ChangeAuditor}, sign-ins by
 * the user directory. There is deliberately no method to change or remove an entry.
 */
@Stateless
public class AuditTrail {

    @Inject
    CurrentCaller currentCaller;

    public void signedOut() {
        currentCaller.get().ifPresent(caller -> AuditWriter.write(new AuditRecord(Instant.now(),
                AuditAction.SIGN_OUT, currentCaller.actor(), caller.unitPath(), "UserAccount", caller.userId(), null)));
    }

    /** The caller was shown {@code field} of a record unmasked. */
    public void sensitiveShown(String recordType, long recordId, String unitPath, String field) {
        write(AuditAction.VIEW_SENSITIVE, recordType, recordId, unitPath, field);
    }

    /** The caller opened a record whose every reading is audited (a child's case file). */
    public void recordRead(String recordType, long recordId, String unitPath) {
        write(AuditAction.VIEW_RECORD, recordType, recordId, unitPath, null);
    }

    /**
     * The caller exported {@code rows} rows of {@code list}; {@code filter} says which. Every export calls
     * this before anything is sent, so it is also where the EXPORT permission is enforced: without it
     * the spreadsheet never leaves the server.
     */
    public void exported(String list, long rows, String filter) {
        currentCaller.require(Permission.EXPORT);
        String unitPath = currentCaller.get().map(Caller::unitPath).orElse(null);
        write(AuditAction.EXPORT, list, null, unitPath, "rows: " + rows + (filter == null || filter.isBlank()
                ? "" : "\nfilter: " + filter));
    }

    private void write(AuditAction action, String recordType, Long recordId, String unitPath, String detail) {
        AuditWriter.write(new AuditRecord(Instant.now(), action, currentCaller.actor(), unitPath, recordType,
                recordId, detail));
    }
}
