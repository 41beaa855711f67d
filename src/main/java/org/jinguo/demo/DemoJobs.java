package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jinguo.bridge.model.Employer;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.Position;
import org.jinguo.bridge.model.Referral;
import org.jinguo.bridge.model.Seeker;
import org.jinguo.bridge.model.SeekerStatus;
import org.jinguo.bridge.model.WorkHours;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.unit.model.OrgUnit;

/**
 * The demo's job platform: firms of 观音桥商圈 (and one of the 港城 industrial park) with their positions; women of every
 * street looking for work, 王晓梅 of the succulent course among them; referrals at every step, placements with their
 * three-month follow-ups, some done, some due.
 */
final class DemoJobs {

    private final EntityManager em;
    private final DemoVolunteers.People people;
    private final Random random = new Random(2021);
    private final LocalDate today = Beijing.today();

    DemoJobs(EntityManager em, DemoVolunteers.People people) {
        this.em = em;
        this.people = people;
    }

    void load(OrgUnit shangquan, OrgUnit industrialPark, OrgUnit guanyinqiao, OrgUnit gangcheng, List<OrgUnit> communities) {
        Employer mall = employer(shangquan, "北城天街购物中心", "刘经理", "023-67851234", "江北区北城天街 8 号");
        Employer market = employer(shangquan, "观音桥步行街惠民超市", "陈店长", "023-67859876", "江北区观音桥步行街 12 号");
        Employer noodles = employer(shangquan, "巴渝人家餐饮有限公司", "王女士", "13908312211", "江北区建新北路 66 号");
        Employer homeCare = employer(shangquan, "江北巾帼家政服务中心", "张主任", "023-67860001", "江北区洋河路 3 号");
        Employer shop = employer(shangquan, "山城好物电商有限公司", "周先生", "13629745566", "江北区观音桥商圈九街 5 号");
        Employer factory = employer(industrialPark, "港城电子科技有限公司", "人事部", "023-67723456", "江北区港城工业园区 A 区");

        List<Position> positions = new ArrayList<>();
        positions.add(position(market, "收银员", "惠民超市观音桥店", guanyinqiao, WorkHours.FULL_TIME, "早晚两班轮换", 3500, 4500, 3,
                EnumSet.of(JobSkill.CASHIER, JobSkill.SALES)));
        positions.add(position(mall, "商场导购", "北城天街购物中心", guanyinqiao, WorkHours.PART_TIME, "周末及节假日", 2500, 3500, 4,
                EnumSet.of(JobSkill.SALES)));
        positions.add(position(noodles, "餐厅服务员", "巴渝人家建新北路店", guanyinqiao, WorkHours.FULL_TIME, "10:00–20:00，月休 4 天",
                3800, 4500, 2, EnumSet.of(JobSkill.CATERING)));
        positions.add(position(homeCare, "家政服务员", "江北区各社区上门", null, WorkHours.FLEXIBLE, "按单上门", 4000, 6000, 6,
                EnumSet.of(JobSkill.HOUSEKEEPING, JobSkill.COOKING)));
        positions.add(position(homeCare, "育婴员", "江北区各社区上门", null, WorkHours.FULL_TIME, "住家或白班", 5500, 7500, 2,
                EnumSet.of(JobSkill.CHILD_CARE)));
        positions.add(position(shop, "网店客服", "居家办公", null, WorkHours.FROM_HOME, "每天 6 小时，时间可商量", 3000, 4000, 3,
                EnumSet.of(JobSkill.E_COMMERCE, JobSkill.OFFICE)));
        positions.add(position(factory, "电子装配工", "港城工业园区 A 区厂房", gangcheng, WorkHours.FULL_TIME, "两班倒，包工作餐", 4500,
                5500, 10, EnumSet.of(JobSkill.HANDCRAFT)));
        Position past = position(mall, "春节促销员", "北城天街购物中心", guanyinqiao, WorkHours.PART_TIME, "春节期间", 150, 200, 6,
                EnumSet.of(JobSkill.SALES));
        past.setOpenUntil(today.minusMonths(9));
        past.setPayFrom(null);
        past.setPayTo(null);
        past.setHoursNote("春节期间，日薪 150–200 元");
        positions.add(past);
        em.flush();

        List<Seeker> seekers = new ArrayList<>();
        Person wang = em.createQuery("SELECT p FROM Person p WHERE p.name = :name ORDER BY p.id", Person.class)
                .setParameter("name", "王晓梅").setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (wang != null) {
            Seeker her = seeker(wang, EnumSet.of(JobSkill.E_COMMERCE, JobSkill.HANDCRAFT), EnumSet.of(WorkHours.FROM_HOME,
                    WorkHours.PART_TIME), "孩子上小学，想在家做网店或手工，兼顾接送孩子。", 3000);
            seekers.add(her);
        }
        JobSkill[] skills = JobSkill.values();
        WorkHours[] hours = WorkHours.values();
        for (int i = 0; i < 36; i++) {
            Person person = people.make(communities.get(random.nextInt(communities.size())), random);
            Set<JobSkill> has = EnumSet.noneOf(JobSkill.class);
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                has.add(skills[random.nextInt(skills.length)]);
            }
            Set<WorkHours> can = EnumSet.of(hours[random.nextInt(hours.length)]);
            if (random.nextBoolean()) {
                can.add(WorkHours.FLEXIBLE);
            }
            seekers.add(seeker(person, has, can, i % 4 == 0 ? "离家近一些，方便照顾老人。" : null, 3000 + 500 * random.nextInt(5)));
        }
        em.flush();

