package zhaoshang.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.Target;
import zhaoshang.config.Targets;
import zhaoshang.config.Team;
import zhaoshang.ledger.Ledger;
import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.ReportParser;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.VisitReport;
import zhaoshang.report.ParsedItem;
import zhaoshang.store.Database;
import zhaoshang.support.TestDatabase;

/** Progress from hand-built ledgers, on the edges of periods. */
class ProgressCalculatorTest {

    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final Team T1 = new Team("team1", "第一工作组", "", "", "", "");
    static final Team T2 = new Team("team2", "第二工作组", "", "", "", "");
    static final Targets TARGETS = new Targets(List.of(
            new Target("visits", "拜访重点企业", 15, "month", 1),
            new Target("leads", "有价值招商信息", 6, "month", 1),
            new Target("inspections", "组织企业来区考察", 6, "quarter", 1),
            new Target("signings", "签约项目", 12, "year", 1),
            new Target("landed", "亿元以上项目落地", 3, "year", 1),
            new Target("tripDays", "外出招商天数", 10, "month", 0)), 100_000_000L);

    @TempDir
    Path dir;
    Ledger ledger;
    ProgressCalculator calc;
    long inbox;

    @BeforeEach
    void setUp() {
        Jdbi jdbi = Database.open(TestDatabase.url(dir, "p.db")).jdbi();
        ledger = new Ledger(jdbi, SH);
        calc = new ProgressCalculator(ledger, TARGETS);
        inbox = jdbi.withHandle(h -> h.createQuery("""
                insert into inbox (platform, msg_id, conversation_id, sender_id, text, sent_at, received_at)
                values ('local', 'm1', 'c', 's', 't', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') returning id""")
                .mapTo(Long.class).one());
    }

    Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    String visit(String team, String reporter, LocalDate date, String enterprise, Instant recordedAt) {
        return ledger.record(new VisitReport(date, enterprise, null, null, null, null, null, "洽谈", "较强", null, null),
                team, reporter, inbox, recordedAt).number();
    }

    @Test
    void visitsOnTheMonthEdgeCountInTheirOwnMonth() {
        // recorded at 23:59 on the last day of the quarter and at 00:00 on the first of the month, Shanghai time
        visit("team1", "m-he", LocalDate.of(2026, 9, 30), "甲公司", at("2026-09-30T23:59:00+08:00"));
        visit("team1", "m-he", LocalDate.of(2026, 10, 1), "乙公司", at("2026-10-01T00:00:00+08:00"));
        TeamProgress sep = calc.team(T1, Period.month(YearMonth.of(2026, 9)), LocalDate.of(2026, 10, 1));
        TeamProgress oct = calc.team(T1, Period.month(YearMonth.of(2026, 10)), LocalDate.of(2026, 10, 1));
        assertThat(sep.figure("visits").orElseThrow().actual()).isEqualTo(1);
        assertThat(oct.figure("visits").orElseThrow().actual()).isEqualTo(1);
        assertThat(calc.team(T1, Period.quarter(2026, 3), LocalDate.of(2026, 10, 1)).figure("visits").orElseThrow())
                .satisfies(f -> {
                    assertThat(f.actual()).isEqualTo(1);
                    assertThat(f.target()).isEqualTo(45); // 15 a month × 3
                });
    }

