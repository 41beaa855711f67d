package org.jinguo.platform.figures;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jinguo.platform.security.Caller;

/**
 * An area's key figures for a unit's subtree and a period (the cockpit, the year-end report). An area adds a bean
 * implementing this; the cockpit knows none of them. A source counts through its area's own services (so the figure is
 * what its pages show, and the caller's rights apply) and gives nothing when the caller may not see its figures.
 */
public interface FigureSource {

    Optional<Section> section(Caller caller, long unitId, LocalDate from, LocalDate to, Locale locale);
}
