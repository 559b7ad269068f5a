package zhaoshang.bot.commands;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import zhaoshang.bot.Draft;
import zhaoshang.chat.Reply;
import zhaoshang.report.Doubt;
import zhaoshang.report.FieldLabels;
import zhaoshang.report.ParsedItem;
import zhaoshang.report.Problem;
import zhaoshang.report.Report;
import zhaoshang.report.ReportKind;
import zhaoshang.report.Templates;

/** The one question a draft asks: which field, and how it reads in the answer. */
final class Questions {

    private Questions() { }

    /** The field asked about and why. */
    record Asked(String component, String problem) { }

    /** Fields asked first: what names the record, then when it happened, then how much. */
    private static final List<String> FIRST = List.of("project", "enterprise", "date", "departDate", "returnDate",
            "amountYuan", "content", "destination", "visits");

    /**
     * The one field to ask about among the problems (names first, then dates, amounts, the rest); null when no problem
     * is about a field of the kind (e.g. an unknown field name, a message too long).
     */
    static Asked pick(ReportKind kind, List<Problem> problems) {
        Map<String, String> labels = FieldLabels.of(kind);
        Asked best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Problem p : problems) {
            String component = null;
            for (Map.Entry<String, String> e : labels.entrySet()) {
                if (e.getValue().equals(p.field())) component = e.getKey();
            }
            if (component == null) continue;
            int rank = FIRST.indexOf(component);
            if (rank < 0) rank = FIRST.size();
            if (rank < bestRank) {
                best = new Asked(component, p.message());
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * As {@link #pick(ReportKind, List)} for a parsed item: when the field asked for holds words that are no name
     * ("有个老板", "某新能源企业"), the question says so.
     */
    static Asked pick(ParsedItem.Invalid item) {
        Asked q = pick(item.kind(), item.problems());
        if (q == null) return null;
        String label = FieldLabels.label(item.kind(), q.component());
        for (Doubt d : item.doubts()) {
            if (d.reason() == Doubt.Reason.NOT_AN_ENTERPRISE && label.equals(d.field()) && d.written() != null
                    && !d.written().isBlank()) {
                return new Asked(q.component(), ReportTexts.notAName(d.written(), label));
            }
        }
        return q;
    }

    /** The kind was guessed from weak words ("签了意向书"): the sentence to add to the question, or null. */
    static String kindGuessed(ParsedItem item) {
        for (Doubt d : item.doubts()) {
            if (d.reason() == Doubt.Reason.KIND_GUESSED) return ReportTexts.kindGuessed(item.kind(), d.written());
        }
        return null;
    }

    /**
     * The message names no kind at all and the kind is only the likeliest reading: the doubt to ask about first
     * ("这是一条走访吗？"), before any missing field; null otherwise.
     */
    static Doubt kindUnknown(ParsedItem item) {
        for (Doubt d : item.doubts()) if (d.kindUnknown()) return d;
        return null;
    }

    /** Whether every problem is about a field of the kind (so the report can wait as a draft for answers). */
    static boolean allAboutFields(ReportKind kind, List<Problem> problems) {
        for (Problem p : problems) {
            if (!FieldLabels.of(kind).containsValue(p.field())) return false;
        }
        return true;
    }

    /** The question as a group of lines, with what was read and when the draft expires; buttons on {@code reply}. */
    static void ask(Reply.Builder reply, Draft draft, String which, ZoneId zone) {
        Report report = draft.report();
        ReportKind kind = report.kind();
        List<zhaoshang.chat.Block.Field> read = RecordView.fieldBlocks(report);
        if (draft.asksConfirmation()) {
            reply.group(g -> {
                g.line(ReportTexts.isThisA(kind));
                g.block(new zhaoshang.chat.Block.Group(List.copyOf(read)));
                if (draft.problem() != null) g.line("⚠️ " + draft.problem());
                g.line(ReportTexts.confirmHow(kind));
                g.line(ReportTexts.expires(draft.expiresAt(), zone));
            });
            reply.button(ReportTexts.YES_LABEL, ReportTexts.YES_LABEL).button(ReportTexts.NO_LABEL, ReportTexts.NO_LABEL);
            return;
        }
        String component = draft.question();
        String example = Templates.exampleLine(kind, component);
        String problem = draft.problem();
        boolean missing = problem == null || problem.startsWith("缺少") || problem.startsWith("线索需要")
                || problem.contains("不能作为");
        String why = problem == null ? null : problem.replaceFirst("，请补一行.*$", "");
        reply.group(g -> {
            g.line(ReportTexts.notYet(kind, which));
            if (why != null && !why.startsWith("缺少")) g.line("❓ " + why);
            g.line(missing ? ReportTexts.supply(example) : ReportTexts.correctField(kind, component, example));
            if (kind == ReportKind.VISIT && component.equals("date") && !missing) g.line(ReportTexts.FUTURE_VISIT_HINT);
            if (!read.isEmpty()) {
                g.line(ReportTexts.READ_SO_FAR);
                g.block(new zhaoshang.chat.Block.Group(List.copyOf(read)));
            }
            g.line(ReportTexts.expires(draft.expiresAt(), zone));
        });
        reply.button(ReportTexts.CANCEL_LABEL, ReportTexts.CANCEL_LABEL);
    }
}
