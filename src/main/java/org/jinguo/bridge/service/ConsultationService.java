// Longer than 300 lines on purpose: the consultation records' one service, with the confidentiality rule (who reads which record, the domestic-violence flag and its readers) written once and applied to every read.
package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.bridge.model.BookingStatus;
import org.jinguo.bridge.model.Consultation;
import org.jinguo.bridge.model.LegalBooking;
import org.jinguo.bridge.model.LegalReferral;
import org.jinguo.bridge.model.LegalSession;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;

/**
 * The legal consultation records (咨询记录), confidential to the legal line: officers of the record's unit or above
 * ({@link Permission#LEGAL_RECORDS}) and the lawyer of its session (the desk account of the session's provider). A
 * record about domestic violence is flagged: then only the one who recorded it, the lawyer of its session and the
 * officers the flag names read it; other officers see that a protected record exists, nothing of it, not even whose.
 * Every opening of a record is audited; the advice never reaches the trail. Figures count every record.
 */
@Stateless
@ScopedToCaller
public class ConsultationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    LegalOfficers officers;

    @Inject
    AuditTrail auditTrail;

    /** A record in a list: readable or protected (then nothing but its day and the flag). */
    public record ConsultationRow(long id, LocalDate heldOn, String name, LegalTopic topic, LegalReferral referral,
                                  String place, boolean flagged, boolean readable) implements Serializable {
    }

    public record ConsultationView(ConsultationRow row, String advice, String followUp, String providerName,
                                   boolean mayNameReaders, List<LegalOfficers.Officer> readers) implements Serializable {
    }

    public record LegalFigures(long consultations, long flagged, Map<LegalTopic, Long> byTopic, Map<String, Long> byPlace,
                               Map<LegalReferral, Long> byReferral) implements Serializable {
    }

    /** A booked slot of a session held, waiting for its record. */
    public record Awaiting(long bookingId, LocalDate heldOn, java.time.LocalTime startsAt, String name, LegalTopic topic,
                           String place, String providerName) implements Serializable {
    }

    /** The bookings of sessions held (to today) not yet recorded: of the caller's reach, or of her sessions (a lawyer). */
    public List<Awaiting> awaiting(int max) {
        Caller caller = reader();
        boolean officer = caller.can(Permission.LEGAL_RECORDS);
        List<Long> mine = officer ? List.of() : officers.providersOf(caller.userId());
        List<LegalBooking> bookings = em.createQuery("SELECT b FROM LegalBooking b JOIN FETCH b.person JOIN FETCH b.session s "
                        + "WHERE b.status = :booked AND s.heldOn <= :today" + (officer ? "" : " AND s.providerId IN :mine")
                        + " ORDER BY s.heldOn DESC, b.slot", LegalBooking.class)
                .setParameter("booked", BookingStatus.BOOKED).setParameter("today", Beijing.today())
                .setParameter(officer ? "booked" : "mine", officer ? BookingStatus.BOOKED : (mine.isEmpty() ? List.of(-1L) : mine))
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
        Map<Long, String> names = officers.providerNames(bookings.stream().map(b -> b.getSession().getProviderId()).distinct().toList());
        return bookings.stream().map(b -> new Awaiting(b.getId(), b.getSession().getHeldOn(), b.getSession().slotStart(b.getSlot()),
                        b.getPerson().getName(), b.getTopic(), b.getSession().getPlace(), names.get(b.getSession().getProviderId())))
                .toList();
    }

    /** Records a consultation, for a booked slot (officer or the session's lawyer) or a woman who walked in (officer). */
    public long record(@NotNull @Valid ConsultationForm form) {
        Caller caller = currentCaller.require();
        Consultation consultation;
        if (form.getBookingId() != null) {
            LegalBooking booking = Scoped.byId(em, LegalBooking.class, form.getBookingId());
            LegalSession session = booking.getSession();
            if (!caller.can(Permission.LEGAL_RECORDS, booking.getUnitPath()) && !lawyerOf(caller, session)) {
                throw new AccessDeniedException();
            }
            if (session.getHeldOn().isAfter(Beijing.today())) {
                throw new BusinessRuleException("legal.consultation.future", null);
            }
            if (booking.getStatus() != BookingStatus.BOOKED && booking.getStatus() != BookingStatus.NO_SHOW) {
                throw new BusinessRuleException("legal.consultation.already", null);
            }
            consultation = new Consultation(booking.getPerson(), session.getHeldOn(), caller.userId());
            consultation.setSession(session, booking);
            consultation.assignTo(session.getUnit());
            booking.setStatus(BookingStatus.CONSULTED);
        } else {
            if (form.getPersonId() == null) {
                throw new BusinessRuleException("legal.consultation.who", "person");
            }
            Person person = Scoped.byId(em, Person.class, form.getPersonId());
            caller.require(Permission.LEGAL_RECORDS, person.getUnitPath());
            consultation = new Consultation(person, Beijing.today(), caller.userId());
            consultation.assignTo(person.getUnit());
        }
        consultation.setTopic(form.getTopic(), form.isFlagged());
        consultation.setAdvice(form.getAdvice().strip());
        consultation.setFollowUp(blankToNull(form.getFollowUp()));
        consultation.setReferral(form.getReferral());
        em.persist(consultation);
        em.flush();
        return consultation.getId();
    }

    /** The records of the caller's reach (an officer's), or of her sessions (the lawyer's); newest first. */
    public List<ConsultationRow> list(LegalTopic topic, LocalDate from, LocalDate to, int first, int max) {
        Caller caller = reader();
        List<Long> mine = caller.can(Permission.LEGAL_RECORDS) ? List.of() : officers.providersOf(caller.userId());
        return conditions(caller, mine, topic, from, to).list(em, "SELECT c FROM Consultation c JOIN FETCH c.person "
                + "LEFT JOIN FETCH c.session s", " ORDER BY c.heldOn DESC, c.id DESC",
                Consultation.class, first, max).stream().map(c -> row(caller, c)).toList();
    }

    public long count(LegalTopic topic, LocalDate from, LocalDate to) {
        Caller caller = reader();
        List<Long> mine = caller.can(Permission.LEGAL_RECORDS) ? List.of() : officers.providersOf(caller.userId());
        return conditions(caller, mine, topic, from, to).count(em, "SELECT COUNT(c) FROM Consultation c");
    }

    /** One record in full, to those who may read it; its opening is audited. */
    public ConsultationView view(long id) {
        Caller caller = reader();
        Consultation c = Scoped.byId(em, Consultation.class, id);
        if (!readable(caller, c)) {
            throw new AccessDeniedException();
        }
        auditTrail.recordRead("Consultation", c.getId(), c.getUnitPath());
        List<LegalOfficers.Officer> readers = c.getReaders().isEmpty() ? List.of()
                : officers.reaching(c.getUnitPath()).stream().filter(o -> c.getReaders().contains(o.userId())).toList();
        return new ConsultationView(row(caller, c), c.getAdvice(), c.getFollowUp(),
                c.getSession() == null ? null : officers.providerNames(List.of(c.getSession().getProviderId()))
                        .get(c.getSession().getProviderId()),
                c.isDvFlag() && c.getRecordedBy() == caller.userId(), readers);
    }

    /** The officers the recorder of a flagged record may name as its readers. */
    public List<LegalOfficers.Officer> readerCandidates(long id) {
        Consultation c = flaggedOfMine(id);
        return officers.reaching(c.getUnitPath()).stream()
                .filter(o -> o.userId() != c.getRecordedBy() && !c.getReaders().contains(o.userId())).toList();
    }

    /** The recorder of a flagged record names an officer who may read it too. */
    public void allowReader(long id, long userId) {
        Consultation c = flaggedOfMine(id);
        if (officers.reaching(c.getUnitPath()).stream().noneMatch(o -> o.userId() == userId)) {
            throw new BusinessRuleException("legal.reader.notOfficer", null);
        }
        c.getReaders().add(userId);
        em.flush();
    }

    /** Counts by topic, place and referral: no content, so for anyone who reads the records of her reach. */
    public LegalFigures figures(@NotNull LocalDate from, @NotNull LocalDate to) {
        currentCaller.require(Permission.RECORD_VIEW);
        List<Object[]> rows = em.createQuery("SELECT c.topic, c.dvFlag, c.referral, s.place, COUNT(c) FROM Consultation c "
                        + "LEFT JOIN c.session s WHERE c.heldOn BETWEEN :from AND :to GROUP BY c.topic, c.dvFlag, c.referral, s.place",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
        Map<LegalTopic, Long> byTopic = new EnumMap<>(LegalTopic.class);
        Map<LegalReferral, Long> byReferral = new EnumMap<>(LegalReferral.class);
        Map<String, Long> byPlace = new LinkedHashMap<>();
        long total = 0;
        long flagged = 0;
        for (Object[] r : rows) {
            long n = (Long) r[4];
            total += n;
            flagged += Boolean.TRUE.equals(r[1]) ? n : 0;
            byTopic.merge((LegalTopic) r[0], n, Long::sum);
            byReferral.merge((LegalReferral) r[2], n, Long::sum);
            byPlace.merge(r[3] == null ? "" : (String) r[3], n, Long::sum);
        }
        return new LegalFigures(total, flagged, byTopic, byPlace, byReferral);
    }

    /** Whether the caller reads this record: the rule of the whole line, in one place. */
    boolean readable(Caller caller, Consultation c) {
        boolean lawyer = c.getSession() != null && lawyerOf(caller, c.getSession());
        if (!c.isDvFlag()) {
            return lawyer || caller.can(Permission.LEGAL_RECORDS, c.getUnitPath());
        }
        return lawyer || c.getRecordedBy() == caller.userId()
                || caller.can(Permission.LEGAL_RECORDS, c.getUnitPath()) && c.getReaders().contains(caller.userId());
    }

    private boolean lawyerOf(Caller caller, LegalSession session) {
        return caller.can(Permission.PROVIDER_DESK)
                && officers.providersOf(caller.userId()).contains(session.getProviderId());
    }

    private ConsultationRow row(Caller caller, Consultation c) {
        String place = c.getSession() == null ? null : c.getSession().getPlace();
        if (!readable(caller, c)) {
            return new ConsultationRow(c.getId(), c.getHeldOn(), null, null, null, place, true, false);
        }
        return new ConsultationRow(c.getId(), c.getHeldOn(), c.getPerson().getName(), c.getTopic(), c.getReferral(), place,
                c.isDvFlag(), true);
    }

    private Conditions conditions(Caller caller, List<Long> mine, LegalTopic topic, LocalDate from, LocalDate to) {
        return new Conditions()
                .addIf(!caller.can(Permission.LEGAL_RECORDS), "c.session.providerId IN :mine", "mine",
                        () -> mine.isEmpty() ? List.of(-1L) : mine)
                .addIf(topic != null, "c.topic = :topic", "topic", () -> topic)
                .addIf(from != null, "c.heldOn >= :from", "from", () -> from)
                .addIf(to != null, "c.heldOn <= :to", "to", () -> to);
    }

    private Consultation flaggedOfMine(long id) {
        Caller caller = reader();
        Consultation c = Scoped.byId(em, Consultation.class, id);
        if (!c.isDvFlag() || c.getRecordedBy() != caller.userId()) {
            throw new AccessDeniedException();
        }
        return c;
    }

    /** An officer of the legal line, or a provider's desk (a lawyer): nobody else reads a consultation. */
    private Caller reader() {
        Caller caller = currentCaller.require();
        if (!caller.can(Permission.LEGAL_RECORDS) && !caller.can(Permission.PROVIDER_DESK)) {
            throw new AccessDeniedException();
        }
        return caller;
    }
}
