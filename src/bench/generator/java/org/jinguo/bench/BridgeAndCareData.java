package org.jinguo.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jinguo.bench.BenchmarkData.Unit;
import org.jinguo.platform.config.Beijing;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The benchmark's Jinguo Bridge and children's cases, in the demo's proportions ten times over: a menu of 14 items, a
 * provider in every community, 25 orders a year in every street for two years (most completed and rated, the latest
 * under way), and a child in difficulty for about every two communities, each with her encrypted identity, her
 * community's account as caseworker, her timeline and, once her plan is in force, counselling twice a week.
 */
final class BridgeAndCareData {

    /** The menu: line, Chinese name, English name (the demo's, DemoBridge). */
    private static final Object[][] MENU = {
        {ServiceLine.FAMILY_AID, "家政服务", "Housekeeping"}, {ServiceLine.FAMILY_AID, "老人陪护", "Company for the elderly"},
        {ServiceLine.FAMILY_AID, "临时照看儿童", "Child minding"}, {ServiceLine.ENTREPRENEURSHIP, "就业咨询", "Job advice"},
        {ServiceLine.ENTREPRENEURSHIP, "创业指导", "Start-up coaching"}, {ServiceLine.EDUCATION, "家庭教育讲座", "Family-education lecture"},
        {ServiceLine.EDUCATION, "亲子沟通辅导", "Parent–child coaching"}, {ServiceLine.POVERTY_RELIEF, "困难妇女慰问", "Visit to a woman in hardship"},
        {ServiceLine.POVERTY_RELIEF, "助学帮扶对接", "School-aid matching"}, {ServiceLine.VOLUNTEERING, "上门探访", "Home visit"},
        {ServiceLine.VOLUNTEERING, "社区志愿服务", "Community volunteering"}, {ServiceLine.LEGAL_RIGHTS, "法律咨询", "Legal advice"},
        {ServiceLine.LEGAL_RIGHTS, "婚姻家庭纠纷调解", "Family mediation"}, {ServiceLine.LEGAL_RIGHTS, "心理疏导", "Counselling"},
    };
    private static final String[] NEEDS = {"家中老人行动不便，每周需要两次打扫和做饭。", "周末加班，孩子 6 岁，需要有人照看半天。",
        "失业半年，想找一份离家近的工作。", "孩子上初中后不愿和父母说话，希望得到指导。", "单亲母亲，患病在家，生活困难。",
        "独居老人，子女在外地，希望有人定期探访。", "离婚后前夫不付抚养费，想咨询怎么办。", "和婆家因赡养问题矛盾较大，希望调解。"};
    private static final String[] PSEUDONYMS = {"小云", "小雨", "小星", "小月", "小禾", "小树", "小溪", "小叶", "小帆", "小阳",
        "小雪", "小竹", "小麦", "小鹿", "小桃", "小兰", "小石", "小川", "小舟", "小林"};
    /** An order's way through the states, as far as it got (the service's moves, OrderMove). */
    private static final String[][] ROUTE = {{null, "SUBMITTED", null}, {"ACCEPT", "ACCEPTED", "SUBMITTED"},
        {"DISPATCH", "DISPATCHED", "ACCEPTED"}, {"TAKE", "TAKEN", "DISPATCHED"}, {"REPORT_DONE", "TO_RATE", "TAKEN"},
        {"RATE", "COMPLETED", "TO_RATE"}};

    private final BenchmarkData data;
    private final Random random;
    private final Timestamp now;

    BridgeAndCareData(BenchmarkData data, Random random, Timestamp now) {
        this.data = data;
        this.random = random;
        this.now = now;
    }

    void fill(Connection c) throws SQLException {
        List<Long> providers = bridgeSupply(c);
        orders(c, providers);
        cases(c);
    }

