// Longer than 300 lines on purpose: the demo district is one story told in order (units, people, the April election, accounts, notices), each step using the last.
package org.jinguo.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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
import java.util.logging.Logger;
import org.jinguo.bootstrap.EmptyDatabase;
import org.jinguo.bootstrap.FirstData;
import org.jinguo.notice.model.Notice;
import org.jinguo.notice.model.NoticeKind;
import org.jinguo.notice.model.NoticeRecipient;
import org.jinguo.organisation.model.OfficeHolder;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.model.Term;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.Person;
import org.jinguo.person.model.PersonTag;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.scope.Unit;
import org.jinguo.platform.security.Passwords;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.ServiceStation;
import org.jinguo.unit.model.StationKind;
import org.jinguo.unit.model.UnitProfile;
import org.jinguo.unit.model.UnitType;
import org.jinguo.volunteer.model.Volunteer;

/**
 * The demo district with its demo accounts, loaded into an empty database at the first start when the
 * setting {@code jinguo.demo-data} is on: it observes the start-up's {@link EmptyDatabase} and writes in
 * that transaction, which sees every unit. Without it, the start-up creates the district unit and a
 * bootstrap administrator instead ({@link org.jinguo.bootstrap.FirstData}).
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

    void load(@Observes EmptyDatabase emptyDatabase) {
        if (settings.demoData()) {
            loadDemo();
        }
    }

    private void loadDemo() {
        idCardsUsed.clear();
        OrgUnit district = unit(DISTRICT, UnitType.DISTRICT, null);
        district.replaceStations(List.of(new ServiceStation(StationKind.ONLINE_HOME, "江北区网上妇女之家",
                null, "全天", "https://www.example.cn/jbfl")));
        List<OrgUnit> elected = new ArrayList<>();
        Map<String, OrgUnit> byName = new HashMap<>();
        Map<OrgUnit, List<OrgUnit>> streets = new LinkedHashMap<>();
        DemoNetwork.STREETS.forEach((street, communities) -> {
            OrgUnit unit = unit(street + "街道妇联", UnitType.STREET, district);
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
            OrgUnit unit = unit(town + "镇妇联", UnitType.TOWN, district);
            elected.add(unit);
            List<OrgUnit> below = streets.computeIfAbsent(unit, k -> new ArrayList<>());
            for (String area : areas) {
                boolean village = area.endsWith("村");
                OrgUnit place = area(area + "妇联", village ? UnitType.VILLAGE : UnitType.COMMUNITY, unit, elected);
                byName.put(area, place);
                below.add(place);
            }
        });
        OrgUnit health = unit("卫生计生行业妇联", UnitType.INDUSTRY, district);
        UnitProfile healthProfile = new UnitProfile();
        healthProfile.setMemberBodyCount(21);
        healthProfile.setCovers("部队医院 1 家、市级医院 4 家、大型民营医院 16 家，以及公共卫生机构和社区医院（在卫计委妇委会基础上改建）");
        health.setProfile(healthProfile);
        for (String regional : REGIONALS) {
            OrgUnit unit = unit(regional, UnitType.REGIONAL, district);
            if (regional.startsWith("观音桥商圈")) {
                UnitProfile profile = new UnitProfile();
                profile.setEnterpriseCount(6000);
                profile.setWomenEmployeeCount(20_000);
                profile.setCovers("商圈内企业和个体工商户 6000 余家，女职工约 2 万人");
                unit.setProfile(profile);
            }
        }
        OrgUnit guanyinqiao = byName.get("观音桥街道妇联");
        OrgUnit shimahe = byName.get("石马河街道妇联");
        OrgUnit nanqiaosi = byName.get("南桥寺");
        OrgUnit wachangzui = byName.get("瓦厂嘴");

        String hash = passwords.hash(DEMO_PASSWORD);
        user("district", "区妇联管理员", district, EnumSet.of(Role.DISTRICT_ADMIN), hash);
        user("guanyinqiao", "观音桥街道妇联管理员", guanyinqiao, EnumSet.of(Role.UNIT_ADMIN), hash);
        user("shimahe", "石马河街道妇联工作人员", shimahe, EnumSet.of(Role.STAFF), hash);
        user("nanqiaosi", "南桥寺社区妇联工作人员", nanqiaosi, EnumSet.of(Role.STAFF), hash);
        user("viewer", "区妇联只读用户", district, EnumSet.of(Role.READ_ONLY), hash);
        user("auditor", "区妇联审计员", district, EnumSet.of(Role.AUDITOR), hash);
        person("李秀英", "19780314", "13983001234", "重庆市江北区观音桥街道建新北路 8 号", guanyinqiao);
        person("王桂兰", "19650921", "13508312345", "重庆市江北区观音桥街道洋河路 12 号", guanyinqiao);
        person("张玉梅", "19830602", "18996543210", "重庆市江北区石马河街道南桥寺社区 3 栋", nanqiaosi);
        person("刘淑华", "19900117", "13752987654", "重庆市江北区石马河街道石马河路 66 号", shimahe);
        person("陈丽", "19871225", "15023456789", "重庆市江北区大石坝街道瓦厂嘴社区 5 号", wachangzui);
        person("杨春燕", "19720808", "13896012345", "重庆市江北区郭家沱街道", district);
        elections(district, elected);
        OfficeHolder seat = em.createQuery("SELECT h FROM OfficeHolder h WHERE h.unit = :unit AND h.position = :position "
                        + "ORDER BY h.id", OfficeHolder.class)
                .setParameter("unit", nanqiaosi).setParameter("position", Position.EXECUTIVE_MEMBER)
                .setMaxResults(1).getSingleResult();
        UserAccount member = user("zhiwei", seat.getPerson().getName() + "（南桥寺社区执委）", nanqiaosi,
                EnumSet.of(Role.EXECUTIVE_MEMBER), hash);
        member.linkTo(seat.getPerson().getId());
        notices(shimahe);
        Volunteer demoVolunteer = new DemoVolunteers(em, this::demoPerson, Beijing.today()).load(streets);
        UserAccount volunteer = user("volunteer", demoVolunteer.getPerson().getName() + "（郭家沱志愿者）",
                demoVolunteer.getUnit(), EnumSet.of(Role.VOLUNTEER), hash);
        volunteer.linkTo(demoVolunteer.getPerson().getId());
        List<OrgUnit> communities = streets.values().stream().flatMap(List::stream).toList();
        new DemoIncubation(em, this::demoPerson, Beijing.today()).load(district, byName.get(DemoIncubation.BASE_UNIT),
                communities);
        LOG.info("Demo data loaded: the Jiangbei district and its demo accounts (password " + DEMO_PASSWORD + ")");
    }

    /**
     * A community or village federation with its party-mass service station; it joins {@code elected}
     * unless it is one of the demo's gaps in coverage.
     */
    private OrgUnit area(String name, UnitType type, OrgUnit parent, List<OrgUnit> elected) {
        OrgUnit unit = unit(name, type, parent);
        String place = name.substring(0, name.length() - "妇联".length());
        unit.replaceStations(List.of(new ServiceStation(StationKind.PARTY_MASS, place + "党群服务站",
                "重庆市江北区" + parent.getName().replace("妇联", "") + place, "周一至周五 9:00-17:30", null)));
        if (DemoNetwork.NOT_ORGANISED.contains(name)) {
            unit.setWorkCovered(DemoNetwork.WORK_DONE_WITHOUT_FEDERATION.contains(name));
        } else {
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
            Term term = term(unit, LocalDate.of(2026, 4, 18), LocalDate.of(2026, 4, 20), LocalDate.of(2031, 4, 19));
            holder(term, demoPerson(unit, random), Position.CHAIR);
            for (int n = 0; n < vice[i]; n++) {
                holder(term, demoPerson(unit, random), Position.VICE_CHAIR);
            }
            for (int n = 0; n < members[i]; n++) {
                holder(term, demoPerson(unit, random), Position.EXECUTIVE_MEMBER);
            }
        }
        Term previous = term(district, LocalDate.of(2021, 4, 16), LocalDate.of(2021, 4, 18), LocalDate.of(2026, 4, 17));
        holder(previous, demoPerson(district, random), Position.CHAIR);
        holder(previous, demoPerson(district, random), Position.VICE_CHAIR);
    }

    /** What the Shimahe street federation sent its executive members: a notice, and a poll still open. */
    private void notices(OrgUnit shimahe) {
        List<OfficeHolder> holders = em.createQuery("SELECT h FROM OfficeHolder h WHERE h.unitPath LIKE :path "
                        + "ORDER BY h.position, h.id", OfficeHolder.class)
                .setParameter("path", shimahe.getPath() + "%").getResultList();
        notice(shimahe, holders, new Notice(NoticeKind.NOTICE, "关于开展“巾帼桥”服务需求摸底的通知",
                "各社区妇联执委：\n请于本月底前走访联系户，了解家庭互助、创业就业、家庭教育等方面的需求，"
                        + "并在联系记录中登记。\n石马河街道妇联", shimahe, null, List.of(), "shimahe",
                Instant.parse("2026-11-02T01:30:00Z")));
        notice(shimahe, holders, new Notice(NoticeKind.POLL, "多肉植物栽培培训时间征求意见",
                "南桥寺社区党群服务站将请微企创业夫妻教授多肉植物栽培，请选择您方便的时间。", shimahe,
                LocalDate.of(2027, 1, 15), List.of("周六上午", "周六下午", "工作日晚上"), "shimahe",
                Instant.parse("2026-11-20T02:00:00Z")));
    }

    private void notice(OrgUnit sender, List<OfficeHolder> holders, Notice notice) {
        notice.assignTo(sender);
        Set<Long> people = new HashSet<>();
        holders.removeIf(h -> !people.add(h.getPerson().getId()));
        notice.setRecipientCount(holders.size());
        em.persist(notice);
        for (OfficeHolder holder : holders) {
            NoticeRecipient recipient = new NoticeRecipient(notice, holder.getPerson(), holder.getPosition());
            recipient.assignTo(holder.getUnit());
            em.persist(recipient);
        }
    }

    private Term term(OrgUnit unit, LocalDate election, LocalDate starts, LocalDate ends) {
        Term term = new Term(election, starts, ends);
        term.assignTo(unit);
        em.persist(term);
        return term;
    }

    private void holder(Term term, Person person, Position position) {
        OfficeHolder holder = new OfficeHolder(term, person, position);
        holder.assignTo(term.getUnit());
        em.persist(holder);
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林谭冉向彭蒋";
    private static final String[] GIVEN = {"秀英", "桂兰", "玉梅", "淑华", "丽", "春燕", "红梅", "晓燕", "丽娟", "静",
        "芳", "敏", "霞", "婷", "雪梅", "小琴", "建英", "德琼", "明珍", "素芬", "文静", "海燕", "永红", "佳", "倩"};

    private Person demoPerson(OrgUnit unit, Random random) {
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
        String birth = String.format("%d%02d%02d", 1962 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Person person = person(name, birth, "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)),
                null, unit);
        if (random.nextInt(100) < 74) {
            Set<PersonTag> tags = EnumSet.noneOf(PersonTag.class);
            tags.add(PersonTag.values()[random.nextInt(PersonTag.values().length)]);
            if (random.nextInt(4) == 0) {
                tags.add(PersonTag.values()[random.nextInt(PersonTag.values().length)]);
            }
            person.setTags(tags);
        }
        return person;
    }

    /** A demo woman of Jiangbei (area code 500105) with a valid, made-up ID-card number. */
    private Person person(String name, String birth, String phone, String address, OrgUnit unit) {
        String idCard;
        int sequence = Math.floorMod((name + phone).hashCode(), 500);
        do {
            // the 17th digit is even for a woman; a taken number moves on to the next sequence
            String first17 = "500105" + birth + String.format("%03d", sequence++ % 500 * 2);
            idCard = first17 + IdCardNumber.checkCharacter(first17);
        } while (!idCardsUsed.add(idCard));
        Person person = new Person(name);
        person.setGender(Gender.FEMALE);
        person.setBirthDate(IdCardNumber.birthDate(idCard).orElseThrow());
        person.setIdCard(cipher.encrypt(idCard), cipher.searchHash(idCard), Masks.idCard(idCard));
        person.setPhone(phone);
        person.setAddress(address);
        person.assignTo(unit);
        em.persist(person);
        return person;
    }

    private OrgUnit unit(String name, UnitType type, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(name, type);
        em.persist(unit);
        unit.placeUnder(parent);
        return unit;
    }

    private UserAccount user(String username, String displayName, Unit unit, Set<Role> roles, String hash) {
        UserAccount user = new UserAccount(username, displayName, hash, roles);
        user.assignTo(unit);
        em.persist(user);
        return user;
    }
}
