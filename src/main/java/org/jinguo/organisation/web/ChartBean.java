package org.jinguo.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jinguo.organisation.service.ChartNode;
import org.jinguo.organisation.service.ChartService;
import org.jinguo.platform.i18n.Pinyin;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.model.UnitType;

/**
 * The organisation chart of a unit ({@code ?unit=}, her own unit by default): the unit with its chair, and the
 * units below it as cards grouped by kind (街道, 镇, 行业, 区域 …), each with its chair and a way down to its own
 * chart. Cards wrap to the width of the screen, so every unit can be reached on a desktop and on a phone.
 */
@Named
@ViewScoped
public class ChartBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The units of one kind directly below the unit shown, in the order of their names' pinyin. */
    public record Group(UnitType type, List<ChartNode> units) implements Serializable {
    }

    @Inject
    ChartService charts;

    @Inject
    CurrentCaller currentCaller;

    private String unit;
    private ChartNode top;
    private List<Group> groups = List.of();

    /** View action; an unknown unit or one outside her scope answers 404. */
    public void load() throws IOException {
        if (top != null) {
            return;
        }
        UiActions.load(() -> {
            top = charts.chart(UiActions.idOr(unit, () -> currentCaller.require().unitId()));
            groups = groups(top.children());
        });
    }

    static List<Group> groups(List<ChartNode> children) {
        Map<UnitType, List<ChartNode>> byType = new EnumMap<>(UnitType.class);
        children.forEach(child -> byType.computeIfAbsent(child.type(), k -> new ArrayList<>()).add(child));
        List<Group> groups = new ArrayList<>();
        byType.forEach((type, units) -> {
            units.sort(Pinyin.by(ChartNode::name));
            groups.add(new Group(type, List.copyOf(units)));
        });
        return List.copyOf(groups);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public ChartNode getTop() {
        return top;
    }

    public List<Group> getGroups() {
        return groups;
    }
}
