// Longer than 300 lines on purpose: the demo district is one story told in order (units, people, accounts, volunteers, the base, the April election, notices), each step using the last.
package org.jinguo.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.jinguo.bootstrap.EmptyDatabase;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bootstrap.FirstData;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.service.NoticeForm;
import org.jinguo.notice.service.NoticeService;
import org.jinguo.organisation.model.OfficeHolder;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.service.TermForm;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.Person;
import org.jinguo.person.model.PersonTag;
import org.jinguo.person.service.PersonForm;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.Unit;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Passwords;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.StationKind;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.StationForm;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitForm;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.service.HoursTally;

/**
 * The demo district with its demo accounts, loaded into an empty database at the first start when the
 * setting {@code jinguo.demo-data} is on: it observes the start-up's {@link EmptyDatabase} and writes in
 * that transaction. Only the district unit and its administrator are written directly (the root has nothing
 * above it to be created under); then, acting as the district administrator, the demo enters the units, the
 * people, the April election, the notices and the incubation base through the same services, rules and
 * permission checks as staff would ({@link CurrentCaller#actAtStartUpAs}). The other accounts and the year of
 * volunteering (2 670 volunteers of 郭家沱 with a year of activities, sign-ups and hours) are written directly:
 * creating an account through the service forces a new password at first sign-in, and the year's history
 * through the services would take minutes at every first start. Without the demo, the start-up creates the
 * district unit and a bootstrap administrator instead ({@link org.jinguo.bootstrap.FirstData}).
 */
