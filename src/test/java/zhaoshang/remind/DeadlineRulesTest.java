package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.remind.Fixture.keys;
import static zhaoshang.remind.Fixture.planned;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.Reply;
import zhaoshang.outbox.Outbox;
import zhaoshang.progress.WorkingCalendar;

/** The deadline rules on the 2026 calendar, walking the clock hour by hour over hand-built ledgers. */
class DeadlineRulesTest {

    @TempDir
    Path dir;

    private Fixture fixture(String start, String... rules) {
        Fixture f = new Fixture(dir, start);
        f.only = List.of(rules);
        return f;
    }

    private static List<String> dueTimes(List<Due> due) {
        return due.stream().map(d -> d.reminder().key() + " @ "
                + d.reminder().dueAt().atZone(Fixture.SH).toLocalDateTime()).toList();
    }

    // ------------------------------------------------------------------ 24-hour rule

    @Test
    void plannedVisitWithoutARecordRemindsThePlannerAfter24Hours() {
        Fixture f = fixture("2026-11-23T10:00", VisitRecordDeadline.ID);
        ReminderEvaluator e = f.evaluator();
        String plan = f.plan("team3", "m-shen", "2026-11-24", "2026-11-27", "江以宁",
                planned("深圳欣迪新能源", "2026-11-25"), planned("深圳华强电子", "2026-11-26"), planned("某某科技", null));
        f.visit("team3", "m-jiang", "2026-11-26", "深圳华强电子有限公司");   // recorded: no reminder for this one
        List<Due> due = f.walk(e, "2026-11-24T08:00", "2026-11-30T20:00", Duration.ofHours(1));
        assertThat(dueTimes(due)).containsExactly(
                "visit24h:" + plan + ":深圳欣迪新能源:2026-11-25 @ 2026-11-27T09:00");
        Outbox.Entry m = f.messages("local-team3").get(0);
        assertThat(m.mentions()).containsExactly("m-shen");   // the planner (local ids are member ids)
        assertThat(m.text()).contains("深圳欣迪新能源").contains(plan);
    }

    @Test
    void the24HourReminderSkipsHolidaysAndStopsOnceTheVisitIsRecorded() {
        Fixture f = fixture("2026-09-28T10:00", VisitRecordDeadline.ID);
        ReminderEvaluator e = f.evaluator();
        String plan = f.plan("team1", "m-he", "2026-09-28", "2026-09-30", "",
                planned("北京中科芯", "2026-09-30"), planned("北京天工装备", "2026-09-29"));
        f.clock.set(Fixture.at("2026-10-02T09:00"));
        f.visit("team1", "m-he", "2026-09-29", "北京天工装备");   // late, but recorded before the reminder
        f.clock.set(Fixture.at("2026-09-28T10:00"));
        List<Due> due = f.walk(e, "2026-09-28T11:00", "2026-10-09T20:00", Duration.ofHours(1));
        // 9-30 + 24 h → Oct 2, a holiday (Oct 1–7 off) → first working day Oct 8
        assertThat(dueTimes(due)).containsExactly("visit24h:" + plan + ":北京中科芯:2026-09-30 @ 2026-10-08T09:00");
    }

    // ------------------------------------------------------------------ trip summary

