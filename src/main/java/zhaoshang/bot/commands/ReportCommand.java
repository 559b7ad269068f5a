package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import zhaoshang.bot.Command;
import zhaoshang.bot.Draft;
import zhaoshang.bot.Drafts;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.report.Doubt;
import zhaoshang.report.ExtractedReport;
import zhaoshang.report.FieldLabels;
import zhaoshang.report.ParseOutcome;
import zhaoshang.report.ParsedItem;
import zhaoshang.report.Problem;
import zhaoshang.report.Report;
import zhaoshang.report.ReportExtractor;
import zhaoshang.report.ReportKind;
import zhaoshang.report.ReportParser;
import zhaoshang.report.Templates;

/**
 * 走访 / 线索 / 考察 / 签约 / 外出计划 / 外出总结: a report in free text becomes ledger records, confirmed with
 * their numbers. A report that lacks a field, or holds one that cannot be right (a future visit, "-" as the
 * enterprise), is not refused: what was read waits as a draft and the member is asked for that one field
 * ({@link DraftAnswerCommand} takes the answer).
 */
public final class ReportCommand implements Command {

    private final ReportParser parser;
    private final Ledger ledger;
    private final Drafts drafts;
    private final ReportRecorder recorder;

    private final ModelReading model;

    public ReportCommand(ReportParser parser, Ledger ledger, Drafts drafts) {
        this(parser, ledger, drafts, ReportExtractor.NONE);
    }

    /** @param extractor the optional language model, asked when the rules read nothing or are unsure */
    public ReportCommand(ReportParser parser, Ledger ledger, Drafts drafts, ReportExtractor extractor) {
        this.parser = parser;
        this.ledger = ledger;
        this.drafts = drafts;
        this.recorder = new ReportRecorder(ledger);
        this.model = new ModelReading(extractor);
    }

    @Override
    public String help() {
        return "走访 / 线索 / 考察 / 签约 / 外出计划 / 外出总结 + 内容 — 登记台账（一条消息可报多家）";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        ParseOutcome outcome = parser.parse(request.text());
        LocalDate today = LocalDate.ofInstant(request.now(), ledger.zone());
        if (!outcome.isReport() || model.enabled() && kindUnknownOnly(outcome)) {
            // the rules read nothing, or only guessed the kind of every record: the model (when configured) first
            Optional<List<Reply>> read = fromModel(request, today);
            if (read.isPresent() || !outcome.isReport()) return read;
        }
        String teamId = Permissions.writeTeam(request).orElse(null);
        if (teamId == null) return Optional.of(List.of(Reply.text(ReportTexts.NO_TEAM)));
        List<ExtractedReport> modelCache = new ArrayList<>();
        Optional<Draft> earlier = drafts.open(request);
        Reply.Builder reply = Reply.message(null);
        List<String> recorded = new ArrayList<>();
        Set<ReportKind> refused = new LinkedHashSet<>();
        Draft asked = null;
        int n = outcome.items().size();
        int index = 0;
        // A message handled again after a restart: what it already produced is not recorded twice.
        // (a fresh message cannot have produced anything yet: not looked up)
        List<LedgerEntry<?>> already = request.fresh() ? List.of() : ledger.fromMessage(request.inboxId());
        int okIndex = 0;
        for (ParsedItem item : outcome.items()) {
            index++;
            String which = n > 1 ? "（第" + index + "条）" : "";
            if (item instanceof ParsedItem.Ok ok && !ok.sure() && asked == null && already.isEmpty()) {
                // read, but something is unsure (the kind guessed, a name without suffix): confirmed before recording
                Doubt first = Questions.kindUnknown(ok) != null ? Questions.kindUnknown(ok) : ok.doubts().get(0);
                asked = drafts.start(request.message().platform(), request.message().conversationId(),
                        request.member().id(), teamId, request.inboxId(), ok.report(), Draft.CONFIRM,
                        ReportTexts.doubt(ok.kind(), first), request.now());
                Questions.ask(reply, asked, which, ledger.zone());
                reply.blank();
            } else if (item instanceof ParsedItem.Ok ok) {
                if (okIndex < already.size()) {
                    LedgerEntry<?> e = already.get(okIndex++);
                    reply.group(g -> g.line("✅ 已登记" + e.kind().label() + which + ' ' + e.number() + "："
                            + RecordView.summary(e.report())).block(RecordView.fieldGroup(e.report()))).blank();
                    recorded.add(e.number());
                    continue;
                }
                okIndex++;
                // a second unsure item of the same message: recorded, with what to check (one question at a time)
                String check = ok.sure() ? null : ReportTexts.doubt(ok.kind(), ok.doubts().get(0));
                ReportRecorder.Outcome o = recorder.record(request, ok.report(), teamId, which, reply, check);
                if (o.number() != null) recorded.add(o.number());
                if (o.refused()) refused.add(ok.kind());
            } else if (item instanceof ParsedItem.Invalid bad && asked == null && bad.draft() != null
                    && Questions.kindUnknown(bad) != null && already.isEmpty()) {
                // no kind word at all: the kind is asked first ("这是一条走访吗？"), the missing fields after "对"
                asked = drafts.start(request.message().platform(), request.message().conversationId(),
                        request.member().id(), teamId, request.inboxId(), bad.draft(), Draft.CONFIRM,
                        ReportTexts.doubt(bad.kind(), Questions.kindUnknown(bad)), request.now());
                Questions.ask(reply, asked, which, ledger.zone());
                reply.blank();
            } else if (item instanceof ParsedItem.Invalid bad) {
                Questions.Asked q = bad.draft() == null ? null : Questions.pick(bad);
                if (asked == null && q != null && Questions.allAboutFields(bad.kind(), bad.problems())) {
                    Optional<ExtractedReport> x = model.sameKind(request.text(), today, bad.kind(), modelCache);
                    asked = x.isPresent()
                            ? startFromModel(request, teamId, ModelReading.fill(bad.draft(), x.get().report()),
                                    x.get().doubtful())
                            : drafts.start(request.message().platform(), request.message().conversationId(),
                                    request.member().id(), teamId, request.inboxId(), bad.draft(), q.component(),
                                    q.problem(), request.now());
                    Questions.ask(reply, asked, which, ledger.zone());
                    String guessed = Questions.kindGuessed(bad);
                    if (guessed != null) reply.line(guessed);
                    reply.blank();
                } else {
                    reply.group(g -> refusal(g, bad, which)).blank();
                    refused.add(bad.kind());
                }
            }
        }
        if (asked == null && earlier.isPresent() && (!recorded.isEmpty() || !refused.isEmpty())) {
            drafts.close(earlier.get(), Drafts.Closed.REPLACED, request.inboxId(), null, request.now());
        }
        if (earlier.isPresent() && (asked != null || !recorded.isEmpty())) {
            reply.line(ReportTexts.replaced(earlier.get().report().kind()));
        }
        if (asked != null && n > 1 && !refused.isEmpty()) reply.line(ReportTexts.oneDraftOnly());
        // the template of each kind refused, once (not once per refused record)
        for (ReportKind kind : refused) reply.line(kind.label() + "模板（复制后填写）：").copyable(Templates.of(kind)).blank();
        if (recorded.size() == 1 && asked == null) {
            ReportRecorder.buttons(reply, recorded.get(0));
        } else if (recorded.size() > 1 || (recorded.size() == 1 && asked != null)) {
            reply.line(correctHint("编号"));
        }
        if (recorded.isEmpty() && asked != null) reply.title(ReportTexts.title(asked.report().kind()));
        return Optional.of(List.of(reply.build()));
    }