@Dependent
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The password of every demo account; demo mode is never for production. */
    public static final String DEMO_PASSWORD = "Jinguo@2026";

    static final String DISTRICT = FirstData.DISTRICT;
    public static final String[] REGIONALS = {"港城工业园区妇联", "鎏嘉码头妇联", "观音桥商圈妇联"};

    @PersistenceContext
    EntityManager em;

    /** The demo's ID numbers so far, so each person gets her own (used once, by the single start-up call). */
    private final Set<String> idCardsUsed = new HashSet<>();

    @Inject
    Passwords passwords;
    @Inject
    Settings settings;
    @Inject
    FieldCipher cipher;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    UserDirectory directory;
    @Inject
    UnitChanges unitChanges;
    @Inject
    PersonService people;
    @Inject
    TermService terms;
    @Inject
    NoticeService notices;
    @Inject
    DemoIncubation incubation;

    void load(@Observes EmptyDatabase emptyDatabase) {
        if (settings.demoData()) {
            loadDemo();
        }
    }

    private void loadDemo() {
        long started = System.nanoTime();
        idCardsUsed.clear();
        String hash = passwords.hash(DEMO_PASSWORD);
        OrgUnit district = new OrgUnit(DISTRICT, UnitType.DISTRICT);
        em.persist(district);
        district.placeUnder(null);
        user("district", "区妇联管理员", district, EnumSet.of(Role.DISTRICT_ADMIN), hash);
        em.flush();
        actAs("district");
        UnitForm top = unitChanges.editForm(district.getId());
        top.getStations().add(station(StationKind.ONLINE_HOME, "江北区网上妇女之家", null, "全天", "https://www.example.cn/jbfl"));
        unitChanges.update(top);

        List<OrgUnit> elected = new ArrayList<>();
        Map<String, OrgUnit> byName = new HashMap<>();
        Map<OrgUnit, List<OrgUnit>> streets = new LinkedHashMap<>();
        DemoNetwork.STREETS.forEach((street, communities) -> {
            OrgUnit unit = unit(street + "街道妇联", UnitType.STREET, district, form -> { });
            elected.add(unit);
            byName.put(unit.getName(), unit);
            List<OrgUnit> below = streets.computeIfAbsent(unit, k -> new ArrayList<>());
            for (String community : communities) {
                OrgUnit area = area(community + "社区妇联", UnitType.COMMUNITY, unit, elected);
                byName.put(community, area);
                below.add(area);
            }
        });
        DemoNetwork.TOWNS.forEach((town, areas) -> {
            OrgUnit unit = unit(town + "镇妇联", UnitType.TOWN, district, form -> { });
            elected.add(unit);
            List<OrgUnit> below = streets.computeIfAbsent(unit, k -> new ArrayList<>());
            for (String area : areas) {
                boolean village = area.endsWith("村");
                OrgUnit place = area(area + "妇联", village ? UnitType.VILLAGE : UnitType.COMMUNITY, unit, elected);
                byName.put(area, place);
                below.add(place);
            }
        });
        unit("卫生计生行业妇联", UnitType.INDUSTRY, district, form -> {
            form.getProfile().setMemberBodyCount(21);
            form.getProfile().setCovers("部队医院 1 家、市级医院 4 家、大型民营医院 16 家，以及公共卫生机构和社区医院（在卫计委妇委会基础上改建）");
        });
        for (String regional : REGIONALS) {
            unit(regional, UnitType.REGIONAL, district, form -> {
                if (regional.startsWith("观音桥商圈")) {
                    form.getProfile().setEnterpriseCount(6000);
                    form.getProfile().setWomenEmployeeCount(20_000);
                    form.getProfile().setCovers("商圈内企业和个体工商户 6000 余家，女职工约 2 万人");
                }
            });
        }
        OrgUnit guanyinqiao = byName.get("观音桥街道妇联");
        OrgUnit shimahe = byName.get("石马河街道妇联");
        OrgUnit nanqiaosi = byName.get("南桥寺");
        OrgUnit wachangzui = byName.get("瓦厂嘴");

        user("guanyinqiao", "观音桥街道妇联管理员", guanyinqiao, EnumSet.of(Role.UNIT_ADMIN), hash);
        user("shimahe", "石马河街道妇联工作人员", shimahe, EnumSet.of(Role.STAFF), hash);
        user("nanqiaosi", "南桥寺社区妇联工作人员", nanqiaosi, EnumSet.of(Role.STAFF), hash);
        user("viewer", "区妇联只读用户", district, EnumSet.of(Role.READ_ONLY), hash);
        user("auditor", "区妇联审计员", district, EnumSet.of(Role.AUDITOR), hash);
        registered("李秀英", "19780314", "13983001234", "重庆市江北区观音桥街道建新北路 8 号", guanyinqiao, Set.of());
        registered("王桂兰", "19650921", "13508312345", "重庆市江北区观音桥街道洋河路 12 号", guanyinqiao, Set.of());
        registered("张玉梅", "19830602", "18996543210", "重庆市江北区石马河街道南桥寺社区 3 栋", nanqiaosi, Set.of());
        registered("刘淑华", "19900117", "13752987654", "重庆市江北区石马河街道石马河路 66 号", shimahe, Set.of());
        registered("陈丽", "19871225", "15023456789", "重庆市江北区大石坝街道瓦厂嘴社区 5 号", wachangzui, Set.of());
        registered("杨春燕", "19720808", "13896012345", "重庆市江北区郭家沱街道", district, Set.of());

        Volunteer demoVolunteer = new DemoVolunteers(em, this::demoPerson, Beijing.today()).load(streets);
        UserAccount volunteer = user("volunteer", demoVolunteer.getPerson().getName() + "（郭家沱志愿者）",
                demoVolunteer.getUnit(), EnumSet.of(Role.VOLUNTEER), hash);
        volunteer.linkTo(demoVolunteer.getPerson().getId());
        // The year of volunteering is tens of thousands of records; every service call below flushes, and a flush
        // looks at every record the persistence context holds. Written, they can leave it.
        written();
        // its approved hours, written directly, counted into the dashboards' monthly table as approvals would be
        HoursTally.REBUILD.forEach(sql -> em.createNativeQuery(sql).executeUpdate());
        List<OrgUnit> communities = streets.values().stream().flatMap(List::stream).toList();
        incubation.load(district, byName.get(DemoIncubation.BASE_UNIT), communities, this::demoPerson);
        written();
        Map<Long, List<Long>> streetIds = new LinkedHashMap<>();
        streets.forEach((street, below) -> streetIds.put(street.getId(), below.stream().map(OrgUnit::getId).toList()));
        Map<String, Long> ids = new HashMap<>();
        byName.forEach((name, unit) -> ids.put(name, unit.getId()));
        Provider court = new DemoBridge(em, this::demoPerson).load(district.getId(), streetIds, ids, demoVolunteer.getId());
        user("fating", court.getName(), court.getUnit(), EnumSet.of(Role.PROVIDER), hash).actFor(court.getId());
        written();
        List<OrgUnit> places = communities.stream().map(u -> em.find(OrgUnit.class, u.getId())).toList();
        new DemoCourses(em, this::demoPerson).load(em.find(OrgUnit.class, district.getId()), em.find(OrgUnit.class, nanqiaosi.getId()),
                places);
        written();
        new DemoJobs(em, this::demoPerson).load(unitNamed("观音桥商圈妇联"), unitNamed("港城工业园区妇联"),
                em.find(OrgUnit.class, guanyinqiao.getId()), unitNamed("寸滩街道妇联"),
                communities.stream().map(u -> em.find(OrgUnit.class, u.getId())).toList());
        written();
        legal(court.getId(), streets, guanyinqiao, hash);
        new DemoAid(em, this::demoPerson).load(unitNamed(DISTRICT), communities.stream().map(u -> em.find(OrgUnit.class, u.getId()))
                .toList());
        written();
        new DemoPaidHelp(em, this::demoPerson).load();
        written();
        children(district, byName, streets, hash);
        elections(district, elected);

        OrgUnit members = Scoped.byId(em, OrgUnit.class, nanqiaosi.getId());
        OfficeHolder seat = em.createQuery("SELECT h FROM OfficeHolder h WHERE h.unit = :unit AND h.position = :position "
                        + "ORDER BY h.id", OfficeHolder.class)
                .setParameter("unit", members).setParameter("position", Position.EXECUTIVE_MEMBER)
                .setMaxResults(1).getSingleResult();
        UserAccount member = user("zhiwei", seat.getPerson().getName() + "（南桥寺社区执委）", members,
                EnumSet.of(Role.EXECUTIVE_MEMBER), hash);
        member.linkTo(seat.getPerson().getId());
        em.flush();
        notices(shimahe);
        LOG.info("Demo data loaded in " + (System.nanoTime() - started) / 1_000_000_000 + " s: the Jiangbei district and its "
                + "demo accounts (password " + DEMO_PASSWORD + ")");
    }

    /**
     * The children's care project: its caseworkers (石马河's and 观音桥's own, the district's for the other streets), its
     * supervisor, the counsellor of the 圆融 centre, and the 42 children, 南桥寺's 小云 first.
     */
    private void children(OrgUnit district, Map<String, OrgUnit> byName, Map<OrgUnit, List<OrgUnit>> streets, String hash) {
        OrgUnit shimahe = Scoped.byId(em, OrgUnit.class, byName.get("石马河街道妇联").getId());
        OrgUnit top = Scoped.byId(em, OrgUnit.class, district.getId());
        long shegong = user("shegong", "石马河街道儿童社工", shimahe, EnumSet.of(Role.CASEWORKER), hash).getId();
        OrgUnit guanyinqiao = Scoped.byId(em, OrgUnit.class, byName.get("观音桥街道妇联").getId());
        long shegong2 = user("shegong2", "观音桥街道儿童社工", guanyinqiao, EnumSet.of(Role.CASEWORKER), hash).getId();
        long ertong = user("ertong", "区妇联儿童社工", top, EnumSet.of(Role.CASEWORKER), hash).getId();
        user("dudao", "区妇联个案督导", top, EnumSet.of(Role.CASE_SUPERVISOR), hash);
        String counsellorName = "周敏";
        long zixun = user("zixun", counsellorName + "（圆融社工中心咨询师）", top, EnumSet.of(Role.COUNSELLOR), hash).getId();
        em.flush();
        List<OrgUnit> places = new ArrayList<>();
        OrgUnit nanqiaosi = Scoped.byId(em, OrgUnit.class, byName.get("南桥寺").getId());
        places.add(nanqiaosi);
        // 小云's tutor (爱心家教): a volunteer of 南桥寺, checked and cleared for work with children
        Volunteer tutor = new Volunteer(demoPerson(nanqiaosi, new Random(1908)), false, Beijing.today().minusYears(2));
        tutor.assignTo(nanqiaosi);
        tutor.setChildClearedOn(Beijing.today().minusYears(1).minusMonths(6));
        em.persist(tutor);
        em.flush();
        streets.values().stream().flatMap(List::stream).filter(u -> !u.getName().startsWith("南桥寺"))
                .forEach(u -> places.add(Scoped.byId(em, OrgUnit.class, u.getId())));
        new DemoChildren(em, cipher).load(places, place -> place.getPath().startsWith(shimahe.getPath()) ? shegong
                : place.getPath().startsWith(guanyinqiao.getPath()) ? shegong2 : ertong, zixun, counsellorName, tutor.getId());
        written();
    }

    /**
     * Writes what is pending and lets go of it: the units, people and records held so far are detached, so later
     * code uses their ids (or loads them again) and each service call's flush stays small.
     */
    private void written() {
        em.flush();
        em.clear();
    }

    /**
     * The legal line: its officer (维权工作人员) at the district, who recorded the consultations, and the sessions of the 鱼嘴
     * court (whose desk account is the lawyer's) and of the mediation committee at 观音桥.
     */
    private void legal(long courtId, Map<OrgUnit, List<OrgUnit>> streets, OrgUnit guanyinqiao, String hash) {
        OrgUnit top = unitNamed(DISTRICT);
        long officer = user("weiquan", "区妇联维权工作人员", top, EnumSet.of(Role.LEGAL_OFFICER), hash).getId();
        em.flush();
        Provider court = em.find(Provider.class, courtId);
        Provider mediation = em.createQuery("SELECT p FROM Provider p WHERE p.name = :name", Provider.class)
                .setParameter("name", "江北区婚姻家庭纠纷人民调解委员会").getResultStream().findFirst().orElse(court);
        OrgUnit yuzui = em.find(OrgUnit.class, court.getUnit().getId());
        List<OrgUnit> yuzuiAreas = below(streets, yuzui);
        List<OrgUnit> guanyinqiaoAreas = below(streets, guanyinqiao);
        new DemoLegal(em, this::demoPerson).load(court, yuzui, yuzuiAreas.isEmpty() ? List.of(yuzui) : yuzuiAreas, mediation,
                em.find(OrgUnit.class, guanyinqiao.getId()), guanyinqiaoAreas, officer);
        written();
    }

    /** The communities and villages below a street or town, loaded again. */
    private List<OrgUnit> below(Map<OrgUnit, List<OrgUnit>> streets, OrgUnit street) {
        return streets.entrySet().stream().filter(e -> e.getKey().getId().equals(street.getId())).flatMap(e -> e.getValue().stream())
                .map(u -> em.find(OrgUnit.class, u.getId())).toList();
    }

    /** A unit of the demo by its name, or null. */
    private OrgUnit unitNamed(String name) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.name = :name", OrgUnit.class).setParameter("name", name)
                .getResultStream().findFirst().orElse(null);
    }

    /** From now on the services see this demo user as the signed-in one. */
    private void actAs(String username) {
        currentCaller.actAtStartUpAs(directory.caller(username).orElseThrow());
    }

    /**
     * A community or village federation with its party-mass service station; it joins {@code elected}
     * unless it is one of the demo's gaps in coverage.
     */
    private OrgUnit area(String name, UnitType type, OrgUnit parent, List<OrgUnit> elected) {
        String place = name.substring(0, name.length() - "妇联".length());
        boolean organised = !DemoNetwork.NOT_ORGANISED.contains(name);
        OrgUnit unit = unit(name, type, parent, form -> {
            form.getStations().add(station(StationKind.PARTY_MASS, place + "党群服务站",
                    "重庆市江北区" + parent.getName().replace("妇联", "") + place, "周一至周五 9:00-17:30", null));
            form.setWorkCovered(!organised && DemoNetwork.WORK_DONE_WITHOUT_FEDERATION.contains(name));
        });
        if (organised) {
            elected.add(unit);
        }
        return unit;
    }

    /**
     * The April 2026 election of the street, town, community and village federations, with the source's
     * totals (104 chairs, 144 vice-chairs, 1297 executive members): a street or town elects 3 vice-chairs
     * and 15 executive members, a community or village at least 1 and 12, the rest spread at random from a
     * fixed seed so every demo looks the same; about three in four carry a background tag (over 70% in the
     * source). The district keeps its previous term (2021-2026) as history.
     */
    private void elections(OrgUnit district, List<OrgUnit> elected) {
        Random random = new Random(2026);
        int[][] offices = DemoNetwork.offices(elected.stream()
                .map(unit -> unit.getType() == UnitType.STREET || unit.getType() == UnitType.TOWN).toList(), random);
        int[] vice = offices[0];
        int[] members = offices[1];
        for (int i = 0; i < elected.size(); i++) {
            OrgUnit unit = elected.get(i);
            long term = term(unit, LocalDate.of(2026, 4, 18), LocalDate.of(2026, 4, 20), LocalDate.of(2031, 4, 19));
            terms.addHolder(term, registered(unit, random), Position.CHAIR);
            for (int n = 0; n < vice[i]; n++) {
                terms.addHolder(term, registered(unit, random), Position.VICE_CHAIR);
            }
            for (int n = 0; n < members[i]; n++) {
                terms.addHolder(term, registered(unit, random), Position.EXECUTIVE_MEMBER);
            }
            written();
        }
        long previous = term(district, LocalDate.of(2021, 4, 16), LocalDate.of(2021, 4, 18), LocalDate.of(2026, 4, 17));
        terms.addHolder(previous, registered(district, random), Position.CHAIR);
        terms.addHolder(previous, registered(district, random), Position.VICE_CHAIR);
    }

    /** What the Shimahe street federation sent its executive members: a notice, and a poll still open. */
    private void notices(OrgUnit shimahe) {
        actAs("shimahe");
        NoticeForm notice = new NoticeForm();
        notice.setKind(NoticeKind.NOTICE);
        notice.setAudienceUnitId(shimahe.getId());
        notice.setTitle("关于开展“巾帼桥”服务需求摸底的通知");
        notice.setBody("各社区妇联执委：\n请于本月底前走访联系户，了解家庭互助、创业就业、家庭教育等方面的需求，"
                + "并在联系记录中登记。\n石马河街道妇联");
        notices.send(notice);
        NoticeForm poll = new NoticeForm();
        poll.setKind(NoticeKind.POLL);
        poll.setAudienceUnitId(shimahe.getId());
        poll.setTitle("多肉植物栽培培训时间征求意见");
        poll.setBody("南桥寺社区党群服务站将请微企创业夫妻教授多肉植物栽培，请选择您方便的时间。");
        poll.setClosesOn(Beijing.today().plusWeeks(6));
        poll.setOptions(new ArrayList<>(List.of(new NoticeForm.Option("周六上午"), new NoticeForm.Option("周六下午"),
                new NoticeForm.Option("工作日晚上"))));
        notices.send(poll);
    }

    private long term(OrgUnit unit, LocalDate election, LocalDate starts, LocalDate ends) {
        TermForm form = new TermForm();
        form.setUnitId(unit.getId());
        form.setElectionDate(election);
        form.setStartsOn(starts);
        form.setEndsOn(ends);
        return terms.createTerm(form);
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林谭冉向彭蒋";
    private static final String[] GIVEN = {"秀英", "桂兰", "玉梅", "淑华", "丽", "春燕", "红梅", "晓燕", "丽娟", "静",
        "芳", "敏", "霞", "婷", "雪梅", "小琴", "建英", "德琼", "明珍", "素芬", "文静", "海燕", "永红", "佳", "倩"};

    /** A demo woman of the unit registered through the person registry, as staff would; her id. */
    private long registered(OrgUnit unit, Random random) {
        String name = name(random);
        String birth = birth(random);
        String phone = phone(random);
        return registered(name, birth, phone, null, unit, tags(random));
    }

    private long registered(String name, String birth, String phone, String address, OrgUnit unit, Set<PersonTag> tags) {
        PersonForm form = new PersonForm();
        form.setUnitId(unit.getId());
        form.setName(name);
        form.setIdCard(idCard(name, birth, phone));
        form.setPhone(phone);
        form.setAddress(address);
        form.setTags(tags.isEmpty() ? EnumSet.noneOf(PersonTag.class) : EnumSet.copyOf(tags));
        return people.create(form);
    }

    /** A demo woman of the unit written directly (the year of volunteering and the base's members, in bulk). */
    private Person demoPerson(OrgUnit unit, Random random) {
        String name = name(random);
        String birth = birth(random);
        String phone = phone(random);
        String idCard = idCard(name, birth, phone);
        Person person = new Person(name);
        person.setGender(Gender.FEMALE);
        person.setBirthDate(IdCardNumber.birthDate(idCard).orElseThrow());
        person.setIdCard(cipher.encrypt(idCard), cipher.searchHash(idCard), Masks.idCard(idCard));
        person.setPhone(phone);
        person.setTags(tags(random));
        person.assignTo(unit);
        em.persist(person);
        return person;
    }

    private static String name(Random random) {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static String birth(Random random) {
        return String.format("%d%02d%02d", 1962 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String phone(Random random) {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** About three in four carry a background tag, some two. */
    private static Set<PersonTag> tags(Random random) {
        Set<PersonTag> tags = EnumSet.noneOf(PersonTag.class);
        if (random.nextInt(100) < 74) {
            tags.add(PersonTag.values()[random.nextInt(PersonTag.values().length)]);
            if (random.nextInt(4) == 0) {
                tags.add(PersonTag.values()[random.nextInt(PersonTag.values().length)]);
            }
        }
        return tags;
    }

    /** A made-up, valid ID-card number of a woman of Jiangbei (area code 500105), each used once. */
    private String idCard(String name, String birth, String phone) {
        String idCard;
        int sequence = Math.floorMod((name + phone).hashCode(), 500);
        do {
            // the 17th digit is even for a woman; a taken number moves on to the next sequence
            String first17 = "500105" + birth + String.format("%03d", sequence++ % 500 * 2);
            idCard = first17 + IdCardNumber.checkCharacter(first17);
        } while (!idCardsUsed.add(idCard));
        return idCard;
    }

    /** A unit below {@code parent}, entered through the unit tree's service with what {@code details} fills in. */
    private OrgUnit unit(String name, UnitType type, OrgUnit parent, Consumer<UnitForm> details) {
        UnitForm form = new UnitForm();
        form.setParentId(parent.getId());
        form.setName(name);
        form.setType(type);
        details.accept(form);
        return Scoped.byId(em, OrgUnit.class, unitChanges.create(form));
    }

    private static StationForm station(StationKind kind, String name, String address, String hours, String link) {
        StationForm station = new StationForm();
        station.setKind(kind);
        station.setName(name);
        station.setAddress(address);
        station.setOpeningHours(hours);
        station.setLink(link);
        return station;
    }

    private UserAccount user(String username, String displayName, Unit unit, Set<Role> roles, String hash) {
        UserAccount user = new UserAccount(username, displayName, hash, roles);
        user.assignTo(unit);
        em.persist(user);
        return user;
    }
}
