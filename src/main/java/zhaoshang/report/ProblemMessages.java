package zhaoshang.report;

import java.time.LocalDate;

/** Every message the parser says to a member, kept together so the wording can be reviewed in one place. */
final class ProblemMessages {

    private ProblemMessages() { }

    /** The line to add for a missing field, e.g. 企业：… */
    static String example(ReportKind kind, String component) {
        return switch (component) {
            case "enterprise" -> "企业：企业全称";
            case "content" -> "洽谈内容：谈了什么";
            case "project" -> "项目：项目名称";
            case "amountYuan" -> kind == ReportKind.SIGNING ? "投资额：1.2亿" : "拟投资额：5000万";
            case "date" -> kind == ReportKind.INSPECTION ? "日期：12月14日" : "日期：11月18日";
            case "destination" -> "目的地：深圳、东莞";
            case "departDate" -> "出发：11月24日";
            case "returnDate" -> "返回：11月30日";
            case "visits" -> "走访情况：走访企业7家";
            default -> FieldLabels.label(kind, component) + "：…";
        };
    }

    static Problem missing(ReportKind kind, String component) {
        String label = FieldLabels.label(kind, component);
        return new Problem(label, "缺少" + label + "，请补一行“" + example(kind, component) + "”");
    }

    /** What is written where a name should be is no name: "-", "1.", "一行几人来高新区", keyboard noise. */
    static Problem notAName(ReportKind kind, String component, String written, String why) {
        String label = FieldLabels.label(kind, component);
        String shown = written.length() > 20 ? written.substring(0, 20) + "…" : written;
        return new Problem(label, "“" + shown + "”" + why + "，不能作为" + label + "，请补一行“" + example(kind, component) + "”");
    }

    static Problem leadNeedsProjectOrAmount() {
        return new Problem("项目名称", "线索需要项目名称或拟投资额，请补一行“项目：项目名称”或“拟投资额：5000万”");
    }

    static Problem notMoney(String label, String written, Money.Failure failure) {
        return switch (failure) {
            case NO_UNIT -> new Problem(label, label + "“" + written + "”没有单位，请写成“" + written + "万”或“" + written + "元”");
            case FOREIGN_CURRENCY -> new Problem(label, label + "“" + written + "”不是人民币，台账按人民币登记，请折算后写成“5000万”或“1.2亿”");
            case TOO_LARGE -> new Problem(label, label + "“" + written + "”大得不合常理，请核对，写成“5000万”或“1.2亿”");
            case VAGUE -> new Problem(label, label + "“" + written + "”不是确切的数额，请写一个数，如“5000万”或“1.2亿”");
            default -> new Problem(label, label + "“" + written + "”不是金额，请写成“5000万”或“1.2亿”");
        };
    }

    static Problem notDate(String label, String written) {
        return new Problem(label, label + "“" + written + "”不是日期，请写成“11月18日”“2026-11-18”或“昨天”");
    }

    /** "近日签约": no day to record — asked for, never filled with today. */
    static Problem vagueDay(String label, String written) {
        return new Problem(label, label + "“" + written + "”不是确切的日子，请补一行“" + label + "：11月28日”（或“昨天”）");
    }

    static Problem noSuchDay(String label, String written) {
        return new Problem(label, label + "“" + written + "”这一天不存在，请核对月份和日子");
    }

    static Problem inFuture(ReportKind kind, String label, String written, LocalDate date) {
        String what = kind == ReportKind.SIGNING ? "签约" : "走访";
        String hint = kind == ReportKind.SIGNING ? "签约后再登记" : "走访后再登记，计划中的走访请写进外出计划";
        return new Problem(label, label + "“" + written + "”是" + date + "，还没到。" + what + "只能登记已发生的，请" + hint);
    }

    static Problem returnBeforeDepart(LocalDate depart, LocalDate ret) {
        return new Problem("返回日期", "返回日期" + ret + "早于出发日期" + depart + "，请核对");
    }

    static Problem plannedVisitOutsideTrip(String enterprise, LocalDate date) {
        return new Problem("拟拜访企业", "拟拜访企业“" + enterprise + "”的日期" + date + "不在出发至返回日期之间，请核对");
    }

    static Problem badProgress(String written) {
        return new Problem("项目进度", "项目进度“" + written + "”不认识，请写签约、注册、开工或投产之一");
    }

    static Problem tooLong(int max) {
        return new Problem("消息", "消息超过" + max + "字，请分几条发送");
    }

    static Problem unknownField(String written) {
        return new Problem(written, "不认识的字段“" + written + "”，请用模板里的字段名，如“投资意向：明确”");
    }

    static Problem nothingToCorrect() {
        return new Problem("字段", "没有看到要更正的字段，请写成“投资意向：明确”这样的“字段：新值”");
    }

    static Problem cannotClear(String label) {
        return new Problem(label, label + "是必填项，不能清空，请写上新值");
    }
}
