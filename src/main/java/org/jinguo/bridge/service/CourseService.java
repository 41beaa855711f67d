// Longer than 300 lines on purpose: a course's whole life (catalogue, sessions, roll, attendance, completion, feedback, certificate and figures) is one service, each step checking the caller's reach on the course's unit.
package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.Course;
import org.jinguo.bridge.model.CourseKind;
import org.jinguo.bridge.model.CourseRoll;
import org.jinguo.bridge.model.CourseSession;
import org.jinguo.bridge.model.Enrolment;
import org.jinguo.bridge.model.EnrolmentStatus;
import org.jinguo.bridge.model.Provider;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The Bridge's courses of the caller's unit and below (培训课程): the catalogue, each course's sessions, its roll with
 * the waiting list (enrolment by staff; a woman enrols herself through {@link PublicCourseService}), attendance per
 * session, completion at three sessions in four with a certificate, her feedback, and the figures of trained women.
 */
@Stateless
@ScopedToCaller
public class CourseService {

    private static final Map<String, String> SORTS = Map.of("title", "c.title", "line", "c.line", "unitName", "c.unit.name");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A course in a list: its places taken and its queue, its first and last session. */
    public record CourseRow(long id, String title, CourseKind kind, ServiceLine line, String unitName, String trainerName,
                            String place, int places, long enrolled, long waiting, long completed, long sessions,
                            LocalDate firstOn, LocalDate lastOn, boolean selfEnrol, boolean cancelled, String orderNo)
            implements Serializable {

        public boolean isFull() {
            return enrolled >= places;
        }
    }

    public record SessionRow(long id, int number, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String topic,
                             long present, boolean held) implements Serializable {
    }

    /** One woman on the roll: where she stands (her place in the queue when waiting), the sessions she attended. */
    public record RollRow(long id, long personId, String name, String unitName, EnrolmentStatus status, int queuePosition,
                          Instant queuedAt, boolean self, Set<Long> attended, String certificateNo, Integer rating,
                          String feedback) implements Serializable {

        public boolean onCourse() {
            return status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.COMPLETED;
        }

        public boolean attended(long sessionId) {
            return attended.contains(sessionId);
        }
    }

    public record CourseView(CourseRow row, String description, Long trainerId, Long orderId, boolean editable,
                             int toComplete, List<SessionRow> sessions, List<RollRow> roll, Double averageRating,
                             long ratings) implements Serializable {

        /** The women on the course (whose attendance is taken), in the roll's order. */
        public List<RollRow> onCourse() {
            return roll.stream().filter(RollRow::onCourse).toList();
        }
    }

    /** Trained women (completed a course): by line, by course and by the community she lives in. */
    public record Figures(long courses, long enrolled, long waiting, long trained, Map<ServiceLine, Long> byLine,
                          Map<String, Long> byCourse, Map<String, Long> byCommunity) implements Serializable {
    }

    public long create(@NotNull @Valid CourseForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Course course = new Course(form.getKind(), form.getTitle().strip(), form.getPlace().strip(), form.getPlaces());
        course.assignTo(unit);
        apply(course, form);
        em.persist(course);
        em.flush();
        return course.getId();
    }

    /** Changes a course; its places never below the women on it (the first waiting move up into new ones). */
    public List<String> update(@NotNull @Valid CourseForm form) {
        Course course = editable(form.getId() == null ? -1 : form.getId());
        course.setKind(form.getKind());
        course.setTitle(form.getTitle().strip());
        course.setPlace(form.getPlace().strip());
        apply(course, form);
        List<String> moved = form.getPlaces() == course.getPlaces() ? List.of()
                : Rolls.resize(em, course, form.getPlaces()).stream().map(e -> e.getPerson().getName()).toList();
        em.flush();
        return moved;
    }

