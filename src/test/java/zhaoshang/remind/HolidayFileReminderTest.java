package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.remind.Fixture.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.chat.render.Part;
import zhaoshang.chat.render.RenderContext;
import zhaoshang.chat.render.Renderers;
import zhaoshang.chat.render.Rendering;
import zhaoshang.chat.render.Route;
import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.HolidayCalendar;
import zhaoshang.config.HolidayYear;
import zhaoshang.config.Schedules;
import zhaoshang.outbox.Outbox;
import zhaoshang.progress.ProgressCalculator;

/**
 * 节假日文件 by moving the clock: the sample bot-config has 2025 and 2026 only, so from 1 December 2026 the coordination
 * group is told (@ 投资促进部) once a week that 2027.yaml is missing, and in January that this year's is; never twice in
 * a week, also across a restart or a replayed window; nothing once the year is in the calendar; quiet hours respected.
 */
class HolidayFileReminderTest {

    @TempDir
    Path dir;

    private static final String COORD = "local-coord";

    private static BotConfig sample() {
        return new ConfigLoader(Path.of("bot-config"), k -> null).load();
    }

    /** The sample config with another calendar or reminder settings. */
    private static BotConfig with(BotConfig c, HolidayCalendar holidays, Schedules schedules) {
        return new BotConfig(c.teams(), c.members(), c.conversations(), c.targets(), schedules, holidays);
    }

    /** The sample years plus a 2027 entered for the test (no dates: whether the year is there is all that matters). */
    private static HolidayCalendar with2027(BotConfig c) {
        List<HolidayYear> years = new ArrayList<>();
        c.holidays().years().forEach(y -> years.add(c.holidays().year(y).orElseThrow()));
        years.add(new HolidayYear(2027, "测试数据，不是国务院办公厅的通知", List.of(), Set.of()));
        return HolidayCalendar.of(years);
    }

    private static ReminderEvaluator evaluator(Fixture f) {
        ReminderEvaluator e = new ReminderEvaluator(f.config, f.ledger,
                new ProgressCalculator(f.ledger, f.config.targets())::teams, f.store, f.outbox, null, f.clock,
                List.of(new HolidayFileReminder(f.store)));
        e.initialize();
        return e;
    }

    private static List<Reply> told(Fixture f) {
        return f.messages(COORD).stream().map(Outbox.Entry::message).toList();
    }

    @Test
    void firstOfDecemberTellsPromotionOnceWithTheYearAndTheFix() {
        Fixture f = new Fixture(dir, "2026-11-30T20:00");
        ReminderEvaluator e = evaluator(f);
        assertThat(f.at(e, "2026-12-01T08:59")).isEmpty();
        List<Due> due = f.at(e, "2026-12-01T09:00");
        assertThat(Fixture.keys(due)).containsExactly("holidayFile:2027:2026-12-01");
        assertThat(due.get(0).late()).isFalse();

        List<Reply> told = told(f);
        assertThat(told).hasSize(1);
        Reply r = told.get(0);
        assertThat(r.mentions()).extracting(Mention::memberId).containsExactly("m-admin");
        assertThat(r.text()).startsWith("【2027年节假日安排未录入】")
                .contains("bot-config/holidays/2027.yaml 还没有录入")
                .contains("2027年1月1日起，提醒和截止日期按周一至周五计算，元旦、春节等假期会被当作工作日")
                .contains("国务院办公厅《关于2027年部分节假日安排的通知》")
                .contains("照录放假和调休上班日期").contains("不要按往年推算")
                .contains("新建 bot-config/holidays/2027.yaml，格式同 2026.yaml")
                .contains("节假日只在启动时读取").contains("重启机器人")
                .contains("每周提醒一次");
        assertThat(told(f).stream().filter(m -> m.text().contains("2026年节假日"))).isEmpty();
        // no team group hears of it
        assertThat(f.messages("local-team1")).isEmpty();

        // later that day and the next days: nothing
        assertThat(f.at(e, "2026-12-01T15:00")).isEmpty();
        assertThat(f.walk(e, "2026-12-02T00:00", "2026-12-08T08:00", Duration.ofHours(1))).isEmpty();
        // a week later: again, and only that once in its week
        assertThat(Fixture.keys(f.at(e, "2026-12-08T09:00"))).containsExactly("holidayFile:2027:2026-12-08");
        assertThat(f.walk(e, "2026-12-08T10:00", "2026-12-15T08:00", Duration.ofHours(1))).isEmpty();
        assertThat(told(f)).hasSize(2);
    }

