package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report typed as a row of fields cut apart by marks — "V/1126/X公司/王总/储能/较强", "L | X | Y项目 | 1.5e | 高新区",
 * "【线索】【X】【Y项目】", "12/22 X→高新区考察→GM严宁→陪同 我、老宋" — or as short words led by a kind's abbreviation
 * ("qy 今 X Y项目 一期1.2e 潞州区"). Each piece is typed by what it holds and written the way the prose reader reads
 * it: a compact date (1126, 11.26, 11/26, 今, 昨) as a date, a shorthand amount (2e, 5kw, 3000w) in 亿/万, English
 * labels and kind words (site visit, new lead, signed, follow up by, source:) in Chinese, and the pieces joined by
 * commas. The kind is told by the fields the row holds: someone met by title or an intent is a visit, those who came
 * and who went along (陪同) an inspection, a project or an amount with nobody met a lead; a kind's abbreviation
 * (one writer's private code: V, bf, L, xs, K, qy …) only decides between kinds the fields allow, never alone.
 * A line that is none of this (a trip, chat, a sentence) is left as it is.
 */
final class FieldSegments {

    private FieldSegments() { }

    /** A run of whitespace (the words of a piece are split at it), compiled once rather than by String.split on every call. */
    private static final Pattern SPACES = Patterns.compile("\\s+");
    /** Marks that cut a row into fields (the slash between a month and a day is read first as a date). */
    private static final Pattern HARD = Patterns.compile("\\s*(?:[/|｜→【】\\[\\]]|->|=>)\\s*");
    /** "11/26", "1/6": month and day with a slash, no part of a longer run of digits or slashes. */
    private static final Pattern SLASH_DATE = Patterns.compile("(?<![0-9./])(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])(?![0-9./%])");
    /** "1126", "0105", "11.26", "12.9": a month and a day standing alone as a piece or a word. */
    private static final Pattern COMPACT_DATE = Patterns.compile("^(?:(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])|(1[0-2]|0?[1-9])\\.(3[01]|[12][0-9]|0?[1-9]))$");
    /** "2e", "1.2e", "5kw", "3000w": a figure with 亿, 千万 or 万 written as a Latin letter. */
    private static final Pattern SHORT_AMOUNT = Patterns.compile("(?<![A-Za-z0-9.])([0-9]+(?:\\.[0-9]+)?)\\s?(kw|KW|Kw|e|E|w|W)(?![A-Za-z])");
    /** "5kw→1e", "0.5e->1e": two figures with an arrow between them are a range, no two fields. */
    private static final Pattern AMOUNT_RANGE = Patterns.compile("([0-9](?:亿|万|千万))\\s*(?:→|->|~|～)\\s*(?=[0-9])");
    /** Trips have their own reader: a row naming where and when a trip goes is left to it. */
    private static final Pattern TRIP = Pattern.compile("出差|计划|总结|小结|拟拜访|拟bf|出发|返回|回来|行程|summary|plan|TP|[^\\s/|｜一]{2}行(?:\\s|$)", Pattern.CASE_INSENSITIVE);

    /**
     * Kind words in English, and the labels of fields, as Chinese ones: "site visit", "new lead", "signed", "meeting",
     * "follow up by 小陈", "source：", "owner 小郭".
     */
    private static final String[][] ENGLISH = {
            {"(?i)\\bsite\\s+visit\\b", "考察"}, {"(?i)\\bnew\\s+lead\\b", "线索"}, {"(?i)\\bsigned\\b", "签约"},
            {"(?i)\\b(?:today\\s+)?meeting\\b", "拜访"}, {"(?i)\\bfollow(?:ed)?[ -]?up\\s+by\\s*[：:]?\\s*", "跟进："},
            {"(?i)\\bsource\\s*[：:]\\s*", "来源："}, {"(?i)\\bowner\\s*[：:]?\\s*(?=[\\u4e00-\\u9fff])", "跟进："}};
    private static final Pattern[] ENGLISH_RX = new Pattern[ENGLISH.length];
    /** A word every match of one of ENGLISH holds, in lower case (keep in step with them). */
    private static final String[] ENGLISH_WORDS = {"site", "new", "signed", "meeting", "follow", "source", "owner"};

    /** Whether the row may hold one of ENGLISH: one of its words, in any case. */
    private static boolean english(String s) {
        boolean latin = false;
        for (int i = 0; i < s.length() && !latin; i++) latin = s.charAt(i) < 128 && Character.isLetter(s.charAt(i));
        if (!latin) return false;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String w : ENGLISH_WORDS) if (lower.contains(w)) return true;
        return false;
    }

    static {
        for (int i = 0; i < ENGLISH.length; i++) ENGLISH_RX[i] = Pattern.compile(ENGLISH[i][0]);
    }

    /**
     * The abbreviations of the kind words (pinyin initials, English initials) a member may open a row with, and the kind
     * each stands for; only a hint.
     */
    private static final Map<String, ReportKind> CODES = Map.ofEntries(
            Map.entry("v", ReportKind.VISIT), Map.entry("bf", ReportKind.VISIT), Map.entry("zf", ReportKind.VISIT),
            Map.entry("l", ReportKind.LEAD), Map.entry("xs", ReportKind.LEAD),
            Map.entry("k", ReportKind.INSPECTION), Map.entry("kc", ReportKind.INSPECTION),
            Map.entry("qy", ReportKind.SIGNING), Map.entry("s", ReportKind.SIGNING));
    /** "V", "qy", "xs（线索）", "今bf": a code with its gloss in brackets, or glued after a day. */
    private static final Pattern CODE = Patterns.compile("^(今|昨|前天|今天|昨天|[^：:\\s]{1,6}[：:])?([A-Za-z]{1,2})(?:[（(][\\u4e00-\\u9fff]{2,4}[)）])?[：:]?$");

    /** "上周五补", "周三补报：", "28号补": a day with the word that it is reported late; the day alone is the field. */
    private static final Pattern LATE_DAY = Patterns.compile("^((?:上|本|这)?(?:周|星期)[一二三四五六日天]|[今昨]天?|前天|[0-9]{1,2}[号日])(?:补报|补充|补)[：:]?$");

    /** Kind words the prose reader knows, written in the row already. */
    private static final Pattern KIND_WORD = Patterns.compile("拜访|走访|考察|签约|签了|已签|线索|回访");
    /** Those who came, and those of ours who went along. */
    private static final Pattern CAME = Patterns.compile("陪同|陪[：:]|一行|带队|来(?:高新区|潞州区|[0-9一二两三四五六七八九十]+人|考察|看)");
    private static final Pattern SIGNED = Patterns.compile("签约|签了|已签|[0-9]签|签(?=[\\s，,]|$)");
    /** An intent said alone or with its word. */
    private static final Pattern INTENT = Patterns.compile("意向|^(?:较强|明确|一般|很强|强烈|较弱)$|保持联系|比较强|挺强");
    /** Someone met by a title ("GM 秦峰", "董助周倩", "副总 邓伟", "王总"). */
    private static final Pattern MET = Patterns.compile("(?:^|[^A-Za-z])(?:GM|VP|CEO|CTO|CFO|COO|gm|vp|ceo)(?![A-Za-z])|董助|总助|董秘|总工|董事长|总经理|副总|总裁|总监|经理|厂长|部长|主任|^[\\u4e00-\\u9fff]{1,2}总$");
    /** "较强", "一般（补）": a level standing alone as a piece or a word, the intent without its label. */
    private static final Pattern BARE_LEVEL = Patterns.compile("^(较强|明确|一般|很强|强烈|较弱)((?:[（(][^）)]{0,6}[)）])?)$");
    private static final Pattern PROJECT_OR_AMOUNT = Patterns.compile("项目|[0-9](?:亿|万|千万)|拟投");
    private static final Pattern HEARD = Patterns.compile("来源|跟进[：:]|负责[：:]|(?:^|\\s)[小老][\\u4e00-\\u9fff]跟$|洽谈|阶段");

    /** The line written as the prose reader reads it; the line itself when it is no row of fields. */
    static String rewrite(String line, LocalDate today) {
        String s = line.strip();
        if (s.length() < 6 || s.length() > 200) return line;
        if (!marked(s)) return line;
        if (TRIP.matcher(s).find()) return line;
        // "…较强；明天再约他们来高新区看": each part of a row cut by a semicolon on its own
        if (s.indexOf('；') > 0) {
            String[] parts = s.split("；", -1);
            StringBuilder b = new StringBuilder();
            boolean changed = false;
            for (int i = 0; i < parts.length; i++) {
                String r = parts[i].isBlank() ? parts[i] : one(parts[i].strip(), today);
                changed |= r != null;
                if (i > 0) b.append('；');
                b.append(r != null ? r : parts[i]);
            }
            return changed ? b.toString() : line;
        }
        String r = one(s, today);
        return r == null ? line : r;
    }

    /** A cheap test: the line holds a mark that cuts fields, or opens with a short Latin word. */
    private static boolean marked(String s) {
        int hard = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '|' || c == '｜' || c == '→' || c == '【') hard++;
        }
        if (hard >= 2) return true;
        for (int i = 0; i < Math.min(s.length(), 16); i++) {
            char c = s.charAt(i);
            if (c < 128 && Character.isLetter(c)) return true;
        }
        return false;
    }

    private static String one(String s, LocalDate today) {
        String typed = s;
        if (english(s)) for (int i = 0; i < ENGLISH.length; i++) s = ENGLISH_RX[i].matcher(s).replaceAll(ENGLISH[i][1]);
        // an English kind word or label, now in Chinese, is the member's own: the row is read as one
        boolean english = !s.equals(typed);
        Matcher d = SLASH_DATE.matcher(s);
        if (d.find()) s = d.replaceAll("$1月$2日");
        s = amounts(s);
        List<String> pieces = new ArrayList<>();
        boolean hardCut = false;
        for (String p : HARD.split(s)) {
            if (!p.isBlank()) pieces.add(p.strip());
        }
        hardCut = pieces.size() >= 3;
        // "【转载｜晋城日报】12月2日，泽州县与…签约，总投资18亿元。": a piece that is a sentence makes the row prose under a heading
        for (String p : pieces) if (p.indexOf('。') >= 0) return null;
        // the words of the first pieces: a kind's abbreviation and a day in short form, wherever the member put them
        ReportKind hint = null;
        List<String> out = new ArrayList<>();
        boolean dated = false;
        for (int i = 0; i < pieces.size(); i++) {
            String[] words = SPACES.split(pieces.get(i));
            List<String> kept = new ArrayList<>();
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                if (i < 3 && w < 4) {
                    Matcher c = CODE.matcher(word);
                    if (c.matches() && CODES.containsKey(c.group(2).toLowerCase(Locale.ROOT)) && hint == null) {
                        hint = CODES.get(c.group(2).toLowerCase(Locale.ROOT));
                        if (c.group(1) != null) kept.add(lateDay(day(c.group(1).replaceAll("[：:]$", ""))));
                        continue;
                    }
                }
                word = lateDay(word);
                Matcher level = BARE_LEVEL.matcher(word);
                if (level.matches() && s.indexOf("意向") < 0) { kept.add("意向" + level.group(1) + level.group(2)); continue; }
                String day = dated ? null : shortDay(word);
                if (day != null) { dated = true; kept.add(day); continue; }
                kept.add(word);
            }
            if (!kept.isEmpty()) out.add(String.join(" ", kept));
        }
        if (!hardCut && hint == null && !english) return null;
        String all = String.join("，", out);
        if (!hasEnterprise(out)) return null;
        ReportKind kind = kind(out, all, hint);
        if (kind == null) return null;
        // spaces between words are the member's cuts too when no marks cut the row
        String body = hardCut ? all : SPACES.matcher(String.join("，", out)).replaceAll(" ");
        // (a kind word opening the row tells it already; one further on may be a stage, "线索", or what is to come)
        Matcher opening = KIND_WORD.matcher(body);
        if (opening.find() && opening.start() == 0) return body;
        return word(kind) + "，" + body;
    }

    private static String word(ReportKind k) {
        return switch (k) {
            case VISIT -> "走访";
            case LEAD -> "线索";
            case INSPECTION -> "考察";
            case SIGNING -> "签约";
            default -> "";
        };
    }

    /** The kind the fields tell, the abbreviation deciding only between kinds they allow; null when they tell none. */
    static ReportKind kind(List<String> pieces, String all, ReportKind hint) {
        if (SIGNED.matcher(all).find()) return ReportKind.SIGNING;
        if (CAME.matcher(all).find()) return ReportKind.INSPECTION;
        boolean met = false;
        boolean intent = false;
        for (String p : pieces) {
            if (MET.matcher(p).find()) met = true;
            if (INTENT.matcher(p).find()) intent = true;
        }
        boolean lead = PROJECT_OR_AMOUNT.matcher(all).find() || HEARD.matcher(all).find();
        if (met || intent) {
            // a lead names no one met; a signing is told by its own word
            if (hint == ReportKind.LEAD && !met) return ReportKind.LEAD;
            return ReportKind.VISIT;
        }
        if (lead) {
            if (hint == ReportKind.SIGNING || hint == ReportKind.VISIT || hint == ReportKind.INSPECTION) return hint == ReportKind.SIGNING ? hint : hint == ReportKind.VISIT ? ReportKind.VISIT : null;
            return ReportKind.LEAD;
        }
        return hint == ReportKind.VISIT || hint == ReportKind.INSPECTION ? hint : null;
    }

    /** One of the pieces names an enterprise: in full as registered, or by a short form. */
    private static boolean hasEnterprise(List<String> pieces) {
        for (String p : pieces) {
            for (String w : SPACES.split(p)) {
                if (w.length() > 5 && !OrgNames.find(w).isEmpty()) return true;
                if (w.length() >= 2 && w.length() <= 12 && ShortNames.acceptable(w) && NameRecogniser.guess(w) == NameRecogniser.Guess.ORGANISATION) return true;
                if (w.length() >= 4 && shortForm(w)) return true;
            }
            // "合肥晶映光电": a piece of its own that reads as a short form and as no other field
            if (p.indexOf(' ') < 0 && shortForm(p)) return true;
        }
        return false;
    }

    /** "合肥晶映光电": a word that reads as a short form and as no other field. */
    private static boolean shortForm(String p) {
        return p.length() >= 4 && p.length() <= 12 && ShortNames.acceptable(p) && !NameRecogniser.commonWord(p)
                && !MET.matcher(p).find() && !INTENT.matcher(p).find() && !PROJECT_OR_AMOUNT.matcher(p).find();
    }

    /** "1126" → "11月26日", "11.26" → "11月26日", "今" → "今天"; null when the word is no day in short form. */
    private static String shortDay(String w) {
        if (w.equals("今") || w.equals("昨")) return day(w);
        Matcher m = COMPACT_DATE.matcher(w);
        if (!m.matches()) return null;
        String month = m.group(1) != null ? m.group(1) : m.group(3);
        String dayOf = m.group(1) != null ? m.group(2) : m.group(4);
        return Integer.parseInt(month) + "月" + Integer.parseInt(dayOf) + "日";
    }

    /** "上周五补" → "上周五"; the word itself when it is no day said late. */
    private static String lateDay(String w) {
        if (w.indexOf('补') < 0) return w;
        Matcher m = LATE_DAY.matcher(w);
        return m.matches() ? day(m.group(1)) : w;
    }

    private static String day(String w) {
        return w.equals("今") ? "今天" : w.equals("昨") ? "昨天" : w;
    }

    /** "2e" → "2亿", "5kw" → "5000万", "3000w" → "3000万"; "5kw→1e" → "5000万到1亿". */
    static String amounts(String s) {
        Matcher m = SHORT_AMOUNT.matcher(s);
        if (!m.find()) return s;
        m.reset();
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String figure = m.group(1);
            String w = switch (unit) {
                case "e" -> figure + "亿";
                case "w" -> figure + "万";
                default -> new java.math.BigDecimal(figure).multiply(java.math.BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString() + "万";
            };
            m.appendReplacement(b, Matcher.quoteReplacement(w));
        }
        m.appendTail(b);
        return AMOUNT_RANGE.matcher(b).replaceAll("$1到");
    }
}
