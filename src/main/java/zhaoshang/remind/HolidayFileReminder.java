package zhaoshang.remind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import zhaoshang.config.Team;
import zhaoshang.remind.Reminder.Audience;

/**
 * 节假日文件: working days come from bot-config/holidays/YYYY.yaml; a year without its file falls back to Monday–Friday,
 * so 元旦 and 春节 would count as working days. The State Council publishes the next year's arrangement around
 * November; from holidayFile.fromMonth/fromDay (default 1 December), at holidayFile.time (default 09:00) on a working
 * day, the coordination group is told (@ 投资促进部) that next year's file is missing, and again once a week until the
 * file is in use. The current year's file missing (January, or any later day) is told the same way, at once on the
 * first working day. A file the config watcher has read but the running calendar does not use yet (it is read at
 * start) is told as waiting for a restart.
 *
 * <p>Weekly: a year is told again only when its last message (the sent-log, so across restarts) fell due at least
 * {@link #EVERY} before. Keys {@code holidayFile:2027:2026-12-01} (year, day it fell due), series
 * {@code holidayFile:2027}; obsolete when the next one of the series would be due.
 */
public final class HolidayFileReminder implements ReminderRule {

    public static final String ID = "holidayFile";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    static final MonthDay DEFAULT_FROM = MonthDay.of(12, 1);
    /** A year is told at most once in this time. */
    static final Duration EVERY = Duration.ofDays(7);

    /** The latest due time in the sent-log among keys with a prefix (the reminder store). */
    private final Function<String, Optional<Instant>> lastDue;

    public HolidayFileReminder(Function<String, Optional<Instant>> lastDue) {
        this.lastDue = lastDue;
    }

    public HolidayFileReminder(ReminderStore store) {
        this(store::lastDue);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "节假日文件";
    }

    @Override
    public String describe(RuleContext ctx) {
        MonthDay from = from(ctx);
        return "每年 " + from.getMonthValue() + " 月 " + from.getDayOfMonth() + " 日起，工作日 "
                + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME)) + "：bot-config/holidays/ 缺少下一年（或当年）的节假日文件时报协调群，"
                + "@ 投资促进部，每周一次，直到文件生效";
    }

    /** From when next year's file is asked for (holidayFile.fromMonth / fromDay; an impossible day is the default). */
    static MonthDay from(RuleContext ctx) {
        int month = ctx.number(ID, "fromMonth", DEFAULT_FROM.getMonthValue());
        int day = ctx.number(ID, "fromDay", DEFAULT_FROM.getDayOfMonth());
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).minLength()) return DEFAULT_FROM;
        return MonthDay.of(month, day);
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        MonthDay from = from(ctx);
        Map<Integer, Instant> last = new LinkedHashMap<>();
        List<Reminder> out = new ArrayList<>();
        Instant previous = null;
        for (LocalDate d = window.fromDate(); !d.isAfter(window.toDate()); d = d.plusDays(1)) {
            Instant at = ctx.time().at(d, time, true);
            if (!window.contains(at) || at.equals(previous)) continue;
            previous = at;
            LocalDate day = ctx.time().dateOf(at);
            List<Integer> years = new ArrayList<>(List.of(day.getYear()));
            if (!MonthDay.from(day).isBefore(from)) years.add(day.getYear() + 1);
            for (int year : years) {
                if (ctx.calendar().hasData(year)) continue;
                Instant told = last.computeIfAbsent(year, y -> lastDue.apply(series(y) + ":").orElse(null));
                if (told != null && at.isBefore(told.plus(EVERY))) continue;
                last.put(year, at);
                out.add(reminder(year, day, at, ctx));
            }
        }
        return out;
    }

    private static String series(int year) {
        return ID + ":" + year;
    }

    private Reminder reminder(int year, LocalDate day, Instant at, RuleContext ctx) {
        boolean read = ctx.config().holidays().year(year).isPresent();
        String title = year + "年节假日安排" + (read ? "待重启生效" : "未录入");
        String body = read ? waitingForRestart(year) : missing(year, day, ctx);
        return Reminder.of(series(year) + ":" + day, ID, series(year), null, Audience.COORDINATION, at, at.plus(EVERY),
                ctx.promotion(), false, title, body);
    }

    /** The file is not there: what it breaks, where the dates come from, what to create, how it takes effect. */
    static String missing(int year, LocalDate today, RuleContext ctx) {
        String file = "bot-config/holidays/" + year + ".yaml";
        int model = ctx.config().holidays().years().stream().filter(y -> y < year).max(Integer::compare)
                .orElse(year - 1);
        String when = today.getYear() < year ? year + "年1月1日起，" : "现在" + year + "年的";
        return file + " 还没有录入。" + when + "提醒和截止日期按周一至周五计算，元旦、春节等假期会被当作工作日："
                + "月底台账、返回次日报送、外出总结（5 个工作日内）等提醒会在放假当天发出，截止日期也会算错。\n"
                + "请从国务院办公厅《关于" + year + "年部分节假日安排的通知》（中国政府网 www.gov.cn）照录放假和调休上班日期，"
                + "不要按往年推算；新建 " + file + "，格式同 " + model + ".yaml（year、source、holidays、workdays）。\n"
                + RESTART + "\n生效前每周提醒一次。";
    }

    /** The watcher has read a valid file, but the calendar in use was read at start. */
    static String waitingForRestart(int year) {
        return "已读到 bot-config/holidays/" + year + ".yaml，格式检查通过；但节假日只在启动时读取，重启机器人之前，" + year
                + "年的提醒和截止日期仍按周一至周五计算。\n请重启机器人：" + RESTART_SAFE + "重启后本提醒停止。";
    }

    private static final String RESTART_SAFE = "重启只需几秒，已收到的消息、台账和待发的提醒都不会丢，"
            + "重启期间到期的提醒会补发；重启那几秒里群里发的消息可能收不到，建议下班后重启。";

    private static final String RESTART = "生效：节假日只在启动时读取。保存后机器人会自动检查格式（有错误会发到本群），"
            + "没有报错就请重启机器人，重启后才生效。" + RESTART_SAFE;

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        return List.of();
    }
}