    private void apply(Course course, CourseForm form) {
        course.setDescription(blankToNull(form.getDescription()));
        course.setSelfEnrol(form.isSelfEnrol());
        course.setTrainer(form.getTrainerId() == null ? null : Scoped.byId(em, Provider.class, form.getTrainerId()));
        String orderNo = blankToNull(form.getOrderNo());
        if (orderNo == null) {
            course.setOrder(null);
            return;
        }
        BridgeOrder order = em.createQuery("SELECT o FROM BridgeOrder o WHERE o.orderNo = :no", BridgeOrder.class)
                .setParameter("no", orderNo.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("course.order.notFound", "orderNo", orderNo));
        if (order.getLine() != course.getLine()) {
            throw new BusinessRuleException("course.order.otherLine", "orderNo", order.getOrderNo());
        }
        course.setOrder(order);
    }

    public CourseForm editForm(long id) {
        Course course = editable(id);
        CourseForm form = new CourseForm();
        form.setId(course.getId());
        form.setUnitId(course.getUnit().getId());
        form.setKind(course.getKind());
        form.setTitle(course.getTitle());
        form.setDescription(course.getDescription());
        form.setTrainerId(course.getTrainer() == null ? null : course.getTrainer().getId());
        form.setPlace(course.getPlace());
        form.setPlaces(course.getPlaces());
        form.setSelfEnrol(course.isSelfEnrol());
        form.setOrderNo(course.getOrder() == null ? null : course.getOrder().getOrderNo());
        return form;
    }

    /** A provider who may train: one of the Bridge's providers of the caller's reach. */
    public record TrainerChoice(long id, String name, org.jinguo.bridge.model.ProviderKind kind) implements Serializable {
    }

    public List<TrainerChoice> trainers() {
        viewer();
        return em.createQuery("SELECT p FROM Provider p ORDER BY p.name, p.id", Provider.class).setMaxResults(500)
                .getResultList().stream().map(p -> new TrainerChoice(p.getId(), p.getName(), p.getKind())).toList();
    }

    /** Cancels a course (it stays in the catalogue, marked); nobody can enrol any more. */
    public void cancel(long id) {
        editable(id).setCancelled(true);
        em.flush();
    }

    /** Adds one session, or several a week apart; returns how many. */
    public int addSessions(long courseId, @NotNull @Valid SessionForm form) {
        Course course = editable(courseId);
        if (!form.getEndsAt().isAfter(form.getStartsAt())) {
            throw new BusinessRuleException("activity.endsBeforeStart", "endsAt");
        }
        for (int i = 0; i < form.getOccurrences(); i++) {
            em.persist(new CourseSession(course, form.getHeldOn().plusWeeks(i), form.getStartsAt(), form.getEndsAt(),
                    blankToNull(form.getTopic())));
        }
        em.flush();
        recomplete(course);
        return form.getOccurrences();
    }

    /** Removes a session nobody attended. */
    public void removeSession(long sessionId) {
        CourseSession session = session(sessionId);
        long present = em.createQuery("SELECT COUNT(e) FROM Enrolment e JOIN e.attended a WHERE a = :id", Long.class)
                .setParameter("id", sessionId).getSingleResult();
        if (present > 0) {
            throw new BusinessRuleException("course.session.attended", null, present);
        }
        em.remove(session);
        em.flush();
        recomplete(session.getCourse());
    }

    /** Enrols a woman of the registry on her behalf: a place, or the waiting list. */
    public EnrolmentStatus enrol(long courseId, long personId) {
        Course course = editable(courseId);
        Person person = Scoped.byId(em, Person.class, personId);
        EnrolmentStatus status = Rolls.enrol(em, course, person, false);
        em.flush();
        return status;
    }

    /** Takes her off the course or the waiting list; the name of whoever moved up into her place. */
    public Optional<String> withdraw(long enrolmentId) {
        Enrolment enrolment = editableEnrolment(enrolmentId);
        Optional<String> moved = Rolls.withdraw(em, enrolment).map(e -> e.getPerson().getName());
        em.flush();
        return moved;
    }

