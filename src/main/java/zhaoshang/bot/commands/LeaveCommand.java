package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.remind.ReminderStore;
import zhaoshang.report.ChineseDates;

/** 请假 11月25日-11月27日: a member pauses the reminders that @ them; 销假 ends it. */
public final class LeaveCommand implements Command {

    private static final Pattern LEAVE = Pattern.compile("^请假[：:]?(.*)$");
    private static final Pattern BACK = Pattern.compile("^(?:销假|结束请假|取消请假)$");
    private static final int MAX_DAYS = 90;

    private static final String USAGE = "请写请假日期，例如：请假 11月25日-11月27日，或 请假 11月25日";

    private static String noted(LocalDate from, LocalDate to) {
        return "已登记请假：" + day(from) + (from.equals(to) ? "" : "—" + day(to))
                + "。这期间提醒不再 @ 您（发到群里的本组提醒照常）。提前回来请发“销假”。";
    }

    private static final String BACK_DONE = "已销假，提醒恢复 @ 您。";
    private static final String BACK_NONE = "您现在没有请假，不需要销假。";
    private static final String TOO_LONG = "一次请假最长 " + MAX_DAYS + " 天，请分段登记或联系组长静音相关提醒。";
    private static final String IN_PAST = "请假的结束日期已经过去了，请检查日期。";

    private final ReminderStore store;
    private final ZoneId zone;

    public LeaveCommand(ReminderStore store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    @Override
    public String help() {
        return "请假 11月25日-11月27日 / 销假 — 请假期间提醒不再 @ 您";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String text = MessageText.compact(request.text());
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        if (BACK.matcher(text).matches()) {
            int changed = store.endPauses(request.member().id(), today, request.now());
            return reply(changed > 0 ? BACK_DONE : BACK_NONE);
        }
        Matcher m = LEAVE.matcher(text);
        if (!m.matches()) return Optional.empty();
        String rest = m.group(1);
        if (rest.isEmpty()) return reply(USAGE);
        LocalDate from;
        LocalDate to;
        Optional<ChineseDates.Range> range = ChineseDates.parseRange(rest, today, ChineseDates.Resolution.NEAREST);
        if (range.isPresent()) {
            from = range.get().start();
            to = range.get().end();
        } else {
            Optional<LocalDate> one = ChineseDates.parse(rest, today, ChineseDates.Resolution.NEAREST);
            if (one.isEmpty()) return reply(USAGE);
            from = one.get();
            to = one.get();
        }
        if (to.isBefore(from)) return reply(USAGE);
        if (to.isBefore(today)) return reply(IN_PAST);
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) return reply(TOO_LONG);
        store.addPause(request.member().id(), from, to, request.now());
        return reply(noted(from, to));
    }

    static String day(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static Optional<List<Reply>> reply(String text) {
        return Optional.of(List.of(Reply.text(text)));
    }
}
