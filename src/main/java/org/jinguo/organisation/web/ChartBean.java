package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.jinguo.organisation.service.ChartNode;
import org.jinguo.organisation.service.ChartService;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;

/**
 * The organisation chart of a unit ({@code ?unit=}, her own unit by default): the unit, the units below it
 * and theirs (folded until opened), each with its current chair.
 */
@Named
@ViewScoped
public class ChartBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChartService charts;

    @Inject
    CurrentCaller currentCaller;

    private String unit;
    private OrganigramNode root;

    /** View action; an unknown unit or one outside her scope answers 404. */
    public void load() throws IOException {
        if (root != null) {
            return;
        }
        UiActions.load(() -> {
            long id = unit == null || unit.isBlank() ? currentCaller.require().unitId() : Long.parseLong(unit.trim());
            root = node(charts.chart(id), null, 0);
        });
    }

    private static OrganigramNode node(ChartNode unit, OrganigramNode parent, int depth) {
        DefaultOrganigramNode node = new DefaultOrganigramNode("unit", unit, parent);
        node.setExpanded(depth == 0);
        node.setSelectable(false);
        node.setRowKey(String.valueOf(unit.id()));
        for (ChartNode child : unit.children()) {
            node(child, node, depth + 1);
        }
        return node;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public OrganigramNode getRoot() {
        return root;
    }
}
