package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.OfficeStatistics;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.model.PersonTag;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;

/** The office holders of a unit and everything below it, in their current terms, by office and background. */
@Named
@ViewScoped
public class StatisticsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermService terms;

    @Inject
    CurrentCaller currentCaller;

    /** The view parameter as typed in the address; anything but a number answers 404. */
    private String unit;
    private OfficeStatistics statistics;

    /** View action. */
    public void load() throws IOException {
        if (statistics != null) {
            return;
        }
        UiActions.load(() -> statistics = terms.statistics(UiActions.idOr(unit, () -> currentCaller.require().unitId())));
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public PersonTag[] getTags() {
        return PersonTag.values();
    }

    public long holders(Position position) {
        return statistics.holders().get(position);
    }

    public long withBackground(Position position) {
        return statistics.withBackground().get(position);
    }

    public double share(Position position) {
        return OfficeStatistics.percent(withBackground(position), holders(position));
    }

    public double totalShare() {
        return OfficeStatistics.percent(statistics.totalWithBackground(), statistics.total());
    }

    public long tagged(PersonTag tag) {
        return statistics.byTag().get(tag);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public OfficeStatistics getStatistics() {
        return statistics;
    }
}
