package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.bridge.service.OrderFilter;
import org.jinguo.bridge.service.OrderService;
import org.jinguo.bridge.service.OrderService.OrderRow;
import org.jinguo.bridge.service.ServiceMenuService;
import org.jinguo.bridge.service.ServiceMenuService.ItemRow;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The Bridge's orders of the user's unit and below (巾帼桥订单): filter, sort, overdue first if asked, export. */
@Named
@ViewScoped
public class OrdersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The orders as a spreadsheet shows them, menu items named in the reader's language. */
    static SheetColumns<OrderRow> columns(boolean english) {
        return SheetColumns.of(OrderRow.class)
            .column("order.no", OrderRow::orderNo)
            .column("order.line", OrderRow::line)
            .column("order.item", r -> r.what(english))
            .column("order.requester", OrderRow::requesterName)
            .column("order.community", OrderRow::communityName)
            .column("order.status", OrderRow::status)
            .column("order.overdue", r -> r.overdue() ? SheetColumns.label("order.overdueMark") : null)
            .column("order.urgency", OrderRow::urgency)
            .column("order.submittedAt", OrderRow::submittedAt)
            .column("order.provider", OrderRow::providerName)
            .column("order.rating", OrderRow::rating)
            .column("order.unit", OrderRow::unitName);
    }

    @Inject
    OrderService orders;
    @Inject
    ServiceMenuService menu;
    @Inject
    UnitDirectory units;
    @Inject
    AuditTrail auditTrail;

    private OrderFilter filter = new OrderFilter();
    private UnitRow under;
    private PagedList<OrderRow> rows;
    private List<ItemRow> items;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max, sorting) -> orders.list(filter(), first, max, sorting),
                () -> orders.count(filter()), row -> String.valueOf(row.id()));
    }

    private OrderFilter filter() {
        filter.setUnitId(under == null ? null : under.id());
        return filter;
    }

    public void clear() {
        filter = new OrderFilter();
        under = null;
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("orders.title"), columns("en".equals(Texts.currentLocale().getLanguage())), (first, max) -> orders.list(filter(), first, max, Sorting.NONE),
                count -> auditTrail.exported("BridgeOrder", count, "text=" + (filter.getText() == null ? "" : filter.getText().strip())
                        + " line=" + filter.getLine() + " status=" + filter.getStatus() + " overdue=" + filter.isOverdue()
                        + " under=" + filter.getUnitId()));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** The menu items of the line chosen in the filter (none until a line is chosen). */
    public List<ItemRow> getItems() {
        if (filter.getLine() == null) {
            return List.of();
        }
        if (items == null || items.isEmpty() || items.get(0).line() != filter.getLine()) {
            items = menu.items(filter.getLine(), true);
        }
        return items;
    }

    public OrderFilter getFilter() {
        return filter;
    }

    public UnitRow getUnder() {
        return under;
    }

    public void setUnder(UnitRow under) {
        this.under = under;
    }

    public PagedList<OrderRow> getRows() {
        return rows;
    }
}
