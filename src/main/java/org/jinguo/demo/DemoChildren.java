// Longer than 300 lines on purpose: the demo's children are one story told in order (42 cases across the streets, their assessments, plans and counselling, 小云's year told in full), each step using the last.
package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jinguo.childcare.model.IntakeAssessment;
import org.jinguo.childcare.model.ActivityKind;
import org.jinguo.childcare.model.CancelledBy;
import org.jinguo.childcare.model.CarePlan;
import org.jinguo.childcare.model.CaseActor;
import org.jinguo.childcare.model.CaseEvent;
import org.jinguo.childcare.model.CaseMove;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.CaseVisit;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.ChildIdentity;
import org.jinguo.childcare.model.ChosenBy;
import org.jinguo.childcare.model.ClosureReason;
import org.jinguo.childcare.model.CounsellingSeries;
import org.jinguo.childcare.model.CounsellingSession;
import org.jinguo.childcare.model.Deliverer;
import org.jinguo.childcare.model.Guardian;
import org.jinguo.childcare.model.GuardianRelation;
import org.jinguo.childcare.model.JoinedActivity;
import org.jinguo.childcare.model.PsychTest;
import org.jinguo.childcare.model.RiskLevel;
import org.jinguo.childcare.model.SeriesKind;
import org.jinguo.childcare.model.SeriesStatus;
import org.jinguo.childcare.model.SessionStatus;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.childcare.model.Tutoring;
import org.jinguo.childcare.model.TutoringSession;
import org.jinguo.childcare.model.VisitKind;
import org.jinguo.person.model.Gender;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.purchase.model.Delivery;
import org.jinguo.purchase.model.ServiceContract;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.volunteer.model.Activity;

/**
 * The demo's children's care project: 42 children across the streets and towns under pseudonyms, their identities
 * encrypted apart, at every stage of the case lifecycle; among them 小云 of 南桥寺, registered last year, assessed
 * (her tests showed marked problems), a plan delivered by a counsellor of the 圆融 social-work centre, individual
 * counselling twice a week for two hours since July of last year, switched to group sessions this spring, each
 * session attended counted as the counselling contract's hours. Written directly (the history is in the past), from
 * a fixed seed, so every demo is the same apart from the dates.
 */
final class DemoChildren {

    static final String CONTRACT = "困境儿童个案心理辅导";
    private static final String[] PSEUDONYMS = {"小云", "小雨", "小星", "小月", "小禾", "小树", "小溪", "小叶", "小帆", "小阳",
        "小雪", "小竹", "小麦", "小鹿", "小桃", "小兰", "小石", "小川", "小舟", "小林", "小晴", "小夏", "小秋", "小冬", "小春",
        "小萌", "小乐", "小安", "小宁", "小康", "小悦", "小欣", "小果", "小米", "小豆", "小虎", "小龙", "小鱼", "小贝", "小雅",
        "小涵", "小宇"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "何", "罗"};
    private static final String[] GIVEN = {"思雨", "雨涵", "子涵", "欣怡", "梓萱", "浩然", "宇航", "佳怡", "可欣", "俊杰", "诗涵",
        "一诺", "梓轩", "雨桐", "若曦", "博文"};
    private static final String[] NOTES = {
        "本次围绕学校适应展开，孩子能主动讲述与同学的相处，情绪较上次平稳。",
        "通过绘画表达对母亲的思念，哭了一会儿，结束时情绪平复，约定下次继续。",
        "睡眠有改善，入睡时间缩短；布置了每天写三件开心事的小作业。",
        "孩子谈到奶奶生病后的担心，练习了放松呼吸，监护人反馈在家使用过。",
        "在小组中第一次主动发言，与其他孩子合作完成拼图任务。"};

    private final EntityManager em;
    private final FieldCipher cipher;
    private final LocalDate today = Beijing.today();
    private final Random random = new Random(1907);
    private ServiceContract contract;
    private BigDecimal hourPrice;
    private CounsellingSeries xiaoyunsGroup;
    private final Map<LocalDate, Long> groupDeliveries = new java.util.HashMap<>();

