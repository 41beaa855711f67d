package org.jinguo.platform.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jinguo.platform.persistence.RecentFigures;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * The district cockpit (数据驾驶舱) and the year-end report's figures: every area's {@link Section} for a unit's subtree
 * and a period, in the areas' order, at most a minute old (per unit, period, language and the roles asking, since the
 * children's figures are for some roles only). An area whose figures fail is left out and logged, never the page.
 */
@ApplicationScoped
public class Cockpit {

    private static final Logger LOG = Logger.getLogger(Cockpit.class.getName());

    @Inject
    @Any
    Instance<FigureSource> sources;

    @Inject
    RecentFigures recent;

    public List<Section> sections(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        caller.require(Permission.RECORD_VIEW);
        return recent.get(key(caller, unitId, from, to, locale), () -> ask(caller, unitId, from, to, locale));
    }

    /** The same, asked of the areas now (and kept for the next minute): for a user who asks again on purpose. */
    public List<Section> fresh(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        caller.require(Permission.RECORD_VIEW);
        return recent.renew(key(caller, unitId, from, to, locale), () -> ask(caller, unitId, from, to, locale));
    }

    private static String key(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        return "cockpit:" + unitId + ":" + from + ":" + to + ":" + locale + ":" + caller.roles() + ":" + caller.unitPath();
    }

    private List<Section> ask(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale) {
        List<Section> sections = new ArrayList<>();
        for (FigureSource source : sources) {
            try {
                source.section(caller, unitId, from, to, locale).ifPresent(sections::add);
            } catch (RuntimeException e) {
                if (isRefusal(e)) {
                    throw e;
                }
                LOG.log(Level.WARNING, "Figures of " + source.getClass().getSimpleName() + " left out", e);
            }
        }
        sections.sort(Comparator.comparingInt(Section::order));
        return List.copyOf(sections);
    }

    /** A unit outside her scope is refused (404/403), not left out section by section. */
    private static boolean isRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.jinguo.platform.errors.JinguoException) {
                return true;
            }
        }
        return false;
    }
}
