package org.jinguo.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jinguo.notice.service.NoticeRow;
import org.jinguo.notice.service.NoticeService;
import org.jinguo.platform.web.PagedList;

/** The notices and polls sent by the user's unit and the units below it, newest first, filtered by title. */
@Named
@ViewScoped
public class NoticesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeService notices;

    private String text;
    private PagedList<NoticeRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> notices.notices(text, first, max), () -> notices.count(text),
                row -> String.valueOf(row.id()));
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PagedList<NoticeRow> getRows() {
        return rows;
    }
}
