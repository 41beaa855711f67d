package org.jinguo.purchase.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jinguo.platform.figures.Chart;
import org.jinguo.platform.figures.Figure;
import org.jinguo.platform.figures.FigureSource;
import org.jinguo.platform.figures.Section;
import org.jinguo.platform.figures.Words;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.purchase.model.Programme;

/**
 * The government's purchase of services on the cockpit: the contracts running in the period (the contract list's rows),
 * how much of what they contracted is delivered on average, and the money spent against their budgets, by programme.
 */
@Stateless
@ScopedToCaller
public class PurchaseCockpit implements FigureSource {

    private static final int PAGE = 200;

    @Inject
    ContractService contracts;

    @Override
    public Optional<Section> section(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        if (!caller.can(Permission.RECORD_VIEW)) {
            return Optional.empty();
        }
        ContractFilter filter = new ContractFilter();
        filter.setUnitId(unitId);
        List<ContractService.ContractRow> running = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<ContractService.ContractRow> page = contracts.list(filter, first, PAGE, Sorting.NONE);
            page.stream().filter(c -> !c.startsOn().isAfter(to) && !c.endsOn().isBefore(from)).forEach(running::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<Programme, BigDecimal[]> money = new EnumMap<>(Programme.class);
        for (Programme p : Programme.values()) {
            money.put(p, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        double delivered = 0;
        for (ContractService.ContractRow c : running) {
            budget = budget.add(c.budget());
            spent = spent.add(c.spent());
            delivered += c.deliveredPercent();
            BigDecimal[] m = money.get(c.programme());
            m[0] = m[0].add(c.budget());
            m[1] = m[1].add(c.spent());
        }
        List<Figure> figures = List.of(
                Figure.count("cockpit.purchase.contracts", running.size(), "/purchase/contracts.xhtml"),
                Figure.of("cockpit.purchase.delivered", running.isEmpty() ? 0 : Math.round(delivered * 10 / running.size()) / 10.0,
                        Figure.Measure.PERCENT, "/purchase/contracts.xhtml"),
                Figure.of("cockpit.purchase.budget", budget.doubleValue(), Figure.Measure.YUAN, "/purchase/contracts.xhtml"),
                Figure.of("cockpit.purchase.spent", spent.doubleValue(), Figure.Measure.YUAN, "/purchase/contracts.xhtml"));
        List<Programme> programmes = List.of(Programme.values());
        Chart chart = new Chart("cockpit.purchase.moneyChart", Chart.Kind.BAR,
                programmes.stream().map(p -> Words.of(locale, "programme." + p)).toList(),
                List.of(new Chart.Series("cockpit.purchase.budget", programmes.stream().map(p -> money.get(p)[0].doubleValue()).toList()),
                        new Chart.Series("cockpit.purchase.spent", programmes.stream().map(p -> money.get(p)[1].doubleValue()).toList())));
        return Optional.of(new Section("cockpit.purchase", 50, figures, List.of(chart)));
    }
}
