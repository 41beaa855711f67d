package org.jinguo.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.service.MemberNoticeService;
import org.jinguo.notice.service.MyNotice;
import org.jinguo.notice.service.MyNoticeRow;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.UiActions;

/**
 * The executive member's portal (我的通知): her notices, newest first, unread ones marked; opening one
 * marks it read; a poll she answers (and may change her answer until it closes).
 */
@Named
@ViewScoped
public class MyNoticesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberNoticeService service;

    private String id;
    private PagedList<MyNoticeRow> rows;
    private MyNotice notice;
    private Integer answer;
    private String comment;

    @PostConstruct
    void init() {
        rows = new PagedList<>(service::mine, service::countMine, row -> String.valueOf(row.id()));
    }

    /** View action of the notice page ({@code ?id=}): a notice not sent to her answers 404. */
    public void load() throws IOException {
        if (notice == null) {
            UiActions.load(() -> show(service.open(Long.parseLong(id == null ? "" : id.trim()))));
        }
    }

    public void submitAnswer() {
        UiActions.attempt("answerForm", () -> {
            show(service.answer(notice.id(), answer, comment));
            UiActions.info("notice.answered");
        });
    }

    private void show(MyNotice shown) {
        notice = shown;
        answer = shown.answer();
        comment = shown.comment();
    }

    public boolean isPoll() {
        return notice != null && notice.kind() == NoticeKind.POLL;
    }

    /** The poll's options, each answered by its position. */
    public List<SelectItem> getOptionItems() {
        List<String> options = notice == null ? List.of() : notice.options();
        return IntStream.range(0, options.size()).mapToObj(i -> new SelectItem(i, options.get(i))).toList();
    }

    public long getUnread() {
        return service.countUnread();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PagedList<MyNoticeRow> getRows() {
        return rows;
    }

    public MyNotice getNotice() {
        return notice;
    }

    public Integer getAnswer() {
        return answer;
    }

    public void setAnswer(Integer answer) {
        this.answer = answer;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
