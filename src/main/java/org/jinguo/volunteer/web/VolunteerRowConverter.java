package org.jinguo.volunteer.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.platform.web.PickedRowConverter;
import org.jinguo.volunteer.service.VolunteerService;
import org.jinguo.volunteer.service.VolunteerService.VolunteerRow;

/** A volunteer picked in an autocomplete, by id, looked up in the user's scope. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "volunteerRowConverter", managed = true)
public class VolunteerRowConverter extends PickedRowConverter<VolunteerRow> {

    @Inject
    VolunteerService volunteers;

    @Override
    protected VolunteerRow row(long id) {
        return volunteers.row(id);
    }

    @Override
    protected long id(VolunteerRow row) {
        return row.id();
    }

    @Override
    protected String unknownKey() {
        return "volunteer.picker.unknown";
    }
}
