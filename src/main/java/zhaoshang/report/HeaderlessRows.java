package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows copied from a ledger without their header ("12月15日\t山西金泰新材料股份有限公司\t王慧敏等4人\t雷振东、苗壮\t…",
 * "11月10日    北京燕东微电子股份有限公司    副总经理 何建平    …", "1. X项目 / Y公司 / 5.5亿 / 高新区 / 责任人 王云峰"):
 * with no header to name the columns, each cell is placed by its shape — a date, the enterprise, a project, an amount,
 * an area, an intent or a progress word, the people met (a name with a title), our people (names alone), the guests
 * ("…等4人"), a cell that names its own field ("陪同：乜琳") — and the kind is the one the lines around the rows name
 * ("四组本周考察：", "↑考察台账"), else the one the cells show (a project with its progress is a signing, guests
 * counted by heads an inspection). Each row is rewritten as that kind's template line, as {@link Tables} does.
 */
final class HeaderlessRows {

    private HeaderlessRows() { }

    /** "12月15日", "2026-11-16", "2026/11/3", "11.30", "2026年12月28日": a cell that is a date and nothing else. */
    private static final Pattern DATE = Patterns.compile(
            "(?:(?:20)?\\d{2}[年./-])?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[月./-](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]?(?:[上下]午)?"
                    + "|(?:今天|昨天|前天|本周[一二三四五六日天]|上周[一二三四五六日天]|周[一二三四五六日天])(?:[上下]午)?");
    /** "5.5亿", "8000万", "1.6亿元", "约6000万", "15000万元": an amount alone. */
    private static final Pattern AMOUNT = Patterns.compile("(?:约|拟投资?|投资|总投资)?\\s*\\d+(?:\\.\\d+)?\\s*(?:亿|万)元?(?:人民币)?(?:左右)?");
    /** "王慧敏等4人", "康琳等2人", "一行5人": guests counted by heads. */
    private static final Pattern HEADS = Patterns.compile(".{0,12}(?:等|一行)\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*(?:人|位)");
    /** "1", "2.", "3、": the row's number. */
    private static final Pattern SERIAL = Patterns.compile("\\d{1,2}[.、．]?");
    /** "1. ", "2、": a number opening the line. */
    private static final Pattern NUMBERED = Patterns.compile("^\\s*\\d{1,2}\\s*[.、．)）]\\s*");
    private static final Pattern SLASHES = Patterns.compile(" / ");
    private static final Pattern SPACES = Patterns.compile("(?: {2,}|\u3000+)");
    private static final java.util.Set<String> AREAS = java.util.Set.of("高新区", "潞州区", "长治高新区", "长治市潞州区");
    private static final java.util.Set<String> PROGRESS = java.util.Set.of("签约", "已签约", "注册", "已注册", "开工", "已开工", "投产", "已投产", "在建", "竣工");
    /** "副总经理", "投资部", "董事长助理": words that end a title. */
    private static final Pattern TITLE = Patterns.compile(".*(?:总|经理|总监|主任|处长|院长|所长|部长|科长|局长|董事|董事长|秘书|秘书长|会长|书记|厂长|主管|助理|总裁|总工|负责人|代表|部|处|科|中心|协理|理事)");

