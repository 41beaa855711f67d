package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.jinguo.bridge.model.CourseKind;
import org.jinguo.bridge.service.CourseFilter;
import org.jinguo.bridge.service.CourseService;
import org.jinguo.bridge.service.CourseService.CourseRow;
import org.jinguo.bridge.service.CourseService.Figures;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;

/** The Bridge's course catalogue of the user's unit and below (培训课程): filter, the figures of trained women, export. */
@Named
@ViewScoped
public class CoursesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static SheetColumns<CourseRow> columns() {
        return SheetColumns.of(CourseRow.class)
            .column("course.title", CourseRow::title)
            .column("course.kind", CourseRow::kind)
            .column("order.line", CourseRow::line)
            .column("course.trainer", CourseRow::trainerName)
            .column("course.place", CourseRow::place)
            .column("course.firstOn", CourseRow::firstOn)
            .column("course.lastOn", CourseRow::lastOn)
            .column("course.sessions", CourseRow::sessions)
            .column("course.places", CourseRow::places)
            .column("course.enrolled", CourseRow::enrolled)
            .column("course.waiting", CourseRow::waiting)
            .column("course.completed", CourseRow::completed)
            .column("course.order", CourseRow::orderNo)
            .column("order.unit", CourseRow::unitName);
    }

    @Inject
    CourseService courses;
    @Inject
    AuditTrail auditTrail;

    private CourseFilter filter = new CourseFilter();
    private PagedList<CourseRow> rows;
    private Figures figures;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max, sorting) -> courses.list(filter, first, max, sorting),
                () -> courses.count(filter), row -> String.valueOf(row.id()));
    }

    public void clear() {
        filter = new CourseFilter();
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("courses.title"), columns(), (first, max) -> courses.list(filter, first, max, Sorting.NONE),
                count -> auditTrail.exported("Course", count, filter.describe()));
    }

    public CourseKind[] getKinds() {
        return CourseKind.values();
    }

    /** The figures of trained women, read once per view. */
    public Figures getFigures() {
        if (figures == null) {
            figures = courses.figures(null);
        }
        return figures;
    }

    public CourseFilter getFilter() {
        return filter;
    }

    public PagedList<CourseRow> getRows() {
        return rows;
    }
}
