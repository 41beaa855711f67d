package org.jinguo.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jinguo.platform.figures.Chart;

/**
 * A {@link Chart} as the Chart.js configuration PrimeFaces' {@code p:chart} draws (Chart.js is bundled with PrimeFaces
 * and its script runs under the Content-Security-Policy's nonce; nothing comes from a CDN). Words go through
 * {@code text} (bundle keys to the reader's language); the JSON writer escapes them.
 */
public final class ChartJson {

    /**
     * The federation's red first, then colours told apart by colour-blind readers too; eight, so that the monthly
     * hours' seven units and "other units" (grey, last) never share a colour.
     */
    static final List<String> COLOURS = List.of("#b3202a", "#1f77b4", "#d48806", "#2ca02c", "#7b4fa0", "#8c564b", "#e377c2",
            "#7f7f7f");

    private ChartJson() {
    }

    public static String of(Chart chart, UnaryOperator<String> text) {
        boolean doughnut = chart.kind() == Chart.Kind.DOUGHNUT;
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.categories().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < chart.series().size(); i++) {
            Chart.Series series = chart.series().get(i);
            JsonArrayBuilder values = Json.createArrayBuilder();
            series.values().forEach(values::add);
            String label = series.name() != null ? series.name() : text.apply(series.label());
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", values);
            if (doughnut) {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                for (int c = 0; c < chart.categories().size(); c++) {
                    colours.add(COLOURS.get(c % COLOURS.size()));
                }
                dataset.add("backgroundColor", colours);
            } else {
                String colour = COLOURS.get(i % COLOURS.size());
                dataset.add("backgroundColor", chart.kind() == Chart.Kind.LINE ? colour + "33" : colour).add("borderColor", colour);
                if (chart.kind() == Chart.Kind.LINE) {
                    dataset.add("fill", true).add("tension", 0.3);
                }
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", doughnut || chart.series().size() > 1)
                                .add("position", "bottom")));
        boolean stacked = chart.kind() == Chart.Kind.STACKED_BAR;
        if (!doughnut) {
            options.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", stacked))
                    .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)));
        }
        return Json.createObjectBuilder()
                .add("type", stacked ? "bar" : chart.kind().name().toLowerCase(java.util.Locale.ROOT))
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