    /** The text with its headerless rows rewritten as template lines, or the text itself when it holds none. */
    static String rewrite(String text) {
        if (text == null) return null;
        boolean tabs = text.indexOf('\t') >= 0;
        if (!tabs && !text.contains("  ") && !text.contains(" / ") && text.indexOf('\u3000') < 0) return text;
        String[] lines = text.split("\n", -1);
        List<List<String>> rows = new ArrayList<>();
        int[] rowOf = new int[lines.length];
        java.util.Arrays.fill(rowOf, -1);
        for (int i = 0; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            if (cells == null || !row(cells)) continue;
            rowOf[i] = rows.size();
            rows.add(cells);
        }
        if (rows.isEmpty()) return text;
        // "目的地\t出发日期\t返回日期…": a plan's header the table reader leaves to the trip reader
        for (String l : lines) {
            List<String> head = cells(l);
            if (head != null && (head.contains("目的地") || head.contains("出发日期") || head.contains("返回日期"))) return text;
        }
        // the lines around the rows: their title ("四组本周考察："), a note below ("↑考察台账，帮登")
        StringBuilder around = new StringBuilder();
        for (int i = 0; i < lines.length; i++) if (rowOf[i] < 0) around.append(lines[i]).append('\n');
        String rest = around.toString();
        // a plan's or a trip's rows are read by the trip reader
        if (Patterns.containsAny(rest, "计划", "行程", "出差", "外出")) return text;
        ReportKind titled = kindNamed(rest);
        // "今天集中签约仪式，我们负责的三个项目：": rows with no date of their own are of the day the title names
        String day = null;
        for (String w : new String[]{"今天", "昨天", "前天", "今日", "昨日"}) if (day == null && rest.contains(w)) day = w;
        StringBuilder out = new StringBuilder(text.length() + 64);
        ReportKind last = null;
        // "（第1行已报过，不用再登）": the rows the note says were reported
        java.util.BitSet done = reportedRows(rest);
        for (int i = 0; i < lines.length; i++) {
            if (rowOf[i] < 0) continue;
            List<String> cells = rows.get(rowOf[i]);
            // "…\t已报，勿重复": a row the 备注 says was reported on its own is no record
            if (done.get(rowOf[i] + 1) || Tables.reported(cells)) continue;
            ReportKind kind = kindOf(cells, titled);
            if (kind == null) return text;
            if (kind != last) out.append(kind.label()).append('\n');
            last = kind;
            out.append(line(kind, cells, day)).append('\n');
        }
        // every row reported already: the lines around the rows only
        return out.length() == 0 ? rest : out.toString();
    }

    /** "第1行已报", "第二条已报过": the numbers (from 1) of the rows a note says were reported already. */
    private static java.util.BitSet reportedRows(String rest) {
        java.util.BitSet out = new java.util.BitSet();
        if (rest.indexOf('第') < 0 || rest.indexOf('报') < 0) return out;
        java.util.regex.Matcher m = ROW_REPORTED.matcher(rest);
        while (m.find()) {
            for (String n : m.group(1).split("[、,，和]")) {
                int v = "一二三四五六七八九".indexOf(n.charAt(0)) + 1;
                if (v == 0) v = Integer.parseInt(n);
                out.set(v);
            }
        }
        return out;
    }

    /** "第1行已报过", "第1、3条已报", "第2行上周已报过": row numbers said to be reported. */
    private static final Pattern ROW_REPORTED = Patterns.compile("第((?:[0-9]|[一二三四五六七八九])(?:[、,，和](?:[0-9]|[一二三四五六七八九]))*)(?:行|条)[^，。；,\\n]{0,4}?(?:已经?|都已)(?:报|登)");