    @Test
    void weeklyThroughDecemberIntoJanuaryNeverTwiceInAWeek() {
        Fixture f = new Fixture(dir, "2026-11-30T20:00");
        ReminderEvaluator e = evaluator(f);
        List<Due> due = f.walk(e, "2026-11-30T21:00", "2027-01-13T12:00", Duration.ofHours(1));
        // 29 December is a Tuesday; 1 January (a Friday, a working day by the Monday–Friday fallback) is too soon
        assertThat(Fixture.keys(due)).containsExactly("holidayFile:2027:2026-12-01", "holidayFile:2027:2026-12-08",
                "holidayFile:2027:2026-12-15", "holidayFile:2027:2026-12-22", "holidayFile:2027:2026-12-29",
                "holidayFile:2027:2027-01-05", "holidayFile:2027:2027-01-12");
        List<Reply> told = told(f);
        assertThat(told.get(4).text()).contains("2027年1月1日起");
        assertThat(told.get(5).text()).startsWith("【2027年节假日安排未录入】").contains("现在2027年的提醒和截止日期按周一至周五计算");
    }

    @Test
    void nothingWhenNextYearIsThereOrBeforeTheFirstOfDecember() {
        BotConfig c = sample();
        Fixture f = new Fixture(dir, "2026-11-01T08:00", with(c, with2027(c), c.schedules()));
        ReminderEvaluator e = evaluator(f);
        assertThat(f.walk(e, "2026-11-01T09:00", "2027-01-20T12:00", Duration.ofHours(3))).isEmpty();
        assertThat(told(f)).isEmpty();
    }

    @Test
    void novemberIsQuietWithTheSampleConfig() {
        Fixture f = new Fixture(dir, "2026-11-01T08:00");
        ReminderEvaluator e = evaluator(f);
        assertThat(f.walk(e, "2026-11-01T09:00", "2026-11-30T23:00", Duration.ofHours(3))).isEmpty();
    }

    @Test
    void thisYearMissingInJanuaryIsToldOnTheFirstWorkingDayThenWeekly() {
        // 2 January 2027 is a Saturday: by the Monday–Friday fallback the first working day is Monday the 4th
        Fixture f = new Fixture(dir, "2027-01-02T10:00");
        ReminderEvaluator e = evaluator(f);
        assertThat(f.walk(e, "2027-01-02T11:00", "2027-01-04T08:59", Duration.ofHours(1))).isEmpty();
        assertThat(Fixture.keys(f.at(e, "2027-01-04T09:00"))).containsExactly("holidayFile:2027:2027-01-04");
        assertThat(told(f).get(0).text()).startsWith("【2027年节假日安排未录入】")
                .contains("现在2027年的提醒和截止日期按周一至周五计算").contains("格式同 2026.yaml");
        assertThat(f.walk(e, "2027-01-04T10:00", "2027-01-11T08:00", Duration.ofHours(1))).isEmpty();
        assertThat(Fixture.keys(f.at(e, "2027-01-11T09:00"))).containsExactly("holidayFile:2027:2027-01-11");
    }

    @Test
    void aRestartOrAReplayedWindowDoesNotSayItAgain() {
        Fixture f = new Fixture(dir, "2026-11-30T20:00");
        assertThat(f.at(evaluator(f), "2026-12-01T09:30")).hasSize(1);
        // a restart: a new evaluator over the same database
        ReminderEvaluator again = evaluator(f);
        assertThat(f.at(again, "2026-12-01T09:31")).isEmpty();
        assertThat(f.at(again, "2026-12-03T09:00")).isEmpty();
        // a second run over the same window (the evaluation point set back)
        f.store.resetLastEvaluated(at("2026-11-30T20:00"));
        assertThat(f.at(evaluator(f), "2026-12-04T10:00")).isEmpty();
        assertThat(told(f)).hasSize(1);
        // down from the 7th to the 10th: the one due meanwhile goes out late, once
        f.store.resetLastEvaluated(at("2026-12-07T18:00"));
        clockTo(f, "2026-12-07T18:00");
        List<Due> late = f.at(evaluator(f), "2026-12-10T10:00");
        assertThat(Fixture.keys(late)).containsExactly("holidayFile:2027:2026-12-08");
        assertThat(late.get(0).late()).isTrue();
        assertThat(told(f).get(1).text()).startsWith("【2027年节假日安排未录入】（补发）");
    }

