package zhaoshang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.ledger.Submissions.Status;
import zhaoshang.ledger.Submissions.Submission;
import zhaoshang.report.LeadReport;
import zhaoshang.report.SigningReport;
import zhaoshang.report.VisitReport;

/** 报送 snapshots (versions, hash, changes, decisions), follow-up notes and the 时间节点 read from a 下步计划. */
class SubmissionsTest {

    static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final YearMonth NOV = YearMonth.of(2026, 11);

    @TempDir
    Path dir;
    TestDb db;
    Ledger ledger;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        ledger = new Ledger(db.jdbi(), SH);
    }

    @AfterEach
    void close() {
        db.database().close();
    }

    private String visit(String team, String date, String enterprise, String intent) {
        return ledger.record(new VisitReport(LocalDate.parse(date), enterprise, null, null, null, null, null, "洽谈",
                intent, null, null), team, "m-he", db.inbox(), NOW).number();
    }

    @Test
    void versionsHashAndChangesAgainstThePreviousVersion() {
        Submissions s = ledger.submissions();
        String v1 = visit("team1", "2026-11-20", "深圳欣迪新能源装备技术有限公司", "较强");
        String v2 = visit("team1", "2026-11-21", "深圳华强电子", "一般");
        visit("team1", "2026-10-30", "上月企业有限公司", "一般");          // another month
        visit("team2", "2026-11-20", "别组企业有限公司", "一般");          // another team
        Map<String, Map<String, String>> first = s.records("team1", NOV);
        assertThat(first).containsOnlyKeys(v1, v2);
        assertThat(first.get(v1)).containsEntry("投资意向", "较强").containsEntry("走访日期", "2026-11-20");

        byte[] content = "workbook v1".getBytes(StandardCharsets.UTF_8);
        assertThat(s.nextVersion("team1", NOV)).isEqualTo(1);
        Submission one = s.submit("team1", NOV, 1, "v1.xlsx", content, first, List.of(), "m-lin", NOW);
        assertThat(one.version()).isEqualTo(1);
        assertThat(one.status()).isEqualTo(Status.SUBMITTED);
        assertThat(one.sha256()).isEqualTo(Submissions.sha256(content)).hasSize(64);
        assertThat(s.content(one.id())).hasValue(content);
        assertThat(s.recordsOf(one.id())).isEqualTo(first);

        // corrected, withdrawn, moved to December and a new one
        ledger.correct(v1, Map.of("intent", "明确", "amountYuan", 200_000_000L), "m-he", NOW.plusSeconds(60));
        ledger.withdraw(v2, "m-he", "重复", NOW.plusSeconds(60));
        String v5 = visit("team1", "2026-11-25", "新企业有限公司", "一般");
        List<String> changes = s.changes(first, s.records("team1", NOV));
        assertThat(changes).containsExactly(v1 + " 投资意向：较强 → 明确", v1 + " 拟投资额：（空） → 20000万元",
                "新增 " + v5 + "（新企业有限公司）", "移出 " + v2 + "（深圳华强电子）：已撤销");

        assertThat(s.decide(one.id(), Status.RETURNED, "缺对接人员", "m-admin", NOW.plusSeconds(120)).reason())
                .isEqualTo("缺对接人员");
        assertThatThrownBy(() -> s.decide(one.id(), Status.FILED, null, "m-admin", NOW.plusSeconds(180)))
                .isInstanceOf(LedgerException.class).hasMessageContaining("退回");
        Submission two = s.submit("team1", NOV, s.nextVersion("team1", NOV), "v2.xlsx", new byte[]{1}, s.records("team1", NOV),
                changes, "m-lin", NOW.plusSeconds(240));
        assertThat(two.version()).isEqualTo(2);
        assertThat(two.changes()).isEqualTo(changes);
        assertThat(s.latest("team1", NOV)).get().extracting(Submission::version).isEqualTo(2);
        assertThat(s.versions("team1", NOV)).extracting(Submission::status).containsExactly(Status.RETURNED, Status.SUBMITTED);
        assertThat(s.latestOfMonth(NOV)).containsOnlyKeys("team1");
        assertThat(s.submittedIn(NOW.plusSeconds(200), NOW.plusSeconds(300))).extracting(Submission::version).containsExactly(2);
        assertThat(s.decidedIn(NOW, NOW.plusSeconds(300))).extracting(Submission::version).containsExactly(1);
        // the same version twice (two submitters at once) is refused by the database
        assertThatThrownBy(() -> s.submit("team1", NOV, 2, "v2.xlsx", new byte[]{2}, Map.of(), List.of(), "m-he", NOW))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void changesAreReadFromTheHistoryWithTheRecordsDates() {
        String v1 = visit("team1", "2026-11-20", "深圳欣迪新能源装备技术有限公司", "较强");
        ledger.correct(v1, Map.of("date", "2026-12-01"), "m-he", NOW.plusSeconds(60));
        List<Submissions.RecordChange> changes = ledger.submissions().changedIn(NOW.minusSeconds(1), NOW.plusSeconds(60));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).action()).isEqualTo(HistoryEntry.Action.CREATE);
        assertThat(changes.get(1).date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(changes.get(1).oldDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ledger.submissions().changedIn(NOW, NOW.plusSeconds(59))).isEmpty();
    }

    @Test
    void delegates() {
        Submissions s = ledger.submissions();
        s.nameDelegate("team1", "m-he", "m-lin", NOW);
        s.nameDelegate("team1", "m-he", "m-lin", NOW);
        assertThat(s.delegates("team1")).containsExactly("m-he");
        assertThat(s.removeDelegate("team1", "m-he")).isTrue();
        assertThat(s.removeDelegate("team1", "m-he")).isFalse();
        assertThat(s.delegates("team1")).isEmpty();
    }

    @Test
    void followUpNotesAndOpenProblems() {
        String lead = ledger.record(new LeadReport(LocalDate.parse("2026-11-20"), "深圳华强电子", "封测", null, 300_000_000L,
                null, "钱思远", null, null, "邀请来区考察"), "team1", "m-he", db.inbox(), NOW).number();
        String signing = ledger.record(new SigningReport("储能基地", "深圳欣迪", LocalDate.parse("2026-11-20"), 500_000_000L,
                null, null, null, null, "林晓东"), "team2", "m-fang", db.inbox(), NOW).number();
        FollowUps f = ledger.followUps();
        f.add(ledger.find(lead).orElseThrow(), FollowUps.Kind.NEXT, "回访 12月10日", LocalDate.of(2026, 12, 10), "m-qian", NOW);
        f.add(ledger.find(signing).orElseThrow(), FollowUps.Kind.PROBLEM, "环评慢", null, "m-fang", NOW.plusSeconds(1));
        f.add(ledger.find(signing).orElseThrow(), FollowUps.Kind.PROBLEM, "电价", null, "m-fang", NOW.plusSeconds(2));
        assertThat(f.openProblems(null)).extracting(FollowUps.Note::text).containsExactly("环评慢", "电价");
        assertThat(f.openProblems("team1")).isEmpty();
        assertThat(f.latestNext(zhaoshang.report.ReportKind.LEAD).get(lead).dueOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(f.lastNoteAt(zhaoshang.report.ReportKind.SIGNING).get(signing)).isEqualTo(NOW.plusSeconds(2));
        assertThat(f.solveProblems(signing, "m-fang", NOW.plusSeconds(3))).hasSize(2);
        assertThat(f.openProblems(null)).isEmpty();
        assertThat(f.of(signing)).allSatisfy(n -> assertThat(n.solvedAt()).isEqualTo(NOW.plusSeconds(3)));
    }

    @Test
    void theTimeNodeOfANextStep() {
        LocalDate written = LocalDate.of(2026, 11, 23);   // a Monday
        assertThat(NextStepDate.find("12月10日前邀请来区考察", written)).hasValue(LocalDate.of(2026, 12, 10));
        assertThat(NextStepDate.find("邀请来区考察 12月10号", written)).hasValue(LocalDate.of(2026, 12, 10));
        assertThat(NextStepDate.find("1月5日回访", written)).hasValue(LocalDate.of(2027, 1, 5));
        assertThat(NextStepDate.find("2026-12-01 再次对接", written)).hasValue(LocalDate.of(2026, 12, 1));
        assertThat(NextStepDate.find("下周三回访", written)).hasValue(LocalDate.of(2026, 12, 2));
        assertThat(NextStepDate.find("邀请来区考察", written)).isEmpty();
        assertThat(NextStepDate.find("投资3.5亿", written)).isEmpty();
        assertThat(NextStepDate.find(null, written)).isEmpty();
    }
}