    @Test
    void theParserPutsA2359VisitOnTheRightDayInShanghai() {
        ReportParser parser = new ReportParser(java.time.Clock.fixed(at("2026-09-30T23:59:00+08:00"), SH), SH);
        ParsedItem.Ok ok = (ParsedItem.Ok) parser.parse("走访\n企业：甲公司\n时间：今天\n内容：洽谈").items().get(0);
        assertThat(((VisitReport) ok.report()).date()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void withdrawnDoNotCountLateDoAndAreShown() {
        String a = visit("team1", "m-he", LocalDate.of(2026, 11, 2), "甲公司", at("2026-11-02T10:00:00+08:00"));
        visit("team1", "m-he", LocalDate.of(2026, 11, 3), "乙公司", at("2026-11-06T10:00:00+08:00")); // late
        visit("team1", "m-qian", LocalDate.of(2026, 11, 4), "丙公司", at("2026-11-04T10:00:00+08:00"));
        ledger.withdraw(a, "m-he", "重复", at("2026-11-05T10:00:00+08:00"));
        TeamProgress p = calc.team(T1, Period.month(YearMonth.of(2026, 11)), LocalDate.of(2026, 11, 20));
        Figure f = p.figure("visits").orElseThrow();
        assertThat(f.actual()).isEqualTo(2);
        assertThat(f.late()).isEqualTo(1);
        assertThat(numbers(p, "visits")).doesNotContain(a).hasSize(2);
        assertThat(f.gap()).isEqualTo(13);
        assertThat(f.daysLeft()).isEqualTo(10);
        assertThat(p.visitsByMember()).containsEntry("m-he", 1L).containsEntry("m-qian", 1L);
    }

    @Test
    void paceFollowsTheDaysElapsed() {
        for (int d = 1; d <= 8; d++) visit("team1", "m-he", LocalDate.of(2026, 11, d), "企业" + d, at("2026-11-0" + d + "T10:00:00+08:00"));
        // 8 visits on day 20 of 30: behind (10 expected)
        assertThat(calc.team(T1, Period.month(YearMonth.of(2026, 11)), LocalDate.of(2026, 11, 20))
                .figure("visits").orElseThrow().pace()).isEqualTo(Pace.BEHIND);
        // 8 visits on day 16 of 30: on pace (8 expected)
        assertThat(calc.team(T1, Period.month(YearMonth.of(2026, 11)), LocalDate.of(2026, 11, 16))
                .figure("visits").orElseThrow().pace()).isEqualTo(Pace.ON_PACE);
    }

    @Test
    void inspectionsCountDistinctEnterprisesUpToToday() {
        ledger.record(new InspectionReport("比亚迪深圳弗迪电池有限公司", LocalDate.of(2026, 10, 14), null, null, null, "高新区", null), "team1", "m-he", inbox, at("2026-10-10T10:00:00+08:00"));
        ledger.record(new InspectionReport("比亚迪深圳弗迪电池", LocalDate.of(2026, 11, 14), null, null, null, "高新区", null), "team1", "m-he", inbox, at("2026-10-10T10:00:00+08:00"));
        ledger.record(new InspectionReport("康佳集团", LocalDate.of(2026, 12, 30), null, null, null, "潞州区", null), "team1", "m-he", inbox, at("2026-10-10T10:00:00+08:00"));
        TeamProgress p = calc.team(T1, Period.month(YearMonth.of(2026, 11)), LocalDate.of(2026, 11, 20));
        Figure f = p.figure("inspections").orElseThrow();
        assertThat(f.period()).isEqualTo(Period.quarter(2026, 4));
        assertThat(f.actual()).isEqualTo(1); // the same enterprise twice; the planned December one not yet
    }

    @Test
    void landedCountsFromExactlyOneHundredMillion() {
        String big = ledger.record(new SigningReport("甲项目", "甲公司", LocalDate.of(2026, 3, 1), 100_000_000L, null, null, null, null, "m"), "team1", "m-he", inbox, at("2026-03-01T10:00:00+08:00")).number();
        String small = ledger.record(new SigningReport("乙项目", "乙公司", LocalDate.of(2026, 3, 2), 99_999_999L, null, null, null, null, "m"), "team1", "m-he", inbox, at("2026-03-02T10:00:00+08:00")).number();
        ledger.record(new SigningReport("丙项目", "丙公司", LocalDate.of(2026, 3, 3), 500_000_000L, null, null, null, null, "m"), "team1", "m-he", inbox, at("2026-03-03T10:00:00+08:00"));
        ledger.setSigningProgress(big, "开工", "m-he", at("2026-05-01T10:00:00+08:00"));
        ledger.setSigningProgress(small, "投产", "m-he", at("2026-05-01T10:00:00+08:00"));
        TeamProgress p = calc.team(T1, Period.year(2026), LocalDate.of(2026, 11, 20));
        assertThat(p.figure("landed").orElseThrow().actual()).isEqualTo(1);
        assertThat(numbers(p, "landed")).containsExactly(big);
        assertThat(p.figure("signings").orElseThrow().actual()).isEqualTo(3);
        assertThat(p.signedAmountYuan()).isEqualTo(699_999_999L);
        assertThat(p.startRatePercent()).contains(67L); // 2 of 3 started
    }

    @Test
    void tripDaysAreTheUnionOfTripsUpToTodayAndDaysWithoutVisitsAreListed() {
        ledger.record(new TripPlanReport("深圳", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 20), List.of(), null, null, null), "team1", "m-he", inbox, at("2026-11-15T10:00:00+08:00"));
        ledger.record(new TripPlanReport("东莞", LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 25), List.of(), null, null, null), "team1", "m-qian", inbox, at("2026-11-15T10:00:00+08:00"));
        visit("team1", "m-he", LocalDate.of(2026, 11, 16), "甲公司", at("2026-11-16T20:00:00+08:00"));
        TeamProgress p = calc.team(T1, Period.month(YearMonth.of(2026, 11)), LocalDate.of(2026, 11, 22));
        assertThat(p.figure("tripDays").orElseThrow().actual()).isEqualTo(7); // 16..22
        assertThat(p.daysOutWithoutVisit()).hasSize(6).doesNotContain(LocalDate.of(2026, 11, 16));
    }

