package org.jinguo.person.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.web.PickedRowConverter;

/** A person picked in an autocomplete, by id, looked up in the user's scope. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "personRowConverter", managed = true)
public class PersonRowConverter extends PickedRowConverter<PersonRow> {

    @Inject
    PersonService people;

    @Override
    protected PersonRow row(long id) {
        return people.row(id);
    }

    @Override
    protected long id(PersonRow row) {
        return row.id();
    }

    @Override
    protected String unknownKey() {
        return "person.picker.unknown";
    }
}
