package org.jinguo.organisation.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.organisation.model.ContactChannel;
import org.jinguo.organisation.model.ContactLog;
import org.jinguo.organisation.model.ResidentContact;
import org.jinguo.person.model.Person;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;

/**
 * Resident contacts (联系群众): the residents and households each executive member keeps in touch with,
 * and the log of every contact with the need raised and the bridge it belongs to. A contact belongs to
 * the unit where the member holds office.
 */
@Stateless
@ScopedToCaller
public class ContactService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A member–resident link with how often and how lately they were in touch. */
    public record ContactRow(long id, String memberName, String residentName, String household, String unitName,
                             long contacts, LocalDate lastContact, long needs) implements Serializable {
    }

    /** One contact in the log. */
    public record LogRow(long id, LocalDate contactedOn, ContactChannel channel, String need, ServiceLine needLine, String orderNo)
            implements Serializable {
    }

    /** One contact to log. */
    public static class LogForm implements Serializable {

        @NotNull(message = "{jinguo.required}")
        @PastOrPresent(message = "{jinguo.date.notFuture}")
        private LocalDate contactedOn;
        @NotNull(message = "{jinguo.required}")
        private ContactChannel channel = ContactChannel.VISIT;
        @Size(max = 500, message = "{jinguo.size.max}")
        private String need;
        private ServiceLine needLine;

        public LocalDate getContactedOn() {
            return contactedOn;
        }

        public void setContactedOn(LocalDate contactedOn) {
            this.contactedOn = contactedOn;
        }

        public ContactChannel getChannel() {
            return channel;
        }

        public void setChannel(ContactChannel channel) {
            this.channel = channel;
        }

        public String getNeed() {
            return need;
        }

        public void setNeed(String need) {
            this.need = need;
        }

        public ServiceLine getNeedLine() {
            return needLine;
        }

        public void setNeedLine(ServiceLine needLine) {
            this.needLine = needLine;
        }
    }

    /**
     * The contacts of the unit and the units below it whose member or resident has {@code name} in her
     * name (all when blank), by member and resident.
     */
    public List<ContactRow> contacts(long unitId, String name, int first, int max) {
        viewer();
        List<ResidentContact> contacts = conditions(unitId, name).list(em, "SELECT c FROM ResidentContact c "
                        + "JOIN FETCH c.member JOIN FETCH c.resident JOIN FETCH c.unit",
                " ORDER BY c.member.name, c.resident.name, c.id", ResidentContact.class, first, max);
        Map<Long, Object[]> stats = new HashMap<>();
        if (!contacts.isEmpty()) {
            em.createQuery("SELECT l.contact.id, COUNT(l), MAX(l.contactedOn), COUNT(l.need) FROM ContactLog l "
                            + "WHERE l.contact.id IN :ids GROUP BY l.contact.id", Object[].class)
                    .setParameter("ids", contacts.stream().map(ResidentContact::getId).toList())
                    .getResultList().forEach(row -> stats.put((Long) row[0], row));
        }
        return contacts.stream().map(c -> {
            Object[] s = stats.get(c.getId());
            return new ContactRow(c.getId(), c.getMember().getName(), c.getResident().getName(), c.getHousehold(),
                    c.getUnit().getName(), s == null ? 0 : (Long) s[1], s == null ? null : (LocalDate) s[2],
                    s == null ? 0 : (Long) s[3]);
        }).toList();
    }

    public long countContacts(long unitId, String name) {
        viewer();
        return conditions(unitId, name).count(em, "SELECT COUNT(c) FROM ResidentContact c");
    }

    private Conditions conditions(long unitId, String name) {
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        return new Conditions()
                .add("c.unitPath LIKE :path", "path", unit.getPath() + "%") // paths hold only digits and slashes
                .addIf(Like.given(name), "(LOWER(c.member.name) LIKE :name" + Like.ESCAPE + " OR LOWER(c.resident.name) LIKE :name"
                        + Like.ESCAPE + ")", "name", () -> Like.containing(name));
    }

    /**
     * Links a resident to an executive member of the unit (a current office holder there); the contact
     * belongs to that unit. A resident is linked to the same member once.
     */
    public long addContact(long unitId, long memberId, long residentId,
                           @Size(max = 200, message = "{jinguo.size.max}") String household) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Person member = Scoped.byId(em, Person.class, memberId);
        Person resident = Scoped.byId(em, Person.class, residentId);
        if (!CurrentOffice.holds(em, member.getId(), unit.getId())) {
            throw new BusinessRuleException("duty.notAHolder", "member", member.getName(), unit.getName());
        }
        if (member.getId().equals(resident.getId())) {
            throw new BusinessRuleException("contact.self", "resident");
        }
        boolean linked = !em.createQuery("SELECT c.id FROM ResidentContact c WHERE c.member.id = :member "
                        + "AND c.resident.id = :resident", Long.class)
                .setParameter("member", member.getId()).setParameter("resident", resident.getId())
                .getResultList().isEmpty();
        if (linked) {
            throw new BusinessRuleException("contact.exists", "resident", resident.getName(), member.getName());
        }
        ResidentContact contact = new ResidentContact(member, resident, blankToNull(household));
        contact.assignTo(unit);
        em.persist(contact);
        em.flush();
        return contact.getId();
    }

    /** The contact's log, newest first. */
    public List<LogRow> log(long contactId) {
        viewer();
        ResidentContact contact = Scoped.byId(em, ResidentContact.class, contactId);
        return em.createQuery("SELECT l FROM ContactLog l WHERE l.contact.id = :id ORDER BY l.contactedOn DESC, l.id DESC",
                        ContactLog.class)
                .setParameter("id", contact.getId()).getResultList().stream()
                .map(l -> new LogRow(l.getId(), l.getContactedOn(), l.getChannel(), l.getNeed(), l.getNeedLine(), l.getOrderNo()))
                .toList();
    }

    /** Logs a contact; a need raised names the bridge it belongs to, so it can become a service order later. */
    public long addLog(long contactId, @NotNull @Valid LogForm form) {
        Caller caller = viewer();
        ResidentContact contact = Scoped.byId(em, ResidentContact.class, contactId);
        caller.require(Permission.RECORD_EDIT, contact.getUnitPath());
        String need = blankToNull(form.getNeed());
        if (need != null && form.getNeedLine() == null) {
            throw new BusinessRuleException("contact.needLine.required", "needLine");
        }
        ContactLog log = new ContactLog(contact, form.getContactedOn(), form.getChannel(), need,
                need == null ? null : form.getNeedLine());
        log.assignTo(contact.getUnit());
        em.persist(log);
        em.flush();
        return log.getId();
    }

    /** A need raised in a contact, as it is taken on as a Bridge order: who raised it, where, what and on which bridge. */
    public record NeedRaised(long logId, long unitId, long residentId, String need, ServiceLine line, String orderNo)
            implements Serializable {
    }

    /** The need of a log entry, for the order it becomes; refused when the entry raised none. */
    public NeedRaised needRaised(long logId) {
        viewer();
        ContactLog log = Scoped.byId(em, ContactLog.class, logId);
        if (log.getNeed() == null) {
            throw new BusinessRuleException("contact.noNeed", null);
        }
        return new NeedRaised(log.getId(), log.getUnit().getId(), log.getContact().getResident().getId(), log.getNeed(),
                log.getNeedLine(), log.getOrderNo());
    }

    /** Notes the order a logged need became; a need becomes one order only. */
    public void becameOrder(long logId, @NotNull String orderNo) {
        Caller caller = viewer();
        ContactLog log = Scoped.byId(em, ContactLog.class, logId);
        caller.require(Permission.RECORD_EDIT, log.getUnitPath());
        if (log.getNeed() == null) {
            throw new BusinessRuleException("contact.noNeed", null);
        }
        if (log.getOrderNo() != null) {
            throw new BusinessRuleException("contact.alreadyOrdered", null, log.getOrderNo());
        }
        log.becameOrder(orderNo);
        em.flush();
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
