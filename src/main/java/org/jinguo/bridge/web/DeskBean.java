package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.bridge.service.ProviderDeskService;
import org.jinguo.bridge.service.ProviderDeskService.DeskRow;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.UiActions;
import org.jinguo.platform.web.UploadBuffer;

/**
 * The orders dispatched to a volunteer or the team she leads (我的服务订单), in her portal: take or decline each, start
 * it, report it done with the time it took (which becomes her hours, waiting for approval).
 */
@Named
@ViewScoped
public class DeskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProviderDeskService desk;

    private List<DeskRow> orders;
    private List<DeskRow> published;
    private DeskRow chosen;
    private String reason;
    private LocalDate doneOn;
    private BigDecimal doneHours;
    private String doneNotes;
    private final UploadBuffer buffer = new UploadBuffer();

    @PostConstruct
    void init() {
        orders = desk.orders(100);
        published = desk.published(50);
    }

    /** 抢单 */
    public void claim(DeskRow order) {
        UiActions.attempt("deskForm", () -> {
            desk.claim(order.id());
            UiActions.info("desk.claimed", order.orderNo());
        });
        init();
    }

    public List<DeskRow> getPublished() {
        return published;
    }

    public void take(DeskRow order) {
        UiActions.attempt("deskForm", () -> {
            desk.take(order.id());
            UiActions.info("desk.taken", order.orderNo());
        });
        init();
    }

    public void start(DeskRow order) {
        UiActions.attempt("deskForm", () -> {
            desk.start(order.id());
            UiActions.info("desk.started", order.orderNo());
        });
        init();
    }

    /** Chooses the order a dialog (decline, report done) is about. */
    public void choose(DeskRow order) {
        chosen = order;
        reason = null;
        doneOn = Beijing.today();
        doneHours = BigDecimal.ONE;
        doneNotes = null;
        buffer.clear();
    }

    /** The page is left: photos uploaded but never sent with a report are removed. */
    @PreDestroy
    void leave() {
        buffer.clear();
    }

    public UploadBuffer getBuffer() {
        return buffer;
    }

    public void decline() {
        if (chosen == null) {
            UiActions.nothingChosen();
            return;
        }
        Boolean done = UiActions.attempt("declineForm", () -> {
            desk.decline(chosen.id(), reason);
            UiActions.info("desk.declined", chosen.orderNo());
            return Boolean.TRUE;
        });
        if (done != null) {
            org.primefaces.PrimeFaces.current().executeScript("PF('declineDialog').hide()");
            init();
        }
    }

    public void reportDone() {
        if (chosen == null) {
            UiActions.nothingChosen();
            return;
        }
        int minutes = doneHours == null ? 0 : doneHours.multiply(BigDecimal.valueOf(60)).intValue();
        Boolean done = UiActions.attempt("doneForm", () -> {
            desk.reportDone(chosen.id(), doneOn, minutes, doneNotes, buffer.uploads());
            UiActions.info("desk.done", chosen.orderNo());
            return Boolean.TRUE;
        });
        if (done != null) {
            buffer.clear();
            org.primefaces.PrimeFaces.current().executeScript("PF('doneDialog').hide()");
            init();
        }
    }

    public List<DeskRow> getOrders() {
        return orders;
    }

    public DeskRow getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public BigDecimal getDoneHours() {
        return doneHours;
    }

    public void setDoneHours(BigDecimal doneHours) {
        this.doneHours = doneHours;
    }

    public String getDoneNotes() {
        return doneNotes;
    }

    public void setDoneNotes(String doneNotes) {
        this.doneNotes = doneNotes;
    }
}
