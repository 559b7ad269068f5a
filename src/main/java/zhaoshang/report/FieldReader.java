package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the raw text of fields into typed values (dates, amounts in 元, intent levels, planned visits), collecting a
 * {@link Problem} for each value that cannot be read. One reader serves one report or one correction.
 */
final class FieldReader {

    private final ReportKind kind;
    private final Map<String, String> raw;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Doubt> doubts = new ArrayList<>();

    FieldReader(ReportKind kind, Map<String, String> raw, LocalDate today) {
        this.kind = kind;
        this.raw = raw;
        this.today = today;
    }

    List<Problem> problems() { return problems; }

    LocalDate today() { return today; }

    /** Doubts in the order found: one per problem, then unsure readings. */
    List<Doubt> doubts() { return doubts; }

    /** A missing required field (the Problem says what to add), unless the field already has a problem. */
    void problem(Problem p) {
        for (Problem q : problems) {
            if (q.field().equals(p.field())) return; // a junk name is not also "missing"
        }
        add(p, Doubt.Reason.MISSING, null);
    }

    void add(Problem p, Doubt.Reason reason, String written) {
        problems.add(p);
        doubts.add(new Doubt(p.field(), reason, written));
    }

    void doubt(Doubt d) { doubts.add(d); }

    /** The member wrote something for the field (an empty value or stray punctuation counts as not given). */
    boolean given(String component) { return text(component) != null; }

    String label(String component) { return FieldLabels.label(kind, component); }

    String text(String component) {
        return InputText.value(raw.get(component));
    }

    /** A text field the member must give; adds a "missing" problem when absent. */
    String requiredText(String component) {
        String v = text(component);
        if (v == null) problem(ProblemMessages.missing(kind, component));
        return v;
    }

