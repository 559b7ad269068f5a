package zhaoshang.bot.commands;

import java.util.ArrayList;
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
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;
import zhaoshang.remind.Reminder;
import zhaoshang.remind.ReminderEvaluator;

/**
 * 提醒 测试 [第二工作组]: a sample of each reminder type for the team with its current figures, marked （测试）,
 * without @-mentioning anyone and without touching the sent-log. 组长 (own team) and 投资促进部 only.
 */
public final class ReminderTestCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^提醒(?:测试|预览|示例)(.*)$");

    private static final String NOT_ALLOWED = "“提醒 测试”仅限组长和投资促进部使用。";
    private static final String WHICH_TEAM = "请写明工作组，例如：提醒 测试 第二工作组";
    private static final String OTHER_TEAM = "组长只能预览本组的提醒。";

    private static String intro(Team team, int n) {
        return "以下是" + team.name() + "的 " + n + " 类提醒示例（按当前数据生成，仅供预览，不计入已发送记录）：";
    }

    private static String wouldMention(String names) {
        return "\n（正式提醒将 @ " + names + "）";
    }

    private final BotConfig config;
    private final ReminderEvaluator reminders;

    public ReminderTestCommand(BotConfig config, ReminderEvaluator reminders) {
        this.config = config;
        this.reminders = reminders;
    }

    @Override
    public String help() {
        return "提醒 测试 — 预览本组各类提醒（组长、投资促进部）";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(MessageText.compact(request.text()));
        if (!m.matches()) return Optional.empty();
        Role role = request.member().role();
        if (role != Role.LEADER && role != Role.PROMOTION) return reply(NOT_ALLOWED);
        Team named = TeamNames.find(m.group(1), config.teams()).map(TeamNames.Found::team).orElse(null);
        Permissions.Scope scope = Permissions.teams(request, config, named, Permissions.Subject.REMINDER_PREVIEW);
        if (!scope.allowed()) return reply(scope.refusal());
        if (scope.allTeams()) return reply(WHICH_TEAM);
        Team team = scope.team();
        if (!Permissions.managesReminders(request.member(), team.id())) return reply(OTHER_TEAM);
        List<Reminder> samples = reminders.samples(team);
        List<Reply> out = new ArrayList<>();
        out.add(Reply.text(intro(team, (int) samples.stream().map(Reminder::rule).distinct().count())));
        for (Reminder r : samples) {
            String names = r.mentions().stream().map(id -> config.member(id).map(Member::name).orElse(id))
                    .collect(Collectors.joining("、"));
            Reply sample = r.message(false, true);
            out.add(names.isEmpty() ? sample : Reply.message(sample.title()).blocks(sample.blocks())
                    .lines(wouldMention(names).strip()).build());
        }
        return Optional.of(List.copyOf(out));
    }

    private static Optional<List<Reply>> reply(String text) {
        return Optional.of(List.of(Reply.text(text)));
    }
}
