package org.jinguo.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.jinguo.person.model.Person;
import org.jinguo.platform.security.UserAccount;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    @Test
    void theUnitIdIsTheLastStepOfThePath() {
        assertEquals(130L, entry("/1/12/130/", null).unitId());
        assertEquals(1L, entry("/1/", null).unitId());
        assertNull(entry(null, null).unitId());
    }

    @Test
    void aMissingActorIsTheSystemAndLongDetailsAreCut() {
        AuditRecord entry = new AuditRecord(Instant.now(), AuditAction.UPDATE, null, "/1/", "OrgUnit", 1L,
                "x".repeat(5000));
        assertSame(AuditActor.SYSTEM, entry.actor());
        assertEquals(AuditRecord.DETAIL_LENGTH, entry.detail().length());
        assertNull(entry("/1/", "").detail());
    }

    @Test
    void sensitiveAndBookkeepingFieldsAreMaskedOrLeftOut() {
        var person = ChangeAuditor.treatmentsOf(Person.class);
        assertEquals(ChangeAuditor.Treatment.MASKED, person.get("idCardCipher"));
        assertEquals(ChangeAuditor.Treatment.MASKED, person.get("phone"));
        assertEquals(ChangeAuditor.Treatment.MASKED, person.get("address"));
        assertEquals(ChangeAuditor.Treatment.IGNORED, person.get("idCardHash"));
        assertEquals(ChangeAuditor.Treatment.IGNORED, person.get("version"));
        assertTrue(!person.containsKey("name"), "the name is listed with its values");
        var user = ChangeAuditor.treatmentsOf(UserAccount.class);
        assertEquals(ChangeAuditor.Treatment.MASKED, user.get("passwordHash"));
        assertEquals(ChangeAuditor.Treatment.IGNORED, user.get("failedSignIns"));
    }

    private static AuditRecord entry(String path, String detail) {
        return new AuditRecord(Instant.now(), AuditAction.CREATE, AuditActor.SYSTEM, path, "OrgUnit", 1L, detail);
    }
}