    /**
     * The enterprise or project name without quotes and 《》 around it; null (with a problem) when what is written
     * there cannot be a name ("-", "1.", "一行几人来高新区", keyboard noise: {@link OrganisationName#junk}).
     */
    String name(String component) {
        String written = raw.get(component) == null ? null : raw.get(component).strip();
        String v = text(component);
        String junk = written == null || written.isEmpty() ? null : OrganisationName.junk(written);
        if (junk != null) {
            add(ProblemMessages.notAName(kind, component, written, junk), Doubt.Reason.NOT_AN_ENTERPRISE, written);
            return null;
        }
        if (v == null) return null;
        if (v.length() > 2 && (v.startsWith("“") && v.endsWith("”") || v.startsWith("\"") && v.endsWith("\"")
                || v.startsWith("《") && v.endsWith("》") || v.startsWith("「") && v.endsWith("」"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        // "京东方（BOE）", "隆基绿能科技股份有限公司（西安）": a bracket after the whole name is a remark, not part of it
        // "长沙的楚天科技": the city and 的 before the name are where it is, not its name
        if (component.equals("enterprise")) v = TerseLine.ofCity(OrgNames.registered(withoutTrailingBracket(v)));
        return v.isEmpty() ? null : v;
    }

    private static String withoutTrailingBracket(String v) {
        char last = v.charAt(v.length() - 1);
        if (last != '）' && last != ')') return v;
        int open = Math.max(v.lastIndexOf('（'), v.lastIndexOf('('));
        if (open < 2) return v;
        String head = v.substring(0, open).strip();
        // "拓斯达（广东拓斯达科技股份有限公司）": the legal name in brackets after the short form is the name in full
        if (OrgNames.legalAlone(v.substring(open + 1, v.length() - 1)) && !OrganisationName.endsLikeOne(head)) return v.substring(open + 1, v.length() - 1);
        // "博世（中国）" names itself with the bracket; a remark follows a name that reads as complete
        return OrganisationName.endsLikeOne(head) || head.chars().allMatch(c -> Character.isIdeographic(c)) && head.length() >= 2
                && !v.substring(open + 1, v.length() - 1).matches("中国|集团|控股|香港|上海|北京|深圳") ? head : v;
    }

    /** 区域 as written, or the zone it names ("长治高新区", "潞州区装备园" → 高新区, 潞州区). */
    String area(String component) {
        String v = text(component);
        if (v == null) return null;
        // "还在比较", "两地犹豫": still weighed, no area
        if (ProseFields.weighing(v)) return null;
        String zone = ProseFields.area(v);
        if (zone != null) return zone;
        // "待定（高新区或潞州区）", "高新区、潞州区都在比选": both zones still weighed, or none chosen yet — no area
        if (v.contains("潞州") && (v.contains("高新区") || v.contains("高新技术产业开发区")) || UNDECIDED_AREA.matcher(v).find()) return null;
        return v;
    }

    /** The words saying a value is not decided yet, shared by the area, intent, amount and people readings. */
    static final String NOT_YET = "待定|未定|待确定|未确定|没定|待明确|未明确";

    private static final java.util.regex.Pattern UNDECIDED_AREA = Patterns.compile("^(?:暂|尚|还)?(?:" + NOT_YET + "|不确定)");

    String intent(String component) {
        String v = InvestmentIntent.normalise(text(component));
        if (v == null || InvestmentIntent.isLevel(v)) return v;
        // "企业本身无投资意向，可帮忙推荐": the level told in words, as prose tells it
        String told = ProseFields.intent(v);
        if (told != null) return told;
        // "待明确", "尚未确定": no level yet
        return UNDECIDED_INTENT.matcher(v).matches() ? null : v;
    }

    private static final java.util.regex.Pattern UNDECIDED_INTENT = Patterns.compile(
            "(?:投资)?(?:意向)?(?:暂|尚|还)?(?:" + NOT_YET + "|待了解|不清楚|未知)[。.]?");

    /**
     * A date; null when not given or unreadable (then a problem is added). With {@code pastOnly}, a date after
     * today is refused.
     */
    LocalDate date(String component, ChineseDates.Resolution resolution, boolean pastOnly) {
        String written = text(component);
        if (written == null) return null;
        return date(label(component), written, resolution, pastOnly, today);
    }

    LocalDate date(String label, String written, ChineseDates.Resolution resolution, boolean pastOnly, LocalDate reference) {
        ChineseDates.Reading r = ChineseDates.readWhole(written, reference, resolution);
        if (r == null) {
            add(ProblemMessages.notDate(label, written), Doubt.Reason.UNREADABLE, written);
            return null;
        }
        if (!r.exists()) {
            add(ProblemMessages.noSuchDay(label, written), Doubt.Reason.UNREADABLE, written);
            return null;
        }
        if (pastOnly && r.date().isAfter(today)) {
            // refused, but the draft keeps the date as read: the bot asks about it, never moves it back a year
            add(ProblemMessages.inFuture(kind, label, written, r.date()), Doubt.Reason.FUTURE_DATE, written);
            return r.date();
        }
        if (pastOnly && resolution == ChineseDates.Resolution.PAST) {
            // "11月25日" written on 22 November is this year's, still ahead: asked about, never moved back a year
            ChineseDates.Reading nearest = ChineseDates.readWhole(written, reference, ChineseDates.Resolution.NEAREST);
            if (nearest != null && nearest.exists() && nearest.date().isAfter(today)
                    && nearest.date().equals(r.date().plusYears(1))) {
                add(ProblemMessages.inFuture(kind, label, written, nearest.date()), Doubt.Reason.FUTURE_DATE, written);
                return nearest.date();
            }
        }
        return r.date();
    }

    /** An amount in 元; null when not given or unreadable (then a problem is added). */
    Long amount(String component) {
        String written = text(component);
        if (written == null) return null;
        Money.Reading r = Money.read(written);
        if (r.ok()) return r.yuan();
        // "总投资8亿元，一期2亿元", "一期3亿，总投资8亿", "一期1.2亿元，建设射频器件产线": the investment by its cue, as
        // prose tells it (总投资 before 一期)
        if (r.failure() == Money.Failure.NOT_A_NUMBER && written.length() > 3) {
            ProseAmounts.Found found = ProseAmounts.find(written, false);
            if (found != null && found.yuan() != null) return found.yuan();
            if (found != null && found.vague()) r = new Money.Reading(null, Money.Failure.VAGUE);
        }
        // "待定", "五千万到一个亿": a visit or lead with no figure yet leaves it empty, nothing to ask (a signing's is
        // required: asked)
        if ((kind == ReportKind.VISIT || kind == ReportKind.LEAD)
                && (r.failure() == Money.Failure.VAGUE || UNDECIDED.matcher(written).matches())) {
            return null;
        }
        add(ProblemMessages.notMoney(label(component), written, r.failure()), Doubt.Reason.UNREADABLE, written);
        return null;
    }

    /** A figure not known yet: "待定", "暂未确定", "还没定", "金额待商定", "暂定" (the bare word: to be settled). */
    private static final java.util.regex.Pattern UNDECIDED = java.util.regex.Pattern.compile(
            "(?:金额|投资额?|数额|具体金额|规模)?(?:暂|尚|还)?(?:" + NOT_YET + "|没有定|不明确|待商定|待谈|不详|未知|不清楚|(?<=暂)定)[。.]?");

    /** Signing progress: 签约 / 注册 / 开工 / 投产 ("已开工" reads as 开工). */
    String progress(String component) {
        String written = text(component);
        if (written == null) return null;
        String p = written.startsWith("已") ? written.substring(1) : written;
        if (p.endsWith("阶段")) p = p.substring(0, p.length() - 2);
        switch (p) {
            case "签约", "注册", "开工", "投产" -> { return p; }
            case "签订", "已签", "签署" -> { return "签约"; }
            case "开工建设", "在建", "建设" -> { return "开工"; }
            case "投产运营", "运营", "竣工投产" -> { return "投产"; }
            default -> {
                // "签约并同步开工", "已完成工商注册": how far it went, told in words as prose tells it
                String told = ProseFields.progress(written);
                if (told != null) return told;
                add(ProblemMessages.badProgress(written), Doubt.Reason.UNREADABLE, written);
                return null;
            }
        }
    }

    /** Trip dates "11月24日-11月30日" written in one field; null when unreadable (then a problem is added). */
    ChineseDates.Range range(String component, ChineseDates.Resolution resolution) {
        String written = text(component);
        if (written == null) return null;
        var r = java.util.Optional.ofNullable(ChineseDates.tripDays(written, today, resolution));
        if (r.isEmpty()) {
            add(new Problem("出发日期", "外出时间“" + written + "”看不懂，请写成“出发：11月24日”和“返回：11月30日”"),
                    Doubt.Reason.UNREADABLE, written);
            return null;
        }
        return r.get();
    }

    /** "深圳欣迪新能源（11/25）、东莞晶博光电（11/26）" → planned visits, dates placed near the departure ({@link PlannedVisits}). */
    List<TripPlanReport.PlannedVisit> plannedVisits(String component, LocalDate depart) {
        return PlannedVisits.read(text(component), depart != null ? depart : today);
    }

    static String stripNumbering(String line) {
        int end = NumberedLine.markerEnd(line);
        return end > 0 ? line.substring(end).strip() : line.strip();
    }
}
