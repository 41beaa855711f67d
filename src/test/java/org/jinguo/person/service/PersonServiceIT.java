// Longer than 300 lines on purpose: the registry's rules (duplicates, masks, reveals, merging with every feature's links) share the helpers that make people.
package org.jinguo.person.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.AuditFilter;
import org.jinguo.admin.service.AuditRow;
import org.jinguo.admin.service.AuditService;
import org.jinguo.admin.service.NewUserForm;
import org.jinguo.notice.service.MemberNoticeService;
import org.jinguo.notice.service.NoticeForm;
import org.jinguo.notice.service.NoticeService;
import org.jinguo.notice.service.ReceiptFilter;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.ContactService;
import org.jinguo.organisation.service.CouncilService;
import org.jinguo.organisation.service.DutyService;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.PersonTag;
import org.jinguo.platform.audit.AuditAction;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.persistence.NameGrams;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.service.VolunteerForm;
import org.jinguo.volunteer.service.VolunteerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The person registry's sensitive fields: stored encrypted, found by exact ID-card number through the
 * keyed hash, shown masked, revealed only to permitted roles and always audited.
 */
@ExtendWith(ArquillianExtension.class)
class PersonServiceIT {

    private static final String ADMIN = "guanyinqiao";

    @Inject
    PersonService people;

    @Inject
    VolunteerService volunteers;

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    AuditService audit;

    @Inject
    TermService terms;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactService contacts;

    @Inject
    DutyService duty;

    @Inject
    CouncilService council;

    @Inject
    NoticeService notices;

    @Inject
    MemberNoticeService members;

    @Inject
    AccountService accounts;