    @Test
    void tripSummaryDueFiveWorkingDaysAfterAReturnOnSeptember30() {
        assertThat(new WorkingCalendar(new Fixture(dir.resolve("c"), "2026-09-01T00:00").config.holidays())
                .nthWorkingDayAfter(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        Fixture f = fixture("2026-09-20T10:00", TripSummaryReminder.ID, DayAfterReturnReminder.ID);
        ReminderEvaluator e = f.evaluator();
        f.plan("team2", "m-xu", "2026-09-28", "2026-09-30", "陆承泽");
        List<Due> due = f.walk(e, "2026-09-28T08:00", "2026-10-20T20:00", Duration.ofHours(1));
        String trip = "team2:2026-09-28~2026-09-30";
        assertThat(dueTimes(due)).containsExactly(
                "dayAfterReturn:" + trip + " @ 2026-10-08T09:00",                 // Oct 1–7 off
                "tripSummary:" + trip + ":before @ 2026-10-10T09:00",             // Saturday 10 Oct is a 调休 working day
                "tripSummary:" + trip + ":due @ 2026-10-13T09:00",
                "tripSummary:" + trip + ":overdue @ 2026-10-14T09:00",
                "tripSummary:" + trip + ":overdue-coord @ 2026-10-14T09:00");
        assertThat(due).noneMatch(Due::late);
        List<Outbox.Entry> team2 = f.messages("local-team2");
        assertThat(team2.get(1).text()).contains("10月13日 到期").contains("外出总结");
        assertThat(team2.get(1).mentions()).containsExactly("m-xu", "m-lu");
        assertThat(team2.get(3).text()).startsWith("【外出总结逾期】").contains("10月13日");
        assertThat(team2.get(3).mentions()).containsExactly("m-fang");               // the 组长
        List<Outbox.Entry> coord = f.messages("local-coord");
        assertThat(coord).hasSize(1);
        assertThat(coord.get(0).text()).contains("第二工作组").contains("许嘉禾、陆承泽");
        assertThat(coord.get(0).mentions()).containsExactly("m-admin");
        // nothing on the holiday itself
        assertThat(due).noneMatch(d -> {
            LocalDate day = d.reminder().dueAt().atZone(Fixture.SH).toLocalDate();
            return !day.isBefore(LocalDate.of(2026, 10, 1)) && !day.isAfter(LocalDate.of(2026, 10, 7));
        });
    }

    @Test
    void aFiledSummaryStopsTheReminders() {
        Fixture f = fixture("2026-09-20T10:00", TripSummaryReminder.ID);
        ReminderEvaluator e = f.evaluator();
        f.plan("team2", "m-xu", "2026-09-28", "2026-09-30", "");
        f.plan("team3", "m-gu", "2026-09-28", "2026-09-30", "");
        List<Due> before = f.walk(e, "2026-09-28T08:00", "2026-10-11T20:00", Duration.ofHours(1));
        assertThat(keys(before)).containsExactly("tripSummary:team2:2026-09-28~2026-09-30:before",
                "tripSummary:team3:2026-09-28~2026-09-30:before");
        f.summary("team2", "m-lu", "2026-09-28", "2026-09-30");   // dates overlap the trip
        f.summary("team3", "m-jiang", null, null);                // no dates, filed after the return
        assertThat(f.walk(e, "2026-10-11T21:00", "2026-10-20T20:00", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void aSummaryOfAnotherTripDoesNotCount() {
        Fixture f = fixture("2026-11-01T10:00", TripSummaryReminder.ID);
        ReminderEvaluator e = f.evaluator();
        f.plan("team2", "m-xu", "2026-11-02", "2026-11-04", "");
        f.summary("team2", "m-xu", "2026-10-12", "2026-10-15");
        assertThat(keys(f.walk(e, "2026-11-02T08:00", "2026-11-12T20:00", Duration.ofHours(2))))
                .contains("tripSummary:team2:2026-11-02~2026-11-04:due");
    }

    @Test
    void afterDowntimeOnlyTheLatestOfASeriesIsSentLate() {
        Fixture f = fixture("2026-09-20T10:00", TripSummaryReminder.ID);
        ReminderEvaluator e = f.evaluator();
        f.plan("team2", "m-xu", "2026-09-28", "2026-09-30", "");
        assertThat(f.at(e, "2026-10-09T12:00")).isEmpty();
        // down over Saturday's "before" and Tuesday's "due" reminders, back Tuesday at noon
        List<Due> due = f.at(f.evaluator(), "2026-10-13T12:00");
        assertThat(keys(due)).containsExactly("tripSummary:team2:2026-09-28~2026-09-30:due");
        assertThat(due.get(0).late()).isTrue();
        assertThat(f.messages("local-team2").get(0).text()).startsWith("【外出总结提醒】（补发）");
    }

    // ------------------------------------------------------------------ day after return

    @Test
    void dayAfterReturnRemindsTheTripMembersThatMorningOnly() {
        Fixture f = fixture("2026-11-20T10:00", DayAfterReturnReminder.ID);
        ReminderEvaluator e = f.evaluator();
        f.plan("team1", "m-he", "2026-11-23", "2026-11-25", "唐一鸣");
        f.visit("team1", "m-he", "2026-11-24", "北京中科芯");
        List<Due> due = f.walk(e, "2026-11-20T11:00", "2026-11-28T20:00", Duration.ofHours(1));
        assertThat(dueTimes(due)).containsExactly("dayAfterReturn:team1:2026-11-23~2026-11-25 @ 2026-11-26T09:00");
        Outbox.Entry m = f.messages("local-team1").get(0);
        assertThat(m.text()).contains("今天（11月26日）").contains("已登记走访 1 家");
        assertThat(m.mentions()).containsExactly("m-he", "m-tang");
        assertThat(f.messages("local-team2")).isEmpty();
    }

    @Test
    void dayAfterReturnIsObsoleteOnceItsDayIsOver() {
        Fixture f = fixture("2026-11-20T10:00", DayAfterReturnReminder.ID);
        ReminderEvaluator e = f.evaluator();
        f.plan("team1", "m-he", "2026-11-23", "2026-11-25", "");
        assertThat(f.at(e, "2026-11-25T12:00")).isEmpty();
        assertThat(f.at(f.evaluator(), "2026-11-27T09:30")).isEmpty();
    }

    // ------------------------------------------------------------------ month end

    @Test
    void monthEndRemindsEveryTeamWithItsShortfallsThenSummarisesForPromotion() {
        Fixture f = fixture("2026-11-20T10:00", MonthEndReminder.ID);
        f.workbook = month -> List.of(Reply.file("台账-" + month + ".xlsx", new byte[] {1, 2, 3}));
        ReminderEvaluator e = f.evaluator();
        for (int i = 1; i <= 15; i++) f.visit("team2", "m-xu", "2026-11-" + String.format("%02d", i), "企业" + i);
        List<Due> due = f.walk(e, "2026-11-20T11:00", "2026-12-02T20:00", Duration.ofHours(1));
        // November 2026: last working day Monday 30th; 3 working days before: Wednesday 25th
        assertThat(dueTimes(due)).containsExactly(
                "monthEnd:team1:2026-11:before @ 2026-11-25T09:00", "monthEnd:team2:2026-11:before @ 2026-11-25T09:00",
                "monthEnd:team3:2026-11:before @ 2026-11-25T09:00", "monthEnd:team4:2026-11:before @ 2026-11-25T09:00",
                "monthEnd:team1:2026-11:last @ 2026-11-30T09:00", "monthEnd:team2:2026-11:last @ 2026-11-30T09:00",
                "monthEnd:team3:2026-11:last @ 2026-11-30T09:00", "monthEnd:team4:2026-11:last @ 2026-11-30T09:00",
                "monthEnd:summary:2026-11 @ 2026-11-30T18:00");
        List<Outbox.Entry> team1 = f.messages("local-team1");
        assertThat(team1.get(0).text()).contains("截止日为 11月30日").contains("拜访重点企业 0/15，还差 15");
        assertThat(team1.get(0).mentions()).containsExactly("m-lin");
        assertThat(team1.get(1).text()).startsWith("【月底台账提醒】\n今天是11月最后一个工作日");
        assertThat(f.messages("local-team2").get(0).text()).doesNotContain("拜访重点企业");
        List<Outbox.Entry> coord = f.messages("local-coord");
        assertThat(coord).hasSize(2);
        // one line per team, only the month's open targets (team 2 met its visits: they are not listed)
        assertThat(coord.get(0).text()).startsWith("【月度汇总】");
        List<String> lines = coord.get(0).text().lines().filter(l -> l.startsWith("第")).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("第一工作组 🔴").contains("走访 0/15");
        assertThat(lines.get(1)).startsWith("第二工作组").doesNotContain("走访");
        assertThat(coord.get(0).mentions()).containsExactly("m-admin");
        assertThat(coord.get(1).fileName()).isEqualTo("台账-2026-11.xlsx");
    }

    @Test
    void monthEndAfterDowntimeSendsOnlyTheLatestAndNothingOnceTheMonthIsOver() {
        Fixture f = fixture("2026-11-20T10:00", MonthEndReminder.ID);
        ReminderEvaluator e = f.evaluator();
        assertThat(f.at(e, "2026-11-24T10:00")).isEmpty();
        List<Due> due = f.at(f.evaluator(), "2026-11-30T10:00");
        assertThat(keys(due)).containsExactly("monthEnd:team1:2026-11:last", "monthEnd:team2:2026-11:last",
                "monthEnd:team3:2026-11:last", "monthEnd:team4:2026-11:last");
        assertThat(due).allMatch(Due::late);

        Fixture g = new Fixture(dir.resolve("g"), "2026-11-20T10:00");
        g.only = List.of(MonthEndReminder.ID);
        assertThat(g.at(g.evaluator(), "2026-11-24T10:00")).isEmpty();
        // back on 1 December: the team reminders are obsolete, the summary still goes (late)
        assertThat(keys(g.at(g.evaluator(), "2026-12-01T09:00"))).containsExactly("monthEnd:summary:2026-11");
    }

    // ------------------------------------------------------------------ quarter inspections

    @Test
    void quarterInspectionsWarnTeamsBelowTargetAtMidQuarterAndFifteenDaysBeforeTheEnd() {
        Fixture f = fixture("2026-11-10T10:00", QuarterInspectionReminder.ID);
        ReminderEvaluator e = f.evaluator();
        for (int i = 1; i <= 6; i++) f.inspection("team1", "m-lin", "2026-10-1" + i, "考察企业" + i);
        f.inspection("team2", "m-fang", "2026-10-12", "甲公司");
        f.inspection("team2", "m-fang", "2026-10-20", "甲公司");   // the same enterprise counts once
        List<Due> due = f.walk(e, "2026-11-10T11:00", "2026-12-20T12:00", Duration.ofHours(3));
        // mid-quarter: Sunday 15 Nov → Monday 16th; 15 days before 31 Dec: Wednesday 16 Dec
        assertThat(dueTimes(due)).containsExactly(
                "quarterInspections:team2:2026Q4:mid @ 2026-11-16T09:00",
                "quarterInspections:team3:2026Q4:mid @ 2026-11-16T09:00",
                "quarterInspections:team4:2026Q4:mid @ 2026-11-16T09:00",
                "quarterInspections:team2:2026Q4:late @ 2026-12-16T09:00",
                "quarterInspections:team3:2026Q4:late @ 2026-12-16T09:00",
                "quarterInspections:team4:2026Q4:late @ 2026-12-16T09:00");
        assertThat(f.messages("local-team2").get(0).text()).contains("已组织 1 家").contains("还差 5 家");
        assertThat(f.messages("local-team1")).isEmpty();
    }
}
