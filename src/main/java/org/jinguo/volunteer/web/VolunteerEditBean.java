package org.jinguo.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.person.service.PersonFilter;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.web.PersonPicker;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.VolunteerForm;
import org.jinguo.volunteer.service.VolunteerService;

/** Registers a person of the registry as a volunteer, or edits a volunteer's profile. */
@Named
@ViewScoped
public class VolunteerEditBean implements Serializable, PersonPicker {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerService volunteers;

    @Inject
    PersonService people;

    private String id;
    /** A person to register, given in the address (back from registering her in the registry). */
    private String personParam;
    private VolunteerForm form;
    private PersonRow person;
    /** A user name for her portal sign-in, opened with the new record when given. */
    private String portalUsername;

    public void load() throws IOException {
        UiActions.load(() -> {
            if (id == null || id.isBlank()) {
                form = new VolunteerForm();
                if (personParam != null && !personParam.isBlank()) {
                    person = people.row(Long.parseLong(personParam.trim()));
                }
            } else {
                form = volunteers.editForm(Long.parseLong(id));
                person = people.row(form.getPersonId());
            }
        });
    }

    public String save() {
        form.setPersonId(person == null ? null : person.id());
        return UiActions.attempt("volunteerForm", () -> {
            long saved;
            if (form.getId() == null && portalUsername != null && !portalUsername.isBlank()) {
                VolunteerService.Registered registered = volunteers.registerWithSignIn(form, portalUsername.strip());
                saved = registered.id();
                PortalAccountBean.handOver(registered.signIn());
            } else if (form.getId() == null) {
                saved = volunteers.register(form);
            } else {
                volunteers.update(form);
                saved = form.getId();
            }
            UiActions.info("volunteer.saved");
            return "/volunteer/volunteer?faces-redirect=true&id=" + saved;
        });
    }

    /** The person just registered in the quick dialog, or an existing one chosen there: she is the one picked. */
    @Override
    public void pickPerson(PersonRow picked) {
        person = picked;
    }

    public List<PersonRow> completePerson(String query) {
        PersonFilter filter = new PersonFilter();
        filter.setName(query);
        return people.search(filter, 0, 20);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPersonParam() {
        return personParam;
    }

    public void setPersonParam(String personParam) {
        this.personParam = personParam;
    }

    public String getPortalUsername() {
        return portalUsername;
    }

    public void setPortalUsername(String portalUsername) {
        this.portalUsername = portalUsername;
    }

    public VolunteerForm getForm() {
        return form;
    }

    public PersonRow getPerson() {
        return person;
    }

    public void setPerson(PersonRow person) {
        this.person = person;
    }
}
