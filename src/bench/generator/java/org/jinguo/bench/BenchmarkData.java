// Longer than 300 lines on purpose: one generator writes every table in dependency order from one seed; split, the order and the seed's sequence would be scattered.
package org.jinguo.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jinguo.demo.DemoData;
import org.jinguo.demo.DemoNetwork;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.Stage;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.model.PersonTag;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.persistence.DatabaseMigration;
import org.jinguo.platform.persistence.NameGrams;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Programme;
import org.jinguo.unit.model.UnitType;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.HoursSource;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.SignupStatus;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.VolunteerStatus;
import org.jinguo.volunteer.service.HoursTally;

/**
 * The benchmark's data: a district ten times Jiangbei (scale 1): 120 streets and towns (the real twelve,
 * each ten times over), about 1 000 communities and villages, 13 000 office holders, 100 000 people,
 * 30 000 volunteers, 1 000 teams, 20 000 activities, 500 000 hour records, 250 social organisations
 * with their pipeline steps, 40 contracts with their deliveries, the Jinguo Bridge's 6 000 orders and 500 children's
 * cases ({@link BridgeAndCareData}), and one account per unit (password {@value #PASSWORD}; the district's and the
 * streets' also supervise the children's cases, a community's is the caseworker of its children). Written by JDBC batches straight into a database that Flyway has just migrated,
 * so it takes a minute or two instead of hours through JPA.
 *
 * <p>Deterministic: the same seed, scale and reference day give the same rows (only the ID-card
 * cipher texts differ, each has its random IV). A database that already has accounts is left alone.
 *
 * <pre>java ... org.jinguo.bench.BenchmarkData --url=jdbc:h2:./target/bench/db/jinguo;MODE=LEGACY
 *      [--user=sa] [--password=sa] [--scale=1] [--seed=2026] [--today=2026-12-01] [--out=target/bench]</pre>
 */
public final class BenchmarkData {

    public static final String PASSWORD = DemoData.DEMO_PASSWORD;
    static final String[] COPY = {"", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] GIVEN = {"秀英", "桂英", "秀兰", "玉兰", "桂兰", "秀珍", "凤英", "玉梅", "丽", "敏", "静", "燕",
            "艳", "娟", "霞", "婷", "雪", "琳", "洁", "红", "芳", "萍", "玲", "丹", "莉", "倩", "颖", "慧", "佳", "怡", "欣", "悦",
            "晓燕", "春梅", "海燕", "丽华", "淑华", "淑珍", "美玲", "晓红", "文静", "雅婷", "思雨", "小琴", "素芬", "德芳"};
    private static final String[] ROADS = {"建新北路", "洋河路", "北城天街", "红旗河沟", "五红路", "石马河路", "大庆村", "海尔路",
            "港城路", "鱼嘴正街"};
    private static final String[] ACTIVITY_TITLES = {"关爱留守儿童课业辅导", "家庭教育讲座", "反家暴法律宣传", "敬老院陪伴", "社区环境整治",
            "巾帼健康义诊", "垃圾分类宣传", "妇女维权咨询", "困境儿童走访", "邻里互助市集"};

    /** What is generated, and how much. */
    public record Options(String url, String user, String password, double scale, long seed, LocalDate today, Path out) {

        int streets() {
            return Math.max(1, (int) Math.round(120 * scale));
        }

        int people() {
            return (int) Math.round(100_000 * scale);
        }

        int teams() {
            return Math.max(1, (int) Math.round(1_000 * scale));
        }

        int activities() {
            return Math.max(teams(), (int) Math.round(20_000 * scale));
        }

        int hours() {
            return (int) Math.round(500_000 * scale);
        }

