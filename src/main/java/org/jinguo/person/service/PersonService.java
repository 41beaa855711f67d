package org.jinguo.person.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.KeysFirst;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.unit.model.OrgUnit;

/**
 * The person registry of the caller's scope. Lists and details carry sensitive fields only masked;
 * {@link #reveal} gives one in full to a role with {@link Permission#SENSITIVE_VIEW} and writes that to
 * the audit trail. A person is found by ID-card number through its keyed hash, never by decrypting.
 */
@Stateless
@ScopedToCaller
public class PersonService {

    private static final String PERSON = "Person";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<PersonMerge> personMerges;

    /** The first people of the scope whose name contains {@code text}: the choices of a person picker. */
    public List<PersonRow> candidates(String text) {
        PersonFilter filter = new PersonFilter();
        filter.setName(text == null || text.length() <= 50 ? text : text.substring(0, 50));
        return search(filter, 0, 20);
    }

    public List<PersonRow> search(@NotNull @Valid PersonFilter filter, int first, int max) {
        viewer();
        return rows(conditions(filter, null).pageQuery(em, "SELECT p.id FROM Person p", " ORDER BY p.name, p.id",
                Long.class, first, max));
    }

    /** The rows of a page's ids, read with their units in one query (KeysFirst). */
    private List<PersonRow> rows(TypedQuery<Long> ids) {
        return KeysFirst.page(em, ids, "SELECT p FROM Person p JOIN FETCH p.unit WHERE p.id IN :ids", Person.class,
                Person::getId).stream().map(PersonService::toRow).toList();
    }

    /**
     * For exports: the next rows after {@code afterId}, in registration order. Each page reads its rows
     * straight off the key, however far into the list: an offset page of a large registry sorts it all.
     */
    public List<PersonRow> exportPage(@NotNull @Valid PersonFilter filter, long afterId, int max) {
        viewer();
        return rows(conditions(filter, afterId).pageQuery(em, "SELECT p.id FROM Person p", " ORDER BY p.id", Long.class, 0, max));
    }

    private static PersonRow toRow(Person p) {
        return new PersonRow(p.getId(), p.getName(), p.getGender(), p.getBirthDate(), p.getUnit().getName(),
                p.getIdCardMasked(), Masks.phone(p.getPhone()));
    }

    /** One person of the scope as a list row (for pickers). */
    public PersonRow row(long id) {
        viewer();
        return toRow(Scoped.byId(em, Person.class, id));
    }

