package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.remind.ReminderRule;
import zhaoshang.remind.ReminderStore;
import zhaoshang.remind.Reminders;
import zhaoshang.report.ChineseDates;

/**
 * 静音 每日走访 3天 原因：在展会值守 — a 组长 (or 投资促进部 in a team's group) mutes one reminder rule for the team, for
 * N days from today, a date range, or today only; the reason is required. 取消静音 每日走访 ends it.
 */
public final class MuteCommand implements Command {

    private static final Pattern MUTE = Pattern.compile("^(取消)?静音[：:]?(.*)$");
    private static final Pattern REASON = Pattern.compile("(?:原因|理由)[：:]?(.*)$");
    private static final Pattern DAYS = Pattern.compile("^(\\d{1,3})天$");
    private static final int MAX_DAYS = 92;

    private String usage() {
        return "用法：静音 每日走访 3天 原因：在展会值守（也可写日期范围，如 11月25日-11月27日；不写天数只静音今天）。"
                + "可静音的提醒：" + rules.stream().map(ReminderRule::label).collect(Collectors.joining("、"))
                + "。恢复：取消静音 每日走访";
    }

    private static final String ONLY_LEADERS = "只有组长可以静音本组的提醒（投资促进部请在该组的群里操作）。";
    private static final String NEED_REASON = "请写明静音原因，例如：静音 每日走访 3天 原因：在展会值守";
    private static final String TOO_LONG = "一次最长静音 " + MAX_DAYS + " 天。";

    private static String muted(String label, LocalDate from, LocalDate to, String reason) {
        return "🔕 已为本组静音「" + label + "」：" + LeaveCommand.day(from) + (from.equals(to) ? "" : "—" + LeaveCommand.day(to))
                + "（原因：" + reason + "）。发“取消静音 " + label + "”可恢复，“提醒设置”可查看。";
    }

    private static String unmuted(String label, int changed) {
        return changed > 0 ? "🔔 已恢复本组「" + label + "」提醒。" : "本组「" + label + "」提醒没有静音。";
    }

    private final BotConfig config;
    private final ReminderStore store;
    private final List<ReminderRule> rules;
    private final ZoneId zone;

    public MuteCommand(BotConfig config, ReminderStore store, List<ReminderRule> rules, ZoneId zone) {
        this.config = config;
        this.store = store;
        this.rules = List.copyOf(rules);
        this.zone = zone;
    }

    @Override
    public String help() {
        return "静音 每日走访 3天 原因：… / 取消静音 每日走访 — 组长为本组暂停某类提醒";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String text = MessageText.compact(request.text());
        Matcher m = MUTE.matcher(text);
        if (!m.matches()) return Optional.empty();
        boolean cancel = m.group(1) != null;
        Permissions.Scope scope = Permissions.teams(request, config, null, Permissions.Subject.MUTE);
        if (!scope.allowed()) return reply(scope.refusal());
        if (scope.allTeams() || !Permissions.managesReminders(request.member(), scope.team().id())) {
            return reply(ONLY_LEADERS);
        }
        String teamId = scope.team().id();
        String rest = m.group(2);
        String reason = null;
        Matcher r = REASON.matcher(rest);
        if (r.find()) {
            reason = r.group(1).strip();
            rest = rest.substring(0, r.start());
        }
        Optional<ReminderRule> rule = Optional.empty();
        String when = "";
        for (int i = rest.length(); i > 0 && rule.isEmpty(); i--) {
            rule = Reminders.byName(rules, rest.substring(0, i));
            when = rest.substring(i);
        }
        if (rule.isEmpty()) return reply(usage());
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        if (cancel) return reply(unmuted(rule.get().label(), store.endMutes(teamId, rule.get().id(), today, request.now())));
        if (reason == null || reason.isEmpty()) return reply(NEED_REASON);
        LocalDate from = today;
        LocalDate to = today;
        Matcher days = DAYS.matcher(when);
        if (days.matches()) {
            int n = Integer.parseInt(days.group(1));
            if (n < 1) return reply(usage());
            to = today.plusDays(n - 1);
        } else if (!when.isEmpty()) {
            Optional<ChineseDates.Range> range = ChineseDates.parseRange(when, today, ChineseDates.Resolution.NEAREST);
            Optional<LocalDate> one = range.isPresent() ? Optional.empty()
                    : ChineseDates.parse(when, today, ChineseDates.Resolution.NEAREST);
            if (range.isEmpty() && one.isEmpty()) return reply(usage());
            from = range.map(ChineseDates.Range::start).orElseGet(one::get);
            to = range.map(ChineseDates.Range::end).orElseGet(one::get);
            if (to.isBefore(from) || to.isBefore(today)) return reply(usage());
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) return reply(TOO_LONG);
        store.addMute(teamId, rule.get().id(), from, to, reason, request.member().id(), request.now());
        return reply(muted(rule.get().label(), from, to, reason));
    }

    private static Optional<List<Reply>> reply(String text) {
        return Optional.of(List.of(Reply.text(text)));
    }
}