    /** Who came to a session: exactly those ticked among the women on the course. Completion follows. */
    public void attendance(long sessionId, @NotNull Set<Long> presentEnrolmentIds) {
        CourseSession session = session(sessionId);
        if (session.getHeldOn().isAfter(Beijing.today())) {
            throw new BusinessRuleException("course.session.future", null);
        }
        List<Enrolment> onCourse = onCourse(session.getCourse());
        for (Enrolment e : onCourse) {
            if (presentEnrolmentIds.contains(e.getId())) {
                e.getAttended().add(sessionId);
            } else {
                e.getAttended().remove(sessionId);
            }
        }
        Rolls.complete(session.getCourse(), onCourse, sessions(session.getCourse()));
        em.flush();
    }

    /** Her feedback on the course, as staff noted it: 1–5 stars and what she said. */
    public void feedback(long enrolmentId, @Min(value = 1, message = "{jinguo.count.min}") @Max(value = 5,
            message = "{jinguo.count.max}") int stars, @Size(max = 500, message = "{jinguo.size.max}") String comment) {
        Enrolment enrolment = editableEnrolment(enrolmentId);
        if (!enrolment.getAttended().isEmpty() || enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
            enrolment.rate(stars, blankToNull(comment));
            em.flush();
            return;
        }
        throw new BusinessRuleException("course.feedback.notAttended", null, enrolment.getPerson().getName());
    }

