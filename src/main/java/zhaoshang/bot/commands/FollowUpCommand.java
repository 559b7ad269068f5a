package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.ledger.FollowUps;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.LedgerException;
import zhaoshang.ledger.LeadStage;
import zhaoshang.ledger.NextStepDate;
import zhaoshang.ledger.SigningProgress;
import zhaoshang.report.ReportKind;

/**
 * One-to-one follow-up of leads and signed projects (细则 三(二)):
 * {@code 线索 #L-0003 下步：邀请来区考察 12月10日} (下步计划 and 时间节点), {@code 项目 #L-0003 进展：…} (a progress note;
 * a stage or progress word such as 开工 is left to {@link StageCommand}), {@code 项目 #S-0007 问题：…} (存在问题, listed for
 * the 调度会 until solved) and {@code 项目 #S-0007 问题已解决}. Any member who may see the record may add to it.
 */
public final class FollowUpCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:项目|线索|签约)\\s*[：:]?\\s*#?\\s*([LSls])\\s*[-－]?\\s*(\\d{1,7})"
            + "\\s*(进展|进度|下步计划|下步|下一步|问题已解决|问题已经解决|问题解决了|问题)\\s*[：:]?\\s*(.*)$", Pattern.DOTALL);

    private final BotConfig config;
    private final Ledger ledger;
    private final ZoneId zone;

    public FollowUpCommand(BotConfig config, Ledger ledger, ZoneId zone) {
        this.config = config;
        this.ledger = ledger;
        this.zone = zone;
    }

    @Override
    public String help() {
        return FollowUpTexts.HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text().strip());
        if (!m.matches()) return Optional.empty();
        String verb = m.group(3);
        String text = m.group(4).strip();
        if ((verb.equals("进展") || verb.equals("进度")) && isStageWord(text)) return Optional.empty();   // StageCommand
        String number = "#" + m.group(1).toUpperCase() + "-" + String.format("%04d", Integer.parseInt(m.group(2)));
        Optional<LedgerEntry<?>> found = ledger.find(number);
        if (found.isEmpty()) return answer("没有找到 " + number + "，请检查编号。");
        LedgerEntry<?> e = found.get();
        Optional<String> refused = Permissions.record(request, config, e, false);
        if (refused.isPresent()) return answer(refused.get());
        if (!e.active()) return answer(e.number() + " 已撤销，不能再跟踪。");
        if (text.length() > 500) text = text.substring(0, 500);
        String summary = RecordView.summary(e.report());
        FollowUps notes = ledger.followUps();
        String actor = request.member().id();
        try {
            if (verb.startsWith("问题") && verb.length() > 2) {
                List<FollowUps.Note> solved = notes.solveProblems(e.number(), actor, request.now());
                if (!solved.isEmpty()) syncIssues(e, actor, request);
                return answer(FollowUpTexts.solved(e.number(), solved));
            }
            if (text.isEmpty()) {
                return answer(FollowUpTexts.emptyText(e.number(), verb.startsWith("下") ? "下步" : verb.equals("问题") ? "问题" : "进展"));
            }
            if (verb.equals("问题")) {
                if (e.kind() != ReportKind.SIGNING) return answer(FollowUpTexts.problemsOnlyForProjects(e.number()));
                notes.add(e, FollowUps.Kind.PROBLEM, text, null, actor, request.now());
                int open = syncIssues(e, actor, request);
                return answer(FollowUpTexts.problemRecorded(e.number(), summary, text, open));
            }
            if (e.kind() != ReportKind.LEAD && e.kind() != ReportKind.SIGNING) {
                return answer(FollowUpTexts.notFollowed(e.number(), e.kind().label()));
            }
            if (verb.startsWith("下")) {
                LocalDate today = LocalDate.ofInstant(request.now(), zone);
                LocalDate due = NextStepDate.find(text, today).orElse(null);
                notes.add(e, FollowUps.Kind.NEXT, text, due, actor, request.now());
                if (e.kind() == ReportKind.LEAD) ledger.correct(e.number(), Map.of("nextStep", text), actor, request.now());
                return answer(FollowUpTexts.nextRecorded(e.number(), summary, text, due));
            }
            notes.add(e, FollowUps.Kind.PROGRESS, text, null, actor, request.now());
            return answer(FollowUpTexts.progressRecorded(e.number(), summary, text));
        } catch (LedgerException ex) {
            return answer(ex.getMessage());
        }
    }

    /** A signing's 存在问题 column shows its open problems; returns how many are open. */
    private int syncIssues(LedgerEntry<?> e, String actor, Request request) {
        List<FollowUps.Note> open = ledger.followUps().openProblems(e.teamId()).stream()
                .filter(n -> n.number().equals(e.number())).toList();
        String issues = open.isEmpty() ? null : open.stream().map(FollowUps.Note::text).collect(Collectors.joining("；"));
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        values.put("issues", issues);
        ledger.correct(e.number(), values, actor, request.now());
        return open.size();
    }

    private static boolean isStageWord(String text) {
        return !text.isEmpty() && !text.contains(" ") && text.length() <= 4
                && (LeadStage.parse(text).isPresent() || SigningProgress.parse(text).isPresent());
    }

    private static Optional<List<Reply>> answer(String text) {
        return Optional.of(List.of(Reply.text(text)));
    }
}
