package org.jinguo.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.service.NoticeForm;
import org.jinguo.notice.service.NoticeService;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/**
 * Writing a notice or poll: to whom (a unit, with the units below it; her own unit to begin with), the
 * text, and for a poll its options and closing day. Before sending she sees how many members it reaches.
 */
@Named
@ViewScoped
public class NoticeEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeService notices;

    @Inject
    UnitDirectory units;

    @Inject
    CurrentCaller currentCaller;

    @Valid
    private NoticeForm form = new NoticeForm();
    private UnitRow audience;
    private Integer reach;

    @PostConstruct
    void init() {
        form.getOptions().add(new NoticeForm.Option());
        form.getOptions().add(new NoticeForm.Option());
        try {
            audience = units.row(currentCaller.require().unitId());
            audienceChosen();
        } catch (JinguoException e) {
            UiActions.show(null, e);
        }
    }

    public void audienceChosen() {
        form.setAudienceUnitId(audience == null ? null : audience.id());
        reach = audience == null ? null : notices.audienceSize(audience.id());
    }

    public List<UnitRow> completeAudience(String query) {
        return units.search(query, 0, 20);
    }

    public NoticeKind[] getKinds() {
        return NoticeKind.values();
    }

    public boolean isPoll() {
        return form.getKind() == NoticeKind.POLL;
    }

    public void addOption() {
        if (form.getOptions().size() < NoticeForm.MAX_OPTIONS) {
            form.getOptions().add(new NoticeForm.Option());
        }
    }

    public void removeOption(int index) {
        if (index >= 0 && index < form.getOptions().size()) {
            form.getOptions().remove(index);
        }
    }

    public String send() {
        form.setAudienceUnitId(audience == null ? null : audience.id());
        return UiActions.attempt("noticeForm", () -> {
            long id = notices.send(form);
            UiActions.info("notice.sent", form.getTitle());
            return "/notices/view.xhtml?faces-redirect=true&id=" + id;
        });
    }

    public NoticeForm getForm() {
        return form;
    }

    public UnitRow getAudience() {
        return audience;
    }

    public void setAudience(UnitRow audience) {
        this.audience = audience;
    }

    public Integer getReach() {
        return reach;
    }
}
