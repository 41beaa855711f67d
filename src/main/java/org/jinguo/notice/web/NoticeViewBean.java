package org.jinguo.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.service.NoticeService;
import org.jinguo.notice.service.NoticeView;
import org.jinguo.notice.service.ReceiptFilter;
import org.jinguo.notice.service.ReceiptRow;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/** A sent notice: its text, who read it and what each answered (filtered, paged, exported to Excel). */
@Named
@ViewScoped
public class NoticeViewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 500;

    @Inject
    NoticeService notices;

    @Inject
    AuditTrail auditTrail;

    private String id;
    private NoticeView notice;
    private ReceiptFilter filter = ReceiptFilter.ALL;
    private PagedList<ReceiptRow> receipts;

    @PostConstruct
    void init() {
        receipts = new PagedList<>((first, max) -> notices.receipts(notice.id(), filter, first, max),
                () -> notices.countReceipts(notice.id(), filter), row -> String.valueOf(row.id()));
    }

    /** View action: {@code ?id=}; unknown or outside her scope answers 404. */
    public void load() throws IOException {
        if (notice == null) {
            UiActions.load(() -> notice = notices.view(Long.parseLong(id == null ? "" : id.trim())));
        }
    }

    public void refresh() {
        notice = notices.view(notice.id());
    }

    public boolean isPoll() {
        return notice != null && notice.kind() == NoticeKind.POLL;
    }

    public ReceiptFilter[] getFilters() {
        return ReceiptFilter.values();
    }

    /** Every receipt as a spreadsheet; the export is audited (and refused without the EXPORT permission). */
    public void export() throws IOException {
        List<String> headers = new ArrayList<>(List.of(Texts.get("person.name"), Texts.get("person.unit"),
                Texts.get("holder.position"), Texts.get("receipt.readAt")));
        if (isPoll()) {
            headers.addAll(List.of(Texts.get("receipt.answer"), Texts.get("receipt.comment"), Texts.get("receipt.answeredAt")));
        }
        Downloads.xlsx(notice.title(), headers, sheet -> {
            Downloads.eachRow((first, max) -> notices.receipts(notice.id(), ReceiptFilter.ALL, first, max), EXPORT_PAGE,
                    row -> {
                        // empty cells stay empty: not read yet, not answered yet
                        List<Object> cells = new ArrayList<>(Arrays.asList(row.name(), row.unitName(),
                                Texts.get("position." + row.position()), row.readAt()));
                        if (isPoll()) {
                            cells.addAll(Arrays.asList(row.answerLabel(), row.comment(), row.answeredAt()));
                        }
                        sheet.row(cells.toArray());
                    });
            return sheet.dataRows();
        }, count -> auditTrail.exported("NoticeRecipient", count, "notice " + notice.id()));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public NoticeView getNotice() {
        return notice;
    }

    public ReceiptFilter getFilter() {
        return filter;
    }

    public void setFilter(ReceiptFilter filter) {
        this.filter = filter == null ? ReceiptFilter.ALL : filter;
    }

    public PagedList<ReceiptRow> getReceipts() {
        return receipts;
    }
}
