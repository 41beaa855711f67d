package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.Course;
import org.jinguo.bridge.model.CourseKind;
import org.jinguo.bridge.model.CourseRoll;
import org.jinguo.bridge.model.CourseSession;
import org.jinguo.bridge.model.Enrolment;
import org.jinguo.bridge.model.EnrolmentStatus;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.unit.model.OrgUnit;

/**
 * The demo's courses of the Bridge: the succulent course a micro-entrepreneur couple taught ten women (王晓梅 among them)
 * at 南桥寺's party-mass station, held and attended, most of them certified; a start-up training of the district open to
 * enrolment; family-education courses ordered by communities through the Bridge, one of them full with a waiting list.
 */
final class DemoCourses {

    static final String SUCCULENTS = "多肉植物种植与网店经营";
    private static final String[] SUCCULENT_TOPICS = {"认识多肉：品种与习性", "配土、上盆与浇水", "叶插与砍头繁殖", "病虫害防治",
        "组合盆栽设计", "拍照、定价与网店上架"};

    private final EntityManager em;
    private final DemoVolunteers.People people;
    private final Random random = new Random(2020);
    private final LocalDate today = Beijing.today();

    DemoCourses(EntityManager em, DemoVolunteers.People people) {
        this.em = em;
        this.people = people;
    }

    void load(OrgUnit district, OrgUnit nanqiaosi, List<OrgUnit> communities) {
        Provider couple = new Provider(ProviderKind.ORGANISATION, "绿意多肉工作室（小微创业夫妻）", 2);
        couple.assignTo(nanqiaosi);
        couple.setIntroduction("南桥寺社区一对小微创业夫妻，在家经营多肉种植和网店，愿意把手艺教给社区姐妹。");
        couple.setStatus(ProviderStatus.ACTIVE);
        em.persist(couple);

        Course succulents = course(nanqiaosi, CourseKind.SKILLS, SUCCULENTS, "南桥寺社区党群服务站", 10, couple,
                "从种植到网上销售，六次课学会一门居家创业的手艺。");
        List<CourseSession> held = weekly(succulents, today.minusWeeks(9), 6, LocalTime.of(14, 30), LocalTime.of(16, 30),
                SUCCULENT_TOPICS);
        Person wang = new Person("王晓梅");
        wang.setGender(org.jinguo.person.model.Gender.FEMALE);
        wang.setBirthDate(LocalDate.of(1986, 4, 12));
        wang.setPhone("13996127788");
        wang.assignTo(nanqiaosi);
        em.persist(wang);
        List<Person> ten = new ArrayList<>(List.of(wang));
        for (int i = 0; i < 9; i++) {
            ten.add(people.make(nanqiaosi, random));
        }
        int[] attended = {6, 6, 5, 6, 4, 5, 6, 3, 5, 6};
        for (int i = 0; i < ten.size(); i++) {
            Enrolment e = enrol(succulents, ten.get(i), i % 3 == 0, today.minusWeeks(11).plusDays(i));
            held.subList(0, attended[i]).forEach(s -> e.getAttended().add(s.getId()));
            completeIf(e, held.size());
            if (attended[i] >= 5) {
                e.rate(i % 4 == 0 ? 4 : 5, i == 0 ? "学会了叶插，家里阳台已经种了三十多盆，网店也开起来了。" : null);
            }
        }

        Course startup = course(district, CourseKind.STARTUP, "巾帼创业启航培训班", "江北区妇女儿童活动中心", 30, null,
                "面向有创业意愿的妇女：创业政策、市场调研、小额贷款申请和网店运营。");
        startup.setSelfEnrol(true);
        weekly(startup, today.plusDays(10), 4, LocalTime.of(9, 30), LocalTime.of(11, 30),
                new String[] {"创业政策与扶持", "找准市场", "小额担保贷款", "网店运营"});
        for (int i = 0; i < 12; i++) {
            enrol(startup, people.make(communities.get(random.nextInt(communities.size())), random), i % 2 == 0,
                    today.minusDays(12 - i));
        }

        List<BridgeOrder> ordered = em.createQuery("SELECT o FROM BridgeOrder o JOIN FETCH o.community WHERE o.item.nameZh = :item "
                + "ORDER BY o.submittedAt", BridgeOrder.class).setParameter("item", "家庭教育讲座").setMaxResults(3).getResultList();
        int n = 0;
        for (BridgeOrder order : ordered) {
            OrgUnit community = order.getCommunity();
            boolean past = n == 0;
            boolean full = n == 1;
            Course course = course(community, CourseKind.FAMILY_EDUCATION,
                    full ? "家风家训分享课" : "亲子沟通：和青春期孩子好好说话", community.getName().replace("妇联", "") + "活动室",
                    full ? 8 : 20, null, "社区通过巾帼桥点单的家庭教育课程。");
            course.setOrder(order);
            course.setSelfEnrol(!past);
            List<CourseSession> sessions = weekly(course, past ? today.minusWeeks(6) : today.plusDays(5 + n * 3), 2,
                    LocalTime.of(19, 0), LocalTime.of(20, 30), new String[] {"倾听与表达", "规则与陪伴"});
            for (int i = 0; i < (full ? 10 : 9); i++) {
                Enrolment e = enrol(course, people.make(community, random), i % 2 == 1, today.minusDays(30 - i));
                if (full && i >= 8) {
                    e.setStatus(EnrolmentStatus.WAITING);
                }
                if (past) {
                    sessions.stream().limit(i == 4 ? 1 : 2).forEach(s -> e.getAttended().add(s.getId()));
                    completeIf(e, sessions.size());
                }
            }
            n++;
        }
        em.flush();
    }

    private Course course(OrgUnit unit, CourseKind kind, String title, String place, int places, Provider trainer,
                          String description) {
        Course course = new Course(kind, title, place, places);
        course.assignTo(unit);
        course.setTrainer(trainer);
        course.setDescription(description);
        em.persist(course);
        return course;
    }

    private List<CourseSession> weekly(Course course, LocalDate first, int count, LocalTime from, LocalTime to, String[] topics) {
        List<CourseSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CourseSession s = new CourseSession(course, first.plusWeeks(i), from, to, topics[i % topics.length]);
            em.persist(s);
            sessions.add(s);
        }
        return sessions;
    }

    private Enrolment enrol(Course course, Person person, boolean self, LocalDate on) {
        Enrolment e = new Enrolment(course, person, self, on.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)).plusSeconds(random.nextInt(3600)));
        e.setStatus(EnrolmentStatus.ENROLLED);
        em.persist(e);
        return e;
    }

    private void completeIf(Enrolment e, int sessions) {
        if (CourseRoll.completes(e.getAttended().size(), sessions)) {
            e.complete(today.getYear());
        }
    }
}
