package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.jinguo.bridge.model.BookingStatus;
import org.jinguo.bridge.model.Consultation;
import org.jinguo.bridge.model.Course;
import org.jinguo.bridge.model.CourseKind;
import org.jinguo.bridge.model.CourseSession;
import org.jinguo.bridge.model.LegalBooking;
import org.jinguo.bridge.model.LegalReferral;
import org.jinguo.bridge.model.LegalSession;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.bridge.model.Provider;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.unit.model.OrgUnit;

/**
 * The demo's legal line: the 鱼嘴 court's sessions at the town's party-mass station twice a month for the past year and
 * the next two months, their slots booked by staff or by the women themselves, most held with a consultation recorded
 * (some about domestic violence, flagged), a few not attended, the latest still waiting for their record; the mediation committee's monthly sessions at 观音桥; a
 * rights-training talk at 鱼嘴.
 */
final class DemoLegal {

    private static final String[][] ADVICE = {
        {"MARRIAGE", "协议离婚需双方到婚姻登记机关办理；协商不成可向人民法院起诉离婚，子女抚养以有利于子女成长为原则。"},
        {"DOMESTIC_VIOLENCE", "建议保留就医记录、报警回执和照片等证据，可向人民法院申请人身安全保护令；已告知 110 和妇联维权热线 12338。"},
        {"PROPERTY", "婚前个人财产归个人所有；婚后共同购买的房屋原则上为夫妻共同财产，可协商分割或诉请法院处理。"},
        {"LABOUR", "用人单位未签劳动合同应支付二倍工资；建议先向劳动保障监察投诉，或申请劳动仲裁。"},
        {"INHERITANCE", "无遗嘱时按法定继承办理，第一顺序继承人为配偶、子女、父母；建议先办理继承公证。"},
        {"SUPPORT", "对方不支付抚养费的，可向人民法院起诉要求支付；判决后仍不履行可申请强制执行。"},
    };

    private final EntityManager em;
    private final DemoVolunteers.People people;
    private final Random random = new Random(12348);
    private final LocalDate today = Beijing.today();

    DemoLegal(EntityManager em, DemoVolunteers.People people) {
        this.em = em;
        this.people = people;
    }

    /** {@code officer}: the legal-rights officer who recorded the consultations. */
    void load(Provider court, OrgUnit yuzui, List<OrgUnit> yuzuiAreas, Provider mediation, OrgUnit guanyinqiao,
              List<OrgUnit> guanyinqiaoAreas, long officer) {
        LocalDate first = today.minusWeeks(52);
        Long series = null;
        for (int i = 0; i < 30; i++) {
            LegalSession s = session(court, yuzui, "鱼嘴镇党群服务站", first.plusWeeks(2L * i), LocalTime.of(9, 0), LocalTime.of(11, 30));
            series = series == null ? s.getId() : series;
            s.setSeriesId(series);
            fill(s, yuzuiAreas, officer);
        }
        series = null;
        for (int i = 0; i < 15; i++) {
            LegalSession s = session(mediation, guanyinqiao, "观音桥街道党群服务中心", today.minusMonths(12).plusMonths(i)
                    .withDayOfMonth(10), LocalTime.of(14, 0), LocalTime.of(16, 0));
            series = series == null ? s.getId() : series;
            s.setSeriesId(series);
            fill(s, guanyinqiaoAreas, officer);
        }
        Course talk = new Course(CourseKind.RIGHTS_TRAINING, "《反家庭暴力法》与妇女权益保护讲座", "鱼嘴镇党群服务站", 60);
        talk.assignTo(yuzui);
        talk.setTrainer(court);
        talk.setDescription("鱼嘴人民法庭法官讲解人身安全保护令、离婚财产分割和子女抚养，现场答疑。");
        talk.setSelfEnrol(true);
        em.persist(talk);
        em.persist(new CourseSession(talk, today.plusDays(12), LocalTime.of(14, 30), LocalTime.of(16, 30), "以案说法"));
        em.flush();
    }

    private LegalSession session(Provider provider, OrgUnit unit, String place, LocalDate on, LocalTime from, LocalTime to) {
        LegalSession s = new LegalSession(provider, place, on, from, to, 30);
        s.assignTo(unit);
        em.persist(s);
        return s;
    }

    /** Books two to all of its slots; a session held has each booking advised (recorded) or not attended. */
    private void fill(LegalSession s, List<OrgUnit> areas, long officer) {
        boolean held = !s.getHeldOn().isAfter(today);
        int booked = held ? 2 + random.nextInt(s.slots() - 1) : random.nextInt(3);
        for (int slot = 0; slot < booked; slot++) {
            Person woman = people.make(areas.get(random.nextInt(areas.size())), random);
            String[] advice = ADVICE[random.nextInt(100) < 18 ? 1 : random.nextInt(ADVICE.length)];
            LegalTopic topic = LegalTopic.valueOf(advice[0]);
            Instant at = s.getHeldOn().minusDays(3 + random.nextInt(10)).atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
            LegalBooking b = new LegalBooking(s, slot, woman, topic, random.nextInt(3) == 0, at);
            em.persist(b);
            if (!held || s.getHeldOn().isAfter(today.minusDays(14))) {
                continue; // still to come, or held lately and waiting for its record
            }
            if (random.nextInt(12) == 0) {
                b.setStatus(BookingStatus.NO_SHOW);
                continue;
            }
            b.setStatus(BookingStatus.CONSULTED);
            Consultation c = new Consultation(woman, s.getHeldOn(), officer);
            c.setSession(s, b);
            c.assignTo(s.getUnit());
            c.setTopic(topic, false);
            c.setAdvice(advice[1]);
            if (topic == LegalTopic.DOMESTIC_VIOLENCE) {
                c.setFollowUp("一周后电话回访，了解保护令申请进展。");
                c.setReferral(random.nextBoolean() ? LegalReferral.COURT : LegalReferral.POLICE);
            } else {
                c.setReferral(random.nextInt(4) == 0 ? LegalReferral.LEGAL_AID : random.nextInt(5) == 0 ? LegalReferral.MEDIATION
                        : LegalReferral.NONE);
            }
            em.persist(c);
        }
    }
}