    /** Her certificate of completion, a PDF; only once she completed the course. */
    public byte[] certificate(long enrolmentId) {
        Enrolment e = Scoped.byId(em, Enrolment.class, enrolmentId);
        viewer();
        if (e.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new BusinessRuleException("course.certificate.notCompleted", null, e.getPerson().getName());
        }
        Course c = e.getCourse();
        List<CourseSession> sessions = sessionsOf(c);
        return CourseCertificate.pdf(new CourseCertificate.Content(e.getCertificateNo(), e.getPerson().getName(), c.getTitle(),
                c.getTrainer() == null ? null : c.getTrainer().getName(), c.getPlace(),
                sessions.isEmpty() ? null : sessions.get(0).getHeldOn(),
                sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).getHeldOn(),
                e.getAttended().size(), sessions.size(), c.getUnit().getName(), Beijing.today()));
    }

    public List<CourseRow> list(@NotNull CourseFilter filter, int first, int max, Sorting sorting) {
        viewer();
        List<Course> courses = conditions(filter).list(em, "SELECT c FROM Course c JOIN FETCH c.unit LEFT JOIN FETCH c.trainer "
                + "LEFT JOIN FETCH c.order", sorting.orderBy(SORTS, "c.id DESC", "c.id"), Course.class, first, max);
        return rows(courses);
    }

    public long count(@NotNull CourseFilter filter) {
        viewer();
        return conditions(filter).count(em, "SELECT COUNT(c) FROM Course c");
    }

    public CourseView view(long id) {
        Caller caller = viewer();
        Course course = Scoped.byId(em, Course.class, id);
        List<CourseSession> sessions = sessionsOf(course);
        List<Enrolment> enrolments = em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.person WHERE e.course = :c "
                + "ORDER BY e.queuedAt, e.id", Enrolment.class).setParameter("c", course).getResultList();
        Map<Long, Long> present = new HashMap<>();
        enrolments.forEach(e -> e.getAttended().forEach(s -> present.merge(s, 1L, Long::sum)));
        LocalDate today = Beijing.today();
        List<SessionRow> sessionRows = new ArrayList<>();
        for (CourseSession s : sessions) {
            sessionRows.add(new SessionRow(s.getId(), sessionRows.size() + 1, s.getHeldOn(), s.getStartsAt(), s.getEndsAt(),
                    s.getTopic(), present.getOrDefault(s.getId(), 0L), !s.getHeldOn().isAfter(today)));
        }
        int[] queue = {0};
        List<RollRow> roll = enrolments.stream()
                .sorted(java.util.Comparator.comparingInt((Enrolment e) -> rank(e.getStatus())))
                .map(e -> new RollRow(e.getId(), e.getPerson().getId(), e.getPerson().getName(), e.getPerson().getUnit().getName(),
                        e.getStatus(), e.getStatus() == EnrolmentStatus.WAITING ? ++queue[0] : 0, e.getQueuedAt(),
                        e.isSelfEnrolled(), Set.copyOf(e.getAttended()), e.getCertificateNo(), e.getRating(), e.getFeedback()))
                .toList();
        List<Integer> ratings = enrolments.stream().map(Enrolment::getRating).filter(java.util.Objects::nonNull).toList();
        Double average = ratings.isEmpty() ? null : ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new CourseView(rows(List.of(course)).get(0), course.getDescription(),
                course.getTrainer() == null ? null : course.getTrainer().getId(),
                course.getOrder() == null ? null : course.getOrder().getId(),
                caller.can(Permission.RECORD_EDIT, course.getUnitPath()) && !course.isCancelled(),
                CourseRoll.attendanceToComplete(sessions.size()), sessionRows, roll, average, ratings.size());
    }

    /** The figures of the caller's unit and below, or of one unit's subtree. */
    public Figures figures(Long unitId) {
        viewer();
        String path = unitId == null ? null : Scoped.byId(em, OrgUnit.class, unitId).getPath();
        String under = path == null ? "" : " AND e.unitPath LIKE :path";
        Map<EnrolmentStatus, Long> byStatus = new HashMap<>();
        query("SELECT e.status, COUNT(e) FROM Enrolment e WHERE e.course.cancelled = FALSE" + under + " GROUP BY e.status", path)
                .forEach(r -> byStatus.put((EnrolmentStatus) r[0], (Long) r[1]));
        long courses = path == null ? em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.cancelled = FALSE", Long.class)
                .getSingleResult() : em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.cancelled = FALSE AND c.unitPath LIKE :path",
                Long.class).setParameter("path", path + "%").getSingleResult();
        String done = "FROM Enrolment e WHERE e.status = org.jinguo.bridge.model.EnrolmentStatus.COMPLETED" + under;
        Map<ServiceLine, Long> byLine = new LinkedHashMap<>();
        query("SELECT e.course.line, COUNT(DISTINCT e.person.id) " + done + " GROUP BY e.course.line ORDER BY e.course.line", path)
                .forEach(r -> byLine.put((ServiceLine) r[0], (Long) r[1]));
        Map<String, Long> byCourse = new LinkedHashMap<>();
        query("SELECT e.course.title, COUNT(e) " + done + " GROUP BY e.course.id, e.course.title ORDER BY COUNT(e) DESC", path)
                .stream().limit(8).forEach(r -> byCourse.merge((String) r[0], (Long) r[1], Long::sum));
        Map<String, Long> byCommunity = new LinkedHashMap<>();
        query("SELECT e.person.unit.name, COUNT(DISTINCT e.person.id) " + done
                + " GROUP BY e.person.unit.name ORDER BY COUNT(DISTINCT e.person.id) DESC", path)
                .stream().limit(8).forEach(r -> byCommunity.put((String) r[0], (Long) r[1]));
        long trained = byLine.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(courses, byStatus.getOrDefault(EnrolmentStatus.ENROLLED, 0L)
                + byStatus.getOrDefault(EnrolmentStatus.COMPLETED, 0L), byStatus.getOrDefault(EnrolmentStatus.WAITING, 0L),
                trained, byLine, byCourse, byCommunity);
    }

    /** The roll's order: those on the course, then those waiting, then those who withdrew. */
    private static int rank(EnrolmentStatus status) {
        return switch (status) {
            case ENROLLED, COMPLETED -> 0;
            case WAITING -> 1;
            case WITHDRAWN -> 2;
        };
    }

    private List<Object[]> query(String jpql, String path) {
        var query = em.createQuery(jpql, Object[].class);
        if (path != null) {
            query.setParameter("path", path + "%");
        }
        return query.getResultList();
    }

    private List<CourseRow> rows(List<Course> courses) {
        return rows(em, courses);
    }

    /**
     * The courses as a list shows them, with their women on and waiting, completions and sessions counted in two
     * queries for the page: the staff's catalogue and the public course page alike.
     */
    static List<CourseRow> rows(EntityManager em, List<Course> courses) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!courses.isEmpty()) {
            List<Long> ids = courses.stream().map(Course::getId).toList();
            em.createQuery("SELECT e.course.id, e.status, COUNT(e) FROM Enrolment e WHERE e.course.id IN :ids "
                            + "GROUP BY e.course.id, e.status", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> {
                        long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[6]);
                        EnrolmentStatus status = (EnrolmentStatus) r[1];
                        long n = (Long) r[2];
                        if (status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.COMPLETED) {
                            c[0] += n;
                        }
                        if (status == EnrolmentStatus.WAITING) {
                            c[1] += n;
                        }
                        if (status == EnrolmentStatus.COMPLETED) {
                            c[2] += n;
                        }
                    });
            em.createQuery("SELECT s.course.id, COUNT(s), MIN(s.heldOn), MAX(s.heldOn) FROM CourseSession s "
                            + "WHERE s.course.id IN :ids GROUP BY s.course.id", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> {
                        long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[6]);
                        c[3] = (Long) r[1];
                        c[4] = ((LocalDate) r[2]).toEpochDay();
                        c[5] = ((LocalDate) r[3]).toEpochDay();
                    });
        }
        return courses.stream().map(c -> {
            long[] n = counts.getOrDefault(c.getId(), new long[6]);
            return new CourseRow(c.getId(), c.getTitle(), c.getKind(), c.getLine(), c.getUnit().getName(),
                    c.getTrainer() == null ? null : c.getTrainer().getName(), c.getPlace(), c.getPlaces(), n[0], n[1], n[2],
                    n[3], n[3] == 0 ? null : LocalDate.ofEpochDay(n[4]), n[3] == 0 ? null : LocalDate.ofEpochDay(n[5]),
                    c.isSelfEnrol(), c.isCancelled(), c.getOrder() == null ? null : c.getOrder().getOrderNo());
        }).toList();
    }

    private Conditions conditions(CourseFilter filter) {
        String path = filter.getUnitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath();
        return new Conditions()
                .addIf(path != null, "c.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(Like.given(filter.getText()), "(LOWER(c.title) LIKE :text" + Like.ESCAPE + " OR LOWER(c.place) LIKE :text"
                        + Like.ESCAPE + ")", "text", () -> Like.containing(filter.getText()))
                .addIf(filter.getLine() != null, "c.line = :line", "line", filter::getLine)
                .addIf(filter.getKind() != null, "c.kind = :kind", "kind", filter::getKind)
                .addIf(!filter.isWithCancelled(), "c.cancelled = FALSE");
    }

    private void recomplete(Course course) {
        Rolls.complete(course, onCourse(course), sessions(course));
        em.flush();
    }

    private List<Enrolment> onCourse(Course course) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.course = :c AND e.status IN :on", Enrolment.class)
                .setParameter("c", course).setParameter("on", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED))
                .getResultList();
    }

    private int sessions(Course course) {
        return em.createQuery("SELECT COUNT(s) FROM CourseSession s WHERE s.course = :c", Long.class)
                .setParameter("c", course).getSingleResult().intValue();
    }

    private List<CourseSession> sessionsOf(Course course) {
        return em.createQuery("SELECT s FROM CourseSession s WHERE s.course = :c ORDER BY s.heldOn, s.startsAt, s.id",
                CourseSession.class).setParameter("c", course).getResultList();
    }

    private CourseSession session(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new org.jinguo.platform.errors.RecordNotFoundException();
        }
        editable(session.getCourse().getId());
        return session;
    }

    private Course editable(long courseId) {
        Caller caller = viewer();
        Course course = Scoped.byId(em, Course.class, courseId);
        caller.require(Permission.RECORD_EDIT, course.getUnitPath());
        if (course.isCancelled()) {
            throw new BusinessRuleException("course.cancelled", null, course.getTitle());
        }
        return course;
    }

    private Enrolment editableEnrolment(long enrolmentId) {
        Enrolment enrolment = Scoped.byId(em, Enrolment.class, enrolmentId);
        editable(enrolment.getCourse().getId());
        return enrolment;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