    DemoChildren(EntityManager em, FieldCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    /**
     * Loads the cases. {@code places} are the communities (and villages) the children live in, in order; the first is
     * 南桥寺, 小云's. {@code caseworkerOf} names the caseworker of each place's cases (her unit reaches it);
     * {@code counsellor} is the 圆融 counsellor put on the team of every case she counsels; {@code tutor} the volunteer
     * who tutors 小云.
     */
    void load(List<OrgUnit> places, java.util.function.Function<OrgUnit, Long> caseworkerOf, long counsellor, String counsellorName,
              long tutor) {
        contract = em.createQuery("SELECT c FROM ServiceContract c WHERE c.title = :t", ServiceContract.class)
                .setParameter("t", CONTRACT).getSingleResult();
        hourPrice = contract.getBudget().divide(BigDecimal.valueOf(contract.getQuantity()), 2, RoundingMode.HALF_UP);
        xiaoyun(places.get(0), caseworkerOf.apply(places.get(0)), counsellor, counsellorName, tutor);
        for (int i = 1; i < PSEUDONYMS.length; i++) {
            OrgUnit place = places.get((i * 7) % places.size());
            child(i, place, caseworkerOf.apply(place), counsellor, counsellorName);
        }
        // the children in service of 郭家沱 took part in two of its volunteer activities of the past months
        String guojiatuo = em.createQuery("SELECT u.path FROM OrgUnit u WHERE u.name = :n", String.class)
                .setParameter("n", "郭家沱街道妇联").getSingleResult();
        List<Activity> held = em.createQuery("SELECT a FROM Activity a WHERE a.unitPath LIKE :street AND a.heldOn < :today"
                        + " ORDER BY a.heldOn DESC", Activity.class).setParameter("street", guojiatuo + "%")
                .setParameter("today", today).setMaxResults(2).getResultList();
        em.createQuery("SELECT c FROM ChildCase c WHERE c.status = :active AND c.unitPath LIKE :street", ChildCase.class)
                .setParameter("active", CaseStatus.ACTIVE).setParameter("street", guojiatuo + "%").getResultList()
                .forEach(child -> held.forEach(a -> child.joined(new JoinedActivity(a.getId(), a == held.get(0)
                        ? ActivityKind.THEMED : ActivityKind.SOCIAL_PRACTICE, "和志愿者一起参加", "ertong"))));
        // two children of 石马河 in service join 小云's Saturday group
        em.createQuery("SELECT c FROM ChildCase c WHERE c.status = :active AND c.unitPath LIKE :street AND c.id <> :xiaoyun"
                        + " ORDER BY c.id", ChildCase.class).setParameter("active", CaseStatus.ACTIVE)
                .setParameter("street", DataScope.streetOf(places.get(0).getPath()) + "%")
                .setParameter("xiaoyun", xiaoyunsGroup.getCaseId()).setMaxResults(2).getResultList().forEach(member -> {
                    member.addMember(counsellor, TeamRole.COUNSELLOR);
                    sessions(member, xiaoyunsGroup, xiaoyunsGroup.getStartsOn().plusWeeks(4), xiaoyunsGroup.getEndsOn(), groupDeliveries);
                });
        em.flush();
    }

    /** 小云: registered last year, every step of her story after it. */
    private void xiaoyun(OrgUnit place, long caseworker, long counsellor, String counsellorName, long tutor) {
        LocalDate july = LocalDate.of(today.getYear() - 1, 7, 1);
        LocalDate registered = july.minusDays(45);
        ChildCase c = newCase(PSEUDONYMS[0], Gender.FEMALE, ChildCategory.UNSUPPORTED,
                "父亲因病去世，母亲外出务工后失联两年，由 70 岁的外祖母抚养；外祖母患高血压，家庭享受低保。", "南桥寺社区居委会",
                registered, place, caseworker, counsellor);
        identity(c, "陈思雨", LocalDate.of(today.getYear() - 11, 3, 14), "重庆市江北区石马河街道南桥寺社区 7 栋",
                "江北区南桥寺小学", GuardianRelation.GRANDMOTHER, "刘秀芬", "13883123456");
        registeredOn(c, registered);
        assess(c, registered.plusDays(12), RiskLevel.HIGH, "外祖母年迈多病，孩子放学后常独自在家；与母亲长期没有联系。",
                new BigDecimal("1350.00"), "低保、外祖母养老金", "两室旧房，孩子有自己的书桌", "体检正常；常失眠、食欲差",
                "小学四年级，成绩中下，近期不愿上学",
                List.of(new PsychTest("SDQ 长处与困难问卷", registered.plusDays(10), "困难总分 22（异常）", "情绪症状和同伴交往问题明显，需心理干预"),
                        new PsychTest("SCARED 儿童焦虑量表", registered.plusDays(10), "总分 31", "分离焦虑显著")));
        CarePlan plan = plan(c, 1, "缓解焦虑和失眠；重建上学意愿；帮助外祖母掌握陪伴方法。",
                "个体心理辅导每周两次、每次两小时；爱心家教每周一次；节日慰问。", Deliverer.COUNSELLOR,
                "江北区圆融社会工作服务中心 " + counsellorName, "每周两次，每次两小时", registered.plusDays(40), july.plusMonths(6));
        CounsellingSeries individual = series(c, plan, SeriesKind.INDIVIDUAL, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
                LocalTime.of(16, 30), "南桥寺社区儿童之家辅导室", ChosenBy.GUARDIAN, july, july.plusMonths(8).minusDays(1), counsellor);
        individual.setStatus(SeriesStatus.ENDED);
        sessions(c, individual, july, july.plusMonths(8).minusDays(1));
        LocalDate spring = july.plusMonths(8);
        CounsellingSeries group = series(c, plan, SeriesKind.GROUP, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 30),
                "石马河街道未成年人保护工作站", ChosenBy.CHILD, spring, spring.plusMonths(12).minusDays(1), counsellor);
        sessions(c, group, spring, spring.plusMonths(12).minusDays(1), groupDeliveries);
        xiaoyunsGroup = group;
        visit(c, VisitKind.HOME, registered.plusDays(8), "社工 李娟", null, null, "外祖母独自照看，家中整洁但冬天无取暖设备。");
        visit(c, VisitKind.CARING, LocalDate.of(today.getYear(), 1, 20), "区妇联 王主席、社工 李娟", "冬衣一件、书包、文具",
                new BigDecimal("500.00"), "春节前慰问，孩子主动说了学校的事。");
        visit(c, VisitKind.CARING, LocalDate.of(today.getYear(), 6, 1), "石马河街道妇联", "图书 10 册", null, "六一儿童节慰问。");
        Tutoring tutoring = new Tutoring(c.getId(), tutor, "数学、语文作业辅导", "每周六下午", july.plusMonths(1));
        em.persist(tutoring);
        em.flush();
        for (LocalDate day = july.plusMonths(1); day.isBefore(today.minusDays(6)); day = day.plusWeeks(1)) {
            LocalDate saturday = day.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            if (random.nextInt(10) > 0 && saturday.isBefore(today)) {
                TutoringSession lesson = new TutoringSession(tutoring.getId(), c.getId(), saturday, 90,
                        random.nextBoolean() ? "订正数学作业，讲解分数应用题。" : "语文阅读理解练习，背诵古诗。", "shegong");
                lesson.assignTo(c.getUnit());
                em.persist(lesson);
            }
        }
        persistMove(c, CaseMove.START_REVIEW, null, july.plusMonths(6));
        persistMove(c, CaseMove.KEEP_PLAN, "焦虑有所缓解，建议转入小组辅导，与同龄人建立联系。", july.plusMonths(6).plusDays(10));
        c.setReviewDue(today.plusDays(20));
    }

