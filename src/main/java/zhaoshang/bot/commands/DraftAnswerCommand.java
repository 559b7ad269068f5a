package zhaoshang.bot.commands;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Set;

import zhaoshang.bot.Command;
import zhaoshang.bot.Draft;
import zhaoshang.bot.Drafts;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.ledger.Ledger;
import zhaoshang.report.Correction;
import zhaoshang.report.FieldLabels;
import zhaoshang.report.OrganisationName;
import zhaoshang.report.ParsedItem;
import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;
import zhaoshang.report.ReportParser;

/**
 * The answer to a pending draft, from the member who was asked, in the conversation where they were asked: "对"
 * records it, "不对" asks what to change, "取消" drops it, a field line ("企业：…", "日期：昨天") or — when one field
 * was asked — the bare value completes it; then it is recorded, or the next missing field is asked. A whole new
 * report is left to {@link ReportCommand} (it replaces the draft). An answer after the draft expired is told so.
 */
public final class DraftAnswerCommand implements Command {

    private static final Set<String> YES = Set.of("对", "对的", "是", "是的", "确认", "确定", "没错", "没问题", "正确", "登记",
            "好", "好的", "可以", "嗯", "嗯嗯", "ok", "yes", "对，登记", "是的，登记", "对的，登记");
    private static final Set<String> NO = Set.of("不对", "不是", "错了", "不正确", "有误", "不", "否", "no");
    private static final Set<String> CANCEL = Set.of("取消", "算了", "不用了", "不登记", "作废", "不要了", "删除", "删掉");

    /** "线索", "是线索", "不对，是线索", "不是走访，是考察", "应该是签约". */
    private static final Pattern KIND_ANSWER = Pattern.compile(
            "^(?:不对|不是|错了)?[，,。 ]*(?:不是(?:走访|线索|考察|签约))?[，,。 ]*(?:是|应该是|改成|改为|算)?(走访|线索|考察|签约)$");
    /** One "名称：值" line on its own ("企业：…", "日期：昨天"): the answer to a question, never a report by itself. */
    private static final Pattern FIELD_LINE = Pattern.compile("^([^：:\\s]{1,8})[：:][^\\n]+$");
    private static final Map<String, ReportKind> KINDS = Map.of("走访", ReportKind.VISIT, "线索", ReportKind.LEAD,
            "考察", ReportKind.INSPECTION, "签约", ReportKind.SIGNING);

    private final ReportParser parser;
    private final Drafts drafts;
    private final Ledger ledger;
    private final ReportRecorder recorder;

    public DraftAnswerCommand(ReportParser parser, Ledger ledger, Drafts drafts) {
        this.parser = parser;
        this.drafts = drafts;
        this.ledger = ledger;
        this.recorder = new ReportRecorder(ledger);
    }

    @Override
    public String help() {
        return "";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String text = request.text();
        String word = word(text);
        Optional<Draft> open = drafts.open(request);
        if (open.isEmpty()) {
            boolean answerLike = YES.contains(word) || NO.contains(word) || CANCEL.contains(word)
                    || FIELD_LINE.matcher(text.strip()).matches() && !newReport(parser.parse(text));
            return answerLike ? answer(Reply.text(ReportTexts.noDraftHere())) : Optional.empty();
        }
        Draft draft = open.get();
        Matcher kindAnswer = KIND_ANSWER.matcher(word);
        if (kindAnswer.matches() && !draft.expired(request.now())) {
            // "不对，是线索": the same content as another kind
            ReportKind kind = KINDS.get(kindAnswer.group(1));
            return answer(complete(request, draft.with(draft.report(), Draft.CONFIRM, null),
                    Drafts.asKind(draft.report(), kind)));
        }
        // a whole new report: ReportCommand replaces the draft — but "签约日期：11月18日" answers a signing's question,
        // though its label opens with the kind word
        if (!fieldOfDraft(draft, text) && newReport(parser.parse(text))) return Optional.empty();
        if (draft.expired(request.now())) {
            drafts.close(draft, Drafts.Closed.EXPIRED, request.inboxId(), null, request.now());
            return answer(Reply.text(ReportTexts.expired(draft.report().kind(), summary(draft.report()),
                    draft.createdAt(), ledger.zone())));
        }
        if (CANCEL.contains(word)) {
            drafts.close(draft, Drafts.Closed.CANCELLED, request.inboxId(), null, request.now());
            return answer(Reply.text(ReportTexts.cancelled(draft.report().kind())));
        }
        if (NO.contains(word)) {
            Reply.Builder r = Reply.message(ReportTexts.title(draft.report().kind())).line(ReportTexts.whatIsWrong());
            return answer(r.button(ReportTexts.CANCEL_LABEL, ReportTexts.CANCEL_LABEL).build());
        }
        Report report = draft.report();
        if (!YES.contains(word)) {
            Correction c = correction(draft, text);
            if (c == null) {
                // a bare text that cannot be the name asked for ("随便说点什么"): the question stands
                Reply.Builder r = Reply.message(ReportTexts.title(report.kind())).line(ReportTexts.notAnAnswer(text));
                Questions.ask(r, draft, "", ledger.zone());
                return answer(r.build());
            }
            if (!c.problems().isEmpty()) {
                Reply.Builder r = Reply.message(ReportTexts.title(report.kind()));
                c.problems().forEach(p -> r.line(ReportTexts.unreadableAnswer(p.message())));
                Questions.ask(r, draft, "", ledger.zone());
                return answer(r.build());
            }
            if (c.values().isEmpty()) return Optional.empty();
            report = c.applyTo(report);
        }
        return answer(complete(request, draft, report));
    }

