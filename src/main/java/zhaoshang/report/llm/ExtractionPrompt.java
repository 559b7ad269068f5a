package zhaoshang.report.llm;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import zhaoshang.report.FieldLabels;
import zhaoshang.report.ReportKind;

/**
 * The system prompt: our report kinds and their fields (the record components, with the ledgers' column labels),
 * the canonical values, the JSON to answer with, and today's date. Models served by 投资促进部 (DeepSeek, Qwen)
 * read Chinese best, so the prompt is Chinese; it names "JSON", which servers that honour {@code response_format}
 * require.
 */
final class ExtractionPrompt {

    private static final Map<ReportKind, String> KIND_NAMES = Map.of(
            ReportKind.VISIT, "走访企业（我方人员去企业拜访、座谈、对接）",
            ReportKind.LEAD, "实效线索（获悉某企业有投资意向或项目）",
            ReportKind.INSPECTION, "考察（邀请企业来高新区、潞州区考察）",
            ReportKind.SIGNING, "签约项目（项目签约、落户）",
            ReportKind.TRIP_PLAN, "外出计划（将要外出招商的安排）",
            ReportKind.TRIP_SUMMARY, "外出总结（外出招商结束后的总结）");

    private static final String RULES = """
            规则：
            1. 一条消息可能含多条记录（例如走访时得到一条线索，或编号列出的几家企业），每条记录一个对象。消息不是台账内容（闲聊、命令、提问）时回答 {"reports": []}。
            2. 只写消息里明确写到的字段；没写到的字段不要输出，不要猜测、推断或补充。
            3. enterprise、project 照抄消息中的写法：消息写了全称就用全称（如“天津长荣科技集团股份有限公司”），否则用所写的简称（如“京东方”）。不要写地名、人名或“某企业”。
            4. 日期字段写成 yyyy-MM-dd（按今天推算，是事件发生的日期，不是将来计划的日期），并在 evidence 中写出消息里表示这个日期的原文（如“今天”“周二”“11月17日”）。
            5. amountYuan 是投资额（拟投资、总投资、预计投资、计划投资），换算成整数元，并在 evidence 中写出消息里的金额原文（如“2亿元”）。注册资本、年产值、营收不是投资额。
            6. intent 只能是 无、一般、较强、明确 之一（“意向明确”→明确，“表现出较强意向”→较强，“先保持联系”→一般，“暂无意向”→无），并在 evidence 中写出消息里的原文。
            7. contacts（对方人员）写成“姓名或称呼（职务）”：“总经理助理刘总”→“刘总（总经理助理）”；只有称呼写“周总”；只有职务写“副总经理”；多人用“、”连接。
            8. ourPeople、companions、owner 是我方人员的姓名，按出现顺序用“、”连接；消息没写人名时不要输出。
            9. area 只写消息里写到的“高新区”或“潞州区”。stage 只能是 线索、洽谈、签约。progress 只能是 签约、注册、开工、投产。
            10. 其他文字字段（content、followUp、itinerary、result、nextStep、remark 等）用消息中的原话，不要改写、概括或添加。
            11. 只回答一个 JSON 对象，不要解释，不要 Markdown。""";

    private static final String FORMAT = """
            回答格式（JSON）：
            {"reports": [{"kind": "VISIT", "fields": {"date": "%s", "enterprise": "天津长荣科技集团股份有限公司", "contacts": "刘总（总经理助理）", "intent": "较强", "amountYuan": 200000000}, "evidence": {"date": "今天", "intent": "意向较强", "amountYuan": "2亿元"}}]}""";

    private ExtractionPrompt() { }

    static String system(LocalDate today) {
        StringBuilder b = new StringBuilder(2048);
        b.append("你是招商工作台账的录入助手：把用户发来的一条工作群消息读成台账记录，用 JSON 回答。\n");
        b.append("今天是 ").append(today).append("（")
                .append(today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE)).append("）。\n\n");
        b.append("记录种类 kind 及其字段（fields 的键名，括号内为含义）：\n");
        for (ReportKind kind : ReportKind.values()) {
            b.append("- ").append(kind.name()).append(" ").append(KIND_NAMES.get(kind)).append("：")
                    .append(FieldLabels.of(kind).entrySet().stream()
                            .map(e -> e.getKey() + "（" + e.getValue() + "）")
                            .collect(Collectors.joining("、")))
                    .append("\n");
        }
        b.append("TRIP_PLAN 的 plannedVisits 是拟拜访企业名称，用“、”连接。\n\n");
        b.append(FORMAT.formatted(today)).append("\n\n").append(RULES);
        return b.toString();
    }
}