    /** The menu, and one provider (a neighbour offering two items) in every community. */
    private List<Long> bridgeSupply(Connection c) throws SQLException {
        try (BenchmarkData.Batch items = data.new Batch(c, "service_item", 0, "INSERT INTO service_item (id, version, line, "
                + "name_zh, name_en, description, duration_minutes, sort_order, active, created_at, updated_at) "
                + "VALUES (?, 0, ?, ?, ?, '免费服务，由妇联组织提供。', 60, ?, TRUE, ?, ?)");
             BenchmarkData.Batch kinds = data.new Batch(c, "service_item_kind", 0,
                     "INSERT INTO service_item_kind (item_id, kind) VALUES (?, ?)")) {
            for (int i = 0; i < MENU.length; i++) {
                items.row(i + 1L, ((ServiceLine) MENU[i][0]).name(), MENU[i][1], MENU[i][2], 10 * (i + 1), now, now);
                kinds.row(i + 1L, "NEIGHBOUR");
            }
        }
        List<Long> providers = new ArrayList<>();
        try (BenchmarkData.Batch rows = data.new Batch(c, "bridge_provider", 0, "INSERT INTO bridge_provider (id, version, "
                + "unit_id, unit_path, kind, name, person_id, phone, introduction, capacity, status, rating_sum, rating_count, "
                + "created_at, updated_at) VALUES (?, 0, ?, ?, 'NEIGHBOUR', ?, ?, ?, '热心邻里，时间灵活。', 3, 'ACTIVE', 0, 0, ?, ?)");
             BenchmarkData.Batch offers = data.new Batch(c, "bridge_provider_item", 0,
                     "INSERT INTO bridge_provider_item (provider_id, item_id) VALUES (?, ?)");
             BenchmarkData.Batch areas = data.new Batch(c, "bridge_provider_area", 0,
                     "INSERT INTO bridge_provider_area (provider_id, unit_id) VALUES (?, ?)")) {
            long id = 0;
            for (Unit area : data.areas) {
                List<Long> people = data.peopleOf(area);
                rows.row(++id, area.id(), area.path(), area.name().replace("妇联", "") + "互助服务点",
                        people.isEmpty() ? null : people.get(0), data.phone(), now, now);
                int first = random.nextInt(MENU.length);
                offers.row(id, first + 1L);
                offers.row(id, (first + 1 + random.nextInt(MENU.length - 1)) % MENU.length + 1L);
                areas.row(id, area.id());
                providers.add(id);
            }
        }
        return providers;
    }

