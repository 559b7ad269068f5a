package zhaoshang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.ledger.HistoryEntry.Action;
import zhaoshang.ledger.LedgerException.Problem;
import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.TripPlanReport;
import zhaoshang.report.TripPlanReport.PlannedVisit;
import zhaoshang.report.TripSummaryReport;
import zhaoshang.report.VisitReport;

class LedgerTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = at("2026-11-20T10:00");

    @TempDir
    Path dir;
    TestDb db;
    Ledger ledger;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        ledger = new Ledger(db.jdbi(), SHANGHAI);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static VisitReport visit(String date, String enterprise) {
        return new VisitReport(date == null ? null : d(date), enterprise, null, "深圳", "新能源", "崔健（总裁）", "赵斌",
                "储能设备生产基地选址", "较强", null, "12月邀请来高新区考察");
    }

    static LeadReport lead(String enterprise, String project, String source) {
        return new LeadReport(d("2026-11-19"), enterprise, project, "电子信息", 1_500_000_000L, "高新区", "韦宁", source,
                null, "月底前报送项目建议书");
    }

    static SigningReport signing(String project, String enterprise, String date) {
        return new SigningReport(project, enterprise, d(date), 620_000_000L, "新能源", "潞州区", null,
                "需协调标准化厂房2万平方米", null);
    }

    Recorded record(Object report, String team) {
        return ledger.record((zhaoshang.report.Report) report, team, "m-wang", db.inbox(), NOW);
    }

    // ------------------------------------------------------------------ numbering across instances

    @Test
    void twoUnitsRecordingKindsInOppositeOrderBothCommitWithoutADeadlock() throws Exception {
        // group commit on two instances: one unit records a visit then a lead while another records a lead then a
        // visit. A numbering lock per kind, taken in message order, made PostgreSQL abort one of them as a deadlock
        // (after its 1 s deadlock_timeout): FullPathBenchmark with two instances fell to 24-43 reports/s
        java.util.concurrent.CyclicBarrier between = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        long v1 = db.inbox(), l1 = db.inbox(), l2 = db.inbox(), v2 = db.inbox();
        try {
            var visitThenLead = pool.submit(() -> db.database().unit(() -> {
                ledger.record(visit("2026-11-20", "东莞聚景实业有限公司"), "team1", "m-wang", v1, NOW);
                meet(between);
                return ledger.record(lead("东莞聚景实业有限公司", "储能项目", null), "team1", "m-wang", l1, NOW).number();
            }));
            var leadThenVisit = pool.submit(() -> db.database().unit(() -> {
                ledger.record(lead("上海新材料协会", "新材料项目", null), "team2", "m-li", l2, NOW);
                meet(between);
                return ledger.record(visit("2026-11-20", "上海新材料协会"), "team2", "m-li", v2, NOW).number();
            }));
            assertThat(List.of(visitThenLead.get(30, java.util.concurrent.TimeUnit.SECONDS),
                    leadThenVisit.get(30, java.util.concurrent.TimeUnit.SECONDS)))
                    .isIn(List.of("#L-0001", "#V-0002"), List.of("#L-0002", "#V-0001"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.jdbi().<Integer, RuntimeException>withHandle(h -> h.createQuery("select count(*) from visit").mapTo(Integer.class).one()))
                .isEqualTo(2);
        assertThat(db.jdbi().<Integer, RuntimeException>withHandle(h -> h.createQuery("select count(*) from lead").mapTo(Integer.class).one()))
                .isEqualTo(2);
    }

    /** Both units at their midpoint, or on after 3 s when the other is held back by a lock (as it should be). */
    private static void meet(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.BrokenBarrierException e) {
            // the other unit waits for this one's lock: go on and commit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ reminder passes

    @Test
    void aReminderPassReadsAgainOnlyWhatChangedSinceThePassBefore() {
        // each minute's reminder pass read the last hour's changes and their records again; while nothing changed it
        // now answers from the pass before, and any change (a record, a withdrawal) is read at once
        Recorded first = record(visit("2026-11-20", "东莞聚景实业有限公司"), "team1");
        Instant from = NOW.minusSeconds(3600);
        List<Submissions.RecordChange> seen = ledger.pass(NOW, () -> ledger.submissions().changedIn(from, NOW));
        assertThat(seen).extracting(Submissions.RecordChange::number).containsExactly(first.number());
        List<Submissions.RecordChange> again = ledger.pass(NOW.plusSeconds(60),
                () -> ledger.submissions().changedIn(from, NOW));
        assertThat(again).isEqualTo(seen);
        assertThat(again.get(0)).isSameAs(seen.get(0)); // not read again

        Recorded second = record(visit("2026-11-20", "上海新材料协会"), "team2");
        assertThat(ledger.pass(NOW.plusSeconds(120), () -> ledger.submissions().changedIn(from, NOW)))
                .extracting(Submissions.RecordChange::number).containsExactly(first.number(), second.number());
        ledger.withdraw(first.number(), "m-wang", "录错了", NOW);
        assertThat(ledger.pass(NOW.plusSeconds(180), () -> ledger.find(first.number()).orElseThrow().active()))
                .isFalse();
        assertThat(ledger.pass(NOW.plusSeconds(180), () -> ledger.submissions().changedIn(from, NOW)))
                .extracting(Submissions.RecordChange::action).contains(HistoryEntry.Action.WITHDRAW);
    }

    // ------------------------------------------------------------------ numbering

    @Test
    void numbersEachKindOnItsOwn() {
        assertThat(record(visit("2026-11-18", "东莞聚景实业有限公司"), "team1").number()).isEqualTo("#V-0001");
        assertThat(record(visit("2026-11-19", "上海新材料协会"), "team2").number()).isEqualTo("#V-0002");
        assertThat(record(lead("康佳集团", "MLED先进制造中心", null), "team1").number()).isEqualTo("#L-0001");
        assertThat(record(new InspectionReport("比亚迪深圳弗迪电池有限公司", d("2026-12-14"), "总监等4人", "宋开",
                "参观标准化厂房", "高新区", "达成初步共识"), "team1").number()).isEqualTo("#I-0001");
        assertThat(record(signing("21700圆柱动力电池项目", "内洽特克（天津）国际贸易有限公司", "2026-11-15"), "team1")
                .number()).isEqualTo("#S-0001");
        assertThat(record(new TripPlanReport("深圳、东莞", d("2026-11-24"), d("2026-11-30"), List.of(), "省政府珠三角招商局",
                "赵斌带队", null), "team1").number()).isEqualTo("#T-0001");
        assertThat(record(new TripSummaryReport("11月24日-11月30日 深圳", d("2026-11-24"), d("2026-11-30"),
                "走访企业7家", null, null, null, null), "team1").number()).isEqualTo("#R-0001");
        assertThat(record(visit("2026-11-19", "沐林森智能科技"), "team1").number()).isEqualTo("#V-0003");
    }

    @Test
    void keepsTheReportExactlyWithItsSource() {
        long inbox = db.inbox();
        VisitReport v = new VisitReport(d("2026-11-18"), "东莞聚景实业有限公司", "显示屏及触摸屏研发制造，年产值约8亿", "东莞",
                "电子信息", "王总 副总经理", "赵斌、杨琦", "介绍高新区电子信息产业集群", "一般", 200_000_000L, "保持联系");
        Recorded r = ledger.record(v, "team1", "m-zhao", inbox, NOW);
        LedgerEntry<?> e = ledger.find(r.number()).orElseThrow();
        assertThat(e.report()).isEqualTo(v);
        assertThat(e.kind()).isEqualTo(ReportKind.VISIT);
        assertThat(e.teamId()).isEqualTo("team1");
        assertThat(e.reporterId()).isEqualTo("m-zhao");
        assertThat(e.inboxId()).isEqualTo(inbox);
        assertThat(e.status()).isEqualTo(RecordStatus.ACTIVE);
        assertThat(e.createdAt()).isEqualTo(NOW);
        assertThat(e.updatedAt()).isEqualTo(NOW);
        assertThat(e.enterpriseKey()).isEqualTo("东莞聚景");
        assertThat(ledger.history(r.number())).extracting(HistoryEntry::action, HistoryEntry::actorId, HistoryEntry::at)
                .containsExactly(tuple(Action.CREATE, "m-zhao", NOW));
    }

    @Test
    void defaultsDateStageAndProgress() {
        Recorded v = record(visit(null, "东莞聚景实业有限公司"), "team1");
        Recorded s = record(new SigningReport("光电芯片制造中心建设项目", "安徽申焰新能源科技有限责任公司", null, 115_000_000L,
                null, "高新区", null, null, null), "team1");
        Recorded l = record(new LeadReport(null, "康佳集团", null, null, 3_000_000_000L, null, null, null, null, null),
                "team1");
        assertThat(((VisitReport) ledger.find(v.number()).orElseThrow().report()).date()).isEqualTo(d("2026-11-20"));
        SigningReport signed = (SigningReport) ledger.find(s.number()).orElseThrow().report();
        assertThat(signed.date()).isEqualTo(d("2026-11-20"));
        assertThat(signed.progress()).isEqualTo("签约");
        assertThat(((LeadReport) ledger.find(l.number()).orElseThrow().report()).stage()).isEqualTo("线索");
    }

    @Test
    void refusesMissingRequiredFields() {
        assertThatThrownBy(() -> record(visit("2026-11-18", " "), "team1"))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
                    assertThat(e.field()).isEqualTo("enterprise");
                    assertThat(e.getMessage()).contains("企业名称");
                });
        assertThatThrownBy(() -> record(new SigningReport("某项目", "某公司", null, null, null, null, null, null, null),
                "team1")).isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.field()).isEqualTo("amountYuan"));
        assertThatThrownBy(() -> record(new LeadReport(null, "康佳集团", null, null, null, null, null, null, null, null),
                "team1")).isInstanceOf(LedgerException.class);
        assertThat(ledger.visits(null, null, null)).isEmpty();
    }

    // ------------------------------------------------------------------ 24-hour rule

    @Test
    void lateFlagOnTheEdgeOfTheNextDayInShanghai() {
        Recorded inTime = ledger.record(visit("2026-11-18", "东莞聚景实业有限公司"), "team1", "m-wang", db.inbox(),
                at("2026-11-19T23:59:59"));
        Recorded late = ledger.record(visit("2026-11-18", "上海新材料协会"), "team1", "m-wang", db.inbox(),
                at("2026-11-20T00:00"));
        Recorded sameDay = ledger.record(visit("2026-11-18", "沐林森智能科技"), "team1", "m-wang", db.inbox(),
                at("2026-11-18T08:00"));
        assertThat(inTime.late()).isFalse();
        assertThat(late.late()).isTrue();
        assertThat(sameDay.late()).isFalse();
        assertThat(ledger.find(inTime.number()).orElseThrow().late()).isFalse();
        assertThat(ledger.find(late.number()).orElseThrow().late()).isTrue();
        // 2026-11-19T16:00Z is 2026-11-20T00:00 in Shanghai: the zone decides, not UTC
        assertThat(VisitDeadline.deadline(d("2026-11-18"), SHANGHAI)).isEqualTo(Instant.parse("2026-11-19T16:00:00Z"));
    }

    @Test
    void correctingTheDateRecomputesLateAgainstTheRecordingTime() {
        Recorded r = ledger.record(visit("2026-11-18", "东莞聚景实业有限公司"), "team1", "m-wang", db.inbox(),
                at("2026-11-20T09:00"));
        assertThat(r.late()).isTrue();
        ledger.correct(r.number(), Map.of("date", d("2026-11-19")), "m-wang", at("2026-11-25T09:00"));
        assertThat(ledger.find(r.number()).orElseThrow().late()).isFalse();
    }

    // ------------------------------------------------------------------ withdraw, correct, progress

    @Test
    void withdrawKeepsTheRowAndRecordsWhoWhenWhy() {
        Recorded r = record(visit("2026-11-19", "东莞聚景实业有限公司"), "team1");
        Instant when = at("2026-11-21T08:30");
        LedgerEntry<?> e = ledger.withdraw("v1", "m-lead", "重复登记", when);
        assertThat(e.status()).isEqualTo(RecordStatus.WITHDRAWN);
        assertThat(e.withdrawal()).isEqualTo(new LedgerEntry.Withdrawal("m-lead", when, "重复登记"));
        assertThat(e.updatedAt()).isEqualTo(when);
        assertThat(ledger.find(r.number())).get().extracting(LedgerEntry::status).isEqualTo(RecordStatus.WITHDRAWN);
        assertThat(ledger.history(r.number()))
                .extracting(HistoryEntry::action, HistoryEntry::actorId, HistoryEntry::at, HistoryEntry::field,
                        HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::reason)
                .containsExactly(
                        tuple(Action.CREATE, "m-wang", NOW, null, null, null, null),
                        tuple(Action.WITHDRAW, "m-lead", when, "status", "active", "withdrawn", "重复登记"));
        assertThatThrownBy(() -> ledger.withdraw(r.number(), "m-lead", null, when))
                .isInstanceOfSatisfying(LedgerException.class, x -> assertThat(x.problem()).isEqualTo(Problem.WITHDRAWN));
        assertThatThrownBy(() -> ledger.correct(r.number(), Map.of("intent", "明确"), "m-lead", when))
                .isInstanceOfSatisfying(LedgerException.class, x -> assertThat(x.problem()).isEqualTo(Problem.WITHDRAWN));
    }

    @Test
    void correctChangesFieldsAndKeepsOldAndNew() {
        Recorded r = record(visit("2026-11-19", "东莞聚景实业有限公司"), "team1");
        Instant when = at("2026-11-21T09:15");
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("intent", "明确");
        values.put("amountYuan", 200_000_000L);
        values.put("region", "深圳"); // unchanged: no history
        values.put("enterprise", "深圳欣迪新能源装备技术有限公司");
        List<Change> changes = ledger.correct("#V-0001", values, "m-zhao", when);
        assertThat(changes).containsExactly(
                new Change("intent", "较强", "明确"),
                new Change("amountYuan", null, 200_000_000L),
                new Change("enterprise", "东莞聚景实业有限公司", "深圳欣迪新能源装备技术有限公司"));
        LedgerEntry<?> e = ledger.find(r.number()).orElseThrow();
        VisitReport v = (VisitReport) e.report();
        assertThat(v.intent()).isEqualTo("明确");
        assertThat(v.amountYuan()).isEqualTo(200_000_000L);
        assertThat(e.enterpriseKey()).isEqualTo("深圳欣迪新能源装备");
        assertThat(e.updatedAt()).isEqualTo(when);
        assertThat(e.createdAt()).isEqualTo(NOW);
        assertThat(ledger.history(r.number())).filteredOn(h -> h.action() == Action.CORRECT)
                .extracting(HistoryEntry::actorId, HistoryEntry::at, HistoryEntry::field, HistoryEntry::oldValue,
                        HistoryEntry::newValue)
                .containsExactly(
                        tuple("m-zhao", when, "intent", "较强", "明确"),
                        tuple("m-zhao", when, "amountYuan", null, "200000000"),
                        tuple("m-zhao", when, "enterprise", "东莞聚景实业有限公司", "深圳欣迪新能源装备技术有限公司"));
        assertThat(ledger.correct(r.number(), Map.of("intent", "明确"), "m-zhao", when)).isEmpty();
    }

    @Test
    void correctValidatesNamesAndTypes() {
        Recorded r = record(visit("2026-11-19", "东莞聚景实业有限公司"), "team1");
        assertThatThrownBy(() -> ledger.correct(r.number(), Map.of("progress", "开工"), "m-wang", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
                    assertThat(e.field()).isEqualTo("progress");
                });
        assertThatThrownBy(() -> ledger.correct(r.number(), Map.of("amountYuan", 1.5e8), "m-wang", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE));
        assertThatThrownBy(() -> ledger.correct(r.number(), Map.of("amountYuan", "很多"), "m-wang", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE));
        assertThatThrownBy(() -> ledger.correct(r.number(), Map.of("date", "明天"), "m-wang", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE));
        Map<String, Object> clear = new HashMap<>();
        clear.put("content", null);
        assertThatThrownBy(() -> ledger.correct(r.number(), clear, "m-wang", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD));
        assertThatThrownBy(() -> ledger.correct("#V-0099", Map.of("intent", "明确"), "m-wang", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_NUMBER));
        // nothing was written by the refused corrections
        assertThat(ledger.history(r.number())).hasSize(1);
        assertThat(ledger.correct(r.number(), Map.of("date", "2026-11-18", "amountYuan", 30_000_000), "m-wang", NOW))
                .extracting(Change::field).containsExactlyInAnyOrder("date", "amountYuan");
    }

    @Test
    void signingProgressForwardAndBackwardIsHistory() {
        Recorded s = record(signing("21700圆柱动力电池项目", "内洽特克（天津）国际贸易有限公司", "2026-11-15"), "team1");
        Moved m1 = ledger.setSigningProgress("S-1", "注册", "m-wang", at("2026-12-01T09:00"));
        Moved m2 = ledger.setSigningProgress("#S-0001", "已开工", "m-lead", at("2027-01-05T09:00"));
        assertThat(m1).isEqualTo(new Moved("#S-0001", "签约", "注册", null));
        assertThat(m2).isEqualTo(new Moved("#S-0001", "注册", "开工", null));
        LedgerEntry<?> e = ledger.find(s.number()).orElseThrow();
        assertThat(((SigningReport) e.report()).progress()).isEqualTo("开工");
        assertThat(e.landedOn()).isEqualTo(d("2027-01-05"));
        assertThat(ledger.landedSignings("team1", d("2027-01-01"), d("2027-12-31"))).hasSize(1);
        assertThat(ledger.landedSignings("team1", d("2026-01-01"), d("2026-12-31"))).isEmpty();

        ledger.setSigningProgress("#S-0001", "投产", "m-lead", at("2027-06-01T09:00"));
        assertThat(ledger.find(s.number()).orElseThrow().landedOn()).isEqualTo(d("2027-01-05"));
        Moved back = ledger.setSigningProgress("#S-0001", "注册", "m-lead", at("2027-06-02T09:00"));
        assertThat(back.from()).isEqualTo("投产");
        assertThat(ledger.find(s.number()).orElseThrow().landedOn()).isNull();
        assertThat(ledger.setSigningProgress("#S-0001", "注册", "m-lead", NOW).changed()).isFalse();

        assertThat(ledger.history(s.number())).filteredOn(h -> h.action() == Action.PROGRESS)
                .extracting(HistoryEntry::actorId, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("m-wang", "签约", "注册"), tuple("m-lead", "注册", "开工"),
                        tuple("m-lead", "开工", "投产"), tuple("m-lead", "投产", "注册"));
        assertThatThrownBy(() -> ledger.setSigningProgress("#S-0001", "很好", "m-lead", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e2 -> assertThat(e2.problem()).isEqualTo(Problem.INVALID_VALUE));
        Recorded v = record(visit("2026-11-19", "东莞聚景实业有限公司"), "team1");
        assertThatThrownBy(() -> ledger.setSigningProgress(v.number(), "开工", "m-lead", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e2 -> assertThat(e2.problem()).isEqualTo(Problem.WRONG_KIND));
    }

    @Test
    void signingRecordedAlreadyStartedHasLanded() {
        Recorded s = ledger.record(new SigningReport("电子高端材料项目", "鑫荣电子科技有限公司", d("2026-03-01"),
                250_000_000L, null, null, "开工", null, null), "team1", "m-wang", db.inbox(), NOW);
        assertThat(ledger.find(s.number()).orElseThrow().landedOn()).isEqualTo(d("2026-11-20"));
    }

    // ------------------------------------------------------------------ duplicates and links

    @Test
    void duplicateSigningIsCountedOnce() {
        Recorded first = record(signing("MLED先进制造中心项目", "康佳集团股份有限公司", "2026-11-15"), "team1");
        Recorded again = record(signing("MLED 先进制造中心", "康佳集团", "2026-11-16"), "team1");
        assertThat(first.duplicate()).isFalse();
        assertThat(again.outcome()).isEqualTo(Recorded.Outcome.DUPLICATE);
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(ledger.signings("team1", d("2026-01-01"), d("2026-12-31"))).hasSize(1);
        // another project of the same enterprise, or the same project of another team, is a new signing
        assertThat(record(signing("MLED二期", "康佳集团", "2026-11-16"), "team1").duplicate()).isFalse();
        assertThat(record(signing("MLED先进制造中心", "康佳集团", "2026-11-16"), "team2").duplicate()).isFalse();
        // after a withdrawal it can be recorded again
        ledger.withdraw(first.number(), "m-wang", "录错了", NOW);
        assertThat(record(signing("MLED先进制造中心", "康佳集团", "2026-11-17"), "team1").number()).isEqualTo("#S-0004");
    }

    @Test
    void leadLinksToItsVisitByEnterpriseOrSource() {
        Recorded v1 = record(visit("2026-11-17", "深圳欣迪新能源装备技术有限公司"), "team1");
        Recorded v2 = record(visit("2026-11-18", "深圳欣迪新能源装备技术有限公司"), "team1");
        record(visit("2026-11-19", "深圳欣迪新能源装备技术有限公司"), "team2"); // other team: never linked
        Recorded other = record(visit("2026-11-18", "东莞聚景实业有限公司"), "team1");

        Recorded byName = record(lead("深圳欣迪新能源", "储能设备生产基地", null), "team1");
        assertThat(byName.visitNumber()).isEqualTo(v2.number()); // the latest visit of the enterprise
        Recorded bySource = record(lead("深圳欣迪新能源", "储能设备二期", "走访 " + v1.number()), "team1");
        assertThat(bySource.visitNumber()).isEqualTo(v1.number());
        Recorded none = record(lead("比亚迪深圳弗迪电池有限公司", "储能电池", null), "team1");
        assertThat(none.visitNumber()).isNull();
        assertThat(ledger.find(byName.number()).orElseThrow().links().visitNumber()).isEqualTo(v2.number());

        // correcting the enterprise re-links
        ledger.correct(byName.number(), Map.of("enterprise", "东莞聚景实业"), "m-wang", NOW);
        assertThat(ledger.find(byName.number()).orElseThrow().links().visitNumber()).isEqualTo(other.number());
    }

    @Test
    void leadNeverLinksToAnotherTeamsVisit() {
        Recorded theirs = record(visit("2026-11-18", "深圳欣迪新能源装备技术有限公司"), "team2");
        Recorded ours = record(visit("2026-11-17", "东莞聚景实业有限公司"), "team1");

        Recorded lead = record(lead("东莞聚景实业有限公司", "电子信息产业园", "走访 " + theirs.number()), "team1");
        assertThat(lead.unlinkedSource()).isEqualTo(theirs.number());
        assertThat(lead.unlinkedSourceNote()).contains(theirs.number()).contains("不是本组").doesNotContain("深圳欣迪");
        // not linked to team 2's visit; the team's own visit of the enterprise is linked as without a source
        assertThat(lead.visitNumber()).isEqualTo(ours.number());
        assertThat(ledger.find(lead.number()).orElseThrow().links().visitNumber()).isEqualTo(ours.number());

        // an unknown number gets the same answer, so the answer tells nothing about other teams' records
        Recorded unknown = record(lead("比亚迪", "储能电池", "#V-9999"), "team1");
        assertThat(unknown.unlinkedSourceNote()).isEqualTo(lead.unlinkedSourceNote().replace(theirs.number(), "#V-9999"));
        assertThat(unknown.visitNumber()).isNull();

        // a correction to another team's visit is refused and changes nothing
        assertThatThrownBy(() -> ledger.correct(unknown.number(), Map.of("source", theirs.number()), "m-wang", NOW))
                .isInstanceOf(LedgerException.class).hasMessageContaining("不是本组").hasMessageContaining("未修改");
        assertThat(((LeadReport) ledger.find(unknown.number()).orElseThrow().report()).source()).isEqualTo("#V-9999");
        assertThat(ledger.history(unknown.number())).hasSize(1);
        // its own team's visit is linked as before
        ledger.correct(unknown.number(), Map.of("source", ours.number()), "m-wang", NOW);
        assertThat(ledger.find(unknown.number()).orElseThrow().links().visitNumber()).isEqualTo(ours.number());
    }

    @Test
    void signingLinksToItsLeadAndMovesItToSigned() {
        Recorded l = record(lead("安徽申焰新能源科技有限责任公司", "光电芯片项目", null), "team1");
        record(lead("安徽申焰新能源", "储氢材料", null), "team1");
        Recorded s = record(signing("光电芯片制造中心建设项目", "安徽申焰新能源科技有限公司", "2026-11-16"), "team1");
        assertThat(s.leadNumber()).isEqualTo(l.number());
        LedgerEntry<?> le = ledger.find(l.number()).orElseThrow();
        assertThat(((LeadReport) le.report()).stage()).isEqualTo("签约");
        assertThat(le.links().signingNumber()).isEqualTo(s.number());
        assertThat(ledger.find(s.number()).orElseThrow().links().leadNumber()).isEqualTo(l.number());
        assertThat(ledger.history(l.number())).last()
                .extracting(HistoryEntry::action, HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::reason)
                .containsExactly(Action.STAGE, "线索", "签约", "签约 " + s.number());
    }

    @Test
    void leadStageToSignedLinksAnExistingSigning() {
        Recorded s = record(signing("21700圆柱动力电池项目", "内洽特克（天津）国际贸易有限公司", "2026-11-15"), "team1");
        Recorded l = record(lead("内洽特克国际贸易有限公司", "21700圆柱动力电池", null), "team1");
        assertThat(ledger.setLeadStage(l.number(), "洽谈中", "m-wang", NOW))
                .isEqualTo(new Moved(l.number(), "线索", "洽谈", null));
        Moved signed = ledger.setLeadStage(l.number(), "签约", "m-lead", at("2026-11-21T10:00"));
        assertThat(signed).isEqualTo(new Moved(l.number(), "洽谈", "签约", s.number()));
        assertThat(ledger.find(l.number()).orElseThrow().links().signingNumber()).isEqualTo(s.number());
        assertThat(ledger.find(s.number()).orElseThrow().links().leadNumber()).isEqualTo(l.number());
        assertThat(ledger.history(l.number())).filteredOn(h -> h.action() == Action.STAGE)
                .extracting(HistoryEntry::actorId, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("m-wang", "线索", "洽谈"), tuple("m-lead", "洽谈", "签约"));
        assertThatThrownBy(() -> ledger.setLeadStage(s.number(), "签约", "m-lead", NOW))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_KIND));
    }

    // ------------------------------------------------------------------ find, recent

    @Test
    void findAcceptsTheNumberForms() {
        Recorded r = record(visit("2026-11-19", "东莞聚景实业有限公司"), "team1");
        for (String form : List.of("#V-0001", "V-1", "v1", "#v 0001", "＃Ｖ－０００１", "V0001")) {
            assertThat(ledger.find(form)).as(form).get().extracting(LedgerEntry::number).isEqualTo(r.number());
        }
        assertThat(ledger.find("#V-0002")).isEmpty();
        assertThat(ledger.find("#L-0001")).isEmpty();
        assertThat(ledger.find("东莞")).isEmpty();
        assertThat(ledger.history("#V-0002")).isEmpty();
    }

    @Test
    void recentByListsAMembersNewestRecords() {
        ledger.record(visit("2026-11-18", "东莞聚景实业有限公司"), "team1", "m-wang", db.inbox(), at("2026-11-18T10:00"));
        ledger.record(lead("康佳集团", "MLED", null), "team1", "m-wang", db.inbox(), at("2026-11-19T10:00"));
        ledger.record(visit("2026-11-19", "上海新材料协会"), "team1", "m-zhao", db.inbox(), at("2026-11-19T11:00"));
        ledger.record(signing("光电芯片", "安徽申焰", "2026-11-16"), "team1", "m-wang", db.inbox(), at("2026-11-20T10:00"));
        assertThat(ledger.recentBy("m-wang", 10)).extracting(LedgerEntry::number)
                .containsExactly("#S-0001", "#L-0001", "#V-0001");
        assertThat(ledger.recentBy("m-wang", 2)).extracting(LedgerEntry::number).containsExactly("#S-0001", "#L-0001");
        assertThat(ledger.recentBy("m-nobody", 5)).isEmpty();
    }

    @Test
    void fromMessageListsWhatAMessageMade() {
        long inbox = db.inbox();
        ledger.record(visit("2026-11-20", "华耀亿嘉集成电路"), "team1", "m-wang", inbox, NOW);
        ledger.record(visit("2026-11-20", "沐林森智能科技"), "team1", "m-wang", inbox, NOW);
        ledger.record(lead("沐林森智能科技", "共享终端产能扩张", null), "team1", "m-wang", inbox, NOW);
        record(visit("2026-11-20", "上海新材料协会"), "team1");
        assertThat(ledger.fromMessage(inbox)).extracting(LedgerEntry::number)
                .containsExactly("#L-0001", "#V-0001", "#V-0002");
        assertThat(ledger.fromMessage(-1)).isEmpty();
    }

    @Test
    void duplicateSigningWritesNothing() {
        Recorded first = record(signing("光电芯片制造中心建设项目", "安徽申焰新能源科技有限责任公司", "2026-11-16"), "team1");
        Recorded again = record(signing("光电芯片制造中心建设项目", "安徽申焰新能源科技有限责任公司", "2026-11-16"), "team1");
        assertThat(again.duplicate()).isTrue();
        assertThat(ledger.history(first.number())).hasSize(1);
        assertThat(ledger.signings(null, null, null, true)).hasSize(1);
    }

    // ------------------------------------------------------------------ period queries

    @Test
    void queriesRespectDateEdgesTeamsAndWithdrawn() {
        record(visit("2026-10-31", "企业甲"), "team1");
        Recorded first = record(visit("2026-11-01", "企业乙"), "team1");
        Recorded last = record(visit("2026-11-30", "企业丙"), "team1");
        record(visit("2026-12-01", "企业丁"), "team1");
        Recorded other = record(visit("2026-11-15", "企业戊"), "team2");
        Recorded withdrawn = record(visit("2026-11-10", "企业己"), "team1");
        ledger.withdraw(withdrawn.number(), "m-wang", null, NOW);

        LocalDate from = d("2026-11-01");
        LocalDate to = d("2026-11-30");
        assertThat(ledger.visits("team1", from, to)).extracting(LedgerEntry::number)
                .containsExactly(first.number(), last.number());
        assertThat(ledger.visits("team1", from, to, true)).extracting(LedgerEntry::number)
                .containsExactly(first.number(), withdrawn.number(), last.number());
        assertThat(ledger.visits(null, from, to)).extracting(LedgerEntry::number)
                .containsExactly(first.number(), other.number(), last.number());
        assertThat(ledger.visits("team3", from, to)).isEmpty();
        assertThat(ledger.visits("team1", null, null)).hasSize(4);
        assertThat(ledger.visits("team1", from, to).get(0).report().enterprise()).isEqualTo("企业乙");
    }

    @Test
    void queriesOfEveryKind() {
        record(lead("康佳集团", "MLED", null), "team1"); // 2026-11-19
        record(new InspectionReport("比亚迪深圳弗迪电池有限公司", d("2026-12-14"), null, null, null, "高新区", null), "team1");
        record(signing("光电芯片", "安徽申焰", "2026-11-16"), "team1");
        Recorded overlapsStart = record(new TripPlanReport("北京", d("2026-10-29"), d("2026-11-01"), List.of(), null,
                null, null), "team1");
        record(new TripPlanReport("上海", d("2026-10-20"), d("2026-10-31"), List.of(), null, null, null), "team1");
        Recorded inside = record(new TripPlanReport("深圳", d("2026-11-24"), d("2026-11-30"), List.of(), null, null,
                null), "team1");
        record(new TripPlanReport("广州", d("2026-12-01"), d("2026-12-03"), List.of(), null, null, null), "team1");
        Recorded undated = record(new TripSummaryReport("深圳", null, null, "走访企业7家", null, null, null, null),
                "team1"); // filed 2026-11-20
        Recorded dated = record(new TripSummaryReport(null, d("2026-10-28"), d("2026-11-02"), "走访企业3家", null, null,
                null, null), "team1");

        LocalDate from = d("2026-11-01");
        LocalDate to = d("2026-11-30");
        assertThat(ledger.leads("team1", from, to)).hasSize(1);
        assertThat(ledger.inspections("team1", from, to)).isEmpty();
        assertThat(ledger.inspections("team1", d("2026-12-14"), d("2026-12-14"))).hasSize(1);
        assertThat(ledger.signings("team1", from, to)).singleElement()
                .satisfies(s -> assertThat(s.report().amountYuan()).isEqualTo(620_000_000L));
        assertThat(ledger.tripPlans("team1", from, to)).extracting(LedgerEntry::number)
                .containsExactly(overlapsStart.number(), inside.number());
        assertThat(ledger.tripSummaries("team1", from, to)).extracting(LedgerEntry::number)
                .containsExactly(dated.number(), undated.number());
        assertThat(ledger.entries(ReportKind.TRIP_PLAN, null, null, null, false)).hasSize(4);
    }

    @Test
    void plannedVisitsAreStoredQueriedAndCorrected() {
        Recorded plan = record(new TripPlanReport("深圳、东莞", d("2026-11-24"), d("2026-11-30"), List.of(
                new PlannedVisit("深圳欣迪新能源", d("2026-11-25")),
                new PlannedVisit("东莞晶博光电", d("2026-11-26")),
                new PlannedVisit("广州基石创投", null)), "省政府珠三角招商局", "赵斌带队对接", null), "team1");
        TripPlanReport stored = (TripPlanReport) ledger.find(plan.number()).orElseThrow().report();
        assertThat(stored.plannedVisits()).extracting(PlannedVisit::enterprise)
                .containsExactly("深圳欣迪新能源", "东莞晶博光电", "广州基石创投");
        assertThat(ledger.plannedVisits("team1", d("2026-11-25"), d("2026-11-25")))
                .containsExactly(new PlannedVisitEntry(plan.number(), "team1", "m-wang", "深圳欣迪新能源", "深圳欣迪新能源",
                        d("2026-11-25")));
        assertThat(ledger.plannedVisits(null, null, null)).hasSize(2);

        List<Change> changes = ledger.correct(plan.number(), Map.of("plannedVisits",
                List.of(new PlannedVisit("东莞晶博光电", d("2026-11-27")), "广州基石创投")), "m-wang", NOW);
        assertThat(changes).singleElement().extracting(Change::field).isEqualTo("plannedVisits");
        assertThat(ledger.plannedVisits("team1", null, null)).extracting(PlannedVisitEntry::date)
                .containsExactly(d("2026-11-27"));
        assertThat(ledger.history(plan.number())).last().extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly("深圳欣迪新能源(2026-11-25)、东莞晶博光电(2026-11-26)、广州基石创投",
                        "东莞晶博光电(2026-11-27)、广州基石创投");
        ledger.withdraw(plan.number(), "m-wang", null, NOW);
        assertThat(ledger.plannedVisits(null, null, null)).isEmpty();
    }

    @Test
    void periodQueriesGiveEachTripPlanItsOwnPlannedVisits() {
        Recorded a = record(new TripPlanReport("深圳", d("2026-11-02"), d("2026-11-04"), List.of(
                new PlannedVisit("深圳欣迪新能源", d("2026-11-03")), new PlannedVisit("比亚迪", null)), null, null, null),
                "team1");
        Recorded none = record(new TripPlanReport("北京", d("2026-11-05"), d("2026-11-06"), List.of(), null, null, null),
                "team1");
        Recorded b = record(new TripPlanReport("上海", d("2026-11-10"), d("2026-11-12"), List.of(
                new PlannedVisit("上海晶科", d("2026-11-11"))), null, null, null), "team2");

        List<LedgerEntry<TripPlanReport>> plans = ledger.reading(() -> ledger.tripPlans(null, d("2026-11-01"),
                d("2026-11-30")));
        assertThat(plans).extracting(LedgerEntry::number).containsExactly(a.number(), none.number(), b.number());
        assertThat(plans).extracting(e -> e.report().plannedVisits()).containsExactly(
                List.of(new PlannedVisit("深圳欣迪新能源", d("2026-11-03")), new PlannedVisit("比亚迪", null)),
                List.of(),
                List.of(new PlannedVisit("上海晶科", d("2026-11-11"))));
        assertThat(plans.get(0).report()).isEqualTo(ledger.find(a.number()).orElseThrow().report());
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void concurrentRecordsGetUniqueNumbers() throws Exception {
        int threads = 6;
        int each = 15;
        long inbox = db.inbox();
        List<String> numbers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        AtomicLong failures = new AtomicLong();
        List<Thread> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int n = t;
            workers.add(new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    try {
                        numbers.add(ledger.record(visit("2026-11-19", "企业" + n + "-" + i), "team" + n, "m-" + n,
                                inbox, NOW).number());
                        if (i % 5 == 0) {
                            numbers.add(ledger.record(lead("企业" + n + "-" + i, "项目" + i, null), "team" + n, "m-" + n,
                                    inbox, NOW).number());
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        e.printStackTrace();
                    }
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) w.join();
        assertThat(failures.get()).isZero();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(threads * each + threads * 3);
        assertThat(numbers).filteredOn(s -> s.startsWith("#V-")).hasSize(threads * each)
                .contains("#V-0001", String.format("#V-%04d", threads * each));
        assertThat(ledger.visits(null, null, null)).hasSize(threads * each);
    }
}
