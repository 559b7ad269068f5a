package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.remind.Mute;
import zhaoshang.remind.Pause;
import zhaoshang.remind.ReminderEvaluator;
import zhaoshang.remind.ReminderRule;
import zhaoshang.remind.RuleContext;

/** 提醒设置: the reminder rules and times, quiet hours, and the mutes and leaves in force for the asker's team. */
public final class ReminderSettingsCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:提醒设置|提醒规则|查看提醒|提醒)$");

    private static final String TITLE = "提醒设置";
    private static final String OFF = "（已关闭）";
    private static final String NO_MUTES = "无";
    private static final String FOOTER = "请假：请假 11月25日-11月27日 / 销假；组长静音：静音 每日走访 3天 原因：…；"
            + "组长和投资促进部可发“提醒 测试”预览各类提醒。";

    private final BotConfig config;
    private final ReminderEvaluator reminders;
    private final ZoneId zone;

    public ReminderSettingsCommand(BotConfig config, ReminderEvaluator reminders, ZoneId zone) {
        this.config = config;
        this.reminders = reminders;
        this.zone = zone;
    }

    @Override
    public String help() {
        return "提醒设置 — 查看提醒规则、时间、本组静音和请假";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        if (!PATTERN.matcher(MessageText.compact(request.text())).matches()) return Optional.empty();
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        RuleContext ctx = reminders.describing(today);
        Permissions.Scope scope = Permissions.teams(request, config, null, Permissions.Subject.REMINDERS);
        Reply.Builder out = Reply.message(TITLE).line("⏰ 提醒规则（北京时间；免打扰 "
                + hhmm(config.schedules().quietFrom()) + "–" + hhmm(config.schedules().quietTo())
                + "；除外出期间的每日走访检查外，休息日不发提醒）：");
        for (ReminderRule r : reminders.rules()) {
            out.item(r.label() + (config.schedules().enabled(r.id()) ? "" : OFF) + "：" + r.describe(ctx));
        }
        List<Team> teams = scope.teams();
        if (!scope.allowed()) out.blank().line(scope.refusal());
        List<Mute> mutes = reminders.store().mutes(today);
        List<Pause> pauses = reminders.store().pauses(today);
        for (Team team : teams) {
            List<Mute> own = mutes.stream().filter(m -> m.teamId().equals(team.id())).toList();
            out.blank().line(team.name() + "静音：" + (own.isEmpty() ? NO_MUTES : ""));
            for (Mute m : own) {
                out.item(label(m.rule()) + " " + range(m.from(), m.to()) + "（原因：" + m.reason() + "；"
                        + name(m.memberId()) + "）");
            }
            List<Pause> leave = pauses.stream()
                    .filter(p -> config.member(p.memberId()).map(Member::teamId).orElse("").equals(team.id())).toList();
            out.line(team.name() + "请假：" + (leave.isEmpty() ? NO_MUTES : ""));
            for (Pause p : leave) out.item(name(p.memberId()) + " " + range(p.from(), p.to()));
        }
        out.blank().line(FOOTER);
        return Optional.of(List.of(out.build()));
    }

    private String label(String rule) {
        return reminders.rules().stream().filter(r -> r.id().equals(rule)).map(ReminderRule::label).findFirst().orElse(rule);
    }

    private String name(String memberId) {
        return config.member(memberId).map(Member::name).orElse(memberId);
    }

    private static String range(LocalDate from, LocalDate to) {
        return LeaveCommand.day(from) + (from.equals(to) ? "" : "—" + LeaveCommand.day(to));
    }

    private static String hhmm(java.time.LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