    private static void clockTo(Fixture f, String local) {
        f.clock.set(at(local));
    }

    @Test
    void quietHoursMoveItToTheirEnd() {
        BotConfig c = sample();
        Map<String, Map<String, Object>> rules = new HashMap<>(c.schedules().rules());
        rules.put(HolidayFileReminder.ID, Map.of("time", LocalTime.of(22, 30)));
        Schedules late = new Schedules(c.schedules().quietFrom(), c.schedules().quietTo(), rules);
        Fixture f = new Fixture(dir, "2026-12-01T09:00", with(c, c.holidays(), late));
        ReminderEvaluator e = evaluator(f);
        assertThat(f.at(e, "2026-12-01T20:59")).isEmpty();
        assertThat(f.at(e, "2026-12-01T22:45")).isEmpty();
        assertThat(f.at(e, "2026-12-02T07:59")).isEmpty();
        List<Due> due = f.at(e, "2026-12-02T08:00");
        assertThat(Fixture.keys(due)).containsExactly("holidayFile:2027:2026-12-02");
        assertThat(due.get(0).reminder().dueAt()).isEqualTo(at("2026-12-02T08:00"));
        assertThat(due.get(0).late()).isFalse();
    }

    @Test
    void theStartDayIsConfigurable() {
        BotConfig c = sample();
        Map<String, Map<String, Object>> rules = new HashMap<>(c.schedules().rules());
        rules.put(HolidayFileReminder.ID, Map.of("fromMonth", 11, "fromDay", 20));
        Fixture f = new Fixture(dir, "2026-11-19T20:00",
                with(c, c.holidays(), new Schedules(c.schedules().quietFrom(), c.schedules().quietTo(), rules)));
        ReminderEvaluator e = evaluator(f);
        // 20 November 2026 is a Friday
        assertThat(Fixture.keys(f.walk(e, "2026-11-19T21:00", "2026-11-27T12:00", Duration.ofHours(1))))
                .containsExactly("holidayFile:2027:2026-11-20", "holidayFile:2027:2026-11-27");
    }

    @Test
    void theMessageFitsOneMessageOnEveryRoute() {
        Fixture f = new Fixture(dir, "2026-11-30T20:00");
        f.at(evaluator(f), "2026-12-01T09:00");
        Reply r = told(f).get(0);
        for (Route route : Route.values()) {
            Rendering rendering = Renderers.of(route).render(r, RenderContext.GROUP);
            assertThat(rendering.parts()).as(route.name()).hasSize(1);
            Part p = rendering.parts().get(0);
            int limit = switch (route) {
                case WECOM_WEBHOOK -> p.format() == Part.Format.TEXT ? 2_048 : 4_096;   // PLATFORMS.md A1
                case WECOM_APP -> 2_048;
                case DINGTALK_WORK_NOTICE -> 2_000;
                default -> route.maxBytes();
            };
            assertThat(p.body().getBytes(StandardCharsets.UTF_8).length).as(route.name()).isLessThanOrEqualTo(limit);
            assertThat(p.body()).as(route.name()).contains("2027.yaml").contains("国务院办公厅")
                    .doesNotContainPattern("(?m)^\\s*\\|.*\\|\\s*$").doesNotContain("```");
            if (route == Route.WECOM_WEBHOOK) {
                assertThat(p.body()).as("no lists on the WeCom webhook").doesNotContainPattern("(?m)^\\s*([-*+]|\\d{1,3}\\.) ");
            }
        }
    }
}