    /**
     * The rules read no report, but the message names an organisation: the model's reading (when configured) waits
     * as a draft — "这是一条走访吗？…回复“对”登记" — or asks for the field that failed its check. Empty otherwise
     * (the bot's short pointer to 帮助/模板).
     */
    private Optional<List<Reply>> fromModel(Request request, LocalDate today) {
        Optional<ExtractedReport> x = model.readNothing(request.text(), today);
        if (x.isEmpty()) return Optional.empty();
        String teamId = Permissions.writeTeam(request).orElse(null);
        if (teamId == null) return Optional.of(List.of(Reply.text(ReportTexts.NO_TEAM)));
        Draft draft = startFromModel(request, teamId, x.get().report(), x.get().doubtful());
        Reply.Builder reply = Reply.message(ReportTexts.title(draft.report().kind()));
        Questions.ask(reply, draft, "", ledger.zone());
        return Optional.of(List.of(reply.build()));
    }

    private static boolean kindUnknownOnly(ParseOutcome outcome) {
        for (ParsedItem item : outcome.items()) if (Questions.kindUnknown(item) == null) return false;
        return true;
    }

    /**
     * A draft of a reading the model helped with: a field that failed its check is asked for; else what the rules
     * still miss; else the member confirms the whole reading.
     */
    private Draft startFromModel(Request request, String teamId, Report report, List<String> doubtful) {
        ReportKind kind = report.kind();
        String question = Draft.CONFIRM;
        String problem = ReportTexts.MODEL_READ;
        Report shown = report;
        String failed = doubtful.stream().map(l -> ModelReading.component(kind, l))
                .filter(c -> c != null && RecordView.value(c, RecordView.valueOf(report, c)) == null)
                .findFirst().orElse(null);
        ParsedItem checked = parser.recheck(report);
        if (failed != null) {
            question = failed;
            problem = ReportTexts.notVerified(FieldLabels.label(kind, failed));
        } else if (checked instanceof ParsedItem.Invalid bad && Questions.pick(kind, bad.problems()) != null) {
            Questions.Asked q = Questions.pick(kind, bad.problems());
            question = q.component();
            problem = q.problem();
        } else if (checked instanceof ParsedItem.Ok ok) {
            shown = ok.report();
        }
        return drafts.start(request.message().platform(), request.message().conversationId(), request.member().id(),
                teamId, request.inboxId(), shown, question, problem, request.now());
    }

    private static String correctHint(String number) {
        return "有误请发“更正 " + number + " 字段：新值”，撤销请发“撤销 " + number + "”。";
    }

    private static void refusal(Reply.Builder g, ParsedItem.Invalid bad, String which) {
        g.line(ReportTexts.refused(bad.kind(), which));
        for (Problem p : bad.problems()) g.item(p.field() + "：" + p.message());
    }
}
