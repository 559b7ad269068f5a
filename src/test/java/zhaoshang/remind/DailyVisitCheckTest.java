package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.remind.Fixture.keys;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.outbox.Outbox;

/** 每日走访 with a moving clock, plus the exactly-once, catch-up, quiet-hours, leave and mute behaviour. */
class DailyVisitCheckTest {

    @TempDir
    Path dir;
    Fixture f;
    ReminderEvaluator e;

    @BeforeEach
    void setUp() {
        f = new Fixture(dir, "2026-11-23T10:00");
        f.only = List.of(DailyVisitCheck.ID);
        e = f.evaluator();
        // team1 out Tue 24 – Fri 27 November: 何雨晴 filed the plan, 钱思远 is named in 人员分工
        f.plan("team1", "m-he", "2026-11-24", "2026-11-27", "何雨晴 带队；钱 思远 负责联络");
    }

    @Test
    void remindsTheMembersOnTheTripAtTheEveningCheckAndNobodyElse() {
        assertThat(f.at(e, "2026-11-24T18:59")).isEmpty();
        List<Due> due = f.at(e, "2026-11-24T19:00");
        assertThat(keys(due)).containsExactly("dailyVisitCheck:team1:2026-11-24");
        assertThat(due.get(0).late()).isFalse();
        List<Outbox.Entry> team1 = f.messages("local-team1");
        assertThat(team1).hasSize(1);
        assertThat(team1.get(0).text()).startsWith("【每日走访提醒】\n11月24日外出期间").doesNotContain("补发");
        assertThat(team1.get(0).mentions()).containsExactly("m-he", "m-qian");
        for (String other : List.of("local-team2", "local-team3", "local-team4", "local-coord")) {
            assertThat(f.messages(other)).as(other).isEmpty();
        }
    }

    @Test
    void aVisitThatDayMeansNoReminder() {
        f.visit("team1", "m-qian", "2026-11-25", "深圳欣迪新能源");
        assertThat(f.walk(e, "2026-11-24T20:00", "2026-11-26T20:00", Duration.ofHours(1)))
                .extracting(x -> x.reminder().key())
                .containsExactly("dailyVisitCheck:team1:2026-11-24", "dailyVisitCheck:team1:2026-11-26");
    }

    @Test
    void runsOnWeekendsOfATripButNotAfterItEnds() {
        f.plan("team2", "m-xu", "2026-11-28", "2026-11-29", "");  // Saturday and Sunday
        List<Due> due = f.walk(e, "2026-11-24T12:00", "2026-12-01T20:00", Duration.ofHours(1));
        assertThat(keys(due)).containsExactly(
                "dailyVisitCheck:team1:2026-11-24", "dailyVisitCheck:team1:2026-11-25",
                "dailyVisitCheck:team1:2026-11-26", "dailyVisitCheck:team1:2026-11-27",
                "dailyVisitCheck:team2:2026-11-28", "dailyVisitCheck:team2:2026-11-29");
    }

    @Test
    void notSentTwiceAcrossTwoTicksARestartAndARetry() {
        assertThat(f.at(e, "2026-11-24T19:00")).hasSize(1);
        assertThat(f.at(e, "2026-11-24T19:00:30")).isEmpty();                    // second tick
        assertThat(f.at(f.evaluator(), "2026-11-24T19:01")).isEmpty();           // restart: a new evaluator, same DB
        f.store.resetLastEvaluated(Fixture.at("2026-11-24T18:00"));               // retry the same window
        assertThat(f.at(e, "2026-11-24T19:02")).isEmpty();
        ReminderEvaluator second = f.evaluator();                                 // a second instance
        f.store.resetLastEvaluated(Fixture.at("2026-11-24T18:00"));
        assertThat(second.evaluate()).isEmpty();
        assertThat(f.messages("local-team1")).hasSize(1);
        assertThat(f.store.sentKeys("dailyVisitCheck")).containsExactly("dailyVisitCheck:team1:2026-11-24");
    }

    @Test
    void dueDuringDowntimeIsSentOnceLateAndTheStaleOneIsNot() {
        assertThat(f.at(e, "2026-11-24T12:00")).isEmpty();
        // down from 12:00 on the 24th until 10:00 on the 26th: the 24th's check is obsolete (its 24 hours are over),
        // the 25th's goes out late
        ReminderEvaluator restarted = f.evaluator();
        List<Due> due = f.at(restarted, "2026-11-26T10:00");
        assertThat(keys(due)).containsExactly("dailyVisitCheck:team1:2026-11-25");
        assertThat(due.get(0).late()).isTrue();
        assertThat(f.messages("local-team1").get(0).text()).startsWith("【每日走访提醒】（补发）\n11月25日");
        assertThat(f.at(restarted, "2026-11-26T10:01")).isEmpty();
        assertThat(f.at(f.evaluator(), "2026-11-26T11:00")).isEmpty();
    }

