// Longer than 300 lines on purpose: the demo Bridge is one story told in order (the menu, the providers drawn from the teams, organisations, volunteers and neighbours, then a year of orders in every street), each step using the last.
package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jinguo.bridge.model.BridgeOrder;
import org.jinguo.bridge.model.NeedChannel;
import org.jinguo.bridge.model.OrderEvent;
import org.jinguo.bridge.model.OrderMove;
import org.jinguo.bridge.model.PaidBy;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.bridge.model.Urgency;
import org.jinguo.bridge.model.WorkingDays;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.incubation.model.Stage;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.Team;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * The demo's Jinguo Bridge: the service menu of the six lines, providers drawn from the volunteer teams, the incubated
 * organisations, some volunteers (the demo volunteer among them), paid neighbours in 南桥寺 and elsewhere, the 鱼嘴
 * court and the counselling agency the district contracts; then a year of needs and orders in every street and town,
 * most completed and rated, some rejected or cancelled, the latest still under way and a few overdue. Written directly
 * (the timeline's instants are in the past), seeded, so every demo is the same apart from the dates.
 */
final class DemoBridge {

    /** The menu: line, Chinese name, English name, minutes, price per unit (null: free), unit, kinds. */
    private static final Object[][] MENU = {
        {ServiceLine.FAMILY_AID, "家政服务", "Housekeeping", 120, "40.00", "小时", EnumSet.of(ProviderKind.NEIGHBOUR, ProviderKind.ORGANISATION)},
        {ServiceLine.FAMILY_AID, "老人陪护", "Company for the elderly", 180, "35.00", "小时", EnumSet.of(ProviderKind.NEIGHBOUR)},
        {ServiceLine.FAMILY_AID, "临时照看儿童", "Child minding", 120, "30.00", "小时", EnumSet.of(ProviderKind.NEIGHBOUR, ProviderKind.VOLUNTEER)},
        {ServiceLine.ENTREPRENEURSHIP, "就业咨询", "Job advice", 60, null, null,
            EnumSet.of(ProviderKind.ORGANISATION, ProviderKind.VOLUNTEER, ProviderKind.CONTRACTOR)},
        {ServiceLine.ENTREPRENEURSHIP, "创业指导", "Start-up coaching", 90, null, null, EnumSet.of(ProviderKind.ORGANISATION, ProviderKind.TEAM)},
        {ServiceLine.EDUCATION, "家庭教育讲座", "Family-education lecture", 90, null, null,
            EnumSet.of(ProviderKind.ORGANISATION, ProviderKind.CONTRACTOR, ProviderKind.TEAM)},
        {ServiceLine.EDUCATION, "亲子沟通辅导", "Parent–child coaching", 60, null, null, EnumSet.of(ProviderKind.ORGANISATION, ProviderKind.VOLUNTEER)},
        {ServiceLine.POVERTY_RELIEF, "困难妇女慰问", "Visit to a woman in hardship", 60, null, null, EnumSet.of(ProviderKind.VOLUNTEER, ProviderKind.TEAM)},
        {ServiceLine.POVERTY_RELIEF, "助学帮扶对接", "School-aid matching", 60, null, null, EnumSet.of(ProviderKind.ORGANISATION, ProviderKind.TEAM)},
        {ServiceLine.VOLUNTEERING, "上门探访", "Home visit", 60, null, null, EnumSet.of(ProviderKind.VOLUNTEER, ProviderKind.TEAM)},
        {ServiceLine.VOLUNTEERING, "社区志愿服务", "Community volunteering", 120, null, null, EnumSet.of(ProviderKind.TEAM)},
        {ServiceLine.LEGAL_RIGHTS, "法律咨询", "Legal advice", 60, null, null,
            EnumSet.of(ProviderKind.INSTITUTION, ProviderKind.VOLUNTEER, ProviderKind.TEAM)},
        {ServiceLine.LEGAL_RIGHTS, "婚姻家庭纠纷调解", "Family mediation", 90, null, null, EnumSet.of(ProviderKind.INSTITUTION, ProviderKind.ORGANISATION)},
        {ServiceLine.LEGAL_RIGHTS, "心理疏导", "Counselling", 60, null, null, EnumSet.of(ProviderKind.CONTRACTOR, ProviderKind.ORGANISATION)},
    };

    private static final Map<String, String[]> NEEDS = new LinkedHashMap<>();

    static {
        NEEDS.put("家政服务", new String[]{"家中老人行动不便，每周需要两次打扫和做饭。", "产后在家，需要有人帮忙做家务。"});
        NEEDS.put("老人陪护", new String[]{"婆婆住院，白天需要有人陪护。", "母亲独居，希望每周有人上门陪伴聊天。"});
        NEEDS.put("临时照看儿童", new String[]{"周末加班，孩子 6 岁，需要有人照看半天。", "放学后 4 点到 6 点需要有人照看孩子。"});
        NEEDS.put("就业咨询", new String[]{"失业半年，想找一份离家近的工作。", "孩子上学了，想重新就业，不知道从哪里开始。"});
        NEEDS.put("创业指导", new String[]{"想在家附近开一家小吃店，需要创业指导。", "做手工编织，想在网上销售，需要帮助。"});
        NEEDS.put("家庭教育讲座", new String[]{"社区家长反映孩子沉迷手机，希望开一次家庭教育讲座。", "新学期开始，社区想为家长办一场亲子沟通讲座。"});
        NEEDS.put("亲子沟通辅导", new String[]{"孩子上初中后不愿和父母说话，希望得到指导。"});
        NEEDS.put("困难妇女慰问", new String[]{"单亲母亲，患病在家，生活困难。", "丈夫去世，独自抚养两个孩子，希望得到帮助。"});
        NEEDS.put("助学帮扶对接", new String[]{"女儿考上高中，学费有困难。"});
        NEEDS.put("上门探访", new String[]{"独居老人，子女在外地，希望有人定期探访。"});
        NEEDS.put("社区志愿服务", new String[]{"小区楼道堆放杂物，希望组织一次清理。"});
        NEEDS.put("法律咨询", new String[]{"离婚后前夫不付抚养费，想咨询怎么办。", "遭受家庭暴力，想了解如何申请人身安全保护令。",
            "房屋继承有纠纷，需要法律咨询。"});
        NEEDS.put("婚姻家庭纠纷调解", new String[]{"和婆家因赡养问题矛盾较大，希望调解。"});
        NEEDS.put("心理疏导", new String[]{"丈夫出轨后情绪低落，晚上睡不着，想找人聊聊。"});
    }

    private static final String[] OTHER = {"想学习智能手机的使用", "希望社区开办舞蹈班", "家里漏水需要找人维修"};
    private static final String[] NEIGHBOUR_COMMUNITIES = {"南桥寺", "瓦厂嘴", "石马河", "鱼嘴社区"};

    private final EntityManager em;
    private final DemoVolunteers.People people;
    private final Random random = new Random(12338);
    private final LocalDate today = Beijing.today();
    private final List<ServiceItem> menu = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();

    DemoBridge(EntityManager em, DemoVolunteers.People people) {
        this.em = em;
        this.people = people;
    }

    /**
     * The menu, the providers and a year of orders; {@code streets} maps each street or town to its communities. Returns
     * the 鱼嘴 court, whose desk the demo signs in to.
     */
    Provider load(long districtId, Map<Long, List<Long>> streets, Map<String, Long> byName, long demoVolunteerId) {
        menu();
        OrgUnit district = unit(districtId);
        teamsAndOrganisations();
        volunteers(demoVolunteerId);
        for (String community : NEIGHBOUR_COMMUNITIES) {
            Long id = byName.get(community);
            if (id != null) {
                neighbours(unit(id), 2);
            }
        }
        OrgUnit court = em.createQuery("SELECT u FROM OrgUnit u WHERE u.name = :name", OrgUnit.class)
                .setParameter("name", "鱼嘴镇妇联").getResultStream().findFirst().orElse(district);
        Provider tribunal = provider(ProviderKind.INSTITUTION, "鱼嘴人民法庭", court, 6, items("法律咨询", "婚姻家庭纠纷调解"),
                List.of(court));
        tribunal.setIntroduction("江北区人民法院鱼嘴人民法庭，每月两次到镇党群服务站开展巡回法律服务。");
        tribunal.setStatus(ProviderStatus.ACTIVE);
        provider(ProviderKind.INSTITUTION, "江北区婚姻家庭纠纷人民调解委员会", district, 8, items("婚姻家庭纠纷调解"), List.of());
        contractor(district);
        em.flush();
        for (Map.Entry<Long, List<Long>> street : streets.entrySet()) {
            orders(unit(street.getKey()), street.getValue().stream().map(this::unit).toList());
        }
        em.flush();
        return tribunal;
    }

    private void menu() {
        int order = 10;
        for (Object[] row : MENU) {
            ServiceItem item = new ServiceItem((ServiceLine) row[0], (String) row[1], order);
            order += 10;
            item.setNameEn((String) row[2]);
            item.setDurationMinutes((Integer) row[3]);
            item.setPrice(row[4] == null ? null : new BigDecimal((String) row[4]), (String) row[5], PaidBy.REQUESTER);
            @SuppressWarnings("unchecked")
            Set<ProviderKind> kinds = (Set<ProviderKind>) row[6];
            item.setKinds(kinds);
            item.setDescription(row[4] == null ? "免费服务，由妇联组织提供。" : "邻里间有偿互助，费用由服务对象按时长支付给服务者。");
            em.persist(item);
            menu.add(item);
        }
    }

    private void teamsAndOrganisations() {
        for (Team team : em.createQuery("SELECT t FROM Team t JOIN FETCH t.unit ORDER BY t.id", Team.class).getResultList()) {
            List<ServiceItem> offered = menu.stream().filter(i -> i.getKinds().contains(ProviderKind.TEAM)).toList();
            if (!offered.isEmpty()) {
                Provider p = provider(ProviderKind.TEAM, team.getName(), (OrgUnit) team.getUnit(), 5, offered, List.of());
                p.setTeam(team);
            }
        }
        for (SocialOrg org : em.createQuery("SELECT o FROM SocialOrg o JOIN FETCH o.unit WHERE o.stage IN :stages ORDER BY o.id",
                SocialOrg.class).setParameter("stages", EnumSet.of(Stage.INCUBATING, Stage.GRADUATED, Stage.FOLLOW_UP)).getResultList()) {
            List<ServiceItem> offered = menu.stream().filter(i -> i.getKinds().contains(ProviderKind.ORGANISATION)
                    && random.nextInt(3) > 0).toList();
            if (!offered.isEmpty()) {
                Provider p = provider(ProviderKind.ORGANISATION, org.getName(), (OrgUnit) org.getUnit(), 4, offered, List.of());
                p.setOrg(org);
            }
        }
    }

    private void volunteers(long demoVolunteerId) {
        List<Volunteer> chosen = new ArrayList<>(em.createQuery("SELECT v FROM Volunteer v JOIN FETCH v.person JOIN FETCH v.unit "
                        + "WHERE v.status = :active AND v.id <> :demo ORDER BY v.id", Volunteer.class)
                .setParameter("active", VolunteerStatus.ACTIVE).setParameter("demo", demoVolunteerId)
                .setMaxResults(12).getResultList());
        chosen.add(0, em.createQuery("SELECT v FROM Volunteer v JOIN FETCH v.person JOIN FETCH v.unit WHERE v.id = :id",
                Volunteer.class).setParameter("id", demoVolunteerId).getSingleResult());
        for (Volunteer v : chosen) {
            List<ServiceItem> offered = menu.stream().filter(i -> i.getKinds().contains(ProviderKind.VOLUNTEER)
                    && (i.getLine() != ServiceLine.FAMILY_AID) && random.nextInt(2) == 0).toList();
            if (v.getId() == demoVolunteerId || offered.isEmpty()) {
                offered = items("上门探访", "困难妇女慰问");
            }
            Provider p = provider(ProviderKind.VOLUNTEER, v.getPerson().getName(), (OrgUnit) v.getUnit(), 3, offered,
                    List.of((OrgUnit) v.getUnit()));
            p.setVolunteer(v);
            p.setPerson(v.getPerson());
        }
    }

    private void neighbours(OrgUnit community, int count) {
        for (int i = 0; i < count; i++) {
            Person person = people.make(community, random);
            Provider p = provider(ProviderKind.NEIGHBOUR, person.getName(), community, 2,
                    items(i == 0 ? new String[]{"家政服务", "老人陪护"} : new String[]{"老人陪护", "临时照看儿童"}), List.of(community));
            p.setPerson(person);
            p.setIntroduction("热心邻居，做家务和照顾老人有多年经验，时间灵活。");
        }
    }

    private void contractor(OrgUnit district) {
        List<SocialOrg> contracted = em.createQuery("SELECT c.provider FROM ServiceContract c ORDER BY c.id", SocialOrg.class)
                .setMaxResults(1).getResultList();
        Provider p = provider(ProviderKind.CONTRACTOR, contracted.isEmpty() ? "江北区心理咨询服务中心" : contracted.get(0).getName(),
                district, 10, items("心理疏导", "就业咨询", "家庭教育讲座"), List.of());
        if (!contracted.isEmpty()) {
            p.setOrg(contracted.get(0));
        }
    }

    private Provider provider(ProviderKind kind, String name, OrgUnit unit, int capacity, List<ServiceItem> items,
                              List<OrgUnit> areas) {
        Provider p = new Provider(kind, name, capacity);
        p.assignTo(unit);
        p.setItems(items);
        p.setAreas(areas);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 3 + random.nextInt(6); i++) {
            slots.add(new Slot(DayOfWeek.of(1 + random.nextInt(7)), DayPart.values()[random.nextInt(3)]));
        }
        p.setSlots(slots);
        p.setStatus(random.nextInt(20) == 0 ? ProviderStatus.PAUSED : ProviderStatus.ACTIVE);
        em.persist(p);
        providers.add(p);
        return p;
    }

    /** A year of needs of the street's communities, 20–30 of them, each taken as far as its age allows. */
    private void orders(OrgUnit street, List<OrgUnit> communities) {
        if (communities.isEmpty()) {
            return;
        }
        int count = 20 + random.nextInt(11);
        OrgUnit anyCommunity = communities.get(0);
        // what someone here or at the district offers; now and then a need nobody near can meet
        List<ServiceItem> offered = menu.stream()
                .filter(i -> pick(i, street, anyCommunity) != null || pick(i, null, anyCommunity) != null).toList();
        for (int n = 0; n < count; n++) {
            OrgUnit community = communities.get(random.nextInt(communities.size()));
            ServiceItem item = random.nextInt(10) == 0 || offered.isEmpty() ? menu.get(random.nextInt(menu.size()))
                    : offered.get(random.nextInt(offered.size()));
            if (street.getName().startsWith("鱼嘴") && random.nextInt(3) == 0) {
                item = items("法律咨询").get(0);
            }
            boolean other = random.nextInt(12) == 0;
            int daysAgo = n < 4 ? random.nextInt(6) : random.nextInt(365);
            order(street, community, item, other, daysAgo);
        }
    }

    private void order(OrgUnit street, OrgUnit community, ServiceItem item, boolean other, int daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        Instant at = day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(Beijing.ZONE).toInstant();
        if (at.isAfter(Instant.now())) {
            at = Instant.now().minusSeconds(60L * (5 + random.nextInt(120))); // today's need came in before now
        }
        Person requester = people.make(community, random);
        NeedChannel channel = NeedChannel.values()[random.nextInt(NeedChannel.values().length)];
        String[] texts = NEEDS.get(item.getNameZh());
        String description = other ? OTHER[random.nextInt(OTHER.length)] : texts[random.nextInt(texts.length)];
        BridgeOrder o = new BridgeOrder(item.getLine(), requester, description,
                channel == NeedChannel.RESIDENT_CONTACT ? NeedChannel.PHONE : channel, random.nextInt(5) > 0, null, at,
                WorkingDays.after(day, 2), WorkingDays.after(day, 3));
        o.setItem(other ? null : item, other ? description : null);
        o.setCommunity(community);
        o.setUrgency(random.nextInt(8) == 0 ? Urgency.URGENT : Urgency.NORMAL);
        o.assignTo(street);
        em.persist(o);
        o.numberIn(day.getYear());
        em.persist(OrderEvent.submitted(o, "demo"));
        Provider provider = other ? null : pick(item, street, community);
        int roll = random.nextInt(100);
        // each step happens a day or so after the last, and only when that day is already past
        if (daysAgo < 2 || daysAgo < 8 && roll < 15) {
            return; // still waiting to be accepted (overdue once past its accept date)
        }
        if (roll < 6 || other) {
            move(o, OrderMove.REJECT, at, 1, other ? "不属于巾帼桥服务范围，已告知求助人可咨询社区居委会。" : "需求不明确，电话联系不上求助人。");
            return;
        }
        if (provider == null) {
            Provider above = pick(item, null, community);
            if (above == null || daysAgo < 3) {
                move(o, OrderMove.REJECT, at, 1, "暂无合适的服务方，已电话告知求助人。");
                return;
            }
            OrgUnit parent = street.getParent();
            em.persist(o.move(OrderMove.TRANSFER, "本街道暂无提供“" + item.getNameZh() + "”的服务方，转区妇联统筹。", "demo",
                    at.plusSeconds(3_600)).to(null, parent));
            o.assignTo(parent);
            provider = above;
        }
        move(o, OrderMove.ACCEPT, at, 1, null);
        if (daysAgo < 7 && roll < 40) {
            return; // accepted, waiting to be dispatched
        }
        if (roll > 95 && daysAgo > 2) {
            move(o, OrderMove.CANCEL, at, 2, "求助人已自行解决，申请取消。");
            return;
        }
        o.setProvider(provider);
        em.persist(o.move(OrderMove.DISPATCH, null, "demo", at.plusSeconds(86_400 + 3_600)).to(provider, null));
        if (daysAgo < 3 || daysAgo < 5 && roll < 60) {
            return; // dispatched, the provider has not answered yet
        }
        move(o, OrderMove.TAKE, at, 2, null);
        if (daysAgo < 4 || daysAgo < 6 && roll < 80) {
            return; // taken
        }
        int minutes = item.getDurationMinutes() == null ? 60 : item.getDurationMinutes();
        o.reportDone(day.plusDays(3), minutes, "已按约定完成服务，求助人表示满意。", List.of());
        move(o, OrderMove.REPORT_DONE, at, 3, null);
        if (daysAgo < 12) {
            return; // waiting for her rating
        }
        if (random.nextInt(10) == 0) {
            move(o, OrderMove.CLOSE_UNRATED, at, 11, null);
            return;
        }
        int stars = random.nextInt(10) < 7 ? 5 : 4 - random.nextInt(2);
        em.persist(o.move(OrderMove.RATE, null, "demo", at.plusSeconds(4L * 86_400)));
        o.rate(stars, stars == 5 ? "服务很周到，谢谢妇联！" : "服务不错，时间上可以再准时一些。");
        provider.rated(stars);
    }

    private void move(BridgeOrder o, OrderMove move, Instant submitted, int days, String reason) {
        em.persist(o.move(move, reason, "demo", submitted.plusSeconds(days * 86_400L)));
    }

    /**
     * A provider offering the item among those the street's staff see (registered in the street or below), or, with
     * no street, among the district's own (registered at the district itself); null when there is none.
     */
    private Provider pick(ServiceItem item, OrgUnit street, OrgUnit community) {
        List<Provider> from = providers.stream().filter(p -> p.getStatus() == ProviderStatus.ACTIVE && p.getItems().contains(item)
                && (street == null ? p.getUnit().getId().equals(community.getParent().getParent().getId())
                : p.getUnitPath().startsWith(street.getPath()))).toList();
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    private List<ServiceItem> items(String... names) {
        return menu.stream().filter(i -> List.of(names).contains(i.getNameZh())).toList();
    }

    private OrgUnit unit(long id) {
        return em.find(OrgUnit.class, id);
    }
}
