// Longer than 300 lines on purpose: the demo base is the source article's figures written out one organisation at a time, in the order the article tells them.
package org.jinguo.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jinguo.incubation.model.Booking;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.Room;
import org.jinguo.incubation.model.RoomKind;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.model.SupportKind;
import org.jinguo.incubation.service.AssessmentForm;
import org.jinguo.incubation.service.BookingForm;
import org.jinguo.incubation.service.OrgForm;
import org.jinguo.incubation.service.OrganisationService;
import org.jinguo.incubation.service.PipelineService;
import org.jinguo.incubation.service.RoomForm;
import org.jinguo.incubation.service.StepForm;
import org.jinguo.incubation.service.SupportForm;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.purchase.model.Programme;
import org.jinguo.purchase.service.ClosingForm;
import org.jinguo.purchase.service.ContractForm;
import org.jinguo.purchase.service.ContractService;
import org.jinguo.purchase.service.DeliveryForm;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Team;

/**
 * The demo's incubation base (巾帼梦, with 大石坝街道) and its purchases of services, from the source: the
 * base's five residents (江北区乾能婚姻家庭辅导学校, 江北区圆融社会工作服务中心, 瓦厂嘴社区国学天罡汉学堂巾帼志愿者服务队伍
 * and two more), ten organisations cultivated this year, five of them grown out of volunteer teams (the
 * 铁山老太婆 publicity troupe, the 康乃馨 volunteers, …), a few still in the pipeline, rooms with bookings,
 * the support given, and the district's contracts, among them the 100 performances publicising the
 * Anti-Domestic-Violence Law, part-delivered. Seeded; the dates follow the day the demo is loaded.
 *
 * <p>Written through the incubation and purchase services, as the signed-in district administrator would
 * (applications, every move along the pipeline, assessments, support, rooms, today's and coming bookings,
 * contracts, deliveries, the closing). Three things are written directly: the bookings of past days (the
 * service, rightly, books no past day), the organisations' members (people made in bulk by the demo) and the
 * volunteer teams an organisation grew out of when the demo's year of volunteering has none by that name.
 */
@Dependent
public class DemoIncubation {

    static final String BASE_UNIT = "大石坝街道妇联";
    static final String LAW_CONTRACT = "《反家庭暴力法》宣传文艺演出进社区";

    @PersistenceContext
    EntityManager em;
    @Inject
    OrganisationService organisations;
    @Inject
    PipelineService pipeline;
    @Inject
    SupportService support;
    @Inject
    ContractService contracts;

    private DemoVolunteers.People people;
    private Random random;
    private LocalDate today;
    private List<Long> criteria;

