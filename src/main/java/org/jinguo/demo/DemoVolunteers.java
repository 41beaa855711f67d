package org.jinguo.demo;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.HoursSource;
import org.jinguo.volunteer.model.ServiceHours;
import org.jinguo.volunteer.model.Signup;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.Team;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * The demo's volunteers: Guojiatuo street's 12 teams and 2670 volunteers (the source's figures), a team of
 * about 30 in every other street and town, and a year of their activities with sign-ups, check-ins and
 * approved hours up to today, plus the coming month's activities open for sign-up. Seeded, so every demo
 * is the same apart from the dates, which follow the day the demo is loaded.
 */
final class DemoVolunteers {

    static final String GUOJIATUO = "郭家沱街道妇联";
    static final int GUOJIATUO_VOLUNTEERS = 2670;
    static final List<String> GUOJIATUO_TEAMS = List.of("郭家沱街道巾帼志愿服务总队", "郭家沱社区康乃馨志愿服务队",
            "望江社区巾帼文艺宣传队", "望江社区邻里守望队", "长航社区巾帼护绿队", "长航社区家风家教宣讲队",
            "大兴社区巾帼法律援助队", "大兴社区爱心厨房志愿队", "雨花社区巾帼健康服务队", "雨花社区“四点半课堂”志愿队",
            "郭家沱巾帼创业帮扶队", "郭家沱反家暴宣传小分队");
    private static final String[] PLACES = {"党群服务站", "社区活动室", "妇女之家", "社区广场", "社区养老服务站"};
    private static final String[] TITLES = {"走访慰问独居老人", "家庭教育讲座", "反家暴法宣传", "社区环境整治",
        "“四点半课堂”作业辅导", "爱心义剪", "健康义诊", "邻里互助茶话会", "垃圾分类宣传", "巾帼创业沙龙"};

    /** Makes a demo person of a unit (DemoData's, with a valid made-up ID-card number). */
    @FunctionalInterface
    interface People {
        Person make(OrgUnit unit, Random random);
    }

    private final EntityManager em;
    private final People people;
    private final Random random = new Random(2670);
    private final LocalDate today;
    private final byte[] token = new byte[16];

    DemoVolunteers(EntityManager em, People people, LocalDate today) {
        this.em = em;
        this.people = people;
        this.today = today;
    }

    /** Volunteers, teams, activities and hours for {@code streets} (street or town → its communities). */
    Volunteer load(Map<OrgUnit, List<OrgUnit>> streets) {
        Volunteer portalDemo = null;
        for (Map.Entry<OrgUnit, List<OrgUnit>> street : streets.entrySet()) {
            boolean guojiatuo = street.getKey().getName().equals(GUOJIATUO);
            List<OrgUnit> places = new ArrayList<>(street.getValue());
            places.add(street.getKey());
            int count = guojiatuo ? GUOJIATUO_VOLUNTEERS : 25 + random.nextInt(15);
            List<Volunteer> volunteers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                volunteers.add(volunteer(places.get(random.nextInt(places.size())), i));
            }
            List<String> names = guojiatuo ? GUOJIATUO_TEAMS
                    : List.of(street.getKey().getName().replace("妇联", "") + "巾帼志愿服务队");
            for (int t = 0; t < names.size(); t++) {
                OrgUnit owner = t == 0 || places.size() == 1 ? street.getKey() : places.get(t % (places.size() - 1));
                Team team = team(names.get(t), owner, volunteers);
                activities(team, guojiatuo ? 2 : 4);
            }
            if (guojiatuo) {
                portalDemo = volunteers.stream().filter(v -> v.getStatus() == VolunteerStatus.ACTIVE).findFirst().orElseThrow();
            }
        }
        return portalDemo;
    }

    private Volunteer volunteer(OrgUnit unit, int index) {
        Person person = people.make(unit, random);
        boolean self = random.nextInt(3) == 0;
        Volunteer v = new Volunteer(person, self, today.minusDays(30 + random.nextInt(1500)));
        v.assignTo(unit);
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        for (int i = 0; i <= random.nextInt(3); i++) {
            skills.add(Skill.values()[random.nextInt(Skill.values().length)]);
        }
        v.setSkills(skills);
        v.setLines(EnumSet.of(ServiceLine.values()[random.nextInt(ServiceLine.values().length)], ServiceLine.VOLUNTEERING));
        Set<Slot> slots = new HashSet<>();
        for (int i = 0; i < 2 + random.nextInt(5); i++) {
            slots.add(new Slot(DayOfWeek.of(1 + random.nextInt(7)), DayPart.values()[random.nextInt(3)]));
        }
        v.setSlots(slots);
        int roll = random.nextInt(100);
        if (roll < 3) {
            // still to be reviewed: she applied on the public page lately
            em.persist(v);
            return v;
        }
        if (self) {
            v.changeStatus(VolunteerStatus.ACTIVE, null, "demo", v.getAppliedOn().plusDays(3));
        } else {
            v.registeredBy("demo");
        }
        if (roll < 6) {
            v.changeStatus(VolunteerStatus.INACTIVE, "外出务工，暂停服务", "demo", today.minusDays(60));
        } else if (roll < 8) {
            v.changeStatus(VolunteerStatus.ARCHIVED, "已迁出本街道", "demo", today.minusDays(90));
        }
        em.persist(v);
        return v;
    }

    private Team team(String name, OrgUnit owner, List<Volunteer> volunteers) {
        Team team = new Team(name, ServiceLine.values()[random.nextInt(ServiceLine.values().length)]);
        team.assignTo(owner);
        team.setFoundedOn(today.minusYears(1 + random.nextInt(6)));
        team.setProfile(name + "由辖区热心妇女组成，长期开展" + TITLES[random.nextInt(TITLES.length)] + "等志愿服务。");
        int size = Math.min(volunteers.size(), 20 + random.nextInt(40));
        for (int i = 0; i < size; i++) {
            Volunteer member = volunteers.get(random.nextInt(volunteers.size()));
            if (member.getStatus() == VolunteerStatus.ACTIVE) {
                team.addMember(member);
            }
        }
        team.getMembers().stream().findFirst().ifPresent(team::setLeader);
        if (random.nextBoolean() && !owner.getName().endsWith("街道妇联")) {
            team.file(owner, team.getFoundedOn().plusMonths(2), "JB-" + (1000 + random.nextInt(9000)));
        }
        em.persist(team);
        return team;
    }

    /** A year of activities of the team every {@code weeks} weeks, and the coming month's. */
    private void activities(Team team, int weeks) {
        List<Volunteer> members = new ArrayList<>(team.getMembers());
        if (members.isEmpty()) {
            return;
        }
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
        LocalDate first = today.minusWeeks(52).with(TemporalAdjusters.nextOrSame(day));
        Long series = null;
        for (LocalDate held = first; !held.isAfter(today.plusDays(30)); held = held.plusWeeks(weeks)) {
            int startHour = 8 + random.nextInt(10);
            random.nextBytes(token);
            Activity a = new Activity(TITLES[random.nextInt(TITLES.length)], team.getLine(),
                    team.getUnit().getName().replace("妇联", "") + PLACES[random.nextInt(PLACES.length)], held,
                    LocalTime.of(startHour, 0), LocalTime.of(startHour + 2, 0), 3, 8 + random.nextInt(8),
                    HexFormat.of().formatHex(token));
            a.setTeam(team);
            a.setSkills(EnumSet.of(Skill.values()[random.nextInt(Skill.values().length)]));
            a.assignTo(team.getUnit());
            em.persist(a); // the table generator gives it its id at once
            series = series == null ? a.getId() : series;
            a.joinSeries(series);
            signups(a, members, held.isBefore(today));
        }
    }

    private void signups(Activity a, List<Volunteer> members, boolean past) {
        int wanted = past ? a.getMinNeeded() + random.nextInt(a.getMaxNeeded() - a.getMinNeeded() + 1) : random.nextInt(4);
        Set<Volunteer> chosen = new HashSet<>();
        for (int i = 0; i < wanted * 2 && chosen.size() < wanted; i++) {
            chosen.add(members.get(random.nextInt(members.size())));
        }
        Instant queued = a.getHeldOn().minusDays(7).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        for (Volunteer v : chosen) {
            Signup s = new Signup(a, v, SignupStatus.CONFIRMED, queued);
            s.assignTo(a.getUnit());
            queued = queued.plusSeconds(600);
            int roll = random.nextInt(100);
            if (past && roll < 8) {
                s.cancel(SignupStatus.CANCELLED, queued);
            } else if (past && roll >= 15) {
                Instant in = a.getStart().toInstant(ZoneOffset.ofHours(8));
                s.checkIn(in);
                s.checkOut(in.plusSeconds(a.getMinutes() * 60L));
                ServiceHours h = new ServiceHours(v, a, a.getHeldOn(), a.getMinutes(), HoursSource.ATTENDANCE, null);
                h.assignTo(a.getUnit());
                if (a.getHeldOn().isBefore(today.minusDays(14)) || random.nextBoolean()) {
                    h.decide(random.nextInt(50) != 0, "未按时签到，时长不予认定", "demo", in.plusSeconds(86_400));
                }
                em.persist(h);
            }
            em.persist(s);
        }
    }
}