    /** One of the other 41, at a stage drawn from a fixed spread. */
    private void child(int i, OrgUnit place, long caseworker, long counsellor, String counsellorName) {
        CaseStatus stage = i <= 4 ? CaseStatus.REGISTERED : i <= 8 ? CaseStatus.ASSESSED : i <= 11 ? CaseStatus.PLAN_SUBMITTED
                : i == 12 ? CaseStatus.PLAN_RETURNED : i <= 34 ? CaseStatus.ACTIVE : i <= 37 ? CaseStatus.UNDER_REVIEW
                : i == 38 ? CaseStatus.CLOSURE_REQUESTED : CaseStatus.CLOSED;
        boolean orphan = i % 5 == 0;
        LocalDate registered = stage == CaseStatus.REGISTERED ? today.minusDays(3 + i * 4L) : today.minusDays(60 + random.nextInt(400));
        boolean counselled = stage == CaseStatus.ACTIVE && i % 3 == 0;
        ChildCase c = newCase(PSEUDONYMS[i], i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                orphan ? ChildCategory.ORPHAN : ChildCategory.UNSUPPORTED,
                orphan ? "父母均已去世，由祖父母抚养。" : "父亲服刑，母亲下落不明，由亲属照料；家庭经济困难。",
                i % 3 == 0 ? "学校老师" : "社区网格员", registered, place, caseworker, counselled ? counsellor : null);
        String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 5) % GIVEN.length];
        identity(c, name, LocalDate.of(today.getYear() - 7 - (i % 10), 1 + i % 12, 1 + i % 28),
                "重庆市江北区" + place.getName().replace("妇联", "") + (i + 1) + " 号", "江北区第" + (1 + i % 9) + "小学",
                i % 4 == 0 ? GuardianRelation.GRANDFATHER : GuardianRelation.GRANDMOTHER, SURNAMES[(i + 3) % SURNAMES.length] + "桂英",
                "139" + String.format("%08d", 23_000_000 + i * 7919));
        registeredOn(c, registered);
        if (stage == CaseStatus.REGISTERED) {
            return;
        }
        RiskLevel risk = RiskLevel.values()[i % 3];
        assess(c, registered.plusDays(10), risk, "由祖辈照料，家庭收入主要靠低保。", new BigDecimal(900 + (i % 6) * 150),
                "低保", "住房简陋但安全", "基本健康", "在校就读", List.of(new PsychTest("SDQ 长处与困难问卷",
                        registered.plusDays(9), "困难总分 " + (10 + i % 14), i % 14 > 6 ? "存在一定情绪问题" : "在正常范围")));
        if (stage == CaseStatus.ASSESSED) {
            return;
        }
        boolean decided = stage != CaseStatus.PLAN_SUBMITTED;
        CarePlan plan = plan(c, 1, "稳定情绪，保障就学。", counselled ? "个体心理辅导每周一次；节日慰问。" : "爱心家教每周一次；节日慰问。",
                counselled ? Deliverer.COUNSELLOR : Deliverer.TUTOR, counselled ? counsellorName : null, "每周一次",
                registered.plusDays(25), decided && stage != CaseStatus.PLAN_RETURNED ? today.plusDays(10 + i % 60) : null);
        if (!decided || stage == CaseStatus.PLAN_RETURNED) {
            return;
        }
        visit(c, VisitKind.CARING, LocalDate.of(today.getYear(), 1, 15 + i % 10), "社区妇联主席、社工", "米、油、冬衣",
                new BigDecimal(300 + (i % 3) * 100), null);
        if (counselled) {
            LocalDate from = today.minusWeeks(8);
            CounsellingSeries s = series(c, plan, SeriesKind.INDIVIDUAL, EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(17, 0),
                    place.getName().replace("妇联", "") + "儿童之家", ChosenBy.GUARDIAN, from, from.plusMonths(4), counsellor);
            sessions(c, s, from, from.plusMonths(4));
        }
        if (stage == CaseStatus.UNDER_REVIEW) {
            persistMove(c, CaseMove.START_REVIEW, null, today.minusDays(5));
            c.setReviewDue(today.minusDays(5));
        } else if (stage == CaseStatus.CLOSURE_REQUESTED || stage == CaseStatus.CLOSED) {
            persistMove(c, CaseMove.REQUEST_CLOSURE, "监护人情况好转，帮扶目标已达成。", today.minusDays(30));
            c.setClosureReason(i == 39 ? ClosureReason.MOVED_AWAY : ClosureReason.GOALS_MET);
            if (stage == CaseStatus.CLOSED) {
                persistMove(c, CaseMove.APPROVE_CLOSURE, null, today.minusDays(25));
                c.setClosedOn(today.minusDays(25));
                c.setFollowupDue(today.minusDays(25).plusMonths(3));
            }
        }
    }

    private ChildCase newCase(String pseudonym, Gender gender, ChildCategory category, String facts, String referredBy,
                              LocalDate registered, OrgUnit place, long caseworker, Long counsellor) {
        ChildCase c = new ChildCase("ET", pseudonym, category, facts, registered);
        c.assignTo(place);
        c.setGender(gender);
        c.setReferredBy(referredBy);
        c.setAssessmentDue(registered.plusDays(14));
        c.addMember(caseworker, TeamRole.CASEWORKER);
        if (counsellor != null) {
            c.addMember(counsellor, TeamRole.COUNSELLOR);
        }
        em.persist(c);
        c.numberAs(ChildCase.numberIn(registered.getYear(), c.getId()));
        em.flush(); // what follows refers to the case by its id alone
        return c;
    }

    private void visit(ChildCase c, VisitKind kind, LocalDate on, String visitors, String gifts, BigDecimal amount, String notes) {
        if (on.isAfter(today) || on.isBefore(c.getRegisteredOn())) {
            return;
        }
        CaseVisit visit = new CaseVisit(c.getId(), kind, on, visitors, "shegong");
        visit.assignTo(c.getUnit());
        visit.details(gifts, amount, notes);
        em.persist(visit);
    }

    private void identity(ChildCase c, String name, LocalDate born, String address, String school, GuardianRelation relation,
                          String guardian, String phone) {
        ChildIdentity identity = new ChildIdentity(c.getId());
        identity.setName(cipher.encrypt(name), cipher.searchHash(name));
        String first17 = "500105" + born.toString().replace("-", "") + String.format("%03d", 100 + c.getId() % 800);
        String idCard = first17 + IdCardNumber.checkCharacter(first17);
        identity.setIdCard(cipher.encrypt(idCard), cipher.searchHash(idCard));
        identity.setBirthDateCipher(cipher.encrypt(born.toString()));
        identity.setAddressCipher(cipher.encrypt(address));
        identity.setSchoolCipher(cipher.encrypt(school));
        identity.setGuardians(List.of(new Guardian(relation, cipher.encrypt(guardian), cipher.encrypt(phone))));
        em.persist(identity);
    }

    /** The first line of the timeline: registered on {@code on}. */
    private void registeredOn(ChildCase c, LocalDate on) {
        CaseEvent e = CaseEvent.registered(c, "shegong");
        em.persist(e);
        e.happenedAt(on.atTime(10, 0).atZone(Beijing.ZONE).toInstant());
    }

    private void assess(ChildCase c, LocalDate on, RiskLevel risk, String family, BigDecimal income, String sources,
                        String living, String health, String school, List<PsychTest> tests) {
        IntakeAssessment a = new IntakeAssessment(c.getId());
        a.setAssessedOn(on);
        a.setAssessedBy("shegong");
        a.setFamilySituation(family);
        a.setHouseholdIncome(income);
        a.setIncomeSources(sources);
        a.setLivingConditions(living);
        a.setHealth(health);
        a.setSchooling(school);
        a.setRisk(risk);
        a.setTests(tests);
        em.persist(a);
        c.setRisk(risk);
        persistMove(c, CaseMove.ASSESS, null, on);
        c.setAssessmentDue(null);
    }

    /** A plan submitted on {@code submitted}; approved when {@code reviewOn} is given, else left waiting or returned. */
    private CarePlan plan(ChildCase c, int seq, String goals, String services, Deliverer deliverer, String delivererName,
                          String frequency, LocalDate submitted, LocalDate reviewOn) {
        CarePlan plan = new CarePlan(c.getId(), seq, "shegong");
        plan.setGoals(goals);
        plan.setServices(services);
        plan.setDeliverer(deliverer);
        plan.setDelivererName(delivererName);
        plan.setFrequency(frequency);
        plan.setReviewOn(reviewOn == null ? submitted.plusMonths(6) : reviewOn);
        persistMove(c, CaseMove.SUBMIT_PLAN, null, submitted);
        Instant at = submitted.atTime(15, 0).atZone(Beijing.ZONE).toInstant();
        if (reviewOn != null) {
            plan.decide(true, "dudao", null);
            persistMove(c, CaseMove.APPROVE_PLAN, null, submitted.plusDays(3));
            c.setReviewDue(reviewOn);
        } else if (returned(c)) {
            plan.decide(false, "dudao", "请写明家教的具体安排和每月评估方式。");
            persistMove(c, CaseMove.RETURN_PLAN, "请写明家教的具体安排和每月评估方式。", submitted.plusDays(3));
        }
        em.persist(plan);
        plan.happened(at, submitted.plusDays(3).atTime(11, 0).atZone(Beijing.ZONE).toInstant());
        return plan;
    }

    private boolean returned(ChildCase c) {
        return c.getPseudonym().equals(PSEUDONYMS[12]);
    }

    /** A move of the lifecycle, checked like any other, its line of the timeline dated {@code on}. */
    private void persistMove(ChildCase c, CaseMove move, String reason, LocalDate on) {
        CaseEvent e = c.move(move, move.actor() == CaseActor.SUPERVISOR ? "dudao" : "shegong", reason);
        em.persist(e);
        e.happenedAt(on.atTime(10, 0).atZone(Beijing.ZONE).toInstant());
    }

    private CounsellingSeries series(ChildCase c, CarePlan plan, SeriesKind kind, EnumSet<DayOfWeek> days, LocalTime at, String place,
                                     ChosenBy chosenBy, LocalDate from, LocalDate until, long counsellor) {
        em.flush(); // the plan's id
        CounsellingSeries s = new CounsellingSeries(c.getId());
        s.setPlanId(plan.getId());
        s.setKind(kind);
        s.setWeekDays(days);
        s.setStartsAt(at);
        s.setMinutes(120);
        s.setPlace(place);
        s.setChosenBy(chosenBy);
        s.setStartsOn(from);
        s.setEndsOn(until);
        s.setCounsellorId(counsellor);
        s.setContractId(contract.getId());
        em.persist(s);
        em.flush();
        return s;
    }

    /**
     * The series' sessions: those past mostly attended (with notes, counted under the contract), some missed or
     * cancelled. The contract's deliveries are written before the sessions that refer to them.
     */
    private void sessions(ChildCase c, CounsellingSeries s, LocalDate from, LocalDate until) {
        sessions(c, s, from, until, null);
    }

    /** {@code shared}: a group's deliveries by day, one per session day however many children attended. */
    private void sessions(ChildCase c, CounsellingSeries s, LocalDate from, LocalDate until, Map<LocalDate, Long> shared) {
        java.util.List<CounsellingSession> sessions = new java.util.ArrayList<>();
        for (LocalDate day : s.dates(from)) {
            if (day.isAfter(until)) {
                break;
            }
            CounsellingSession session = new CounsellingSession(s, day, c.getId());
            session.assignTo(c.getUnit());
            if (!day.isAfter(today.minusDays(8))) { // the last week's are still to be recorded
                int roll = random.nextInt(20);
                if (roll == 0) {
                    session.record(SessionStatus.MISSED, null, 0, null, null, "zixun");
                } else if (roll == 1) {
                    session.record(SessionStatus.CANCELLED, CancelledBy.GUARDIAN, 0, null, null, "zixun");
                } else {
                    session.record(SessionStatus.ATTENDED, null, 120, cipher.encrypt(NOTES[random.nextInt(NOTES.length)]),
                            2 + random.nextInt(4), "zixun");
                    Long delivered = shared == null ? null : shared.get(day);
                    if (delivered == null) {
                        Delivery delivery = new Delivery(contract, day, s.getPlace(), null, 2, 1,
                                hourPrice.multiply(BigDecimal.valueOf(2)), c.getCaseNo(), "zixun", List.of());
                        em.persist(delivery);
                        delivered = delivery.getId();
                        if (shared != null) {
                            shared.put(day, delivered);
                        }
                    }
                    session.setDeliveryId(delivered);
                }
            }
            sessions.add(session);
        }
        em.flush();
        sessions.forEach(em::persist);
        em.flush();
    }
}
