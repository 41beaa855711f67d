package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.bridge.service.OrderService;
import org.jinguo.bridge.service.PaidHelpForm;
import org.jinguo.bridge.service.PaidHelpService;
import org.jinguo.bridge.service.PaidHelpService.BookingRow;
import org.jinguo.bridge.service.PaidHelpService.HelperRow;
import org.jinguo.bridge.service.PaidHelpService.PaidFigures;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.PagedList;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/**
 * Paid neighbourly help (有偿互助): the neighbours with their rates and ratings, booking one for a resident, the
 * bookings with the service reported done and the two ratings (hers of the helper, the helper's of her), the figures.
 */
@Named
@ViewScoped
public class PaidHelpBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static SheetColumns<BookingRow> columns() {
        return SheetColumns.of(BookingRow.class)
            .column("order.no", BookingRow::orderNo)
            .column("paid.helper", BookingRow::helperName)
            .column("paid.resident", BookingRow::residentName)
            .column("order.item", BookingRow::what)
            .column("order.status", BookingRow::status)
            .column("paid.rate", BookingRow::rate)
            .column("paid.hours", BookingRow::hours)
            .column("paid.due", BookingRow::due)
            .column("paid.doneOn", BookingRow::doneOn)
            .column("paid.helperRating", BookingRow::helperRating)
            .column("paid.residentRating", BookingRow::residentRating);
    }

    @Inject
    PaidHelpService paid;
    @Inject
    OrderService orders;
    @Inject
    PersonService people;
    @Inject
    AuditTrail auditTrail;

    private List<HelperRow> helpers;
    private PagedList<BookingRow> bookings;
    private PaidFigures figures;
    private HelperRow helper;
    private PaidHelpForm form = new PaidHelpForm();
    private PersonRow resident;
    private BookingRow booking;
    private LocalDate doneOn;
    private BigDecimal doneHours;
    private boolean ratingHelper;
    private int stars = 5;
    private String comment;

    @PostConstruct
    void init() {
        helpers = paid.helpers();
        bookings = new PagedList<>((first, max) -> paid.bookings(first, max), () -> paid.countBookings(),
                row -> String.valueOf(row.orderId()));
    }

    private void reload() {
        helpers = paid.helpers();
        figures = null;
    }

    public void startBooking(HelperRow row) {
        helper = row;
        resident = null;
        form = new PaidHelpForm();
        form.setHelperId(row.id());
        form.setRate(row.rate());
        form.setItemId(row.items().isEmpty() ? null : row.items().get(0).id());
    }

    public void book() {
        if (helper == null) {
            UiActions.nothingChosen();
            return;
        }
        form.setRequesterId(resident == null ? null : resident.id());
        UiActions.attempt("bookForm", () -> {
            paid.book(form);
            UiActions.info("paid.booked", helper.name(), resident.name());
            reload();
        });
    }

    public void startDone(BookingRow row) {
        booking = row;
        doneOn = Beijing.today();
        doneHours = row.hours();
    }

    public void done() {
        if (booking == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("doneForm", () -> {
            int minutes = doneHours == null ? 0 : doneHours.multiply(BigDecimal.valueOf(60)).intValue();
            paid.done(booking.orderId(), doneOn, minutes);
            reload();
        });
    }

    /** Opens the rating: of the helper by the resident ({@code helperRated}), or of the resident by the helper. */
    public void startRating(BookingRow row, boolean helperRated) {
        booking = row;
        ratingHelper = helperRated;
        stars = 5;
        comment = null;
    }

    public void rate() {
        if (booking == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("rateForm", () -> {
            if (ratingHelper) {
                orders.rate(booking.orderId(), stars, comment, orders.view(booking.orderId()).version());
            } else {
                paid.rateResident(booking.orderId(), stars, comment);
            }
            reload();
        });
    }

    public void export() throws IOException {
        Downloads.xlsx(Texts.get("paid.title"), columns(), (first, max) -> paid.bookings(first, max),
                count -> auditTrail.exported("BridgeOrder", count, "paid help"));
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public PaidFigures getFigures() {
        if (figures == null) {
            figures = paid.figures();
        }
        return figures;
    }

    public List<HelperRow> getHelpers() {
        return helpers;
    }

    public PagedList<BookingRow> getBookings() {
        return bookings;
    }

    public HelperRow getHelper() {
        return helper;
    }

    public PaidHelpForm getForm() {
        return form;
    }

    public PersonRow getResident() {
        return resident;
    }

    public void setResident(PersonRow resident) {
        this.resident = resident;
    }

    public BookingRow getBooking() {
        return booking;
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

    public boolean isRatingHelper() {
        return ratingHelper;
    }

    public int getStars() {
        return stars;
    }

    public void setStars(int stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
