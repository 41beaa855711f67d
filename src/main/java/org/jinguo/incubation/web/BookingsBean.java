package org.jinguo.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jinguo.incubation.service.BookingForm;
import org.jinguo.incubation.service.OrganisationService.OrgRow;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.incubation.service.SupportService.BookingRow;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/**
 * The bookings of the base's rooms (基地服务 · 预约) by resident organisations: filtered by room and days, a new
 * booking (never two of one room at once), cancelling one, export. The rooms are {@link RoomsBean}'s.
 */
@Named
@ViewScoped
public class BookingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The bookings as a spreadsheet shows them. */
    static final SheetColumns<BookingRow> COLUMNS = SheetColumns.of(BookingRow.class)
            .column("booking.on", BookingRow::on)
            .column("booking.startsAt", row -> row.startsAt().toString())
            .column("booking.endsAt", row -> row.endsAt().toString())
            .column("booking.room", BookingRow::roomName)
            .column("booking.org", BookingRow::orgName)
            .column("booking.purpose", BookingRow::purpose)
            .column("booking.cancelled", row -> row.cancelled() ? SheetColumns.label("action.yes") : "")
            .column("support.recordedBy", BookingRow::recordedBy);

    @Inject
    SupportService support;
    @Inject
    OrganisationService organisations;
    @Inject
    AuditTrail auditTrail;

    private Long roomId;
    private LocalDate from = Beijing.today();
    private LocalDate to = Beijing.today().plusDays(13);
    private PagedList<BookingRow> bookings;
    private BookingForm bookingForm = new BookingForm();
    private OrgRow bookingOrg;

    @PostConstruct
    void init() {
        bookings = new PagedList<>((first, max) -> support.bookings(roomId, from, to, first, max),
                () -> support.countBookings(roomId, from, to), row -> String.valueOf(row.id()));
        prepareBooking();
    }

    /** A booking of the room chosen in the filter, tomorrow from 9 to 11. */
    public void prepareBooking() {
        bookingForm = new BookingForm();
        bookingForm.setOn(Beijing.today().plusDays(1));
        bookingForm.setStartsAt(LocalTime.of(9, 0));
        bookingForm.setEndsAt(LocalTime.of(11, 0));
        bookingForm.setRoomId(roomId);
        bookingOrg = null;
    }

    public void book() {
        bookingForm.setOrgId(bookingOrg == null ? null : bookingOrg.id());
        UiActions.attempt("bookingForm", () -> {
            if (bookingOrg == null) {
                throw new BusinessRuleException("booking.org.required", "org");
            }
            support.book(bookingForm);
            UiActions.info("booking.made", bookingOrg.name(), bookingForm.getOn());
        });
    }

    public void cancelBooking(long id) {
        UiActions.attempt("bookingsForm", () -> support.cancelBooking(id));
    }

    public void exportBookings() throws IOException {
        Downloads.xlsx(Texts.get("booking.title"), COLUMNS, (first, max) -> support.bookings(roomId, from, to, first, max),
                count -> auditTrail.exported("Booking", count, "room=" + roomId + " from=" + from + " to=" + to));
    }

    /** The resident organisations, who may book. */
    public List<OrgRow> completeResident(String query) {
        return organisations.search(query, true, 20);
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
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

    public PagedList<BookingRow> getBookings() {
        return bookings;
    }

    public BookingForm getBookingForm() {
        return bookingForm;
    }

    public OrgRow getBookingOrg() {
        return bookingOrg;
    }

    public void setBookingOrg(OrgRow bookingOrg) {
        this.bookingOrg = bookingOrg;
    }
}
