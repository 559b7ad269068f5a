package zhaoshang.bot.commands;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import zhaoshang.report.Doubt;
import zhaoshang.report.FieldLabels;
import zhaoshang.report.ReportKind;

/** What the bot says about reports, their confirmations, pending drafts and questions, kept together for review. */
final class ReportTexts {

    private ReportTexts() { }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    static final String YES_LABEL = "对";
    static final String NO_LABEL = "不对";
    static final String CANCEL_LABEL = "取消";

    /** Heading of a question about a report that is not recorded yet. */
    static String notYet(ReportKind kind, String which) {
        return "📝 " + kind.label() + which + "还没有登记，需要您补一项：";
    }

    static String title(ReportKind kind) {
        return "待补充：" + kind.label();
    }

    /** The confirmation question: "这是一条走访吗？" followed by what was read. */
    static String isThisA(ReportKind kind) {
        return "❓ 这是一条" + kind.label() + "吗？读到的内容：";
    }

    /** How to answer "这是一条走访吗？": 对, another kind (“线索/签约/考察”), or the corrected fields. */
    static String confirmHow(ReportKind kind) {
        StringBuilder others = new StringBuilder();
        for (ReportKind k : new ReportKind[]{ReportKind.VISIT, ReportKind.LEAD, ReportKind.SIGNING, ReportKind.INSPECTION}) {
            if (k == kind) continue;
            if (others.length() > 0) others.append('/');
            others.append(k.label());
        }
        return "回复“对”登记，或回复“" + others + "”改类型，或直接回复更正的内容（如“企业：…”“日期：昨天”）。";
    }

    static final String READ_SO_FAR = "已读到：";

    /** What the parser was unsure of, as one sentence (Doubt reasons of the report package). */
    static String doubt(ReportKind kind, Doubt d) {
        String words = d.written() == null || d.written().isBlank() ? "" : "“" + d.written() + "”";
        return switch (d.reason()) {
            case KIND_GUESSED -> words.isEmpty() ? "消息里没有写明是走访、线索、考察还是签约，按内容推断为" + kind.label()
                    : "类型是按" + words + "推断为" + kind.label() + "的";
            case ENTERPRISE_GUESSED -> d.field() + words + "是按简称识别的，没有公司全称";
            case VAGUE -> d.field() + words + "说得不确定，没有填写";
            case NOT_AN_ENTERPRISE -> words + "不是企业名称";
            case MISSING -> "缺少" + d.field();
            case FUTURE_DATE -> d.field() + words + "还没到";
            case UNREADABLE -> d.field() + words + "看不懂";
        };
    }

    /** Words standing where a name should be that are no name ("有个老板"). */
    static String notAName(String written, String label) {
        String shown = written.length() > 20 ? written.substring(0, 20) + "…" : written;
        return "“" + shown + "”不是具体的" + label + "，不能作为" + label;
    }

    /** The kind was guessed from weak words: how to say it is another kind. */
    static String kindGuessed(ReportKind kind, String written) {
        String words = written == null || written.isBlank() ? "内容" : "“" + (written.length() > 20
                ? written.substring(0, 20) + "…" : written) + "”";
        return "（按" + words + "判断为" + kind.label() + "；如果不是，请回复“不对，是线索”这样的类型。）";
    }

    /** A recorded item the parser was unsure of (only the first unsure item of a message is asked about). */
    static String pleaseCheck(String doubt, String number) {
        return "⚠️ 请核对：" + doubt + "。有误请发“更正 " + number + " 字段：新值”。";
    }

    static final String NO_TEAM = "您不属于任何工作组，台账需记在某个工作组名下：请在该工作组的群里发送，或请组员填报。";

    /** Shown with a reading the language model helped with, before "对". */
    static final String MODEL_READ = "部分内容由语言模型辅助读出（已与原文核对），请确认无误后再登记。";

    /** A field the model gave that failed its check against the message. */
    static String notVerified(String label) {
        return "语言模型读出的" + label + "与原文核对不上，没有采用";
    }

    /** A field missing: asked as just that field. */
    static String supply(String exampleLine) {
        return "请补充 " + exampleLine + "（直接回复这一行即可，其余内容不用重发）。";
    }

    /** A field written but not usable: asked again as that field. */
    static String correctField(ReportKind kind, String component, String exampleLine) {
        return "请回复正确的" + FieldLabels.label(kind, component) + "，例如“" + exampleLine + "”（其余内容不用重发）。";
    }

    static final String FUTURE_VISIT_HINT = "如果是计划中的走访，请回复“取消”，写进外出计划。";

    static String expires(Instant at, ZoneId zone) {
        return "⏳ 草稿保留到 " + WHEN.format(at.atZone(zone)) + "（24 小时），过时未补充即作废。";
    }

    static String noDraftHere() {
        return "您在本群没有待补充的汇报。群里其他人的待补充汇报只能由本人回复；登记新的汇报请直接发送内容，"
                + "发送“模板 走访”获取模板。";
    }

    static String expired(ReportKind kind, String summary, Instant at, ZoneId zone) {
        return "⌛ 您" + WHEN.format(at.atZone(zone)) + "前待补充的" + kind.label() + (summary.isBlank() ? "" : "（" + summary + "）")
                + "已过期作废（超过 24 小时没有回复），没有登记。请把完整内容重新发送一次。";
    }

    /** A bare text that cannot be the name asked for. */
    static String notAnAnswer(String text) {
        String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        return "没看懂“" + shown + "”。您有一条待补充的汇报：";
    }

    static String cancelled(ReportKind kind) {
        return "好的，这条" + kind.label() + "已取消，没有登记。";
    }

    static String whatIsWrong() {
        return "请直接回复更正的内容，例如“企业：天津长荣科技集团股份有限公司”或“日期：昨天”；不登记请回复“取消”。";
    }

    static String unreadableAnswer(String problem) {
        return "❌ " + problem;
    }

    static String replaced(ReportKind kind) {
        return "（您之前待补充的" + kind.label() + "已由这条代替。）";
    }

    /** A report that cannot be asked about field by field (e.g. an unknown field name). */
    static String refused(ReportKind kind, String which) {
        return "❌ " + kind.label() + which + "未登记：";
    }

    static String oneDraftOnly() {
        return "其余未登记的几条请补全后分别发送（每次只能补充一条）。";
    }

    /** The confirmation's flag of a likely duplicate (both records kept). */
    static String likelyDuplicate(String number, String other) {
        return "⚠️ 疑似重复：本组 " + other + " 已登记了同一企业同一天的记录（或同一签约项目），两条都已保留，"
                + "台账中标为“疑似重复”。如确是同一件事，请撤销其中一条（如“撤销 " + number + " 重复”）。";
    }
}