    /** One "名称：值" line whose name is a column label of the draft's kind ("签约日期：11月18日", "考察日期：…"). */
    private static boolean fieldOfDraft(Draft draft, String text) {
        Matcher line = FIELD_LINE.matcher(text.strip());
        return line.matches() && FieldLabels.of(draft.report().kind()).containsValue(line.group(1));
    }

    /** A report of its own, not an answer: a message naming an organisation but no kind is an answer. */
    private static boolean newReport(zhaoshang.report.ParseOutcome outcome) {
        return outcome.isReport() && !outcome.kindNamedNowhere();
    }

    /** Records the completed draft, or asks the next question. */
    private Reply complete(Request request, Draft draft, Report report) {
        ParsedItem checked = parser.recheck(report);
        boolean askedFieldEmpty = !draft.asksConfirmation() && RecordView.valueOf(report, draft.question()) == null;
        if (checked instanceof ParsedItem.Ok ok && !askedFieldEmpty) {
            Reply.Builder reply = Reply.message(null);
            ReportRecorder.Outcome o = recorder.record(request, ok.report(), draft.teamId(), "", reply);
            drafts.close(draft, Drafts.Closed.RECORDED, request.inboxId(), o.number(), request.now());
            if (o.number() != null) ReportRecorder.buttons(reply, o.number());
            return reply.build();
        }
        Draft next;
        Questions.Asked q = checked instanceof ParsedItem.Invalid bad ? Questions.pick(bad) : null;
        if (askedFieldEmpty || q == null) {
            // the field asked about is still not given: the same question, for the same reason
            next = draft.with(report, draft.question(), draft.problem() != null ? draft.problem()
                    : "缺少" + FieldLabels.label(report.kind(), draft.question()));
        } else {
            next = draft.with(report, q.component(), q.problem());
        }
        drafts.update(next, request.now());
        Reply.Builder reply = Reply.message(ReportTexts.title(report.kind()));
        Questions.ask(reply, next, "", ledger.zone());
        return reply.build();
    }

    /**
     * The answer read as fields; a bare value when one field was asked ("天津长荣科技集团股份有限公司"). Null for a bare
     * text that cannot be the name asked for: a name is taken bare only when it ends like one (有限公司, 项目 …).
     */
    private Correction correction(Draft draft, String text) {
        Correction c = parser.parseCorrection(draft.report().kind(), text);
        if (c.isValid() || draft.asksConfirmation() || text.contains("：") || text.contains(":")) return c;
        String q = draft.question();
        if (q.equals("enterprise") && !OrganisationName.endsLikeOne(text)
                || q.equals("project") && !OrganisationName.endsLikeProject(text)) {
            return null;
        }
        return parser.parseCorrection(draft.report().kind(), FieldLabels.label(draft.report().kind(), q) + "：" + text);
    }

    private static String summary(Report report) {
        String s = RecordView.summary(report);
        return s.replace("null", "").strip();
    }

    /** The answer as one word: trimmed, without closing punctuation, Latin in lower case. */
    private static String word(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        while (!t.isEmpty() && "。！!，,.~～ ".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static Optional<List<Reply>> answer(Reply reply) {
        return Optional.of(List.of(reply));
    }
}