    /**
     * People of the scope the form might describe again: the same ID-card number, or the same name
     * and phone. The form's own record is left out. Offered to the user before a new person is saved.
     */
    public List<PersonRow> possibleDuplicates(@NotNull PersonForm form) {
        viewer();
        String idCard = IdCardNumber.normalise(form.getIdCard());
        String phone = blankToNull(form.getPhone());
        String name = blankToNull(form.getName());
        if (idCard == null && (name == null || phone == null)) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p JOIN FETCH p.unit WHERE p.idCardHash = :hash "
                        + "OR (p.name = :name AND p.phone = :phone) ORDER BY p.id", Person.class)
                .setParameter("hash", idCard == null ? "-" : cipher.searchHash(idCard))
                .setParameter("name", name == null ? "-" : name)
                .setParameter("phone", phone == null ? "-" : phone)
                .setMaxResults(20)
                .getResultList().stream()
                .filter(p -> !p.getId().equals(form.getId()))
                .map(PersonService::toRow)
                .toList();
    }

    /**
     * Merges {@code duplicateId} into {@code keptId}: every feature moves its links to the kept record
     * ({@link PersonMerge}: offices, receipts, accounts, volunteering …), which takes over her tags and the
     * fields it lacks; then the duplicate is deleted. Refused while the duplicate is linked from units
     * outside the caller's scope, which she could not see being changed.
     */
    public void merge(long keptId, long duplicateId) {
        Caller caller = viewer();
        Person kept = Scoped.byId(em, Person.class, keptId);
        Person duplicate = Scoped.byId(em, Person.class, duplicateId);
        caller.require(Permission.PERSON_MERGE, kept.getUnitPath());
        caller.require(Permission.PERSON_MERGE, duplicate.getUnitPath());
        if (keptId == duplicateId) {
            throw new BusinessRuleException("person.merge.same", null);
        }
        personMerges.fire(new PersonMerge(kept, duplicate)); // each feature moves its own links
        kept.takeOverMissing(duplicate);
        try {
            em.flush(); // every link points at the kept record before the duplicate goes
            em.remove(duplicate);
            em.flush();
        } catch (PersistenceException e) {
            // a link the caller cannot see (another unit's record), or two links that became one
            throw new BusinessRuleException("person.merge.linkedElsewhere", null, duplicate.getName());
        }
    }

    public long count(@NotNull @Valid PersonFilter filter) {
        viewer();
        return conditions(filter, null).count(em, "SELECT COUNT(p) FROM Person p");
    }

    public PersonView view(long id) {
        Caller caller = viewer();
        Person person = Scoped.byId(em, Person.class, id);
        String path = person.getUnitPath();
        return new PersonView(person.getId(), person.getName(), person.getGender(), person.getBirthDate(),
                person.getUnit().getId(), person.getUnit().getName(), person.getIdCardMasked(),
                Masks.phone(person.getPhone()), Masks.address(person.getAddress()),
                caller.can(Permission.SENSITIVE_VIEW, path),
                caller.can(Permission.RECORD_EDIT, path) && caller.can(Permission.SENSITIVE_VIEW, path),
                caller.can(Permission.PERSON_MERGE, path), person.getUpdatedAt());
    }

    /** One sensitive field in full; the display is recorded in the audit trail. */
    public String reveal(long id, @NotNull SensitiveField field) {
        Caller caller = viewer();
        Person person = Scoped.byId(em, Person.class, id);
        caller.require(Permission.SENSITIVE_VIEW, person.getUnitPath());
        String value = switch (field) {
            case ID_CARD -> cipher.decrypt(person.getIdCardCipher());
            case PHONE -> person.getPhone();
            case ADDRESS -> person.getAddress();
        };
        auditTrail.sensitiveShown(PERSON, person.getId(), person.getUnitPath(), field.name());
        return value;
    }

    /** The form for a new person of {@code unitId}. */
    public PersonForm newForm(long unitId) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        PersonForm form = new PersonForm();
        form.setUnitId(unit.getId());
        return form;
    }

    /**
     * The form to edit a person. It holds phone and address in full (the editor needs them), so opening
     * it is audited as a display of those fields; the ID-card number stays masked.
     */
    public PersonForm editForm(long id) {
        Caller caller = viewer();
        Person person = Scoped.byId(em, Person.class, id);
        requireEditable(caller, person.getUnitPath());
        PersonForm form = new PersonForm();
        form.setId(person.getId());
        form.setVersion(person.getVersion());
        form.setUnitId(person.getUnit().getId());
        form.setName(person.getName());
        form.setGender(person.getGender());
        form.setBirthDate(person.getBirthDate());
        form.setIdCardMasked(person.getIdCardMasked());
        form.setPhone(person.getPhone());
        form.setAddress(person.getAddress());
        form.setTags(person.getTags());
        if (person.getPhone() != null || person.getAddress() != null) {
            auditTrail.sensitiveShown(PERSON, person.getId(), person.getUnitPath(), "PHONE, ADDRESS (edit form)");
        }
        return form;
    }

    public long create(@NotNull @Valid PersonForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        requireEditable(caller, unit.getPath());
        String idCard = IdCardNumber.normalise(form.getIdCard());
        if (idCard != null) {
            em.createQuery("SELECT p.name FROM Person p WHERE p.idCardHash = :hash", String.class)
                    .setParameter("hash", cipher.searchHash(idCard)).setMaxResults(1)
                    .getResultStream().findFirst().ifPresent(name -> {
                        throw new BusinessRuleException("person.idCard.exists", "idCard", name);
                    });
        }
        Person person = new Person(form.getName().trim());
        copy(form, person);
        person.assignTo(unit);
        em.persist(person);
        em.flush();
        return person.getId();
    }

    public void update(@NotNull @Valid PersonForm form) {
        Caller caller = viewer();
        Person person = Scoped.byId(em, Person.class, form.getId());
        requireEditable(caller, person.getUnitPath());
        if (person.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        if (!person.getUnit().getId().equals(form.getUnitId())) {
            OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
            requireEditable(caller, unit.getPath());
            person.assignTo(unit);
        }
        person.setName(form.getName().trim());
        copy(form, person);
        em.flush();
    }

    private void copy(PersonForm form, Person person) {
        String idCard = IdCardNumber.normalise(form.getIdCard());
        if (idCard != null) {
            if (!IdCardNumber.isValid(idCard)) {
                throw new BusinessRuleException("person.idCard.invalid", "idCard");
            }
            person.setIdCard(cipher.encrypt(idCard), cipher.searchHash(idCard), Masks.idCard(idCard));
            if (form.getBirthDate() == null) {
                form.setBirthDate(IdCardNumber.birthDate(idCard).orElse(null));
            } else if (!form.getBirthDate().equals(IdCardNumber.birthDate(idCard).orElse(null))) {
                throw new BusinessRuleException("person.birthDate.idCardMismatch", "birthDate");
            }
            if (form.getGender() == null) {
                form.setGender(IdCardNumber.isFemale(idCard) ? Gender.FEMALE : Gender.MALE);
            }
        }
        person.setGender(form.getGender());
        person.setBirthDate(form.getBirthDate());
        person.setPhone(blankToNull(form.getPhone()));
        person.setAddress(blankToNull(form.getAddress()));
        person.setTags(form.getTags());
    }

    /** The filter's conditions; {@code afterId} (an export's next page) when not {@code null}. */
    private Conditions conditions(PersonFilter filter, Long afterId) {
        String idCard = IdCardNumber.normalise(filter.getIdCard());
        return new Conditions()
                .addIf(afterId != null, "p.id > :after", "after", () -> afterId)
                .addNameIf(filter.getName(), "p", "name")
                .addIf(idCard != null, "p.idCardHash = :hash", "hash", () -> cipher.searchHash(idCard))
                // paths hold only digits and slashes
                .addIf(filter.getUnitId() != null, "p.unitPath LIKE :unit", "unit",
                        () -> Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath() + "%");
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }

    private static void requireEditable(Caller caller, String unitPath) {
        caller.require(Permission.RECORD_EDIT, unitPath);
        caller.require(Permission.SENSITIVE_VIEW, unitPath);
    }
}
