package org.jinguo.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;

/**
 * What every table of the application does, set once here (faces-config.xml) rather than on each of them:
 * <ul>
 * <li>a paged list says how many rows match ("共 176 条，本页第 1–25 条"), in the user's language, and keeps its
 *     pager in sight even when the rows fit one page, so that the count is always there to read;</li>
 * <li>on a phone a table's rows become stacked cards, each value under its column's title (PrimeFaces' reflow),
 *     instead of columns squeezed or cut off at the screen's edge.</li>
 * </ul>
 * A table that sets its own page report or reflow keeps it.
 */
public class TableDefaults implements SystemEventListener {

    /** The page report's text: {@code {totalRecords}}, {@code {startRecord}} and {@code {endRecord}} in it. */
    static final String COUNT_KEY = "list.total";
    static final String TEMPLATE = "{CurrentPageReport} {FirstPageLink} {PreviousPageLink} {PageLinks} {NextPageLink} {LastPageLink}";

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        DataTable table = (DataTable) event.getSource();
        if (table.getAttributes().containsKey("jgDefaults")) {
            return; // the view was built before (a postback rebuilds it): the defaults are in its state already
        }
        table.getAttributes().put("jgDefaults", Boolean.TRUE);
        if (table.getValueExpression("reflow") == null && !table.isReflow()) {
            table.setReflow(true);
        }
        if (!table.isPaginator() || table.getValueExpression("currentPageReportTemplate") != null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        table.setValueExpression("currentPageReportTemplate", context.getApplication().getExpressionFactory()
                .createValueExpression(context.getELContext(), "#{msg['" + COUNT_KEY + "']}", String.class));
        if (table.getValueExpression("paginatorTemplate") == null) {
            table.setPaginatorTemplate(TEMPLATE);
        }
        table.setPaginatorAlwaysVisible(true);
        if (table.getValueExpression("pageLinks") == null) {
            table.setPageLinks(5); // five page numbers: the pager stays on one or two lines on a phone
        }
        if (table.getValueExpression("paginatorPosition") == null && "both".equals(table.getPaginatorPosition())) {
            table.setPaginatorPosition("top"); // the count right under the filters; one pager, not a second below the rows
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DataTable;
    }
}