        int[][] placements = {{0, 1}, {2, 0}, {3, 3}, {6, 6}, {3, 5}, {6, 8}, {0, 10}, {1, 12}};
        for (int[] p : placements) {
            Seeker seeker = seekers.get(1 + p[1]);
            Position position = positions.get(p[0]);
            Referral r = refer(seeker, position, today.minusMonths(2 + p[1] % 5).minusDays(3));
            r.answer(true, "面试通过。", r.getReferredOn().plusDays(3));
            r.place(r.getReferredOn().plusDays(7));
            seeker.setStatus(SeekerStatus.PLACED);
            if (!r.getFollowUpDue().isAfter(today) && p[1] % 3 != 0) {
                r.followUp(p[1] % 4 != 1, p[1] % 4 != 1 ? "工作稳定，单位评价好。" : "家中老人生病，已离职。", r.getFollowUpDue().plusDays(2));
            }
        }
        int[][] open = {{1, 14}, {4, 15}, {5, 16}, {2, 17}, {5, 18}, {0, 19}};
        for (int[] p : open) {
            Referral r = refer(seekers.get(1 + p[1]), positions.get(p[0]), today.minusDays(3 + p[1] % 10));
            if (p[1] % 3 == 0) {
                r.answer(true, "约了下周二面试。", today.minusDays(1));
            } else if (p[1] % 3 == 1) {
                r.answer(false, "岗位要求有经验。", today.minusDays(1));
            }
        }
        if (wang != null) {
            refer(seekers.get(0), positions.get(5), today.minusDays(2));
        }
        em.flush();
    }

    private Employer employer(OrgUnit unit, String name, String contact, String phone, String address) {
        Employer e = new Employer(name);
        e.setContact(contact);
        e.setPhone(phone);
        e.setAddress(address);
        e.assignTo(unit);
        em.persist(e);
        return e;
    }

    private Position position(Employer employer, String title, String place, OrgUnit street, WorkHours hours, String note,
                              int payFrom, int payTo, int headcount, Set<JobSkill> skills) {
        Position p = new Position(employer, title, place, hours, headcount, today.plusMonths(1 + random.nextInt(3)));
        p.setStreet(street);
        p.setHoursNote(note);
        p.setPayFrom(BigDecimal.valueOf(payFrom));
        p.setPayTo(BigDecimal.valueOf(payTo));
        p.setSkills(skills);
        p.assignTo(employer.getUnit());
        em.persist(p);
        return p;
    }

    private Seeker seeker(Person person, Set<JobSkill> skills, Set<WorkHours> hours, String wishes, int pay) {
        Seeker s = new Seeker(person, today.minusDays(10 + random.nextInt(200)));
        s.setSkills(skills);
        s.setHours(hours);
        s.setWishes(wishes);
        s.setWantedPay(BigDecimal.valueOf(pay));
        em.persist(s);
        return s;
    }

    private Referral refer(Seeker seeker, Position position, LocalDate on) {
        Referral r = new Referral(seeker, position, 50 + random.nextInt(46), on);
        em.persist(r);
        return r;
    }
}