    @Test
    void theIdCardNumberIsStoredEncryptedAndFoundByItsExactValue() throws Exception {
        PersonForm form = newPerson();
        String idCard = form.getIdCard();
        long id = call(ADMIN, () -> people.create(form));

        String stored = (String) em.createNativeQuery("SELECT id_card_cipher FROM person WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        assertFalse(stored.contains(idCard.substring(6, 14)), "no plain digits in the database");

        PersonFilter byNumber = new PersonFilter();
        byNumber.setIdCard(idCard.toLowerCase());
        List<PersonRow> found = call(ADMIN, () -> people.search(byNumber, 0, 10));
        assertEquals(List.of(id), found.stream().map(PersonRow::id).toList());
        PersonRow row = found.get(0);
        assertEquals(Masks.idCard(idCard), row.idCardMasked());
        assertEquals(Masks.phone(form.getPhone()), row.phoneMasked());
        assertEquals(IdCardNumber.birthDate(idCard).orElseThrow(), row.birthDate(), "taken from the number");
        assertEquals(Gender.FEMALE, row.gender(), "taken from the number");

        PersonFilter almost = new PersonFilter();
        almost.setIdCard(idCard.substring(0, 17));
        assertEquals(0, call(ADMIN, () -> people.count(almost)), "only the exact number finds her");
    }

    @Test
    void revealingAFieldNeedsThePermissionAndIsAudited() throws Exception {
        PersonForm form = newPerson();
        long id = call(ADMIN, () -> people.create(form));

        PersonView masked = call("viewer", () -> people.view(id));
        assertFalse(masked.mayReveal());
        assertEquals(Masks.address(form.getAddress()), masked.addressMasked());
        assertThrows(AccessDeniedException.class, () -> run("viewer", () -> people.reveal(id, SensitiveField.ID_CARD)));

        assertEquals(form.getIdCard(), call(ADMIN, () -> people.reveal(id, SensitiveField.ID_CARD)));
        assertEquals(form.getPhone(), call("district", () -> people.reveal(id, SensitiveField.PHONE)));

        List<AuditRow> shown = entries(id, AuditAction.VIEW_SENSITIVE);
        assertEquals(List.of("district:PHONE", ADMIN + ":ID_CARD"),
                shown.stream().map(r -> r.actor() + ":" + r.detail()).toList());
    }

    @Test
    void changesOfSensitiveFieldsAreAuditedWithoutTheirValues() throws Exception {
        PersonForm form = newPerson();
        long id = call(ADMIN, () -> people.create(form));
        run(ADMIN, () -> {
            PersonForm edit = people.editForm(id);
            edit.setPhone("13012345678");
            edit.setName(edit.getName() + "改");
            people.update(edit);
        });
        AuditRow update = entries(id, AuditAction.UPDATE).get(0);
        assertTrue(update.detail().contains("phone: ***"), update.detail());
        assertTrue(update.detail().contains("name: " + form.getName() + " → " + form.getName() + "改"), update.detail());
        AuditRow create = entries(id, AuditAction.CREATE).get(0);
        for (String secret : List.of("13012345678", form.getPhone(), form.getIdCard(), form.getAddress())) {
            assertFalse(update.detail().contains(secret) || create.detail().contains(secret), secret);
        }
        assertEquals(1, entries(id, AuditAction.VIEW_SENSITIVE).size(), "opening the edit form showed phone and address");
    }

    @Test
    void aNameIsFoundByAnyPartOfItAndAfterARenameOnlyByItsNewName() throws Exception {
        PersonForm form = newPerson();
        long id = call(ADMIN, () -> people.create(form));
        String part = form.getName().substring(form.getName().length() - 6);
        assertEquals(List.of(id), idsNamed(part));
        assertEquals(List.of(id), idsNamed(" " + part.toUpperCase(Locale.ROOT) + " "), "case and spaces around do not matter");

        String renamed = unique("改名后");
        run(ADMIN, () -> {
            PersonForm edit = people.editForm(id);
            edit.setName(renamed);
            people.update(edit);
        });
        assertEquals(List.of(), idsNamed(part), "the old name's pieces are gone");
        assertEquals(List.of(id), idsNamed(renamed.substring(1, 5)));
        @SuppressWarnings("unchecked")
        List<Object> grams = em.createNativeQuery("SELECT gram FROM person_name_gram WHERE person_id = ?1")
                .setParameter(1, id).getResultList();
        assertEquals(NameGrams.of(renamed), grams.stream().map(String::valueOf).collect(Collectors.toSet()));
        assertFalse(entries(id, AuditAction.UPDATE).get(0).detail().contains("nameGrams"), "the pieces are not audited");
    }

    @Test
    void aWrongIdCardNumberIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        PersonForm form = newPerson();
        String number = form.getIdCard();
        form.setIdCard(number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1'));
        PersonFilter byName = new PersonFilter();
        byName.setName(form.getName());
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> run(ADMIN, () -> people.create(form)));
        assertEquals("idCard", refused.field());
        assertEquals(0, call(ADMIN, () -> people.count(byName)));

        PersonForm mismatch = newPerson();
        mismatch.setBirthDate(LocalDate.of(1990, 1, 1));
        assertEquals("birthDate", assertThrows(BusinessRuleException.class,
                () -> run(ADMIN, () -> people.create(mismatch))).field());
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstKept() throws Exception {
        long id = call(ADMIN, () -> people.create(newPerson()));
        run(ADMIN, () -> {
            PersonForm first = people.editForm(id);
            PersonForm second = people.editForm(id);
            first.setAddress("重庆市江北区建新东路 1 号");
            people.update(first);
            second.setAddress("重庆市江北区建新东路 2 号");
            assertThrows(ConcurrentChangeException.class, () -> people.update(second));
            assertEquals("重庆市江北区建新东路 1 号", people.reveal(id, SensitiveField.ADDRESS));
        });
    }

    @Test
    void aPersonWhoMayExistAlreadyIsOfferedAndTheSameIdCardNumberIsRefused() throws Exception {
        PersonForm first = newPerson();
        long id = call(ADMIN, () -> people.create(first));

        PersonForm sameNameAndPhone = newPerson();
        sameNameAndPhone.setName(first.getName());
        sameNameAndPhone.setPhone(first.getPhone());
        assertEquals(List.of(id), call(ADMIN, () -> people.possibleDuplicates(sameNameAndPhone)).stream()
                .map(PersonRow::id).toList());

        PersonForm sameNumber = newPerson();
        sameNumber.setIdCard(first.getIdCard());
        assertEquals(List.of(id), call(ADMIN, () -> people.possibleDuplicates(sameNumber)).stream()
                .map(PersonRow::id).toList());
        assertEquals("idCard", assertThrows(BusinessRuleException.class,
                () -> run(ADMIN, () -> people.create(sameNumber))).field());

        assertEquals(List.of(), call(ADMIN, () -> people.possibleDuplicates(newPerson())), "a stranger is new");
        PersonForm herself = call(ADMIN, () -> people.editForm(id));
        assertEquals(List.of(), call(ADMIN, () -> people.possibleDuplicates(herself)), "not her own duplicate");
    }

    @Test
    void mergingKeepsEveryOfficeAndTheBackgroundAndDeletesTheDuplicate() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long community = call(ADMIN, () -> unitChanges.create(TestData.unitForm(street, unique("合并社区"), UnitType.COMMUNITY)));
        PersonForm keptForm = TestData.personForm(community, unique("保留"));
        keptForm.setPhone(null);
        PersonForm duplicateForm = TestData.personForm(community, unique("重复"));
        duplicateForm.setTags(EnumSet.of(PersonTag.VOLUNTEER_LEADER));
        run(ADMIN, () -> {
            long kept = people.create(keptForm);
            long duplicate = people.create(duplicateForm);
            LocalDate today = Beijing.today();
            long past = terms.createTerm(TestData.termForm(community, today.minusYears(6), today.minusYears(1)));
            long now = terms.createTerm(TestData.termForm(community, today.minusYears(1).plusDays(1), today.plusYears(4)));
            terms.addHolder(past, duplicate, Position.EXECUTIVE_MEMBER);
            terms.addHolder(now, kept, Position.CHAIR);
            terms.addHolder(now, duplicate, Position.VICE_CHAIR);

            long resident = people.create(TestData.personForm(community, unique("居民")));
            long contact = contacts.addContact(community, duplicate, resident, null);
            DutyService.ShiftForm shift = new DutyService.ShiftForm();
            shift.setUnitId(community);
            shift.setPersonId(duplicate);
            shift.setPost("妇女之家");
            duty.addShift(shift);
            NoticeForm notice = new NoticeForm();
            notice.setAudienceUnitId(community);
            notice.setTitle(unique("合并通知"));
            notice.setBody("请知悉。");
            long sent = notices.send(notice);
            CouncilService.MeetingForm meeting = new CouncilService.MeetingForm();
            meeting.setUnitId(community);
            meeting.setHeldOn(today);
            meeting.setTopic(unique("合并会议"));
            meeting.setAttendeeIds(new java.util.HashSet<>(java.util.Set.of(duplicate)));
            long held = council.record(meeting);
            String member = TestData.newUsername();
            NewUserForm account = TestData.newUser(member, community, Role.EXECUTIVE_MEMBER, "Start#2026x");
            account.setPersonId(duplicate);
            accounts.createUser(account);

            VolunteerForm volunteer = new VolunteerForm();
            volunteer.setPersonId(duplicate);
            volunteer.setSkills(EnumSet.of(Skill.COOKING));
            long volunteerId = volunteers.register(volunteer);

            assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> people.merge(kept, duplicate)),
                    "another street's records are not even found (staff of her own street: see AccessMatrixIT)");
            people.merge(kept, duplicate);

            String keptName = people.view(kept).name();
            assertEquals(keptName, contacts.contacts(community, null, 0, 10).stream().filter(c -> c.id() == contact)
                    .findFirst().orElseThrow().memberName(), "her resident contacts");
            assertEquals(List.of(keptName), duty.week(community).stream().map(DutyService.ShiftRow::personName).toList());
            assertEquals(List.of(keptName), council.meeting(held).attendees());
            assertEquals(1, notices.receipts(sent, ReceiptFilter.ALL, 0, 10).size(), "both received it: one person, one receipt");
            run(member, () -> assertEquals(1, members.countMine(), "her account now belongs to the kept record"));
            assertEquals(kept, volunteers.view(volunteerId).personId(), "her volunteer record too");

            assertThrows(RecordNotFoundException.class, () -> people.view(duplicate));
            assertEquals(List.of(kept + ":EXECUTIVE_MEMBER"), offices(past));
            assertEquals(List.of(kept + ":CHAIR"), offices(now), "her own office in a shared term stays");
            assertEquals(duplicateForm.getPhone(), people.reveal(kept, SensitiveField.PHONE), "a missing field taken over");
            assertEquals(EnumSet.of(PersonTag.VOLUNTEER_LEADER), people.editForm(kept).getTags());
        });
    }

    @Test
    void twoVolunteerRecordsAreNotMergedBlindly() throws Exception {
        run(ADMIN, () -> {
            long a = people.create(newPerson());
            long b = people.create(newPerson());
            for (long person : new long[] {a, b}) {
                VolunteerForm form = new VolunteerForm();
                form.setPersonId(person);
                form.setSkills(EnumSet.of(Skill.COOKING));
                volunteers.register(form);
            }
            assertEquals("person.merge.twoVolunteers", assertThrows(BusinessRuleException.class,
                    () -> people.merge(a, b)).messageKey());
            people.view(b);
        });
    }

    private List<String> offices(long term) {
        return terms.holders(term).stream().map(h -> h.personId() + ":" + h.position()).toList();
    }

    private List<Long> idsNamed(String text) throws Exception {
        PersonFilter filter = new PersonFilter();
        filter.setName(text);
        return call(ADMIN, () -> people.search(filter, 0, 10)).stream().map(PersonRow::id).toList();
    }

    private PersonForm newPerson() throws Exception {
        return TestData.personForm(TestData.unitId(units, "观音桥街道妇联"), unique("测试人员"));
    }

    private List<AuditRow> entries(long personId, AuditAction action) throws Exception {
        AuditFilter filter = new AuditFilter();
        filter.setRecordType("Person");
        filter.setRecordId(personId);
        filter.setAction(action);
        return call("auditor", () -> audit.entries(filter, 0, 50));
    }
}
