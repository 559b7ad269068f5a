package zhaoshang.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The names members give each field, per kind (企业 / 企业名称 / 公司 / 单位; 时间 / 日期 / 走访时间; …), mapped to the
 * record component they fill. Trip plans also know "tripDates" (时间：11月24日-11月30日 fills both dates).
 */
final class FieldSynonyms {

    /** A field name found in text: the component and where the name ends. */
    record Found(String component, int end) { }

    private record Name(String text, String component) { }

    static final String TRIP_DATES = "tripDates";

    private static final Map<ReportKind, List<Name>> NAMES = new EnumMap<>(ReportKind.class);
    /** The names of each kind grouped by first character, longest first: most positions in a text start none. */
    private static final Map<ReportKind, Map<Character, List<Name>>> BY_FIRST = new EnumMap<>(ReportKind.class);
    /** The first characters of each kind's field names. */
    private static final Map<ReportKind, java.util.BitSet> FIRST = new EnumMap<>(ReportKind.class);
    /** Each kind's field names as whole words: the component of the first of {@link #NAMES} with that text. */
    private static final Map<ReportKind, Map<String, String>> BY_TEXT = new EnumMap<>(ReportKind.class);

    private static final String[] ENTERPRISE = {"企业", "企业名称", "公司", "公司名称", "单位", "单位名称", "企业全称", "客户", "客商"};
    private static final String[] INDUSTRY = {"产业", "产业方向", "行业", "所属行业", "产业类别", "所属产业", "产业领域", "行业领域"};
    private static final String[] AMOUNT = {"拟投资", "拟投资额", "投资额", "总投资", "投资规模", "计划投资", "拟投资金额", "投资金额",
            "金额", "投资", "协议投资", "签约金额", "协议投资额", "总投资额", "投资总额"};

    static {
        kind(ReportKind.VISIT,
                "date", new String[]{"时间", "日期", "走访时间", "走访日期", "拜访时间", "拜访日期"},
                "enterprise", concat(ENTERPRISE, "走访企业", "拜访企业", "企业名", "被走访企业"),
                "enterpriseInfo", new String[]{"企业情况", "企业基本情况", "基本情况", "企业简介", "公司情况", "企业概况", "公司简介", "简介"},
                "region", new String[]{"地点", "地区", "所在地区", "所在地", "城市", "所在城市", "走访地点", "地址"},
                "industry", INDUSTRY,
                "contacts", new String[]{"对接人", "对接人员", "联系人", "对方人员", "企业对接人", "对接", "接待人", "企业人员", "对方", "拜访对象", "走访对象"},
                "ourPeople", new String[]{"我方人员", "我方", "参加人员", "走访人员", "参与人员", "我方参加人员", "走访人", "拜访人员", "同行", "同行人员", "同去", "随行人员", "参与人", "参加人"},
                "content", new String[]{"洽谈内容", "洽谈情况", "内容", "交流内容", "洽谈", "会谈内容", "走访内容", "沟通内容", "交流情况",
                        "沟通情况", "主要内容", "洽谈事项"},
                "intent", new String[]{"意向", "投资意向", "合作意向", "意向程度", "投资意愿"},
                "amountYuan", AMOUNT,
                "followUp", new String[]{"后续建议", "建议", "下一步", "下步", "下步计划", "下一步计划", "下步打算", "下一步打算", "后续计划", "后续安排", "跟进计划", "后续", "后续工作", "下步工作"});
        kind(ReportKind.LEAD,
                "date", new String[]{"时间", "日期", "线索日期"},
                "enterprise", ENTERPRISE,
                "project", new String[]{"项目", "项目名称", "项目名", "拟建", "拟建项目"},
                "industry", INDUSTRY,
                "amountYuan", AMOUNT,
                "area", new String[]{"区域", "意向区域", "落地区域", "意向落地区域", "落地", "拟落地区域", "意向落地"},
                "owner", new String[]{"责任人", "跟踪责任人", "负责人", "跟踪人", "跟进人", "跟踪", "牵头人", "项目责任人", "责任", "负责", "跟进"},
                "source", new String[]{"来源", "线索来源", "信息来源", "推荐单位", "推荐方", "提供单位", "引荐单位"},
                "stage", new String[]{"阶段", "当前阶段", "状态", "进展", "当前", "所处阶段", "项目阶段"},
                "nextStep", new String[]{"下一步", "下步", "下步计划", "下一步计划", "下步打算", "下一步打算", "后续计划", "计划", "后续", "后续安排", "下步工作"});
        kind(ReportKind.INSPECTION,
                "enterprise", concat(ENTERPRISE, "考察企业", "来访企业", "来访单位"),
                "date", new String[]{"日期", "时间", "考察日期", "考察时间", "来访日期", "来访时间"},
                "visitors", new String[]{"来访", "来访人员", "来访人", "来宾", "客人", "考察人员", "来访领导"},
                "companions", new String[]{"陪同", "陪同人员", "陪同领导", "接待人员", "我方人员", "接待人"},
                "itinerary", new String[]{"行程", "考察内容", "考察行程", "内容", "参观", "行程安排", "考察路线"},
                "area", new String[]{"区域", "考察区域", "意向区域", "地点", "考察地点"},
                "result", new String[]{"结果", "意向", "考察结果", "成效", "考察成效", "投资意向"});
        kind(ReportKind.SIGNING,
                "project", new String[]{"项目", "项目名称", "签约项目", "项目名"},
                "enterprise", concat(ENTERPRISE, "签约企业", "签约主体", "签约单位"),
                "date", new String[]{"日期", "时间", "签约日期", "签约时间", "拟签约时间", "拟签约日期", "计划签约时间",
                        "预计签约时间", "签约时间（拟）"},
                "amountYuan", AMOUNT,
                "industry", INDUSTRY,
                "area", new String[]{"区域", "落地区域", "落地", "意向区域", "所在区域", "落地园区", "选址"},
                "progress", new String[]{"进度", "项目进度", "进展", "状态", "项目进展"},
                "issues", new String[]{"存在问题", "问题", "需要解决的问题", "困难", "需协调问题", "需解决问题", "困难问题"},
                "owner", new String[]{"责任人", "负责人", "跟踪责任人", "项目责任人", "跟踪人", "跟进人", "责任", "负责"},
                "remark", new String[]{"备注", "其他", "其它", "补充", "补充说明", "说明", "其他情况"});
        kind(ReportKind.TRIP_PLAN,
                "destination", new String[]{"目的地", "目标区域", "目标城市", "目的城市", "地点", "区域", "外出地点", "前往"},
                "departDate", new String[]{"出发", "出发日期", "出发时间"},
                "returnDate", new String[]{"返回", "返回日期", "返回时间", "回程", "返程", "返程日期"},
                TRIP_DATES, new String[]{"时间", "日期", "外出时间", "行程时间", "起止时间", "起止日期"},
                "plannedVisits", new String[]{"拟拜访", "拟拜访企业", "拜访企业", "拟走访", "拟走访企业", "走访企业", "对接企业", "拟对接企业", "拟访", "拟访企业",
                        "计划拜访", "计划走访", "重点拜访", "主要拜访", "重点走访", "拟对接", "拜访对象", "走访对象", "目标企业"},
                "partners", new String[]{"依托单位", "对接依托单位", "依托", "对接单位"},
                "division", new String[]{"分工", "人员分工", "人员", "参加人员", "外出人员"},
                "route", new String[]{"路线", "行程路线", "行程", "行程安排"});
        kind(ReportKind.TRIP_SUMMARY,
                "trip", new String[]{"行程", "外出行程", "时间", "外出时间", "行程时间"},
                "visits", new String[]{"走访情况", "走访", "走访企业", "工作情况", "开展情况"},
                "projects", new String[]{"意向项目", "项目", "项目情况", "洽谈项目"},
                "experience", new String[]{"经验做法", "经验", "做法", "主要做法"},
                "problems", new String[]{"存在问题", "问题", "存在的问题", "困难"},
                "suggestions", new String[]{"改进建议", "建议", "下步打算", "下一步"});
    }

