package org.jinguo.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jinguo.platform.figures.Chart;

/** For pages: a {@link Chart} as the Chart.js configuration of {@code <p:chart value="#{charts.json(…)}"/>}. */
@Named("charts")
@ApplicationScoped
public class ChartsBean {

    public String json(Chart chart) {
        return ChartJson.of(chart, Texts::get);
    }
}