    @Test
    void resolvedDuringDowntimeIsNotSent() {
        assertThat(f.at(e, "2026-11-24T12:00")).isEmpty();
        f.clock.set(Fixture.at("2026-11-25T08:30"));
        f.visit("team1", "m-he", "2026-11-24", "深圳欣迪新能源");   // recorded the next morning, bot still down
        assertThat(f.at(f.evaluator(), "2026-11-25T09:00")).isEmpty();
    }

    @Test
    void quietHoursHoldLateRemindersUntilMorning() {
        assertThat(f.at(e, "2026-11-24T18:00")).isEmpty();
        // back at 22:30, inside 21:00–08:00: nothing yet
        assertThat(f.at(f.evaluator(), "2026-11-24T22:30")).isEmpty();
        assertThat(f.at(e, "2026-11-25T07:59")).isEmpty();
        List<Due> due = f.at(e, "2026-11-25T08:00");
        assertThat(keys(due)).containsExactly("dailyVisitCheck:team1:2026-11-24");
        assertThat(due.get(0).late()).isTrue();
    }

    @Test
    void aCheckTimeInsideQuietHoursWaitsForTheirEnd() {
        ReminderTime time = f.evaluator().time();
        assertThat(time.at(Fixture.d("2026-11-24"), java.time.LocalTime.of(22, 0), false))
                .isEqualTo(Fixture.at("2026-11-25T08:00"));
        assertThat(time.at(Fixture.d("2026-11-24"), java.time.LocalTime.of(7, 0), false))
                .isEqualTo(Fixture.at("2026-11-24T08:00"));
        // a working-days-only rule planned for Saturday 28 November goes out on Monday the 30th
        assertThat(time.at(Fixture.d("2026-11-28"), java.time.LocalTime.of(9, 0), true))
                .isEqualTo(Fixture.at("2026-11-30T09:00"));
    }

    @Test
    void aMemberOnLeaveIsNotMentionedAndNobodyLeftMeansNoReminder() {
        f.store.addPause("m-he", Fixture.d("2026-11-24"), Fixture.d("2026-11-24"), f.clock.instant());
        f.at(e, "2026-11-24T19:00");
        assertThat(f.messages("local-team1").get(0).mentions()).containsExactly("m-qian");
        f.store.addPause("m-qian", Fixture.d("2026-11-25"), Fixture.d("2026-11-25"), f.clock.instant());
        f.store.addPause("m-he", Fixture.d("2026-11-25"), Fixture.d("2026-11-25"), f.clock.instant());
        assertThat(f.at(e, "2026-11-25T19:00")).isEmpty();
        f.store.endPauses("m-he", Fixture.d("2026-11-25"), f.clock.instant());
        assertThat(f.store.pauses(Fixture.d("2026-11-25"))).extracting(Pause::memberId).containsExactly("m-qian");
    }

    @Test
    void aMutedRuleIsSkippedForItsDays() {
        f.store.addMute("team1", DailyVisitCheck.ID, Fixture.d("2026-11-24"), Fixture.d("2026-11-25"), "在深圳参加展会",
                "m-lin", f.clock.instant());
        List<Due> due = f.walk(e, "2026-11-24T12:00", "2026-11-26T20:00", Duration.ofHours(1));
        assertThat(keys(due)).containsExactly("dailyVisitCheck:team1:2026-11-26");
    }

    @Test
    void aDisabledRuleSendsNothing() {
        var schedules = new zhaoshang.config.Schedules(f.config.schedules().quietFrom(), f.config.schedules().quietTo(),
                java.util.Map.of(DailyVisitCheck.ID, java.util.Map.of("enabled", false)));
        var config = new zhaoshang.config.BotConfig(f.config.teams(), f.config.members(), f.config.conversations(),
                f.config.targets(), schedules, f.config.holidays());
        Fixture g = new Fixture(dir.resolve("g"), "2026-11-23T10:00", config);
        g.only = List.of(DailyVisitCheck.ID);
        g.plan("team1", "m-he", "2026-11-24", "2026-11-27", "");
        ReminderEvaluator ge = g.evaluator();
        assertThat(g.walk(ge, "2026-11-24T12:00", "2026-11-24T20:00", Duration.ofHours(1))).isEmpty();
    }
}
