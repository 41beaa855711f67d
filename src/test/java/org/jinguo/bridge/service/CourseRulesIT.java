package org.jinguo.bridge.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.bridge.model.CourseKind;
import org.jinguo.bridge.model.EnrolmentStatus;
import org.jinguo.bridge.service.CourseService.CourseView;
import org.jinguo.bridge.service.CourseService.RollRow;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Bridge's courses on the server: the roll and its waiting list, attendance and completion, scope, the public page. */
@ExtendWith(ArquillianExtension.class)
class CourseRulesIT {

    private static final String STAFF = "guanyinqiao";
    private static final String STREET = "观音桥街道妇联";

    @Inject
    CourseService courses;
    @Inject
    PublicCourseService publicCourses;
    @Inject
    PersonService people;
    @Inject
    UnitDirectory units;

    @Test
    void placesGoFirstComeThenTheWaitingListMovesUpInOrder() throws Exception {
        long course = course(2, true);
        long[] women = women(4);
        run(STAFF, () -> {
            assertEquals(EnrolmentStatus.ENROLLED, courses.enrol(course, women[0]));
            assertEquals(EnrolmentStatus.ENROLLED, courses.enrol(course, women[1]));
            assertEquals(EnrolmentStatus.WAITING, courses.enrol(course, women[2]));
            assertEquals(EnrolmentStatus.WAITING, courses.enrol(course, women[3]));
            assertEquals("course.enrol.already", refusal(() -> courses.enrol(course, women[2])), "nobody twice, waiting or not");
            CourseView view = courses.view(course);
            assertEquals(2, view.row().enrolled());
            assertEquals(2, view.row().waiting());
            assertEquals(List.of(1, 2), view.roll().stream().filter(r -> r.status() == EnrolmentStatus.WAITING)
                    .map(RollRow::queuePosition).toList());

            Optional<String> moved = courses.withdraw(rollOf(course, women[0]).id());
            assertEquals(Optional.of(name(women[2])), moved, "the first waiting moves up");
            assertEquals(EnrolmentStatus.ENROLLED, rollOf(course, women[2]).status());
            assertEquals(EnrolmentStatus.WITHDRAWN, rollOf(course, women[0]).status());

            CourseForm smaller = courses.editForm(course);
            smaller.setPlaces(1);
            assertEquals("course.places.belowEnrolled", refusal(() -> courses.update(smaller)));
            assertEquals(2, courses.view(course).row().places(), "a refused change leaves the course as it was");
            CourseForm larger = courses.editForm(course);
            larger.setPlaces(3);
            assertEquals(List.of(name(women[3])), courses.update(larger), "a new place goes to the next waiting");
            assertEquals(EnrolmentStatus.WAITING, courses.enrol(course, women[0]), "enrolling again queues her anew");
        });
    }

    @Test
    void attendingThreeSessionsInFourCompletesTheCourseWithACertificate() throws Exception {
        long course = course(5, false);
        long[] women = women(3);
        run(STAFF, () -> {
            SessionForm sessions = sessions(Beijing.today().minusWeeks(5), 4);
            assertEquals(4, courses.addSessions(course, sessions));
            for (long woman : women) {
                courses.enrol(course, woman);
            }
            CourseView view = courses.view(course);
            assertEquals(3, view.toComplete());
            List<Long> sessionIds = view.sessions().stream().map(CourseService.SessionRow::id).toList();
            long a = rollOf(course, women[0]).id();
            long b = rollOf(course, women[1]).id();
            for (int i = 0; i < 3; i++) {
                courses.attendance(sessionIds.get(i), i < 2 ? Set.of(a, b) : Set.of(a));
            }
            RollRow done = rollOf(course, women[0]);
            assertEquals(EnrolmentStatus.COMPLETED, done.status());
            assertTrue(done.certificateNo().matches("PX\\d{4}-\\d{6}"), done.certificateNo());
            assertEquals(EnrolmentStatus.ENROLLED, rollOf(course, women[1]).status(), "two of four is not enough");
            byte[] pdf = courses.certificate(done.id());
            assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
            assertEquals("course.certificate.notCompleted", refusal(() -> courses.certificate(b)));
            assertEquals("course.withdraw.completed", refusal(() -> courses.withdraw(done.id())));
            assertEquals("course.session.attended", refusal(() -> courses.removeSession(sessionIds.get(0))));
            assertEquals("course.feedback.notAttended", refusal(() -> courses.feedback(rollOf(course, women[2]).id(), 5, null)));
            courses.feedback(done.id(), 4, "学到了。");
            assertEquals(4.0, courses.view(course).averageRating());

            courses.attendance(sessionIds.get(2), Set.of(a, b));
            assertEquals(EnrolmentStatus.COMPLETED, rollOf(course, women[1]).status(), "three of four now");
            courses.attendance(sessionIds.get(2), Set.of(a));
            assertEquals(EnrolmentStatus.ENROLLED, rollOf(course, women[1]).status(), "a presence taken back takes completion");
            assertNull(rollOf(course, women[1]).certificateNo());

            SessionForm later = sessions(Beijing.today().plusDays(3), 1);
            courses.addSessions(course, later);
            long future = courses.view(course).sessions().get(4).id();
            assertEquals("course.session.future", refusal(() -> courses.attendance(future, Set.of(a))));
        });
    }

