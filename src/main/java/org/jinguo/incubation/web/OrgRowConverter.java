package org.jinguo.incubation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.incubation.service.OrganisationService.OrgRow;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.platform.web.PickedRowConverter;

/** A social organisation picked in an autocomplete, by id, looked up in the user's scope. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "orgRowConverter", managed = true)
public class OrgRowConverter extends PickedRowConverter<OrgRow> {

    @Inject
    OrganisationService organisations;

    @Override
    protected OrgRow row(long id) {
        return organisations.row(id);
    }

    @Override
    protected long id(OrgRow row) {
        return row.id();
    }

    @Override
    protected String unknownKey() {
        return "org.picker.unknown";
    }
}
