// Reproduce (from the repository root; 1,000,000 records, 50 measured repetitions):
//   mvn -q test-compile && java -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) zhaoshang.bench.ProgressBenchmark [records] [repetitions] [one,year,all,ranking]
// The database is built once into target/bench-progress.db (a minute or two) and reused while it holds the same number
// of records; delete the file to build it again. Opening it runs the Flyway migrations, so new indexes are added to it.
package zhaoshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import zhaoshang.config.Target;
import zhaoshang.config.Targets;
import zhaoshang.config.Team;
import zhaoshang.ledger.Ledger;
import zhaoshang.progress.Period;
import zhaoshang.progress.ProgressCalculator;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;
import zhaoshang.store.Database;

/**
 * Progress over a big ledger: 1,000,000 records of 100 teams spread over 2025-01-01 … 2026-11-20 (a record every
 * day or so per team and kind, far more than a real city holds, so the indexes and the reading have to carry it).
 * Mix: 78% visits (3% late, 2% of every kind withdrawn), 10% leads, 5% inspections (about a third of them of
 * enterprises already inspected that quarter), 3% signings (amount 5百万–9亿, progress 签约/注册/开工/投产, the landed
 * ones landed 20–200 days after signing), 2.5% trip plans (1–7 days, 2–3 planned visits each), 1.5% trip summaries.
 *
 * <p>Times {@link ProgressCalculator#teams} as the bot calls it on 2026-11-20: 本月进度 of one team (which also counts
 * the quarter's inspections and the year's signings and landed projects), 本年进度 of one team, the 投资促进部 table of all
 * 100 teams for the month, and 排行 (the same plus {@link Ranking#rank}). Each after a warm-up; p50/p95/max in ms.
 * The one-team figures rotate over the teams so no single team's pages stay hot. Goals: ≤ 50 ms per one-team query,
 * ≤ 100 ms for the figures of all 100 teams.
 */
