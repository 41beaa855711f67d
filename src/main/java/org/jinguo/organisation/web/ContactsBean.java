package org.jinguo.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.organisation.model.ContactChannel;
import org.jinguo.organisation.service.ContactService;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The resident contacts of the mechanisms page (联系群众): each member's residents and households, the log of
 * every contact with the need raised and its bridge, and their export.
 */
@Named
@ViewScoped
public class ContactsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The contacts as a spreadsheet shows them. */
    static final SheetColumns<ContactService.ContactRow> COLUMNS = SheetColumns.of(ContactService.ContactRow.class)
            .column("contact.member", ContactService.ContactRow::memberName)
            .column("contact.resident", ContactService.ContactRow::residentName)
            .column("contact.household", ContactService.ContactRow::household)
            .column("person.unit", ContactService.ContactRow::unitName)
            .column("contact.count", ContactService.ContactRow::contacts)
            .column("contact.last", ContactService.ContactRow::lastContact)
            .column("contact.needs", ContactService.ContactRow::needs);

    @Inject
    MechanismsBean mechanisms;
    @Inject
    ContactService contacts;
    @Inject
    PersonService people;
    @Inject
    AuditTrail auditTrail;

    private PagedList<ContactService.ContactRow> contactRows;
    private String contactName;
    private Long contactMember;
    private PersonRow contactResident;
    private String household;
    private ContactService.ContactRow shownContact;
    private List<ContactService.LogRow> log = List.of();
    private ContactService.LogForm logForm = new ContactService.LogForm();

    @PostConstruct
    void init() {
        contactRows = new PagedList<>((first, max) -> contacts.contacts(mechanisms.unitId(), contactName, first, max),
                () -> contacts.countContacts(mechanisms.unitId(), contactName), row -> String.valueOf(row.id()));
        logForm.setContactedOn(Beijing.today());
    }

    public List<PersonRow> completeResident(String query) {
        return people.candidates(query);
    }

    public void addContact() {
        UiActions.attempt("contactForm", () -> {
            contacts.addContact(mechanisms.unitId(), contactMember == null ? 0 : contactMember,
                    contactResident == null ? 0 : contactResident.id(), household);
            UiActions.info("contact.added");
            contactResident = null;
            household = null;
        });
    }

    public void showContact(ContactService.ContactRow row) {
        shownContact = row;
        log = contacts.log(row.id());
        logForm = new ContactService.LogForm();
        logForm.setContactedOn(Beijing.today());
    }

    public void addLog() {
        UiActions.attempt("logForm", () -> {
            contacts.addLog(shownContact.id(), logForm);
            UiActions.info("contact.logged");
            showContact(shownContact);
        });
    }

    /** The resident contacts of the subtree as a spreadsheet; audited. */
    public void exportContacts() throws IOException {
        long unit = mechanisms.unitId();
        Downloads.xlsx(Texts.get("contacts.title"), COLUMNS, (first, max) -> contacts.contacts(unit, contactName, first, max),
                count -> auditTrail.exported("ResidentContact", count, "contacts under unit " + unit));
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public ServiceLine[] getLines() {
        return ServiceLine.values();
    }

    public PagedList<ContactService.ContactRow> getContactRows() {
        return contactRows;
    }

    /** The contact list's filter: part of the member's or the resident's name. */
    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public Long getContactMember() {
        return contactMember;
    }

    public void setContactMember(Long contactMember) {
        this.contactMember = contactMember;
    }

    public PersonRow getContactResident() {
        return contactResident;
    }

    public void setContactResident(PersonRow contactResident) {
        this.contactResident = contactResident;
    }

    public String getHousehold() {
        return household;
    }

    public void setHousehold(String household) {
        this.household = household;
    }

    public ContactService.ContactRow getShownContact() {
        return shownContact;
    }

    public List<ContactService.LogRow> getLog() {
        return log;
    }

    public ContactService.LogForm getLogForm() {
        return logForm;
    }
}
