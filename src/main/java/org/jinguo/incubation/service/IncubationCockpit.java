package org.jinguo.incubation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jinguo.incubation.model.Stage;
import org.jinguo.platform.figures.Chart;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.FigureSource;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.figures.Words;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * The incubation base on the cockpit: the board's organisations by stage, those at the base now, and the report's
 * organisations cultivated (graduated) in the period, those of them grown from volunteer teams among them.
 */
@Stateless
@ScopedToCaller
public class IncubationCockpit implements FigureSource {

    @Inject
    BoardService board;

    @Inject
    SupportService support;

    @Override
    public Optional<Section> section(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        if (!caller.can(Permission.RECORD_VIEW)) {
            return Optional.empty();
        }
        Map<Stage, Long> stages = board.stageCounts(unitId);
        SupportService.Report report = support.report(unitId, from, to);
        long inPipeline = Stage.PIPELINE.stream().mapToLong(s -> stages.getOrDefault(s, 0L)).sum();
        List<Figure> figures = List.of(
                Figure.count("cockpit.incubation.pipeline", inPipeline, "/incubation/board.xhtml"),
                Figure.count("cockpit.incubation.residents", report.residents(), "/incubation/organisations.xhtml?stage=INCUBATING"),
                Figure.count("cockpit.incubation.graduated", report.entered().getOrDefault(Stage.GRADUATED, 0L),
                        "/incubation/report.xhtml"),
                Figure.count("cockpit.incubation.fromTeams", report.fromTeams(), "/incubation/report.xhtml"));
        List<Stage> pipeline = List.copyOf(Stage.PIPELINE);
        Chart chart = new Chart("cockpit.incubation.stagesChart", Chart.Kind.BAR,
                pipeline.stream().map(s -> Words.of(locale, "stage." + s)).toList(),
                List.of(new Chart.Series("cockpit.incubation.organisations",
                        pipeline.stream().map(s -> (double) stages.getOrDefault(s, 0L)).toList())));
        return Optional.of(new Section("cockpit.incubation", 40, figures, List.of(chart)));
    }
}