    /** The cells of a line parted by tabs, by runs of two spaces or more, or by " / "; null when fewer than four. */
    static List<String> cells(String line) {
        String t = NUMBERED.matcher(line).replaceFirst("").strip();
        if (t.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        if (t.indexOf('\t') >= 0) {
            for (String c : t.split("\t")) out.add(c.strip());
        } else if (t.contains(" / ")) {
            for (String c : SLASHES.split(t)) out.add(c.strip());
        } else if (t.contains("  ") || t.indexOf('\u3000') >= 0) {
            for (String c : SPACES.split(t)) out.add(c.strip());
        } else {
            return null;
        }
        int filled = 0;
        for (String c : out) if (!c.isEmpty()) filled++;
        return filled >= 4 ? out : null;
    }

    /** Whether the cells are a ledger's row: the enterprise among them, and two more cells of a known shape. */
    private static boolean row(List<String> cells) {
        int firms = 0, shaped = 0;
        for (String c : cells) {
            if (c.isEmpty()) continue;
            if (c.length() > 40) return false;
            if (firm(c)) firms++;
            else if (DATE.matcher(c).matches() || AMOUNT.matcher(c).matches() || AREAS.contains(c) || InvestmentIntent.isLevel(c)
                    || HEADS.matcher(c).matches() || !PersonNames.list(c).isEmpty() || OrganisationName.endsLikeProject(c)) shaped++;
        }
        return firms >= 1 && firms <= 2 && shaped >= 2;
    }

    private static boolean firm(String c) {
        return OrganisationName.endsLikeOne(c) && c.length() >= 4 && c.indexOf('，') < 0 && c.indexOf('：') < 0 && c.indexOf('；') < 0;
    }

    /** The kind the words around the rows name, or null when they name none or several. */
    private static ReportKind kindNamed(String rest) {
        ReportKind k = null;
        if (rest.contains("考察")) k = ReportKind.INSPECTION;
        if (rest.contains("签约")) k = k == null ? ReportKind.SIGNING : null;
        if (rest.contains("线索") && !rest.contains("线索跟")) k = k == null ? ReportKind.LEAD : k;
        if (k == null && (rest.contains("走访") || rest.contains("拜访"))) k = ReportKind.VISIT;
        return k;
    }

    /** The row's kind: a cell naming it ("考察"), else the one named around the rows, else the one its cells show. */
    private static ReportKind kindOf(List<String> cells, ReportKind titled) {
        for (String c : cells) {
            switch (c) {
                case "走访", "拜访" -> { return ReportKind.VISIT; }
                case "考察", "来访" -> { return ReportKind.INSPECTION; }
                case "签约" -> { if (titled != ReportKind.SIGNING) return ReportKind.SIGNING; }
                case "线索" -> { return ReportKind.LEAD; }
                default -> { }
            }
        }
        if (titled != null) return titled;
        boolean project = false, progress = false, heads = false, accompanied = false;
        for (String c : cells) {
            if (OrganisationName.endsLikeProject(c) && !firm(c)) project = true;
            if (PROGRESS.contains(c)) progress = true;
            if (HEADS.matcher(c).matches()) heads = true;
            if (c.startsWith("陪同")) accompanied = true;
        }
        if (project && progress) return ReportKind.SIGNING;
        if (heads || accompanied) return ReportKind.INSPECTION;
        return ReportKind.VISIT;
    }

    /** The row as the kind's template line. */
    private static String line(ReportKind kind, List<String> cells, String day) {
        String enterprise = null, project = null, date = null, amount = null, area = null, intent = null, progress = null;
        String heads = null, source = null, stage = null;
        List<String> people = new ArrayList<>();
        List<String> met = new ArrayList<>();
        List<String> free = new ArrayList<>();
        StringBuilder named = new StringBuilder();
        for (String c : cells) {
            if (c.isEmpty() || Tables.empty(c) || SERIAL.matcher(c).matches()) continue;
            if (kind != ReportKind.LEAD && c.equals(kind.label()) || c.equals("走访") || c.equals("考察")) continue;
            // "陪同：乜琳、冯双田", "责任人 王云峰": a cell that names its field
            String labelled = labelled(kind, c);
            if (labelled != null) { named.append(labelled).append('；'); continue; }
            if (enterprise == null && firm(c)) { enterprise = c; continue; }
            // a lead's second organisation is where the tip came from ("北京华控智芯科技有限公司 … 市政府驻北京联络处")
            if (kind == ReportKind.LEAD && source == null && (firm(c) || c.endsWith("联络处") || c.endsWith("办事处"))) { source = c; continue; }
            if (kind == ReportKind.LEAD && stage == null && (c.equals("线索") || c.equals("洽谈") || c.equals("签约"))) { stage = c; continue; }
            if (date == null && DATE.matcher(c).matches()) { date = c; continue; }
            if (amount == null && AMOUNT.matcher(c).matches()) { amount = c; continue; }
            if (area == null && AREAS.contains(c)) { area = c; continue; }
            if (intent == null && InvestmentIntent.isLevel(c) && c.length() <= 5) { intent = c; continue; }
            if (progress == null && kind == ReportKind.SIGNING && PROGRESS.contains(c)) { progress = c; continue; }
            if (heads == null && HEADS.matcher(c).matches()) { heads = c; continue; }
            if (project == null && OrganisationName.endsLikeProject(c) && (kind == ReportKind.SIGNING || kind == ReportKind.LEAD)) { project = c; continue; }
            List<String> names = PersonNames.list(c);
            if (!names.isEmpty()) { people.add(c); continue; }
            String contact = contact(c);
            if (contact != null && kind == ReportKind.VISIT) { met.add(contact); continue; }
            free.add(c);
        }
        if (date == null) date = day;
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case VISIT -> {
                // names alone: the first is whom they met when nobody met is named with a title and another names ours
                if (met.isEmpty() && people.size() >= 2) met.add(people.remove(0));
                put(b, "企业名称", enterprise);
                put(b, "走访日期", date);
                put(b, "对接人", met.isEmpty() ? null : String.join("、", met));
                put(b, "我方人员", people.isEmpty() ? null : String.join("、", people));
                if (area != null) free.add(area);
                // whom they met, how keen or how much, with no words of what was said: the row's words are what was said
                if (free.isEmpty() && (!met.isEmpty() || intent != null || amount != null)) free.add(said(cells));
                put(b, "洽谈内容", free.isEmpty() ? null : String.join("，", free));
                put(b, "投资意向", intent);
                put(b, "拟投资额", amount);
            }
            case INSPECTION -> {
                put(b, "考察企业", enterprise);
                put(b, "考察日期", date);
                put(b, "来访人员", heads);
                put(b, "陪同人员", people.isEmpty() ? null : String.join("、", people));
                put(b, "区域", area);
                put(b, "行程", free.isEmpty() ? null : free.get(0));
                if (free.size() > 1 || intent != null) {
                    List<String> result = new ArrayList<>(free.size() > 1 ? free.subList(1, free.size()) : List.of());
                    if (intent != null) result.add(0, intent);
                    put(b, "结果", String.join("，", result));
                }
            }
            case SIGNING -> {
                put(b, "项目名称", project);
                put(b, "签约企业", enterprise);
                put(b, "签约日期", date);
                put(b, "投资额", amount);
                put(b, "区域", area);
                put(b, "进度", progress);
                // the one name alone in a signing's row is the one who follows the project
                put(b, "责任人", people.isEmpty() ? null : people.get(people.size() - 1));
                put(b, "备注", free.isEmpty() ? null : String.join("，", free));
            }
            case LEAD -> {
                put(b, "企业", enterprise);
                put(b, "项目名称", project);
                put(b, "日期", date);
                put(b, "投资额", amount);
                put(b, "区域", area);
                put(b, "责任人", people.isEmpty() ? null : people.get(people.size() - 1));
                put(b, "来源", source);
                put(b, "阶段", stage);
                put(b, "下一步", free.isEmpty() ? null : String.join("，", free));
            }
            default -> { }
        }
        b.append(named);
        return b.toString();
    }

