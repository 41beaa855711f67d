package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.service.NeedForm;
import org.jinguo.bridge.service.OrderService;
import org.jinguo.bridge.service.ServiceMenuService;
import org.jinguo.bridge.service.ServiceMenuService.ItemRow;
import org.jinguo.organisation.service.ContactService;
import org.jinguo.person.service.PersonFilter;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.person.web.PersonPicker;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * Taking down a need (需求登记): who, where, what, how it came in. A woman new to the registry is registered in the
 * dialog on the form, and nothing typed is lost. Saving makes it an order waiting to be accepted and opens it.
 */
@Named
@ViewScoped
public class NeedBean implements Serializable, PersonPicker {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;
    @Inject
    ServiceMenuService menu;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ContactService contacts;

    private final NeedForm form = new NeedForm();
    private UnitRow unit;
    private UnitRow community;
    private PersonRow requester;
    private List<ItemRow> items = List.of();
    private String contactLog;

    @PostConstruct
    void init() {
        form.setLine(org.jinguo.vocabulary.ServiceLine.FAMILY_AID);
        lineChanged();
    }

    /**
     * Opened from an executive member's contact log ({@code ?contactLog=}): the need raised there is taken down as it
     * was logged, for the resident it was raised by; the entry and the order then point at each other.
     */
    public void load() throws java.io.IOException {
        if (contactLog == null || contactLog.isBlank()) {
            return;
        }
        UiActions.load(() -> {
            ContactService.NeedRaised raised = contacts.needRaised(Long.parseLong(contactLog.trim()));
            if (raised.orderNo() != null) {
                UiActions.info("need.fromContact.already", raised.orderNo());
            }
            form.setContactLogId(raised.logId());
            form.setChannel(NeedChannel.RESIDENT_CONTACT);
            form.setLine(raised.line() == null ? form.getLine() : raised.line());
            form.setDescription(raised.need());
            requester = people.row(raised.residentId());
            unit = units.row(raised.unitId());
            lineChanged();
        });
    }

    /** The line chosen: its menu items are offered, the item chosen before is dropped. */
    public void lineChanged() {
        form.setItemId(null);
        items = form.getLine() == null ? List.of() : menu.items(form.getLine(), false);
    }

    public String save() {
        form.setUnitId(unit == null ? currentCaller.require().unitId() : unit.id());
        form.setRequesterId(requester == null ? null : requester.id());
        form.setCommunityId(community == null ? null : community.id());
        return UiActions.attempt("needForm", () -> {
            long id = orders.submit(form);
            UiActions.info("need.saved");
            return "/bridge/order?faces-redirect=true&id=" + id;
        });
    }

    @Override
    public void pickPerson(PersonRow person) {
        requester = person;
    }

    public List<PersonRow> completePerson(String query) {
        PersonFilter filter = new PersonFilter();
        filter.setName(query);
        return people.search(filter, 0, 20);
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public List<UnitRow> completeCommunity(String query) {
        return units.search(query, 0, 40).stream()
                .filter(u -> u.type() == UnitType.COMMUNITY || u.type() == UnitType.VILLAGE).limit(20).toList();
    }

    public String getContactLog() {
        return contactLog;
    }

    public void setContactLog(String contactLog) {
        this.contactLog = contactLog;
    }

    public NeedForm getForm() {
        return form;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public UnitRow getUnit() {
        return unit;
    }

    public void setUnit(UnitRow unit) {
        this.unit = unit;
    }

    public UnitRow getCommunity() {
        return community;
    }

    public void setCommunity(UnitRow community) {
        this.community = community;
    }

    public PersonRow getRequester() {
        return requester;
    }

    public void setRequester(PersonRow requester) {
        this.requester = requester;
    }
}