    @Test
    void teamsAreCountedApartAndRanked() {
        visit("team1", "m-he", LocalDate.of(2026, 11, 2), "甲公司", at("2026-11-02T10:00:00+08:00"));
        ledger.record(new LeadReport(LocalDate.of(2026, 11, 3), "乙公司", "乙项目", null, null, null, "m", null, null, null), "team2", "m-xu", inbox, at("2026-11-03T10:00:00+08:00"));
        ledger.record(new LeadReport(LocalDate.of(2026, 11, 4), "丙公司", "丙项目", null, null, null, "m", null, null, null), "team2", "m-xu", inbox, at("2026-11-04T10:00:00+08:00"));
        List<TeamProgress> all = calc.teams(List.of(T1, T2), Period.month(YearMonth.of(2026, 11)), LocalDate.of(2026, 11, 20));
        assertThat(all.get(0).figure("visits").orElseThrow().actual()).isEqualTo(1);
        assertThat(all.get(1).figure("visits").orElseThrow().actual()).isZero();
        assertThat(all.get(1).figure("leads").orElseThrow().actual()).isEqualTo(2);
        List<Ranking.Place> places = Ranking.rank(all, TARGETS);
        assertThat(places.get(0).progress().teamName()).isEqualTo("第二工作组"); // 2/6 leads beats 1/15 visits
        assertThat(places.get(0).score()).isGreaterThan(places.get(1).score());
    }