    private static String said(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (String c : cells) if (!c.isEmpty() && !Tables.empty(c)) b.append(b.isEmpty() ? "" : " ").append(c);
        return b.toString();
    }

    private static void put(StringBuilder b, String label, String value) {
        if (value != null && !value.isEmpty()) b.append(label).append('：').append(value).append('；');
    }

    /** "陪同：乜琳、冯双田", "责任人 王云峰": a cell opening with one of the kind's field names, as "名：值"; else null. */
    private static String labelled(ReportKind kind, String c) {
        int cut = c.indexOf('：');
        if (cut < 0) cut = c.indexOf(':');
        if (cut < 0) cut = c.indexOf(' ');
        if (cut < 2 || cut > 6 || cut + 1 >= c.length()) return null;
        String name = c.substring(0, cut).strip();
        if (FieldSynonyms.component(kind, name) == null) return null;
        return name + "：" + c.substring(cut + 1).strip();
    }

    /** "副总经理 何建平", "投资部 张蕾", "马骏 副总裁", "黄总", "蒋思远（总经理助理）": one met, as 姓名（职务）; else null. */
    private static String contact(String c) {
        int space = c.indexOf(' ');
        if (space > 0 && c.indexOf(' ', space + 1) < 0) {
            String a = c.substring(0, space), b = c.substring(space + 1);
            if (PersonNames.isName(b) && TITLE.matcher(a).matches()) return b + "（" + a + "）";
            if (PersonNames.isName(a) && TITLE.matcher(b).matches()) return a + "（" + b + "）";
            return null;
        }
        int open = c.indexOf('（');
        if (open < 0) open = c.indexOf('(');
        if (open >= 2 && (c.endsWith("）") || c.endsWith(")")) && open <= 4) return c;
        if (TerseLine.PERSON.matcher(c).matches()) return c;
        return null;
    }
}
