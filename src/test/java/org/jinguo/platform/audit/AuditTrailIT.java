package org.jinguo.platform.audit;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Field;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditRow;
import org.jinguo.admin.service.AuditService;
import org.jinguo.person.model.Person;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail: what is recorded for each kind of action, that a rolled-back change leaves no
 * entry, that entries cannot be changed through the application, and who may read which entries.
 * Every test makes its own records and finds its entries by their record id or user name.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String AUDITOR = "auditor";
    private static final String PASSWORD = "Start#2026x";

    @Inject
    AuditService audit;

    @Inject
    AuditTrail trail;

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    AccountService accounts;

    @Inject
    UserDirectory directory;

    @Inject
    PersonService people;

    @Inject
    UserTransaction transaction;

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    @Test
    void creatingAndChangingARecordIsRecordedWithEachChangedField() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        String name = unique("审计社区");
        long unit = call("guanyinqiao", () -> {
            UnitForm form = TestData.unitForm(street, name, UnitType.COMMUNITY);
            form.setAddress("建新北路 1 号");
            long id = unitChanges.create(form);
            UnitForm edit = unitChanges.editForm(id);
            edit.setAddress("建新北路 2 号");
            unitChanges.update(edit);
            return id;
        });
        List<AuditRow> entries = entriesOf("OrgUnit", unit);
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.CREATE), entries.stream().map(AuditRow::action).toList());
        AuditRow update = entries.get(0);
        assertEquals("guanyinqiao", update.actor());
        assertEquals(name, update.unitName());
        assertEquals("address: 建新北路 1 号 → 建新北路 2 号", update.detail());
        AuditRow create = entries.get(1);
        assertTrue(create.detail().contains("name: " + name), create.detail());
        assertTrue(create.detail().contains("address: 建新北路 1 号"), create.detail());
    }

    @Test
    void aChangeThatIsRolledBackLeavesNoEntry() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long unit = call("guanyinqiao", () -> unitChanges.create(TestData.unitForm(street, unique("回滚社区"), UnitType.COMMUNITY)));
        transaction.begin();
        try {
            run("guanyinqiao", () -> {
                UnitForm edit = unitChanges.editForm(unit);
                edit.setAddress("不会保存的地址");
                unitChanges.update(edit);
            });
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(AuditAction.CREATE), entriesOf("OrgUnit", unit).stream().map(AuditRow::action).toList());
    }

    @Test
    void signInsFailuresAndTheirAddressesAreRecorded() throws Exception {
        long shimahe = TestData.unitId(units, "石马河街道妇联");
        String username = TestData.newUsername();
        run("district", () -> accounts.createUser(TestData.newUser(username, shimahe, Role.STAFF, PASSWORD)));
        assertTrue(directory.signIn(username, "wrong-Password1", "192.0.2.31").isEmpty());
        assertTrue(directory.signIn(username, PASSWORD, "192.0.2.32").isPresent());
        String stranger = TestData.newUsername();
        assertTrue(directory.signIn(stranger, "whatever", "192.0.2.33").isEmpty());

        AuditFilter mine = new AuditFilter();
        mine.setActor(username);
        List<AuditRow> entries = call(AUDITOR, () -> audit.entries(mine, 0, 10));
        assertEquals(List.of(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED),
                entries.stream().map(AuditRow::action).toList());
        assertEquals("192.0.2.32", entries.get(0).clientAddress());
        assertEquals("password", entries.get(1).detail());
        assertEquals("石马河街道妇联", entries.get(1).unitName());

        AuditFilter unknown = new AuditFilter();
        unknown.setActor(stranger);
        List<AuditRow> strangers = call(AUDITOR, () -> audit.entries(unknown, 0, 10));
        assertEquals(1, strangers.size());
        assertEquals("unknown", strangers.get(0).detail());
        assertNull(strangers.get(0).unitName());
    }

    @Test
    void exportsAndSignOutsAreRecorded() throws Exception {
        run("shimahe", () -> {
            trail.exported("Person", 12, "name=李");
            trail.signedOut();
        });
        AuditFilter filter = new AuditFilter();
        filter.setActor("shimahe");
        filter.setFrom(Beijing.today().minusDays(1));
        List<AuditRow> entries = call(AUDITOR, () -> audit.entries(filter, 0, 2));
        assertEquals(List.of(AuditAction.SIGN_OUT, AuditAction.EXPORT), entries.stream().map(AuditRow::action).toList());
        assertEquals("rows: 12\nfilter: name=李", entries.get(1).detail());
    }

    @Test
    void aDeletedRecordIsRecorded() throws Exception {
        long unit = TestData.unitId(units, "观音桥街道妇联");
        long person = call("guanyinqiao", () -> people.create(TestData.personForm(unit, unique("删除"))));
        transaction.begin();
        try {
            em.setProperty(DataScope.PARAMETER, DataScope.EVERYTHING); // no service deletes people yet
            em.remove(Scoped.byId(em, Person.class, person));
        } finally {
            transaction.commit();
        }
        List<AuditRow> entries = entriesOf("Person", person);
        assertEquals(List.of(AuditAction.DELETE, AuditAction.CREATE), entries.stream().map(AuditRow::action).toList());
        assertEquals("system", entries.get(0).actor(), "no signed-in user did it");
        assertEquals("观音桥街道妇联", entries.get(0).unitName());
    }

    @Test
    void aSessionThatEndsWithoutSignOutIsRecorded() throws Exception {
        String username = TestData.newUsername();
        long unit = TestData.unitId(units, "石马河街道妇联");
        HttpSession session = request.getSession(true);
        session.setAttribute(SessionOwner.ATTRIBUTE, new SessionOwner(42, username, unit, "/1/" + unit + "/", "192.0.2.40"));
        session.invalidate(); // as the idle timeout or a disabled account's next request would
        AuditFilter filter = new AuditFilter();
        filter.setActor(username);
        List<AuditRow> entries = call(AUDITOR, () -> audit.entries(filter, 0, 10));
        assertEquals(1, entries.size());
        assertEquals(AuditAction.SIGN_OUT, entries.get(0).action());
        assertEquals("session ended", entries.get(0).detail());
        assertEquals("192.0.2.40", entries.get(0).clientAddress());
    }

    @Test
    void entriesCannotBeChangedOrRemovedThroughThePersistenceUnit() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long unit = call("guanyinqiao", () -> unitChanges.create(TestData.unitForm(street, unique("篡改社区"), UnitType.COMMUNITY)));
        AuditRow original = entriesOf("OrgUnit", unit).get(0);

        transaction.begin();
        try {
            AuditEntry entry = em.find(AuditEntry.class, original.id());
            Field detail = AuditColumns.class.getDeclaredField("detail");
            detail.setAccessible(true);
            detail.set(entry, "tampered");
            try {
                em.remove(entry);
            } catch (RuntimeException refused) {
                // refusing is as good as ignoring
            }
        } finally {
            if (transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        }
        em.getEntityManagerFactory().getCache().evictAll();
        List<AuditRow> after = entriesOf("OrgUnit", unit);
        assertEquals(1, after.size());
        assertEquals(original.detail(), after.get(0).detail());
    }

    @Test
    void onlyAuditorsReadTheTrailAndEachOnlyHerPart() throws Exception {
        long guanyinqiao = TestData.unitId(units, "观音桥街道妇联");
        long shimahe = TestData.unitId(units, "石马河街道妇联");
        String streetAuditor = TestData.newUsername();
        run("district", () -> accounts.createUser(TestData.newUser(streetAuditor, guanyinqiao, Role.AUDITOR, PASSWORD)));
        long inHerStreet = call("district", () -> unitChanges.create(TestData.unitForm(guanyinqiao, unique("本街社区"), UnitType.COMMUNITY)));
        long elsewhere = call("district", () -> unitChanges.create(TestData.unitForm(shimahe, unique("他街社区"), UnitType.COMMUNITY)));

        assertEquals(1, count(streetAuditor, "OrgUnit", inHerStreet));
        assertEquals(0, count(streetAuditor, "OrgUnit", elsewhere));
        assertEquals(1, count(AUDITOR, "OrgUnit", elsewhere));
        assertTrue(directory.signIn(TestData.newUsername(), "whatever", "192.0.2.34").isEmpty());
        AuditFilter unknownNames = new AuditFilter();
        unknownNames.setAction(AuditAction.SIGN_IN_FAILED);
        List<AuditRow> seen = call(streetAuditor, () -> audit.entries(unknownNames, 0, 1000));
        assertTrue(seen.stream().allMatch(row -> row.unitName() != null),
                "a street auditor never sees attempts on unknown names");
        assertTrue(call(AUDITOR, () -> audit.entries(unknownNames, 0, 1000)).stream().anyMatch(r -> r.unitName() == null),
                "the district auditor does");

        for (String notAnAuditor : List.of("district", "guanyinqiao", "shimahe", "viewer")) {
            assertThrows(AccessDeniedException.class, () -> run(notAnAuditor, () -> audit.count(new AuditFilter())),
                    notAnAuditor);
        }
    }

    private long count(String auditor, String recordType, long recordId) throws Exception {
        AuditFilter filter = new AuditFilter();
        filter.setRecordType(recordType);
        filter.setRecordId(recordId);
        return call(auditor, () -> audit.count(filter));
    }

    private List<AuditRow> entriesOf(String recordType, long recordId) throws Exception {
        AuditFilter filter = new AuditFilter();
        filter.setRecordType(recordType);
        filter.setRecordId(recordId);
        return call(AUDITOR, () -> audit.entries(filter, 0, 50));
    }
}
