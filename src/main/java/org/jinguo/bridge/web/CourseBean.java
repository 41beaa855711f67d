package org.jinguo.bridge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jinguo.bridge.service.CourseService;
import org.jinguo.bridge.service.CourseService.CourseView;
import org.jinguo.bridge.service.CourseService.RollRow;
import org.jinguo.bridge.service.CourseService.SessionRow;
import org.jinguo.bridge.service.SessionForm;
import org.jinguo.person.service.PersonRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;

/**
 * One course: its sessions, its roll with the waiting list, enrolling a woman of the registry, attendance per session,
 * her feedback, and the certificate of those who completed it.
 */
@Named
@ViewScoped
public class CourseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;
    @Inject
    PersonService people;

    private String id;
    private CourseView course;
    private PersonRow person;
    private SessionForm sessionForm = new SessionForm();
    private SessionRow session;
    private List<String> present = new ArrayList<>();
    private RollRow rated;
    private int stars = 5;
    private String comment;

    public void load() throws IOException {
        UiActions.load(() -> course = courses.view(Long.parseLong(id)));
    }

    private void reload() {
        course = courses.view(course.row().id());
    }

    public void enrol() {
        UiActions.attempt("courseForm", () -> {
            if (person == null) {
                throw new BusinessRuleException("course.person.required", "person");
            }
            UiActions.info("course.enrolled." + courses.enrol(course.row().id(), person.id()), person.name());
            person = null;
            reload();
        });
    }

    public void withdraw(long enrolmentId) {
        UiActions.attempt("courseForm", () -> {
            courses.withdraw(enrolmentId).ifPresent(name -> UiActions.info("course.movedUp", name));
            reload();
        });
    }

    public void cancelCourse() {
        UiActions.attempt("courseForm", () -> {
            courses.cancel(course.row().id());
            reload();
        });
    }

    public void newSessions() {
        sessionForm = new SessionForm();
    }

    public void addSessions() {
        UiActions.attempt("sessionForm", () -> {
            UiActions.info("course.sessionsAdded", courses.addSessions(course.row().id(), sessionForm));
            reload();
        });
    }

    public void removeSession(long sessionId) {
        UiActions.attempt("courseForm", () -> {
            courses.removeSession(sessionId);
            reload();
        });
    }

    /** Opens the attendance of a session: those already marked present are ticked. */
    public void takeAttendance(SessionRow row) {
        session = row;
        present = new ArrayList<>(course.roll().stream().filter(r -> r.onCourse() && r.attended(row.id()))
                .map(r -> String.valueOf(r.id())).toList());
    }

    public void saveAttendance() {
        if (session == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("attendanceForm", () -> {
            HashSet<Long> ids = new HashSet<>();
            present.forEach(p -> ids.add(Long.valueOf(p)));
            courses.attendance(session.id(), ids);
            UiActions.info("course.attendanceSaved", ids.size());
            reload();
        });
    }

    public void rate(RollRow row) {
        rated = row;
        stars = row.rating() == null ? 5 : row.rating();
        comment = row.feedback();
    }

    public void saveFeedback() {
        if (rated == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("feedbackForm", () -> {
            courses.feedback(rated.id(), stars, comment);
            reload();
        });
    }

    public void certificate(long enrolmentId) throws IOException {
        byte[] pdf = UiActions.attempt("courseForm", () -> courses.certificate(enrolmentId));
        if (pdf != null) {
            RollRow row = course.roll().stream().filter(r -> r.id() == enrolmentId).findFirst().orElseThrow();
            Downloads.pdf(Texts.get("course.certificate.fileName", row.name(), course.row().title()), pdf);
        }
    }

    public List<PersonRow> completePerson(String query) {
        return people.candidates(query);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseView getCourse() {
        return course;
    }

    public PersonRow getPerson() {
        return person;
    }

    public void setPerson(PersonRow person) {
        this.person = person;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }

    public SessionRow getSession() {
        return session;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present;
    }

    public RollRow getRated() {
        return rated;
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
