package org.jinguo.volunteer.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.jinguo.platform.web.PickedRowConverter;
import org.jinguo.volunteer.service.TeamService;
import org.jinguo.volunteer.service.TeamService.TeamRow;

/** A volunteer team picked in an autocomplete (an organisation's origin), by id, looked up in the user's scope. */
@Dependent // a bean-defining annotation, so that CDI (discovery mode "annotated") injects the service
@FacesConverter(value = "teamRowConverter", managed = true)
public class TeamRowConverter extends PickedRowConverter<TeamRow> {

    @Inject
    TeamService teams;

    @Override
    protected TeamRow row(long id) {
        return teams.row(id);
    }

    @Override
    protected long id(TeamRow row) {
        return row.id();
    }

    @Override
    protected String unknownKey() {
        return "team.picker.unknown";
    }
}