public final class ProgressBenchmark {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final int TEAMS = 100;
    static final int MEMBERS = 6;
    static final Targets TARGETS = new Targets(List.of(
            new Target("visits", "拜访重点企业", 15, "month", 1),
            new Target("leads", "有价值招商信息", 6, "month", 1),
            new Target("inspections", "组织企业来区考察", 6, "quarter", 1),
            new Target("signings", "签约项目", 12, "year", 1),
            new Target("landed", "亿元以上项目落地", 3, "year", 1),
            new Target("tripDays", "外出招商天数", 10, "month", 0),
            new Target("dailyVisits", "外出期间每日拜访", 1, "day", 0)), 100_000_000L);

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final String[] INDUSTRIES = {"新能源", "新材料", "高端装备", "生物医药", "电子信息", "现代物流", "文旅康养"};
    private static final String[] PROGRESS = {"签约", "签约", "注册", "开工", "投产"};
    private static final String[] CITIES = {"深圳", "上海", "杭州", "苏州", "北京", "成都", "西安", "郑州"};

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String only = args.length > 2 ? args[2] : "one,year,all,ranking"; // which measurements to run
        System.out.printf("JVM %s, max heap %d MB, %d processors, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path file = Path.of("target", "bench-progress.db");
        String url = "jdbc:sqlite:" + file;
        if (stored(file) != records) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(file + suffix));
            Database.open(url); // schema from Flyway
            long t0 = System.nanoTime();
            build(url, records);
            System.out.printf("built %s: %,d records in %.1f s%n", file, records, (System.nanoTime() - t0) / 1e9);
        } else {
            System.out.printf("reusing %s (%,d records)%n", file, records);
        }
        Database db = Database.open(url); // applies pending migrations (new indexes)
        counts(url);

        Ledger ledger = new Ledger(db.jdbi(), SHANGHAI);
        ProgressCalculator calc = new ProgressCalculator(ledger, TARGETS);
        List<Team> teams = new ArrayList<>();
        for (int t = 1; t <= TEAMS; t++) teams.add(new Team(teamId(t), "第" + t + "工作组", "", "", "", ""));
        Period month = Period.month(YearMonth.from(TODAY));
        Period year = Period.year(TODAY.getYear());

        int[] next = {0};
        Supplier<Team> rotating = () -> teams.get(next[0]++ % teams.size());
        TeamProgress sample = calc.team(teams.get(0), month, TODAY);
        System.out.printf("sample 本月进度 %s: %s%n", sample.teamName(), sample.figures().stream()
                .map(f -> f.key() + " " + f.actual() + "/" + f.target()).toList());

        System.out.println();
        if (only.contains("one")) time("one team, month (本月进度)", reps, () -> calc.teams(List.of(rotating.get()), month, TODAY).size());
        if (only.contains("year")) time("one team, year (本年进度)", reps, () -> calc.teams(List.of(rotating.get()), year, TODAY).size());
        if (only.contains("all")) time("all 100 teams, month (投资促进部)", reps, () -> calc.teams(teams, month, TODAY).size());
        if (only.contains("ranking")) time("ranking, month (排行)", reps, () -> Ranking.rank(calc.teams(teams, month, TODAY), TARGETS).size());
    }

    /**
     * Warm-up, then {@code reps} timed runs: wall time, and the CPU time of the calling thread (SQLite runs in it,
     * through JNI), which a machine shared with other builds inflates far less than the wall time.
     */
    static void time(String name, int reps, Supplier<Integer> run) {
        int warm = Math.max(5, reps / 5);
        for (int i = 0; i < warm; i++) run.get();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[reps];
        double[] cpu = new double[reps];
        for (int i = 0; i < reps; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("%-34s p50 %8.1f ms   p95 %8.1f ms   max %8.1f ms   CPU p50 %6.1f ms   (%d runs after %d warm-up)%n",
                name, ms[(reps - 1) / 2], ms[(int) Math.ceil(reps * 0.95) - 1], ms[reps - 1], cpu[(reps - 1) / 2], reps, warm);
    }

    static String teamId(int t) {
        return String.format("team%03d", t);
    }

    /** Records held by a database built earlier, or -1. */
    static long stored(Path file) {
        if (!Files.exists(file)) return -1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT records FROM bench_meta")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    static void counts(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            StringBuilder b = new StringBuilder("rows:");
            for (String table : new String[] {"visit", "lead", "inspection", "signing", "trip_plan", "trip_summary",
                    "trip_plan_visit"}) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    b.append(String.format(" %s %,d", table, rs.getLong(1)));
                }
            }
            System.out.println(b);
        }
    }

    /** Bulk load in one transaction with prepared batches, straight into the tables Flyway made. */
    static void build(String url, int records) throws Exception {
        Random rnd = new Random(20261120);
        long days = ChronoUnit.DAYS.between(FIRST, TODAY) + 1;
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -200000");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO inbox (id, platform, msg_id, conversation_id, sender_id, text, sent_at, received_at)"
                        + " VALUES (1, 'bench', 'bench-1', 'bench', 'bench', '(bulk load)', '2025-01-01T00:00:00.000000Z',"
                        + " '2025-01-01T00:00:00.000000Z')");
            }
            String common = "seq, number, team_id, reporter_id, inbox_id, created_at, updated_at, status, withdrawn_at,"
                    + " withdrawn_by, withdraw_reason, enterprise_key, ";
            String q13 = "?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ";
            try (PreparedStatement visit = c.prepareStatement("INSERT INTO visit (" + common
                    + "date, enterprise, region, industry, content, intent, amount_yuan, late) VALUES (" + q13
                    + "?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement lead = c.prepareStatement("INSERT INTO lead (" + common
                         + "date, enterprise, project, industry, amount_yuan, stage, project_key) VALUES (" + q13
                         + "?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement inspection = c.prepareStatement("INSERT INTO inspection (" + common
                         + "enterprise, date, visitors, itinerary) VALUES (" + q13 + "?, ?, ?, ?)");
                 PreparedStatement signing = c.prepareStatement("INSERT INTO signing (" + common
                         + "project, enterprise, date, amount_yuan, industry, progress, project_key, landed_on) VALUES ("
                         + q13 + "?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement plan = c.prepareStatement("INSERT INTO trip_plan (" + common
                         + "destination, depart_date, return_date, route) VALUES (" + q13 + "?, ?, ?, ?)",
                         Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement planned = c.prepareStatement("INSERT INTO trip_plan_visit"
                         + " (trip_plan_id, position, enterprise, enterprise_key, date) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement summary = c.prepareStatement("INSERT INTO trip_summary (" + common
                         + "trip, depart_date, return_date, visits, period_from, period_to) VALUES (" + q13
                         + "?, ?, ?, ?, ?, ?)")) {
                long[] seq = new long[6];
                long planId = 0;
                for (int i = 0; i < records; i++) {
                    LocalDate date = FIRST.plusDays(i * days / records);
                    int team = 1 + rnd.nextInt(TEAMS);
                    String teamId = teamId(team);
                    String reporter = "m-" + team + "-" + (1 + rnd.nextInt(MEMBERS));
                    String created = UTC.format(date.atTime(9 + rnd.nextInt(11), rnd.nextInt(60))
                            .atZone(SHANGHAI).toInstant());
                    boolean withdrawn = rnd.nextInt(50) == 0;
                    int k = rnd.nextInt(1000);
                    int ent = rnd.nextInt(20_000);
                    String enterprise = "企业" + ent + "科技有限公司";
                    String key = "企业" + ent;
                    PreparedStatement p;
                    if (k < 780) {
                        p = visit;
                        bookkeeping(p, ++seq[0], "V", teamId, reporter, created, withdrawn, key);
                        p.setString(12, date.toString());
                        p.setString(13, enterprise);
                        p.setString(14, "长治市");
                        p.setString(15, INDUSTRIES[ent % INDUSTRIES.length]);
                        p.setString(16, "了解企业扩产计划，介绍园区政策与用地条件");
                        p.setString(17, rnd.nextBoolean() ? "较强" : "一般");
                        p.setObject(18, rnd.nextInt(3) == 0 ? (long) (1 + rnd.nextInt(500)) * 1_000_000L : null);
                        p.setInt(19, rnd.nextInt(33) == 0 ? 1 : 0);
                    } else if (k < 880) {
                        p = lead;
                        bookkeeping(p, ++seq[1], "L", teamId, reporter, created, withdrawn, key);
                        p.setString(12, date.toString());
                        p.setString(13, enterprise);
                        p.setString(14, INDUSTRIES[ent % INDUSTRIES.length] + "项目" + ent);
                        p.setString(15, INDUSTRIES[ent % INDUSTRIES.length]);
                        p.setLong(16, (long) (1 + rnd.nextInt(900)) * 1_000_000L);
                        p.setString(17, rnd.nextInt(4) == 0 ? "洽谈" : "线索");
                        p.setString(18, INDUSTRIES[ent % INDUSTRIES.length] + "项目" + ent);
                    } else if (k < 930) {
                        p = inspection;
                        // about a third come back to an enterprise of the same team inspected earlier
                        int e = rnd.nextInt(3) == 0 ? team * 10 + rnd.nextInt(10) : ent;
                        bookkeeping(p, ++seq[2], "I", teamId, reporter, created, withdrawn, "企业" + e);
                        p.setString(12, "企业" + e + "科技有限公司");
                        p.setString(13, date.toString());
                        p.setString(14, "董事长等3人");
                        p.setString(15, "考察高新区标准化厂房");
                    } else if (k < 960) {
                        p = signing;
                        bookkeeping(p, ++seq[3], "S", teamId, reporter, created, withdrawn, key);
                        String progress = PROGRESS[rnd.nextInt(PROGRESS.length)];
                        boolean landed = progress.equals("开工") || progress.equals("投产");
                        LocalDate landedOn = date.plusDays(20 + rnd.nextInt(180));
                        if (landedOn.isAfter(TODAY)) landedOn = TODAY;
                        p.setString(12, INDUSTRIES[ent % INDUSTRIES.length] + "项目" + ent);
                        p.setString(13, enterprise);
                        p.setString(14, date.toString());
                        p.setLong(15, (long) (5 + rnd.nextInt(900)) * 1_000_000L);
                        p.setString(16, INDUSTRIES[ent % INDUSTRIES.length]);
                        p.setString(17, progress);
                        p.setString(18, INDUSTRIES[ent % INDUSTRIES.length] + "项目" + ent);
                        p.setString(19, landed ? landedOn.toString() : null);
                    } else if (k < 985) {
                        bookkeeping(plan, ++seq[4], "T", teamId, reporter, created, withdrawn, null);
                        LocalDate back = date.plusDays(rnd.nextInt(7));
                        String city = CITIES[rnd.nextInt(CITIES.length)];
                        plan.setString(12, city);
                        plan.setString(13, date.toString());
                        plan.setString(14, back.toString());
                        plan.setString(15, "长治—" + city + "—长治");
                        plan.executeUpdate(); // needs its id for the planned visits
                        planId++;
                        int n = 2 + rnd.nextInt(2);
                        for (int v = 0; v < n; v++) {
                            int pe = rnd.nextInt(20_000);
                            planned.setLong(1, planId);
                            planned.setInt(2, v);
                            planned.setString(3, "企业" + pe + "科技有限公司");
                            planned.setString(4, "企业" + pe);
                            planned.setString(5, v == 0 ? date.toString() : null);
                            planned.addBatch();
                        }
                        continue;
                    } else {
                        p = summary;
                        bookkeeping(p, ++seq[5], "R", teamId, reporter, created, withdrawn, null);
                        LocalDate back = date.plusDays(rnd.nextInt(5));
                        p.setString(12, CITIES[rnd.nextInt(CITIES.length)] + "招商");
                        p.setString(13, date.toString());
                        p.setString(14, back.toString());
                        p.setString(15, "走访企业3家，对接项目2个");
                        p.setString(16, date.toString());
                        p.setString(17, back.toString());
                    }
                    p.addBatch();
                    if (i % 10_000 == 0) {
                        for (PreparedStatement b : List.of(visit, lead, inspection, signing, planned, summary)) {
                            b.executeBatch();
                        }
                    }
                }
                for (PreparedStatement b : List.of(visit, lead, inspection, signing, planned, summary)) b.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_meta (records INTEGER NOT NULL)");
                s.execute("INSERT INTO bench_meta VALUES (" + records + ")");
            }
            c.commit();
        }
    }

    private static void bookkeeping(PreparedStatement p, long seq, String prefix, String teamId, String reporter,
                                    String created, boolean withdrawn, String key) throws Exception {
        p.setLong(1, seq);
        p.setString(2, String.format("#%s-%04d", prefix, seq));
        p.setString(3, teamId);
        p.setString(4, reporter);
        p.setString(5, created);
        p.setString(6, created);
        p.setString(7, withdrawn ? "withdrawn" : "active");
        p.setString(8, withdrawn ? created : null);
        p.setString(9, withdrawn ? reporter : null);
        p.setString(10, withdrawn ? "重复登记" : null);
        p.setString(11, key);
    }
}