    /**
     * Loads the base's organisations (owned by 大石坝) and the district's contracts with them, acting as the
     * caller the demo has signed in; {@code people} makes the organisations' members.
     */
    void load(OrgUnit district, OrgUnit base, List<OrgUnit> communities, DemoVolunteers.People people) {
        base = managed(base);
        communities = communities.stream().map(this::managed).toList();
        this.people = people;
        this.random = new Random(2017);
        this.today = Beijing.today();
        this.criteria = pipeline.criteria().stream().filter(PipelineService.CriterionRow::active)
                .sorted((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder())).map(PipelineService.CriterionRow::id).toList();
        LocalDate yearStart = today.withDayOfYear(1);
        long yearDays = ChronoUnit.DAYS.between(yearStart, today);
        OrgUnit wachangzui = communityOf(communities, "瓦厂嘴", base);

        // the five residents
        long qianneng = org(base, "江北区乾能婚姻家庭辅导学校", OrgKind.MARRIAGE_FAMILY, LegalStatus.REGISTERED, null,
                "以婚姻家庭辅导为主的民办非企业单位，开设婚前辅导、婚姻调适与家庭教育课程。", Stage.INCUBATING, today.minusDays(420));
        long yuanrong = org(base, "江北区圆融社会工作服务中心", OrgKind.SOCIAL_WORK, LegalStatus.REGISTERED, null,
                "专业社工机构，承接困境儿童个案辅导与小组活动。", Stage.INCUBATING, today.minusDays(380));
        long tiangang = org(wachangzui, "瓦厂嘴社区国学天罡汉学堂巾帼志愿者服务队伍", OrgKind.VOLUNTEER_SERVICE,
                LegalStatus.FILED, team("瓦厂嘴社区国学天罡汉学堂巾帼志愿者服务队", wachangzui),
                "以国学诵读、家风家训传承为特色的社区巾帼志愿服务队伍。", Stage.INCUBATING, today.minusDays(300));
        long yangguang = org(base, "江北区阳光家庭教育服务中心", OrgKind.FAMILY_EDUCATION, LegalStatus.UNREGISTERED, null,
                "由家庭教育指导师发起，面向社区家长开设亲子沟通课程。", Stage.MOVED_IN, today.minusDays(150));
        org(base, "大石坝巾帼心理健康服务社", OrgKind.COUNSELLING, LegalStatus.UNREGISTERED, null,
                "心理咨询师志愿者组成，为社区妇女提供心理疏导。", Stage.MOVED_IN, today.minusDays(120));

        // ten cultivated this year: five grown out of volunteer teams
        OrgUnit tieshan = communityOf(communities, "铁山坪社区", base);
        Object[][] cultivated = {
            {"铁山老太婆宣传队", OrgKind.CULTURE, team("“铁山老太婆”宣传队", tieshan)},
            {"康乃馨巾帼志愿服务社", OrgKind.VOLUNTEER_SERVICE, team("郭家沱社区康乃馨志愿服务队", base)},
            {"望江巾帼文艺宣传社", OrgKind.CULTURE, team("望江社区巾帼文艺宣传队", base)},
            {"大兴社区爱心厨房服务社", OrgKind.VOLUNTEER_SERVICE, team("大兴社区爱心厨房志愿队", base)},
            {"雨花社区四点半课堂服务社", OrgKind.FAMILY_EDUCATION, team("雨花社区“四点半课堂”志愿队", base)},
            {"江北区启航青少年成长服务中心", OrgKind.COUNSELLING, null},
            {"江北区和美家庭服务中心", OrgKind.MARRIAGE_FAMILY, null},
            {"鱼嘴镇巾帼农技服务社", OrgKind.TRAINING, null},
            {"江北区馨语妇女儿童法律服务中心", OrgKind.OTHER, null},
            {"五里店巾帼家政服务社", OrgKind.TRAINING, null},
        };
        List<Long> graduates = new ArrayList<>();
        for (int i = 0; i < cultivated.length; i++) {
            Team origin = (Team) cultivated[i][2];
            LocalDate graduated = yearStart.plusDays(yearDays * (i + 1) / (cultivated.length + 1));
            boolean followUp = i % 3 == 0 && graduated.isBefore(today.minusDays(30));
            graduates.add(org(base, (String) cultivated[i][0], (OrgKind) cultivated[i][1],
                    origin != null ? LegalStatus.FILED : LegalStatus.REGISTERED, origin,
                    origin != null ? "由志愿服务队发展而来，已在社区备案，成为社区社会组织。" : "经基地孵化培育，已完成民政登记。",
                    followUp ? Stage.FOLLOW_UP : Stage.GRADUATED, graduated));
        }

        // still in the pipeline, and the two that left it
        org(base, "江北区巾帼手工坊", OrgKind.TRAINING, LegalStatus.UNREGISTERED, null, "手工编织技能培训与就业帮扶。",
                Stage.APPLIED, today.minusDays(6));
        org(base, "石马河巾帼调解室", OrgKind.OTHER, LegalStatus.UNREGISTERED, null, "邻里纠纷与家庭矛盾调解。",
                Stage.APPLIED, today.minusDays(2));
        org(base, "寸滩社区巾帼护绿队", OrgKind.VOLUNTEER_SERVICE, LegalStatus.UNREGISTERED, null, "社区环境保护志愿服务。",
                Stage.INSPECTION, today.minusDays(18));
        org(base, "华新街巾帼读书会", OrgKind.CULTURE, LegalStatus.UNREGISTERED, null, "女性阅读与分享。",
                Stage.ASSESSMENT, today.minusDays(9));
        org(base, "江北区某商贸咨询工作室", OrgKind.OTHER, LegalStatus.UNREGISTERED, null, "以营利咨询为主。",
                Stage.REJECTED, today.minusDays(40));
        org(base, "复盛镇巾帼种植合作小组", OrgKind.TRAINING, LegalStatus.UNREGISTERED, null, "多肉种植技能培训。",
                Stage.WITHDRAWN, today.minusDays(75));

        rooms(base, List.of(qianneng, yuanrong, tiangang, yangguang));
        contracts(district, communities, qianneng, yuanrong, yangguang, graduates.get(0));
    }