    /** 25 orders a year in every street, over two years, each with its timeline; the newest still under way. */
    private void orders(Connection c, List<Long> providers) throws SQLException {
        int perStreet = 50;
        LocalDate today = data.options().today();
        try (BenchmarkData.Batch orders = data.new Batch(c, "bridge_order", (long) perStreet * data.streets.size(),
                "INSERT INTO bridge_order (id, version, unit_id, unit_path, order_no, line, item_id, requester_id, community_id, "
                + "description, urgency, channel, consent, status, provider_id, submitted_at, accept_due, dispatch_due, "
                + "accepted_at, dispatched_at, taken_at, done_on, done_minutes, rating, closed_at, created_at, updated_at) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             BenchmarkData.Batch events = data.new Batch(c, "bridge_order_event", 0, "INSERT INTO bridge_order_event (id, "
                     + "version, order_id, move, from_status, to_status, actor, happened_at, provider_id, created_at, updated_at) "
                     + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = 0;
            long eventId = 0;
            List<Unit> areas = data.areas;
            // each street's communities by their place in areas, which is also their provider's place in providers
            Map<Integer, List<Integer>> communitiesOf = new HashMap<>();
            for (int i = 0; i < areas.size(); i++) {
                communitiesOf.computeIfAbsent(areas.get(i).street(), street -> new ArrayList<>()).add(i);
            }
            for (int n = 0; n < perStreet; n++) {
                for (Unit street : data.streets) {
                    List<Integer> communities = communitiesOf.getOrDefault(street.street(), List.of());
                    int area = communities.isEmpty() ? -1 : communities.get(random.nextInt(communities.size()));
                    Unit community = area < 0 ? street : areas.get(area);
                    int item = random.nextInt(MENU.length);
                    int daysAgo = n < 3 ? random.nextInt(6) : random.nextInt(730);
                    LocalDate day = today.minusDays(daysAgo);
                    Timestamp at = instant(day, LocalTime.of(8 + random.nextInt(9), random.nextInt(60)));
                    // how far it got: the latest are still under way, older ones completed (a few cancelled on the way)
                    int reached = daysAgo < 2 ? 0 : daysAgo < 10 ? random.nextInt(Math.min(5, daysAgo)) : 5;
                    Long provider = reached >= 2 ? providers.get(Math.max(area, 0)) : null;
                    List<Long> people = data.peopleOf(community);
                    long requester = people.isEmpty() ? 1 : people.get(random.nextInt(people.size()));
                    String status = ROUTE[reached][1];
                    orders.row(++id, street.id(), street.path(), "JG" + day.getYear() + "-" + String.format("%06d", id),
                            ((ServiceLine) MENU[item][0]).name(), item + 1L, requester, community.id(),
                            NEEDS[random.nextInt(NEEDS.length)], random.nextInt(8) == 0 ? "URGENT" : "NORMAL",
                            random.nextBoolean() ? "PHONE" : "WALK_IN", status, provider, at, day.plusDays(2), day.plusDays(4),
                            reached >= 1 ? later(at, 1) : null, reached >= 2 ? later(at, 2) : null,
                            reached >= 3 ? later(at, 3) : null, reached >= 4 ? day.plusDays(4) : null,
                            reached >= 4 ? 60 + 30 * random.nextInt(4) : null, reached >= 5 ? 3 + random.nextInt(3) : null,
                            reached >= 5 ? later(at, 7) : null, now, now);
                    for (int step = 0; step <= reached; step++) {
                        events.row(++eventId, id, ROUTE[step][0], ROUTE[step][2], ROUTE[step][1],
                                step == 3 || step == 4 ? "provider" : step == 5 ? "requester" : "bench-s" + street.street(),
                                step == 0 ? at : later(at, step == 5 ? 7 : step), step >= 2 && step <= 4 ? provider : null, now, now);
                    }
                }
            }
        }
    }

    /** A child for about every two communities, her community's account her caseworker. */
    private void cases(Connection c) throws SQLException {
        LocalDate today = data.options().today();
        String[] statuses = {"REGISTERED", "ASSESSED", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "UNDER_REVIEW", "CLOSED"};
        try (BenchmarkData.Batch cases = data.new Batch(c, "child_case", 0, "INSERT INTO child_case (id, version, unit_id, "
                + "unit_path, case_no, pseudonym, gender, category, qualifying_facts, referred_by, registered_on, status, risk, "
                + "assessment_due, review_due, closure_reason, closed_on, created_at, updated_at) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, '社区网格员', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             BenchmarkData.Batch identities = data.new Batch(c, "child_identity", 0, "INSERT INTO child_identity (case_id, "
                     + "version, name_cipher, name_hash, birth_date_cipher, address_cipher, created_at, updated_at) "
                     + "VALUES (?, 0, ?, ?, ?, ?, ?, ?)");
             BenchmarkData.Batch members = data.new Batch(c, "child_case_member", 0,
                     "INSERT INTO child_case_member (case_id, user_id, team_role) VALUES (?, ?, 'CASEWORKER')");
             BenchmarkData.Batch events = data.new Batch(c, "child_case_event", 0, "INSERT INTO child_case_event (id, version, "
                     + "case_id, happened_at, actor, move, from_status, to_status, created_at, updated_at) "
                     + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
             BenchmarkData.Batch series = data.new Batch(c, "counselling_series", 0, "INSERT INTO counselling_series (id, "
                     + "version, case_id, kind, week_days, starts_at, minutes, place, chosen_by, starts_on, ends_on, status, "
                     + "created_at, updated_at) VALUES (?, 0, ?, 'INDIVIDUAL', 'TUESDAY,FRIDAY', ?, 120, ?, 'GUARDIAN', ?, ?, "
                     + "'ACTIVE', ?, ?)");
             BenchmarkData.Batch sessions = data.new Batch(c, "counselling_session", 0, "INSERT INTO counselling_session (id, "
                     + "version, unit_id, unit_path, series_id, case_id, held_on, starts_at, minutes, place, status, "
                     + "recorded_by, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, 120, ?, ?, ?, ?, ?)")) {
            long eventId = 0;
            long seriesId = 0;
            long sessionId = 0;
            int total = Math.max(1, data.areas.size() / 2);
            for (int i = 0; i < total; i++) {
                int a = i * 2 % data.areas.size();
                Unit area = data.areas.get(a);
                long id = i + 1;
                LocalDate registered = today.minusDays(20 + random.nextInt(700));
                String status = statuses[i % statuses.length];
                boolean active = status.equals("ACTIVE") || status.equals("UNDER_REVIEW");
                String risk = status.equals("REGISTERED") ? null : new String[] {"LOW", "MEDIUM", "HIGH"}[random.nextInt(3)];
                cases.row(id, area.id(), area.path(), String.format("ET%d-%04d", registered.getYear(), id),
                        PSEUDONYMS[i % PSEUDONYMS.length], random.nextBoolean() ? "FEMALE" : "MALE",
                        i % 3 == 0 ? "ORPHAN" : "UNSUPPORTED", "父母一方服刑、一方下落不明，由祖母抚养，家庭收入低于低保标准。", registered,
                        status, risk, status.equals("REGISTERED") ? registered.plusDays(14) : null,
                        active ? today.plusDays(random.nextInt(120) - 10) : null, status.equals("CLOSED") ? "GOALS_MET" : null,
                        status.equals("CLOSED") ? min(registered.plusDays(300), today.minusDays(1)) : null, now, now);
                String name = data.name();
                LocalDate born = today.minusYears(6 + random.nextInt(11)).minusDays(random.nextInt(365));
                identities.row(id, data.encrypt(name), data.searchHash(name), data.encrypt(born.toString()),
                        data.encrypt("重庆市江北区" + area.name().replace("妇联", "")), now, now);
                members.row(id, data.areaUserId(a));
                events.row(++eventId, id, instant(registered, LocalTime.of(10, 0)), "bench-a" + a, null, null, "REGISTERED",
                        now, now);
                if (!status.equals("REGISTERED")) {
                    events.row(++eventId, id, instant(registered.plusDays(12), LocalTime.of(10, 0)), "bench-a" + a, "ASSESS",
                            "REGISTERED", "ASSESSED", now, now);
                }
                if (active) {
                    LocalDate from = registered.plusDays(30);
                    series.row(++seriesId, id, LocalTime.of(16, 0), area.name().replace("妇联", "") + "儿童之家", from,
                            from.plusYears(1), now, now);
                    for (LocalDate day = from; day.isBefore(today.plusDays(14)) && day.isBefore(from.plusYears(1));
                         day = day.plusDays(1)) {
                        if (day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                            boolean past = day.isBefore(today);
                            sessions.row(++sessionId, area.id(), area.path(), seriesId, id, day, LocalTime.of(16, 0),
                                    area.name().replace("妇联", "") + "儿童之家",
                                    past ? (random.nextInt(10) == 0 ? "MISSED" : "ATTENDED") : "PLANNED",
                                    past ? "bench-a" + a : null, now, now);
                        }
                    }
                }
            }
        }
    }

    private static Timestamp instant(LocalDate day, LocalTime time) {
        return Timestamp.from(day.atTime(time).atZone(Beijing.ZONE).toInstant());
    }

    private static Timestamp later(Timestamp at, int days) {
        return Timestamp.from(at.toInstant().plusSeconds(86_400L * days - 3_600));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