        static Options parse(String... args) {
            Map<String, String> given = new TreeMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
                }
                given.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            String url = given.get("url");
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("--url=<JDBC URL> is required");
            }
            String today = given.getOrDefault("today", "");
            return new Options(url, given.getOrDefault("user", "sa"), given.getOrDefault("password", "sa"),
                    Double.parseDouble(given.getOrDefault("scale", "1")), Long.parseLong(given.getOrDefault("seed", "2026")),
                    today.isBlank() ? Beijing.today() : LocalDate.parse(today),
                    Path.of(given.getOrDefault("out", "target/bench")));
        }
    }

    /** The unit tree as generated: what the load test and the tests need to know of it. */
    record Unit(long id, String path, String name, UnitType type, int street) {
    }

    private final Options options;
    private final Random random;
    private final Timestamp now;
    private final FieldCipher cipher = new FieldCipher(Base64.getDecoder().decode(Settings.DEMO_CRYPTO_KEY));
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final long started = System.nanoTime();

    final List<Unit> streets = new ArrayList<>();
    final List<Unit> areas = new ArrayList<>();
    private final List<Unit> allUnits = new ArrayList<>();
    /** Person ids by unit index in {@link #allUnits}. */
    private final List<List<Long>> peopleOf = new ArrayList<>();
    /** Active volunteer ids by area index. */
    private final List<List<Long>> volunteersOf = new ArrayList<>();
    private final List<long[]> teams = new ArrayList<>(); // {id, area index, unit id}
    private final Map<Long, Integer> unitIndex = new TreeMap<>();
    /** username,unitId,kind of every account: the load test signs in with them. */
    private final List<String> accountLines = new ArrayList<>();

    BenchmarkData(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.now = Timestamp.from(options.today().atTime(9, 0).atZone(Beijing.ZONE).toInstant());
    }

    public static void main(String... args) throws Exception {
        Options options = Options.parse(args);
        Map<String, Long> written = generate(options);
        System.out.println("[bench-data] done: " + written);
    }

    /** Migrates the database, fills it unless it already has accounts, and writes the load test's facts. */
    public static Map<String, Long> generate(Options options) throws SQLException, IOException {
        DatabaseMigration.migrate(dataSource(options));
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            BenchmarkData data = new BenchmarkData(options);
            if (data.count(connection, "app_user") > 0) {
                System.out.println("[bench-data] the database already has accounts: left as it is ("
                        + data.count(connection, "service_hours") + " hour records). Delete it to generate again.");
                return Map.of();
            }
            connection.setAutoCommit(false);
            data.fill(connection);
            data.writeFacts();
            if (options.url().startsWith("jdbc:h2:") && !options.url().startsWith("jdbc:h2:mem:")) {
                try (Statement compact = connection.createStatement()) {
                    compact.execute("SHUTDOWN COMPACT"); // H2 leaves a file of bulk inserts several times too big
                }
            }
            return data.counts;
        }
    }

    private static DataSource dataSource(Options options) throws SQLException {
        if (options.url().startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(options.url());
            h2.setUser(options.user());
            h2.setPassword(options.password());
            return h2;
        }
        com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
        mysql.setURL(options.url());
        mysql.setUser(options.user());
        mysql.setPassword(options.password());
        return mysql;
    }

    private long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void fill(Connection c) throws SQLException {
        units(c);
        accounts(c);
        people(c);
        elections(c);
        volunteers(c);
        teams(c);
        activitiesAndHours(c);
        hoursByMonth(c);
        incubation(c);
        new BridgeAndCareData(this, random, now).fill(c);
        sequences(c);
    }

    // ---------------------------------------------------------------- units and accounts

    private void units(Connection c) throws SQLException {
        try (Batch units = new Batch(c, "org_unit", 0, "INSERT INTO org_unit (id, version, parent_id, path, name, unit_type, "
                + "code, address, contact_name, contact_phone, created_at, updated_at, work_covered, women_count) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long[] id = {0};
            Unit district = unit(units, ++id[0], null, "江北区妇联", UnitType.DISTRICT, -1, false);
            List<Map.Entry<String, List<String>>> real = new ArrayList<>();
            DemoNetwork.STREETS.forEach((street, communities) -> real.add(Map.entry(street + "街道妇联", communities)));
            DemoNetwork.TOWNS.forEach((town, places) -> real.add(Map.entry(town + "镇妇联", places)));
            for (int s = 0; s < options.streets(); s++) {
                Map.Entry<String, List<String>> model = real.get(s % real.size());
                String copy = copy(s / real.size());
                String name = model.getKey();
                boolean town = name.endsWith("镇妇联");
                String streetName = name.replace(town ? "镇妇联" : "街道妇联", "") + copy + (town ? "镇妇联" : "街道妇联");
                Unit street = unit(units, ++id[0], district, streetName, town ? UnitType.TOWN : UnitType.STREET, s, false);
                streets.add(street);
                for (String place : model.getValue()) {
                    boolean village = place.endsWith("村");
                    String areaName = town ? place + "妇联" : place + "社区妇联";
                    areas.add(unit(units, ++id[0], street, areaName, village ? UnitType.VILLAGE : UnitType.COMMUNITY, s,
                            random.nextInt(100) < 3));
                }
            }
            for (int copy = 0; copy < Math.max(1, streets.size() / 12); copy++) {
                for (String regional : DemoData.REGIONALS) {
                    unit(units, ++id[0], district, regional.replace("妇联", copy(copy) + "妇联"), UnitType.REGIONAL, -1, false);
                }
                unit(units, ++id[0], district, "卫生计生行业" + copy(copy) + "妇联", UnitType.INDUSTRY, -1, false);
            }
        }
    }

    private static String copy(int n) {
        return n < COPY.length ? COPY[n] : String.valueOf(n + 1);
    }

    private Unit unit(Batch batch, long id, Unit parent, String name, UnitType type, int street, boolean covered)
            throws SQLException {
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        Unit unit = new Unit(id, path, name, type, street);
        batch.row(id, parent == null ? null : parent.id(), path, name, type.name(), String.format("JB%05d", id),
                "重庆市江北区" + name.replace("妇联", ""), name(), phone(), now, now, covered,
                type == UnitType.COMMUNITY || type == UnitType.VILLAGE ? 800 + random.nextInt(3000) : null);
        unitIndex.put(id, allUnits.size());
        allUnits.add(unit);
        peopleOf.add(new ArrayList<>());
        return unit;
    }

    private void accounts(Connection c) throws SQLException {
        String hash = passwordHash(PASSWORD, options.seed());
        try (Batch users = new Batch(c, "app_user", 0, "INSERT INTO app_user (id, version, unit_id, unit_path, username, "
                + "display_name, password_hash, enabled, must_change_password, failed_sign_ins, created_at, updated_at, "
                + "password_changed_at) VALUES (?, 0, ?, ?, ?, ?, ?, TRUE, FALSE, 0, ?, ?, ?)");
             Batch roles = new Batch(c, "app_user_role", 0, "INSERT INTO app_user_role (user_id, role_name) VALUES (?, ?)")) {
            long id = 0;
            Unit district = allUnits.get(0);
            users.row(++id, district.id(), district.path(), "bench-district", "区妇联管理员（基准）", hash, now, now, now);
            accountLines.add("bench-district," + district.id() + ",district");
            roles.row(id, Role.DISTRICT_ADMIN.name());
            roles.row(id, Role.CASE_SUPERVISOR.name());
            for (int s = 0; s < streets.size(); s++) {
                Unit street = streets.get(s);
                users.row(++id, street.id(), street.path(), "bench-s" + s, street.name() + "管理员", hash, now, now, now);
                accountLines.add("bench-s" + s + "," + street.id() + ",street");
                roles.row(id, Role.UNIT_ADMIN.name());
                roles.row(id, Role.CASE_SUPERVISOR.name());
            }
            for (int a = 0; a < areas.size(); a++) {
                Unit area = areas.get(a);
                users.row(++id, area.id(), area.path(), "bench-a" + a, area.name() + "工作人员", hash, now, now, now);
                accountLines.add("bench-a" + a + "," + area.id() + ",area");
                roles.row(id, Role.STAFF.name());
                roles.row(id, Role.CASEWORKER.name());
            }
        }
    }

    /**
     * The hash Jakarta Security's Pbkdf2PasswordHash writes ({@code algorithm:iterations:salt:hash}, Base64)
     * with the parameters of {@code Passwords}; computed once and shared by every benchmark account.
     */
    static String passwordHash(String password, long seed) {
        try {
            byte[] salt = new byte[32];
            new Random(seed).nextBytes(salt);
            int iterations = 210_000;
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- people and elections

    private void people(Connection c) throws SQLException {
        Set<String> idCards = new HashSet<>();
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        int total = options.people();
        try (Batch people = new Batch(c, "person", total, "INSERT INTO person (id, version, unit_id, unit_path, name, gender, "
                + "birth_date, id_card_cipher, id_card_hash, id_card_masked, phone, address, created_at, updated_at) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch grams = new Batch(c, "person_name_gram", 0, "INSERT INTO person_name_gram (person_id, gram) VALUES (?, ?)")) {
            int dealt = 0;
            for (int i = 0; i < total; i++) {
                long id = i + 1;
                // one in twenty lives at a street's level, the others in a community or village, dealt in turn
                Unit unit = i % 20 == 0 ? streets.get((i / 20) % streets.size()) : areas.get(dealt++ % areas.size());
                LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 52));
                String idCard;
                do {
                    idCard = idCard("500105" + born.format(yyyymmdd) + String.format("%03d", random.nextInt(1000)));
                } while (!idCards.add(idCard));
                boolean female = random.nextInt(100) < 92;
                String name = name();
                people.row(id, unit.id(), unit.path(), name, female ? "FEMALE" : "MALE", born, cipher.encrypt(idCard),
                        cipher.searchHash(idCard), idCard.substring(0, 6) + "********" + idCard.substring(14), phone(),
                        "重庆市江北区" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(200)) + "号", now, now);
                for (String gram : NameGrams.of(name)) {
                    grams.row(id, gram);
                }
                peopleOf.get(unitIndex.get(unit.id())).add(id);
            }
        }
    }

    /** An 18-digit number with its GB 11643 check character. */
    static String idCard(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private void elections(Connection c) throws SQLException {
        try (Batch terms = new Batch(c, "term", 0, "INSERT INTO term (id, version, unit_id, unit_path, election_date, starts_on, "
                + "ends_on, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)");
             Batch holders = new Batch(c, "office_holder", 13_000L * streets.size() / 120, "INSERT INTO office_holder (id, "
                     + "version, unit_id, unit_path, term_id, person_id, position, created_at, updated_at) "
                     + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)");
             Batch tags = new Batch(c, "person_tag", 0, "INSERT INTO person_tag (person_id, tag) VALUES (?, ?)")) {
            long termId = 0;
            long holderId = 0;
            PersonTag[] kinds = PersonTag.values();
            Set<Long> tagged = new HashSet<>();
            for (int u = 1; u < allUnits.size(); u++) {
                Unit unit = allUnits.get(u);
                boolean area = unit.type() == UnitType.COMMUNITY || unit.type() == UnitType.VILLAGE;
                if (!area && unit.type() != UnitType.STREET && unit.type() != UnitType.TOWN) {
                    continue;
                }
                if (area && random.nextInt(100) < 4) {
                    continue; // not organised yet: the coverage page's gaps
                }
                LocalDate elected = options.today().minusDays(30 + random.nextInt(365 * 4));
                terms.row(++termId, unit.id(), unit.path(), elected.minusYears(5), elected.minusYears(5),
                        elected.minusDays(1), now, now);
                terms.row(++termId, unit.id(), unit.path(), elected, elected, elected.plusYears(5).minusDays(1), now, now);
                int vice = area ? 2 : 3;
                int members = area ? 9 : 13;
                List<Long> people = peopleOf.get(u);
                if (people.size() < 1 + vice + members) {
                    people = peopleOf.get(unitIndex.get(streets.get(unit.street()).id()));
                }
                for (int k = 0; k < 1 + vice + members && k < people.size(); k++) {
                    Position position = k == 0 ? Position.CHAIR : k <= vice ? Position.VICE_CHAIR : Position.EXECUTIVE_MEMBER;
                    long person = people.get(k);
                    holders.row(++holderId, unit.id(), unit.path(), termId, person, position.name(), now, now);
                    if (random.nextInt(100) < 72 && tagged.add(person)) {
                        tags.row(person, kinds[random.nextInt(kinds.length)].name());
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- volunteers

    private void volunteers(Connection c) throws SQLException {
        Skill[] skills = Skill.values();
        ServiceLine[] lines = ServiceLine.values();
        for (int i = 0; i < areas.size(); i++) {
            volunteersOf.add(new ArrayList<>());
        }
        int total = (int) Math.round(30_000 * options.scale());
        try (Batch volunteers = new Batch(c, "volunteer", total, "INSERT INTO volunteer (id, version, unit_id, unit_path, "
                + "person_id, status, self_registered, areas, applied_on, reviewed_on, reviewed_by, created_at, updated_at) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch volunteerSkills = new Batch(c, "volunteer_skill", 0,
                     "INSERT INTO volunteer_skill (volunteer_id, skill) VALUES (?, ?)");
             Batch volunteerLines = new Batch(c, "volunteer_line", 0,
                     "INSERT INTO volunteer_line (volunteer_id, line) VALUES (?, ?)");
             Batch slots = new Batch(c, "volunteer_slot", 0,
                     "INSERT INTO volunteer_slot (volunteer_id, weekday, day_part) VALUES (?, ?, ?)")) {
            long id = 0;
            // about a third of the people of each community or village volunteer
            for (int u = 0; u < allUnits.size(); u++) {
                Unit unit = allUnits.get(u);
                if (unit.type() != UnitType.COMMUNITY && unit.type() != UnitType.VILLAGE) {
                    continue;
                }
                int area = areas.indexOf(unit);
                List<Long> people = peopleOf.get(u);
                // office holders come first in the list: volunteers are taken from the other end
                int wanted = (int) Math.round(people.size() * 0.32);
                for (int k = 0; k < wanted && id < total; k++) {
                    long person = people.get(people.size() - 1 - k);
                    int roll = random.nextInt(100);
                    VolunteerStatus status = roll < 90 ? VolunteerStatus.ACTIVE : roll < 97 ? VolunteerStatus.APPLICANT
                            : VolunteerStatus.INACTIVE;
                    LocalDate applied = options.today().minusDays(1 + random.nextInt(365 * 3));
                    boolean reviewed = status != VolunteerStatus.APPLICANT;
                    volunteers.row(++id, unit.id(), unit.path(), person, status.name(), random.nextBoolean(),
                            "江北区" + unit.name().replace("妇联", ""), applied,
                            reviewed ? applied.plusDays(3) : null, reviewed ? "bench-a" + area : null, now, now);
                    EnumSet<Skill> own = EnumSet.noneOf(Skill.class);
                    for (int s = 1 + random.nextInt(3); s > 0; s--) {
                        own.add(skills[random.nextInt(skills.length)]);
                    }
                    for (Skill skill : own) {
                        volunteerSkills.row(id, skill.name());
                    }
                    volunteerLines.row(id, lines[random.nextInt(lines.length)].name());
                    slots.row(id, 1 + random.nextInt(7), DayPart.values()[random.nextInt(DayPart.values().length)].name());
                    if (status == VolunteerStatus.ACTIVE) {
                        volunteersOf.get(area).add(id);
                    }
                }
            }
        }
    }

    private void teams(Connection c) throws SQLException {
        ServiceLine[] lines = ServiceLine.values();
        try (Batch teamRows = new Batch(c, "volunteer_team", 0, "INSERT INTO volunteer_team (id, version, unit_id, unit_path, "
                + "name, line, leader_id, profile, founded_on, active, created_at, updated_at) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)");
             Batch members = new Batch(c, "team_member", 0, "INSERT INTO team_member (team_id, volunteer_id) VALUES (?, ?)")) {
            for (int t = 0; t < options.teams(); t++) {
                int area = t % areas.size();
                Unit unit = areas.get(area);
                List<Long> pool = volunteersOf.get(area);
                long id = t + 1;
                ServiceLine line = lines[random.nextInt(lines.length)];
                String name = unit.name().replace("妇联", "") + (t < areas.size() ? "" : copy(t / areas.size())) + "巾帼志愿服务队";
                teamRows.row(id, unit.id(), unit.path(), name, line.name(), pool.isEmpty() ? null : pool.get(0),
                        "由" + unit.name().replace("妇联", "") + "的妇女骨干组成，常年开展志愿服务。",
                        options.today().minusDays(200 + random.nextInt(2000)), now, now);
                for (int m = 0; m < Math.min(20, pool.size()); m++) {
                    members.row(id, pool.get((m + t / areas.size()) % pool.size()));
                }
                teams.add(new long[] {id, area, unit.id()});
            }
        }
    }

    private void activitiesAndHours(Connection c) throws SQLException {
        int total = options.activities();
        int future = total / 10;
        int perPast = (int) Math.ceil((double) options.hours() / (total - future));
        long hourId = 0;
        long signupId = 0;
        try (Batch activities = new Batch(c, "activity", total, "INSERT INTO activity (id, version, unit_id, unit_path, title, "
                + "team_id, line, place, held_on, starts_at, ends_at, min_needed, max_needed, description, cancelled, "
                + "checkin_token, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)");
             Batch hours = new Batch(c, "service_hours", options.hours(), "INSERT INTO service_hours (id, version, unit_id, "
                     + "unit_path, volunteer_id, activity_id, team_id, served_on, minutes, source, status, decided_by, "
                     + "decided_at, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch signups = new Batch(c, "activity_signup", 0, "INSERT INTO activity_signup (id, version, unit_id, unit_path, "
                     + "activity_id, volunteer_id, status, queued_at, created_at, updated_at) "
                     + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int a = 0; a < total; a++) {
                long id = a + 1;
                long[] team = teams.get(a % teams.size());
                int area = (int) team[1];
                Unit unit = areas.get(area);
                boolean upcoming = a % 10 == 9;
                LocalDate held = upcoming ? options.today().plusDays(1 + random.nextInt(60))
                        : options.today().minusDays(1 + random.nextInt(730));
                LocalTime starts = LocalTime.of(8 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
                int minutes = 60 * (2 + random.nextInt(2));
                String title = ACTIVITY_TITLES[random.nextInt(ACTIVITY_TITLES.length)];
                activities.row(id, unit.id(), unit.path(), title, team[0], ServiceLine.values()[a % 6].name(),
                        unit.name().replace("妇联", "") + "活动室", held, starts, starts.plusMinutes(minutes), 5,
                        Math.max(30, perPast + 5), title + "，欢迎报名。", token(), now, now);
                List<Long> pool = new ArrayList<>(volunteersOf.get(area));
                for (int step = 1; pool.size() < perPast + 5 && step < areas.size(); step++) {
                    pool.addAll(volunteersOf.get((area + step) % areas.size()));
                }
                int offset = random.nextInt(Math.max(1, pool.size()));
                if (upcoming) {
                    for (int k = 0; k < 10 && k < pool.size(); k++) {
                        signups.row(++signupId, unit.id(), unit.path(), id, pool.get((offset + k) % pool.size()),
                                SignupStatus.CONFIRMED.name(), now, now, now);
                    }
                    continue;
                }
                boolean recent = held.isAfter(options.today().minusDays(30));
                for (int k = 0; k < perPast && k < pool.size() && hourId < options.hours(); k++) {
                    HoursStatus status = recent ? HoursStatus.PENDING : HoursStatus.APPROVED;
                    hours.row(++hourId, unit.id(), unit.path(), pool.get((offset + k) % pool.size()), id, team[0], held,
                            minutes, HoursSource.ATTENDANCE.name(), status.name(), recent ? null : "bench-a" + area,
                            recent ? null : now, now, now);
                }
            }
        }
    }

    private String token() {
        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
    }

    // ---------------------------------------------------------------- incubation and purchase

    private void incubation(Connection c) throws SQLException {
        Stage[] route = {Stage.APPLIED, Stage.INSPECTION, Stage.ASSESSMENT, Stage.MOVED_IN, Stage.INCUBATING,
                Stage.GRADUATED, Stage.FOLLOW_UP};
        OrgKind[] kinds = OrgKind.values();
        List<Unit> bases = new ArrayList<>();
        for (Unit street : streets) {
            if (street.name().startsWith("大石坝")) {
                bases.add(street);
            }
        }
        if (bases.isEmpty()) {
            bases.add(streets.get(0));
        }
        List<Long> orgIds = new ArrayList<>();
        try (Batch orgs = new Batch(c, "social_org", 0, "INSERT INTO social_org (id, version, unit_id, unit_path, name, kind, "
                + "legal_status, registration_number, contact_id, origin_team_id, introduction, stage, stage_since, applied_on, "
                + "created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch steps = new Batch(c, "incubation_step", 0, "INSERT INTO incubation_step (id, version, unit_id, unit_path, "
                     + "org_id, from_stage, to_stage, happened_on, recorded_by, notes, created_at, updated_at) "
                     + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = 0;
            long stepId = 0;
            for (Unit base : bases) {
                List<Long> people = peopleOf.get(unitIndex.get(base.id()));
                for (int k = 0; k < 25; k++) {
                    int reached = k % route.length;
                    LocalDate applied = options.today().minusDays(60L * (reached + 1) + random.nextInt(60));
                    LocalDate since = applied.plusDays(30L * reached);
                    boolean fromTeam = k % 5 == 0;
                    LegalStatus legal = reached >= 5 ? LegalStatus.REGISTERED : LegalStatus.values()[k % 2];
                    orgs.row(++id, base.id(), base.path(), base.name().replace("妇联", "") + kinds[k % kinds.length].name().charAt(0)
                                    + "巾帼社会组织" + (k + 1) + "号", kinds[k % kinds.length].name(), legal.name(),
                            legal == LegalStatus.REGISTERED ? "5250010" + String.format("%05d", id) : null,
                            people.isEmpty() ? null : people.get(k % people.size()),
                            fromTeam ? teams.get((int) (id % teams.size()))[0] : null, "服务社区妇女儿童家庭。",
                            route[reached].name(), since, applied, now, now);
                    orgIds.add(id);
                    for (int s = 0; s <= reached; s++) {
                        steps.row(++stepId, base.id(), base.path(), id, s == 0 ? null : route[s - 1].name(), route[s].name(),
                                applied.plusDays(30L * s), "bench-s" + base.street(), "进展顺利", now, now);
                    }
                }
            }
        }
        try (Batch contracts = new Batch(c, "service_contract", 0, "INSERT INTO service_contract (id, version, unit_id, "
                + "unit_path, title, provider_id, programme, deliverable, measure, quantity, budget, signed_on, starts_on, ends_on, "
                + "status, created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, '场', 100, ?, ?, ?, ?, ?, ?, ?)");
             Batch deliveries = new Batch(c, "contract_delivery", 0, "INSERT INTO contract_delivery (id, version, unit_id, "
                     + "unit_path, contract_id, delivered_on, place, community_id, quantity, participants, amount, recorded_by, "
                     + "created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'bench-district', ?, ?)")) {
            Unit district = allUnits.get(0);
            long deliveryId = 0;
            int total = 4 * bases.size();
            for (int k = 0; k < total; k++) {
                long id = k + 1;
                LocalDate starts = options.today().minusDays(200);
                contracts.row(id, district.id(), district.path(), "《反家庭暴力法》宣传文艺演出进社区（" + (k + 1) + "）",
                        orgIds.get(k % orgIds.size()), Programme.values()[k % 3].name(), "文艺演出 100 场",
                        new BigDecimal("100000.00"), starts.minusDays(10), starts, starts.plusDays(365),
                        ContractStatus.OPEN.name(), now, now);
                for (int d = 0; d < 30; d++) {
                    Unit area = areas.get(random.nextInt(areas.size()));
                    deliveries.row(++deliveryId, district.id(), district.path(), id, starts.plusDays(d * 6L),
                            area.name().replace("妇联", "") + "广场", area.id(), 50 + random.nextInt(150),
                            new BigDecimal("1000.00"), now, now);
                }
            }
        }
    }

    // ---------------------------------------------------------------- bookkeeping

    /** The id generator continues after the generated ids. */
    /** The approved hours per unit and month, as the app keeps them while hours are approved (HoursTally). */
    private void hoursByMonth(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String sql : HoursTally.REBUILD) {
                statement.executeUpdate(sql);
            }
        }
        c.commit();
        counts.put("hours_month", count(c, "hours_month"));
    }

    private void sequences(Connection c) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE id_sequence SET seq_value = ? WHERE seq_name = ?")) {
            for (String table : List.of("org_unit", "app_user", "person", "term", "office_holder", "volunteer",
                    "volunteer_team", "activity", "activity_signup", "service_hours", "social_org", "incubation_step",
                    "service_contract", "contract_delivery", "service_item", "bridge_provider", "bridge_order",
                    "bridge_order_event", "child_case", "child_case_event", "counselling_series", "counselling_session")) {
                try (Statement statement = c.createStatement();
                     ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    max.next();
                    update.setLong(1, max.getLong(1) + 1000);
                    update.setString(2, table);
                    update.executeUpdate();
                }
            }
        }
        c.commit();
    }

    /** What the load test reads: how many units and accounts of each kind there are. */
    private void writeFacts() throws IOException {
        Files.createDirectories(options.out());
        Properties facts = new Properties();
        facts.setProperty("streets", String.valueOf(streets.size()));
        facts.setProperty("areas", String.valueOf(areas.size()));
        facts.setProperty("scale", String.valueOf(options.scale()));
        facts.setProperty("seed", String.valueOf(options.seed()));
        facts.setProperty("today", options.today().toString());
        counts.forEach((table, rows) -> facts.setProperty("rows." + table, String.valueOf(rows)));
        try (Writer out = Files.newBufferedWriter(options.out().resolve("bench-data.properties"), StandardCharsets.UTF_8)) {
            facts.store(out, "Written by org.jinguo.bench.BenchmarkData");
        }
        Files.write(options.out().resolve("bench-accounts.csv"), accountLines, StandardCharsets.UTF_8);
    }

    Options options() {
        return options;
    }

    List<Long> peopleOf(Unit unit) {
        return peopleOf.get(unitIndex.get(unit.id()));
    }

    /** The account of the {@code area}th community or village (ids: the district's, the streets', then theirs). */
    long areaUserId(int area) {
        return 2L + streets.size() + area;
    }

    String encrypt(String value) {
        return cipher.encrypt(value);
    }

    String searchHash(String value) {
        return cipher.searchHash(value);
    }

    String name() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
    }

    String phone() {
        return "13" + (100_000_000 + random.nextInt(900_000_000));
    }

    /** The batches open now, parents first: a batch sends its parents' rows before its own. */
    private final List<Batch> open = new ArrayList<>();

    /** Batched inserts into one table, committed when closed, with progress every 50 000 rows. */
    final class Batch implements AutoCloseable {
        private final Connection connection;
        private final String table;
        private final long expected;
        private final PreparedStatement statement;
        private long rows;

        Batch(Connection connection, String table, long expected, String sql) throws SQLException {
            this.connection = connection;
            this.table = table;
            this.expected = expected;
            this.statement = connection.prepareStatement(sql);
            open.add(this);
        }

        private void send() throws SQLException {
            for (Batch parent : open) {
                if (parent == this) {
                    break;
                }
                parent.statement.executeBatch();
            }
            statement.executeBatch();
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++rows % 1_000 == 0) {
                send();
            }
            if (rows % 50_000 == 0 && rows < expected) {
                progress();
            }
        }

        private void progress() {
            System.out.printf("[bench-data] %-18s %,9d%s rows  (%d s)%n", table, rows,
                    expected > 0 ? String.format(" / %,d", expected) : "", (System.nanoTime() - started) / 1_000_000_000L);
        }

        @Override
        public void close() throws SQLException {
            send();
            open.remove(this);
            statement.close();
            connection.commit();
            counts.merge(table, rows, Long::sum);
            progress();
        }
    }
}