    /**
     * An organisation that applied some months before {@code on} and went through the pipeline to
     * {@code stage}, reaching it on {@code on} (graduating on {@code on} when its stage is the follow-up):
     * the application, every move, an assessment, members and support on the way. Its id.
     */
    private long org(OrgUnit owner, String name, OrgKind kind, LegalStatus legal, Team origin, String introduction,
                     Stage stage, LocalDate on) {
        List<Stage> path = path(stage);
        // {@code on} is the day it reached its stage; a follow-up starts two weeks after graduating on {@code on}
        LocalDate reached = stage == Stage.FOLLOW_UP ? on.plusDays(14) : on;
        int steps = stage == Stage.FOLLOW_UP ? path.size() - 2 : path.size() - 1;
        LocalDate applied = on.minusDays(steps <= 0 ? 0 : 25L * steps + random.nextInt(20));
        OrgForm form = new OrgForm();
        form.setUnitId(owner.getId());
        form.setName(name);
        form.setKind(kind);
        form.setLegalStatus(legal);
        form.setAppliedOn(applied);
        form.setOriginTeamId(origin == null ? null : origin.getId());
        form.setIntroduction(introduction);
        if (legal == LegalStatus.REGISTERED) {
            form.setRegistrationNumber("52500105MJ" + (1000000 + random.nextInt(8999999)));
        } else if (legal == LegalStatus.FILED) {
            form.setRegistrationNumber("JB-BA-" + (100 + random.nextInt(900)));
        }
        List<Person> members = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            members.add(people.make(owner, random));
        }
        em.flush();
        form.setContactId(members.get(0).getId());
        long id = organisations.apply(form);
        for (Person member : members.subList(1, members.size())) {
            organisations.addMember(id, member.getId());
        }
        LocalDate day = applied;
        for (int i = 1; i < path.size(); i++) {
            Stage next = path.get(i);
            day = i == path.size() - 1 ? reached : i == steps ? on : day.plusDays(20 + random.nextInt(10));
            if (next == Stage.REJECTED) {
                assess(id, day, Decision.REJECT); // a rejection at the assessment ends the pipeline by itself
                continue;
            }
            if (next == Stage.MOVED_IN) {
                assess(id, day, Decision.ADMIT);
            }
            StepForm step = new StepForm();
            step.setOn(day);
            step.setNotes(note(next));
            step.setReason(next.needsReason() ? "核心成员外出务工，暂停申请。" : null);
            pipeline.advance(id, next, step, List.of());
            if (next == Stage.INCUBATING || next == Stage.GRADUATED) {
                support(id, day);
            }
        }
        return id;
    }

    private static List<Stage> path(Stage stage) {
        return switch (stage) {
            case REJECTED -> List.of(Stage.APPLIED, Stage.INSPECTION, Stage.ASSESSMENT, Stage.REJECTED);
            case WITHDRAWN -> List.of(Stage.APPLIED, Stage.INSPECTION, Stage.WITHDRAWN);
            default -> List.copyOf(Stage.PIPELINE).subList(0, stage.ordinal() + 1);
        };
    }

    private void assess(long orgId, LocalDate on, Decision decision) {
        AssessmentForm form = new AssessmentForm();
        form.setOn(on);
        for (long criterion : criteria) {
            form.getScores().put(criterion, decision == Decision.ADMIT ? 6 + random.nextInt(5) : 2 + random.nextInt(4));
        }
        form.setDecision(decision);
        form.setNotes(decision == Decision.ADMIT ? "宗旨明确，骨干稳定，同意入驻。" : "以营利为主要目的，不符合入驻条件。");
        pipeline.assess(orgId, form);
    }

    private static String note(Stage stage) {
        return switch (stage) {
            case INSPECTION -> "实地走访，查看活动台账，指导完善章程。";
            case ASSESSMENT -> "提交入住评估材料。";
            case MOVED_IN -> "签订入驻协议，分配办公工位。";
            case INCUBATING -> "制定孵化计划：能力建设培训、项目设计辅导。";
            case GRADUATED -> "完成孵化目标，出壳。";
            case FOLLOW_UP -> "出壳后定期回访，协助对接公益项目。";
            default -> null;
        };
    }

    /** What the base gave an organisation around {@code day}. */
    private void support(long orgId, LocalDate day) {
        give(orgId, SupportKind.TRAINING, day.plusDays(3), "社会组织能力建设培训：项目设计与财务管理", null);
        give(orgId, SupportKind.CONSULTING, day.plusDays(10), "管理咨询：理事会制度与志愿者管理", null);
        if (random.nextBoolean()) {
            give(orgId, SupportKind.REGISTRATION, day.plusDays(15), "协助准备民政登记材料", null);
        }
        if (random.nextInt(3) == 0) {
            give(orgId, SupportKind.FUNDING, day.plusDays(20), "公益创投启动资金", BigDecimal.valueOf(3000 + 1000L * random.nextInt(8)));
        }
        give(orgId, SupportKind.RESOURCE_MATCHING, day.plusDays(25), "对接社区活动场地与爱心企业", null);
    }

    /** Support given on {@code day}, or today when that is still to come. */
    private void give(long orgId, SupportKind kind, LocalDate day, String description, BigDecimal amount) {
        SupportForm form = new SupportForm();
        form.setOrgId(orgId);
        form.setKind(kind);
        form.setGivenOn(day.isAfter(today) ? today : day);
        form.setDescription(description);
        form.setAmount(amount);
        support.record(form);
    }

    /**
     * The base's rooms, desks and projector, booked by residents over the past weeks and the next two; the
     * past days' bookings are written directly, as they were made back then.
     */
    private void rooms(OrgUnit base, List<Long> residents) {
        List<Long> rooms = List.of(room(base, "多功能活动室", RoomKind.ROOM, 60, "二楼，含音响"), room(base, "会议室", RoomKind.ROOM, 20, null),
                room(base, "心理咨询室", RoomKind.ROOM, 4, "隔音，预约使用"), room(base, "办公工位 A", RoomKind.DESK, 1, null),
                room(base, "办公工位 B", RoomKind.DESK, 1, null), room(base, "投影仪", RoomKind.EQUIPMENT, 1, null));
        String[] purposes = {"骨干培训", "亲子沟通课程", "个案辅导", "理事会会议", "志愿者例会", "国学诵读活动"};
        for (int d = -30; d <= 14; d++) {
            LocalDate day = today.plusDays(d);
            if (day.getDayOfWeek().getValue() >= 6 || random.nextInt(3) == 0) {
                continue;
            }
            int hour = 9 + random.nextInt(3);
            book(rooms.get(random.nextInt(3)), residents.get(random.nextInt(residents.size())), day, LocalTime.of(hour, 0),
                    LocalTime.of(hour + 2, 0), purposes[random.nextInt(purposes.length)]);
            if (random.nextInt(3) == 0) {
                book(rooms.get(3 + random.nextInt(2)), residents.get(random.nextInt(residents.size())), day,
                        LocalTime.of(14, 0), LocalTime.of(17, 30), "日常办公");
            }
        }
    }

    private long room(OrgUnit base, String name, RoomKind kind, int capacity, String note) {
        RoomForm form = new RoomForm();
        form.setUnitId(base.getId());
        form.setName(name);
        form.setKind(kind);
        form.setCapacity(capacity);
        form.setNote(note);
        return support.saveRoom(form);
    }

    private void book(long roomId, long orgId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String purpose) {
        if (day.isBefore(today)) {
            em.persist(new Booking(Scoped.byId(em, Room.class, roomId), Scoped.byId(em, SocialOrg.class, orgId), day, startsAt,
                    endsAt, purpose, "district"));
            return;
        }
        BookingForm form = new BookingForm();
        form.setRoomId(roomId);
        form.setOrgId(orgId);
        form.setOn(day);
        form.setStartsAt(startsAt);
        form.setEndsAt(endsAt);
        form.setPurpose(purpose);
        support.book(form);
    }

    /** The district's purchases of services, one of each programme, the 100 performances part-delivered. */
    private void contracts(OrgUnit district, List<OrgUnit> communities, long qianneng, long yuanrong, long yangguang,
                           long troupe) {
        LocalDate start = today.minusMonths(8).withDayOfMonth(1);
        long law = contract(district, LAW_CONTRACT, troupe, Programme.GENERAL,
                "在全区各社区、村开展《反家庭暴力法》宣传文艺演出 100 场，每场不少于 1 小时，观众不少于 50 人。", "场",
                100, "150000.00", start, start.plusYears(1).minusDays(1));
        deliver(law, start, start.plusYears(1).minusDays(1), communities, 37, 1, "社区广场", 60, 300);
        // the children's counselling runs from July of last year; its deliveries are the sessions held (DemoChildren)
        LocalDate july = LocalDate.of(today.getYear() - 1, 7, 1);
        contract(district, DemoChildren.CONTRACT, yuanrong, Programme.CHILDCARE,
                "为困境儿童提供个案心理辅导：每周两次、每次两小时，后期开展小组活动。", "小时", 480, "144000.00",
                july, july.plusMonths(18).minusDays(1));
        long courses = contract(district, "家庭教育课程菜单进社区", yangguang, Programme.BRIDGE,
                "巾帼桥·教育沟通之桥：家庭教育、亲子沟通、家风家训课程 24 场。", "场", 24, "24000.00",
                start.plusMonths(4), start.plusMonths(12));
        deliver(courses, start.plusMonths(4), start.plusMonths(12), communities, 6, 1, "社区妇女之家", 20, 60);
        LocalDate lastYear = today.minusYears(1).withDayOfYear(1);
        long mediation = contract(district, "婚姻家庭纠纷调解与辅导", qianneng, Programme.GENERAL,
                "为婚姻家庭纠纷当事人提供调解与辅导 60 次。", "次", 60, "36000.00", lastYear, lastYear.plusMonths(11));
        deliver(mediation, lastYear, lastYear.plusMonths(11), communities, 30, 2, "社区调解室", 2, 4);
        ClosingForm closing = new ClosingForm();
        closing.setOn(lastYear.plusMonths(11).plusDays(10));
        closing.setRating(5);
        closing.setEvaluation("全部完成 60 次调解辅导，当事人满意度高，建议续签。");
        contracts.close(mediation, closing);
    }

    private long contract(OrgUnit unit, String title, long providerId, Programme programme, String deliverable,
                          String measure, int quantity, String budget, LocalDate startsOn, LocalDate endsOn) {
        ContractForm form = new ContractForm();
        form.setUnitId(unit.getId());
        form.setTitle(title);
        form.setProviderId(providerId);
        form.setProgramme(programme);
        form.setDeliverable(deliverable);
        form.setMeasure(measure);
        form.setQuantity(quantity);
        form.setBudget(new BigDecimal(budget));
        form.setSignedOn(startsOn.minusDays(10));
        form.setStartsOn(startsOn);
        form.setEndsOn(endsOn);
        return contracts.create(form);
    }

    /**
     * {@code times} deliveries of {@code each} units of the contract between its start and today (or its end),
     * each in one of the communities, priced by the contract.
     */
    private void deliver(long contractId, LocalDate startsOn, LocalDate endsOn, List<OrgUnit> communities, int times, int each,
                         String place, int fewest, int most) {
        LocalDate last = endsOn.isBefore(today) ? endsOn : today.minusDays(1);
        long span = Math.max(1, ChronoUnit.DAYS.between(startsOn, last));
        for (int i = 0; i < times; i++) {
            OrgUnit community = communities.get(random.nextInt(communities.size()));
            DeliveryForm form = new DeliveryForm();
            form.setContractId(contractId);
            form.setDeliveredOn(startsOn.plusDays(span * i / times));
            form.setPlace(community.getName().replace("妇联", "") + place);
            form.setCommunityId(community.getId());
            form.setQuantity(each);
            form.setParticipants(fewest + random.nextInt(most - fewest + 1));
            contracts.recordDelivery(form, List.of());
        }
    }

    /** A volunteer team by name, or a new one of {@code unit} (filed with it) when the demo has none by that name. */
    private Team team(String name, OrgUnit unit) {
        List<Team> found = em.createQuery("SELECT t FROM Team t WHERE t.name = :name", Team.class)
                .setParameter("name", name).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Team team = new Team(name, ServiceLine.VOLUNTEERING);
        team.assignTo(unit);
        team.setFoundedOn(today.minusYears(3));
        team.setProfile(name + "由社区热心妇女自发组成，常年开展宣传和志愿服务。");
        team.file(unit, today.minusYears(2), "JB-" + (1000 + random.nextInt(9000)));
        em.persist(team);
        return team;
    }

    /** The unit as this persistence context holds it (the demo may have let go of what it wrote before). */
    private OrgUnit managed(OrgUnit unit) {
        return Scoped.byId(em, OrgUnit.class, unit.getId());
    }

    private static OrgUnit communityOf(List<OrgUnit> communities, String prefix, OrgUnit fallback) {
        return communities.stream().filter(c -> c.getName().startsWith(prefix)).findFirst().orElse(fallback);
    }
}