    @Test
    void twoWomenAskingForTheLastPlaceAtOnceGetOnePlaceAndOneWaiting() throws Exception {
        long course = course(1, true);
        run(STAFF, () -> courses.addSessions(course, sessions(Beijing.today().plusDays(7), 2)));
        long community = TestData.unitId(units, "建新北路社区妇联");
        int women = 2;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(women);
        try {
            List<Future<EnrolmentStatus>> answers = new ArrayList<>();
            for (int i = 0; i < women; i++) {
                CourseSignUpForm form = new CourseSignUpForm();
                form.setCourseId(course);
                form.setName(unique("抢名额"));
                form.setPhone("139" + String.format("%08d", (int) (Math.random() * 100_000_000)));
                form.setCommunityId(community);
                Callable<EnrolmentStatus> enrol = () -> {
                    start.await();
                    return publicCourses.enrol(form).status();
                };
                answers.add(pool.submit(enrol));
            }
            start.countDown();
            List<EnrolmentStatus> got = new ArrayList<>();
            for (Future<EnrolmentStatus> answer : answers) {
                got.add(answer.get());
            }
            assertEquals(1, got.stream().filter(s -> s == EnrolmentStatus.ENROLLED).count(), got.toString());
            assertEquals(1, got.stream().filter(s -> s == EnrolmentStatus.WAITING).count(), got.toString());
        } finally {
            pool.shutdownNow();
        }
        CourseView view = call(STAFF, () -> courses.view(course));
        assertEquals(1, view.row().enrolled());
        assertEquals(1, view.row().waiting());
        assertTrue(view.roll().stream().allMatch(RollRow::self), "both enrolled themselves");
    }

    @Test
    void aWomanEnrolsHerselfOnlyOnAnOpenCourseAndStaffOnlyWithinTheirReach() throws Exception {
        long open = course(10, true);
        long closed = course(10, false);
        run(STAFF, () -> {
            courses.addSessions(open, sessions(Beijing.today().plusDays(3), 1));
            courses.addSessions(closed, sessions(Beijing.today().plusDays(3), 1));
        });
        long community = TestData.unitId(units, "建新北路社区妇联");
        CourseSignUpForm form = new CourseSignUpForm();
        form.setCourseId(open);
        form.setName(unique("自己报名"));
        form.setPhone("13812345678");
        form.setCommunityId(community);
        assertEquals(EnrolmentStatus.ENROLLED, publicCourses.enrol(form).status());
        assertTrue(publicCourses.open().stream().anyMatch(c -> c.id() == open && c.taken() == 1));
        form.setCourseId(closed);
        assertEquals("course.notOpen", refusal(() -> publicCourses.enrol(form)));
        assertTrue(publicCourses.open().stream().noneMatch(c -> c.id() == closed));

        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> courses.view(open)), "another street's course");
        long woman = women(1)[0];
        assertThrows(AccessDeniedException.class, () -> run("viewer", () -> courses.enrol(open, woman)), "read-only");
        assertNotNull(call("viewer", () -> courses.view(open)), "but she reads it");
        run(STAFF, () -> courses.cancel(open));
        assertEquals("course.cancelled", refusal(() -> run(STAFF, () -> courses.enrol(open, woman))));
    }

    @Test
    void theDemoSucculentCourseTrainedEightOfItsTenWomen() throws Exception {
        run("district", () -> {
            CourseFilter filter = new CourseFilter();
            filter.setText("多肉植物种植");
            CourseService.CourseRow row = courses.list(filter, 0, 5, org.jinguo.platform.persistence.Sorting.NONE).get(0);
            assertEquals(10, row.enrolled());
            assertEquals(8, row.completed());
            assertEquals(6, row.sessions());
            assertTrue(courses.view(row.id()).roll().stream().anyMatch(r -> r.name().equals("王晓梅")
                    && r.status() == EnrolmentStatus.COMPLETED));
            CourseService.Figures figures = courses.figures(null);
            assertTrue(figures.trained() >= 16, "the succulent course's 8 and the family-education course's 8: " + figures);
        });
    }

    private long course(int places, boolean selfEnrol) throws Exception {
        long street = TestData.unitId(units, STREET);
        CourseForm form = new CourseForm();
        form.setUnitId(street);
        form.setKind(CourseKind.SKILLS);
        form.setTitle(unique("规则课程"));
        form.setPlace("观音桥街道党群服务中心");
        form.setPlaces(places);
        form.setSelfEnrol(selfEnrol);
        return call(STAFF, () -> courses.create(form));
    }

    private static SessionForm sessions(LocalDate first, int count) {
        SessionForm form = new SessionForm();
        form.setHeldOn(first);
        form.setStartsAt(LocalTime.of(14, 0));
        form.setEndsAt(LocalTime.of(16, 0));
        form.setOccurrences(count);
        form.setTopic("课次");
        return form;
    }

    private long[] women(int count) throws Exception {
        long street = TestData.unitId(units, STREET);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = call(STAFF, () -> people.create(TestData.personForm(street, unique("学员"))));
        }
        return ids;
    }

    private String name(long person) throws Exception {
        return call(STAFF, () -> people.view(person).name());
    }

    private RollRow rollOf(long course, long person) throws Exception {
        return call(STAFF, () -> courses.view(course).roll().stream().filter(r -> r.personId() == person).findFirst().orElseThrow());
    }

    /** The message of the business rule that refused the work. */
    private static String refusal(org.jinguo.testsupport.SignedInAs.ThrowingRunnable work) {
        return assertThrows(BusinessRuleException.class, work::run).messageKey();
    }
}