    private static String[] concat(String[] base, String... more) {
        String[] r = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, r, base.length, more.length);
        return r;
    }

    private static void kind(ReportKind kind, Object... pairs) {
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String text : (String[]) pairs[i + 1]) names.add(new Name(text, (String) pairs[i]));
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        NAMES.put(kind, List.copyOf(names));
        Map<Character, List<Name>> byFirst = new java.util.HashMap<>();
        for (Name n : names) byFirst.computeIfAbsent(n.text().charAt(0), c -> new ArrayList<>()).add(n);
        BY_FIRST.put(kind, byFirst);
        java.util.BitSet first = new java.util.BitSet();
        for (Name n : names) first.set(n.text().charAt(0));
        FIRST.put(kind, first);
        Map<String, String> byText = new java.util.HashMap<>();
        for (Name n : names) byText.putIfAbsent(n.text(), n.component());
        BY_TEXT.put(kind, byText);
    }

    private FieldSynonyms() { }

    /** The longest field name of the kind starting at {@code from}, or null. */
    static Found at(ReportKind kind, String s, int from) {
        if (from >= s.length()) return null;
        char first = s.charAt(from);
        // most places start no field name: a look at the kind's first characters before the map's boxed key
        if (!FIRST.get(kind).get(first)) return null;
        List<Name> candidates = BY_FIRST.get(kind).get(first);
        if (candidates == null) return null;
        for (Name n : candidates) {
            if (s.startsWith(n.text(), from)) return new Found(n.component(), from + n.text().length());
        }
        return null;
    }

    /**
     * A field name at {@code from} followed by optional spaces and a colon; the longest such name wins.
     * The returned end is just after the colon.
     */
    static Found colonLabelAt(ReportKind kind, String s, int from) {
        if (from >= s.length()) return null;
        char first = s.charAt(from);
        // most places start no field name: a look at the kind's first characters before the map's boxed key
        if (!FIRST.get(kind).get(first)) return null;
        List<Name> candidates = BY_FIRST.get(kind).get(first);
        if (candidates == null) return null;
        for (Name n : candidates) {
            int p = from + n.text().length();
            // only a space, a colon or a dash after the name can lead to a colon: a look at that character first
            if (p >= s.length()) continue;
            char after = s.charAt(p);
            if (after != ' ' && after != '—' && !InputText.isColon(after)) continue;
            if (!s.startsWith(n.text(), from)) continue;
            while (p < s.length() && s.charAt(p) == ' ') p++;
            if (p < s.length() && InputText.isColon(s.charAt(p))) return new Found(n.component(), p + 1);
            // "企业——X", "阶段——洽谈": a double dash after the name opening its line stands for the colon
            if (p + 1 < s.length() && s.charAt(p) == '—' && s.charAt(p + 1) == '—' && (from == 0 || s.charAt(from - 1) == '\n')) {
                return new Found(n.component(), p + 2);
            }
        }
        return null;
    }

    /** The component a whole word names, or null. */
    static String component(ReportKind kind, String word) {
        return BY_TEXT.get(kind).get(word);
    }
}