    @Test
    void eachFigureReadsItsOwnPeriodAskedForAMonth() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        visit("team1", "m-he", LocalDate.of(2026, 10, 30), "十月公司", at("2026-10-30T20:00:00+08:00")); // last month
        String nov = visit("team1", "m-qian", LocalDate.of(2026, 11, 2), "甲公司", at("2026-11-02T20:00:00+08:00"));
        ledger.record(new LeadReport(LocalDate.of(2026, 10, 31), "乙公司", "乙项目", null, null, null, "m", null, null, null), "team1", "m-he", inbox, at("2026-10-31T10:00:00+08:00"));
        String oct = ledger.record(new InspectionReport("丙公司", LocalDate.of(2026, 10, 1), null, null, null, null, null), "team1", "m-he", inbox, at("2026-10-01T10:00:00+08:00")).number();
        ledger.record(new InspectionReport("丁公司", LocalDate.of(2026, 9, 30), null, null, null, null, null), "team1", "m-he", inbox, at("2026-09-30T10:00:00+08:00")); // last quarter
        String feb = ledger.record(new SigningReport("戊项目", "戊公司", LocalDate.of(2026, 2, 1), 200_000_000L, null, null, null, null, "m"), "team1", "m-he", inbox, at("2026-02-01T10:00:00+08:00")).number();
        String lastYear = ledger.record(new SigningReport("己项目", "己公司", LocalDate.of(2025, 12, 1), 300_000_000L, null, null, null, null, "m"), "team1", "m-he", inbox, at("2025-12-01T10:00:00+08:00")).number();
        ledger.setSigningProgress(lastYear, "开工", "m-he", at("2026-03-01T10:00:00+08:00")); // landed this year
        ledger.record(new TripPlanReport("北京", LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 3), List.of(), null, null, null), "team1", "m-he", inbox, at("2026-10-28T10:00:00+08:00"));

        TeamProgress p = calc.team(T1, Period.month(YearMonth.of(2026, 11)), today);
        assertThat(numbers(p, "visits")).containsExactly(nov);
        assertThat(p.visitsByMember()).containsOnlyKeys("m-qian");
        assertThat(p.figure("leads").orElseThrow().actual()).isZero();
        assertThat(p.leadsByMember()).isEmpty();
        assertThat(numbers(p, "inspections")).containsExactly(oct);
        assertThat(numbers(p, "signings")).containsExactly(feb);
        assertThat(p.signedAmountYuan()).isEqualTo(200_000_000L);
        assertThat(numbers(p, "landed")).containsExactly(lastYear);
        assertThat(p.figure("tripDays").orElseThrow().actual()).isEqualTo(3); // Nov 1–3 of the Oct 29 – Nov 3 trip
        assertThat(p.daysOutWithoutVisit()).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3));
    }

    @Test
    void daysOutWithoutVisitLookAtVisitsOverTheTripFiguresPeriodWhenItIsLonger() {
        Targets yearlyTrips = new Targets(List.of(
                new Target("visits", "拜访重点企业", 15, "month", 1),
                new Target("tripDays", "外出招商天数", 100, "year", 0)), 100_000_000L);
        ProgressCalculator yearly = new ProgressCalculator(ledger, yearlyTrips);
        ledger.record(new TripPlanReport("深圳", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), List.of(), null, null, null), "team1", "m-he", inbox, at("2026-03-09T10:00:00+08:00"));
        visit("team1", "m-he", LocalDate.of(2026, 3, 10), "甲公司", at("2026-03-10T20:00:00+08:00"));

        TeamProgress p = yearly.team(T1, Period.month(YearMonth.of(2026, 11)), LocalDate.of(2026, 11, 20));
        assertThat(p.figure("visits").orElseThrow().actual()).isZero(); // a March visit is not November's
        assertThat(p.visitsByMember()).isEmpty();
        assertThat(p.figure("tripDays").orElseThrow().actual()).isEqualTo(2);
        assertThat(p.daysOutWithoutVisit()).containsExactly(LocalDate.of(2026, 3, 11)); // March 10 had a visit
    }

    /**
     * The figures are counted by the database and the records behind them read for the workbook by other code: over a
     * random ledger of three teams (withdrawn, late, landed, repeated inspections, trips), asked for every kind of
     * period, each figure equals the number of records behind it, for one team and for all teams at once.
     */
    @Test
    void figuresCountExactlyTheRecordsBehindThem() {
        java.util.Random rnd = new java.util.Random(20261120);
        List<Team> teams = List.of(T1, T2, new Team("team3", "第三工作组", "", "", "", ""));
        LocalDate first = LocalDate.of(2025, 12, 1);
        for (int i = 0; i < 400; i++) {
            LocalDate date = first.plusDays(rnd.nextInt(365));
            Instant recorded = date.plusDays(rnd.nextInt(3)).atTime(10, 0).atZone(SH).toInstant();  // some late
            String team = teams.get(rnd.nextInt(3)).id();
            String reporter = "m-" + team + "-" + rnd.nextInt(3);
            String enterprise = "企业" + rnd.nextInt(40) + "有限公司";
            String number = switch (rnd.nextInt(6)) {
                case 0, 1 -> visit(team, reporter, date, enterprise, recorded);
                case 2 -> ledger.record(new LeadReport(date, enterprise, "项目" + i, null, 100_000_000L, null, "某", null,
                        null, null), team, reporter, inbox, recorded).number();
                case 3 -> ledger.record(new InspectionReport(enterprise, date, null, null, null, null, null), team, reporter,
                        inbox, recorded).number();
                case 4 -> {
                    String s = ledger.record(new SigningReport("项目" + i, enterprise, date, (long) rnd.nextInt(4) * 60_000_000L,
                            null, null, null, null, "某"), team, reporter, inbox, recorded).number();
                    if (rnd.nextBoolean()) ledger.setSigningProgress(s, rnd.nextBoolean() ? "开工" : "投产", reporter,
                            recorded.plusSeconds(86_400L * rnd.nextInt(90)));
                    yield s;
                }
                default -> ledger.record(new TripPlanReport("深圳", date, date.plusDays(rnd.nextInt(6)), List.of(), null,
                        null, null), team, reporter, inbox, recorded).number();
            };
            if (rnd.nextInt(15) == 0) ledger.withdraw(number, reporter, "测试", recorded.plusSeconds(60));
        }
        LocalDate today = LocalDate.of(2026, 11, 20);
        for (Period asked : List.of(Period.month(YearMonth.of(2026, 11)), Period.month(YearMonth.of(2026, 2)),
                Period.quarter(2026, 4), Period.year(2026), Period.custom(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 5)))) {
            List<TeamProgress> all = calc.teams(teams, asked, today);
            for (int t = 0; t < teams.size(); t++) {
                TeamProgress one = calc.team(teams.get(t), asked, today);
                assertThat(one).as("one team %s %s", teams.get(t).id(), asked.label()).isEqualTo(all.get(t));
                for (Figure f : one.figures()) {
                    if (f.key().equals("tripDays")) continue;
                    List<zhaoshang.ledger.LedgerEntry<?>> behind = calc.rowsBehind(List.of(one), f.key());
                    assertThat(behind).as("%s %s %s", one.teamId(), asked.label(), f.key()).hasSize((int) f.actual());
                    assertThat(calc.rowsBehind(all, f.key()).stream().filter(e -> e.teamId().equals(one.teamId())))
                            .hasSize((int) f.actual());
                    if (f.key().equals("visits")) {
                        assertThat(behind.stream().filter(zhaoshang.ledger.LedgerEntry::late).count()).isEqualTo(f.late());
                        assertThat(one.visitsByMember().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(f.actual());
                    }
                    if (f.key().equals("signings")) {
                        assertThat(one.signedAmountYuan()).isEqualTo(behind.stream()
                                .mapToLong(e -> ((SigningReport) e.report()).amountYuan()).sum());
                    }
                }
            }
        }
    }

    /** The numbers of the records behind a figure, as the 进度汇总 workbook lists them. */
    private List<String> numbers(TeamProgress p, String key) {
        return calc.rowsBehind(List.of(p), key).stream().map(zhaoshang.ledger.LedgerEntry::number).toList();
    }
}
