package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.bridge.model.LegalReferral;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.bridge.service.ConsultationForm;
import org.jinguo.bridge.service.ConsultationService;
import org.jinguo.bridge.service.ConsultationService.Awaiting;
import org.jinguo.bridge.service.ConsultationService.ConsultationRow;
import org.jinguo.bridge.service.ConsultationService.ConsultationView;
import org.jinguo.bridge.service.LegalOfficers.Officer;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/**
 * The legal consultation records (咨询记录), for the legal line's officers and the lawyers at their desk: the bookings
 * of sessions held that wait for their record, the records with their filters (a protected one shows nothing), one
 * record opened (audited), the readers the recorder of a flagged record names, the export.
 */
@Named
@ViewScoped
public class ConsultationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static SheetColumns<ConsultationRow> columns() {
        return SheetColumns.of(ConsultationRow.class)
            .column("consultation.heldOn", ConsultationRow::heldOn)
            .column("person.name", r -> r.readable() ? r.name() : SheetColumns.label("consultation.protected"))
            .column("consultation.topic", ConsultationRow::topic)
            .column("consultation.referral", ConsultationRow::referral)
            .column("consultation.place", ConsultationRow::place);
    }

    @Inject
    ConsultationService consultations;
    @Inject
    AuditTrail auditTrail;

    private LegalTopic topic;
    private LocalDate from;
    private LocalDate to;
    private PagedList<ConsultationRow> rows;
    private List<Awaiting> awaiting;
    private ConsultationForm form = new ConsultationForm();
    private Awaiting recording;
    private ConsultationView opened;
    private List<Officer> candidates;
    private Long reader;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> consultations.list(topic, from, to, first, max),
                () -> consultations.count(topic, from, to), row -> String.valueOf(row.id()));
        awaiting = consultations.awaiting(50);
    }

    public void startRecord(Awaiting booking) {
        recording = booking;
        form = new ConsultationForm();
        form.setBookingId(booking.bookingId());
        form.setTopic(booking.topic());
    }

    public void saveRecord() {
        if (recording == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("recordForm", () -> {
            long id = consultations.record(form);
            UiActions.info("consultation.recorded", recording.name());
            awaiting = consultations.awaiting(50);
            open(id);
            org.primefaces.PrimeFaces.current().executeScript("PF('openedDialog').show()"); // what was recorded, to read again
        });
    }

    public void open(long id) {
        UiActions.attempt("consultationsForm", () -> {
            opened = consultations.view(id);
            candidates = opened.mayNameReaders() ? consultations.readerCandidates(id) : List.of();
            reader = null;
        });
    }

    public void allowReader() {
        if (opened == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("openedForm", () -> {
            if (reader != null) {
                consultations.allowReader(opened.row().id(), reader);
                open(opened.row().id());
            }
        });
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("consultations.title"), columns(), (first, max) -> consultations.list(topic, from, to, first, max),
                count -> auditTrail.exported("Consultation", count, "topic=" + topic + " from=" + from + " to=" + to));
    }

    public LegalTopic[] getTopics() {
        return LegalTopic.values();
    }

    public LegalReferral[] getReferrals() {
        return LegalReferral.values();
    }

    public LegalTopic getTopic() {
        return topic;
    }

    public void setTopic(LegalTopic topic) {
        this.topic = topic;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PagedList<ConsultationRow> getRows() {
        return rows;
    }

    public List<Awaiting> getAwaiting() {
        return awaiting;
    }

    public ConsultationForm getForm() {
        return form;
    }

    public Awaiting getRecording() {
        return recording;
    }

    public ConsultationView getOpened() {
        return opened;
    }

    public List<Officer> getCandidates() {
        return candidates;
    }

    public Long getReader() {
        return reader;
    }

    public void setReader(Long reader) {
        this.reader = reader;
    }
}
