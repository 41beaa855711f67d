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
import org.jinguo.incubation.model.SupportKind;
import org.jinguo.incubation.service.BookingForm;
import org.jinguo.incubation.service.OrganisationService.BookingRow;
import org.jinguo.incubation.service.OrganisationService.OrgRow;
import org.jinguo.incubation.service.OrganisationService.SupportRow;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.incubation.service.RoomForm;
import org.jinguo.incubation.service.SupportForm;
import org.jinguo.incubation.service.SupportService.RoomRow;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.OrgUnitService;
import org.jinguo.unit.service.UnitRow;

/**
 * What the base gives (基地服务): rooms, desks and equipment with their bookings (never two at once), and
 * the log of support given to organisations, filtered by kind and period and exported.
 */
@Named
@ViewScoped
public class BaseBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 1000;

    @Inject
    SupportService support;
    @Inject
    OrganisationService organisations;
    @Inject
    OrgUnitService units;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail auditTrail;

    private List<RoomRow> rooms;
    private Long roomId;
    private LocalDate from = Beijing.today();
    private LocalDate to = Beijing.today().plusDays(13);
    private PagedList<BookingRow> bookings;

    private SupportKind kind;
    private LocalDate supportFrom = Beijing.today().withDayOfYear(1);
    private LocalDate supportTo = Beijing.today();
    private PagedList<SupportRow> supports;

    private BookingForm bookingForm = new BookingForm();
    private OrgRow bookingOrg;
    private RoomForm roomForm = new RoomForm();
    private UnitRow roomUnit;
    private SupportForm supportForm = new SupportForm();
    private OrgRow supportOrg;

    @PostConstruct
    void init() {
        rooms = support.rooms();
        bookings = new PagedList<>((first, max) -> support.bookings(roomId, from, to, first, max),
                () -> support.countBookings(roomId, from, to), row -> String.valueOf(row.id()));
        supports = new PagedList<>((first, max) -> support.supports(null, kind, supportFrom, supportTo, first, max),
                () -> support.countSupports(null, kind, supportFrom, supportTo), row -> String.valueOf(row.id()));
        prepareBooking();
        supportForm.setGivenOn(Beijing.today());
    }

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

    public void saveRoom() {
        roomForm.setUnitId(roomUnit == null ? currentCaller.require().unitId() : roomUnit.id());
        UiActions.attempt("roomForm", () -> {
            support.saveRoom(roomForm);
            rooms = support.rooms();
            UiActions.info("room.saved", roomForm.getName());
            roomForm = new RoomForm();
        });
    }

    public void setRoomActive(RoomRow room, boolean active) {
        RoomForm form = new RoomForm();
        form.setId(room.id());
        form.setUnitId(currentCaller.require().unitId());
        form.setName(room.name());
        form.setKind(room.kind());
        form.setCapacity(room.capacity());
        form.setActive(active);
        UiActions.attempt("roomsForm", () -> {
            support.saveRoom(form);
            rooms = support.rooms();
        });
    }

    public void recordSupport() {
        supportForm.setOrgId(supportOrg == null ? null : supportOrg.id());
        UiActions.attempt("supportForm", () -> {
            if (supportOrg == null) {
                throw new BusinessRuleException("support.org.required", "org");
            }
            support.record(supportForm);
            UiActions.info("support.recorded");
            supportForm = new SupportForm();
            supportForm.setGivenOn(Beijing.today());
            supportOrg = null;
        });
    }

    public void exportBookings() throws IOException {
        List<String> headers = List.of(Texts.get("booking.on"), Texts.get("booking.startsAt"), Texts.get("booking.endsAt"),
                Texts.get("booking.room"), Texts.get("booking.org"), Texts.get("booking.purpose"), Texts.get("booking.cancelled"),
                Texts.get("support.recordedBy"));
        Downloads.xlsx(Texts.get("booking.title"), headers, sheet -> {
            Downloads.eachRow((first, max) -> support.bookings(roomId, from, to, first, max), EXPORT_PAGE,
                    b -> sheet.row(b.on(), b.startsAt().toString(), b.endsAt().toString(), b.roomName(), b.orgName(),
                            b.purpose(), b.cancelled() ? Texts.get("action.yes") : "", b.recordedBy()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("Booking", count, "room=" + roomId + " from=" + from + " to=" + to));
    }

    public void exportRooms() throws IOException {
        List<String> headers = List.of(Texts.get("room.name"), Texts.get("room.kind"), Texts.get("room.capacity"),
                Texts.get("room.note"), Texts.get("org.unit"), Texts.get("room.retired"));
        Downloads.xlsx(Texts.get("room.title"), headers, sheet -> {
            rooms.forEach(r -> sheet.row(r.name(), Texts.get("roomKind." + r.kind()), r.capacity(), r.note(), r.unitName(),
                    r.active() ? "" : Texts.get("action.yes")));
            return sheet.dataRows();
        }, count -> auditTrail.exported("Room", count, null));
    }

    public void exportSupports() throws IOException {
        List<String> headers = List.of(Texts.get("support.givenOn"), Texts.get("booking.org"), Texts.get("support.kind"),
                Texts.get("support.description"), Texts.get("support.amount"), Texts.get("support.recordedBy"));
        Downloads.xlsx(Texts.get("support.title"), headers, sheet -> {
            Downloads.eachRow((first, max) -> support.supports(null, kind, supportFrom, supportTo, first, max), EXPORT_PAGE,
                    s -> sheet.row(s.givenOn(), s.orgName(), Texts.get("supportKind." + s.kind()), s.description(),
                            s.amount(), s.recordedBy()));
            return sheet.dataRows();
        }, count -> auditTrail.exported("Support", count, "kind=" + kind + " from=" + supportFrom + " to=" + supportTo));
    }

    public List<OrgRow> completeResident(String query) {
        return organisations.search(query, true, 20);
    }

    public List<OrgRow> completeOrg(String query) {
        return organisations.search(query, false, 20);
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    public List<RoomRow> getActiveRooms() {
        return rooms.stream().filter(RoomRow::active).toList();
    }

    public List<RoomRow> getRooms() {
        return rooms;
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

    public SupportKind getKind() {
        return kind;
    }

    public void setKind(SupportKind kind) {
        this.kind = kind;
    }

    public LocalDate getSupportFrom() {
        return supportFrom;
    }

    public void setSupportFrom(LocalDate supportFrom) {
        this.supportFrom = supportFrom;
    }

    public LocalDate getSupportTo() {
        return supportTo;
    }

    public void setSupportTo(LocalDate supportTo) {
        this.supportTo = supportTo;
    }

    public PagedList<SupportRow> getSupports() {
        return supports;
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

    public RoomForm getRoomForm() {
        return roomForm;
    }

    public UnitRow getRoomUnit() {
        return roomUnit;
    }

    public void setRoomUnit(UnitRow roomUnit) {
        this.roomUnit = roomUnit;
    }

    public SupportForm getSupportForm() {
        return supportForm;
    }

    public OrgRow getSupportOrg() {
        return supportOrg;
    }

    public void setSupportOrg(OrgRow supportOrg) {
        this.supportOrg = supportOrg;
    }
}
