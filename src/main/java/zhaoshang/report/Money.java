package zhaoshang.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts as members type them, read exactly into integer 元: 5亿元, 1.15亿, 3000万元, 12000万元, 50,000万,
 * 5000万元人民币, 一点五亿, 两千五百万, 1亿5000万, 1.5个亿, 两亿五 (2.5亿), 约2亿, 8000000元, and typed in letters 8000w, 5e, 3kw. A number without any unit is refused
 * (is "5000" 元 or 万元?). Amounts in another currency (美元, 欧元, 港币 …) are refused too: the ledgers are in
 * 人民币 and the member converts — a conversion written beside it ("5亿港元（约合人民币4.6亿元）") is read. A range or a vague figure (三到五个亿, 3-5亿, 一个多亿, 2亿余元, 几千万, 上亿, 两三个亿)
 * is no amount either: the member is asked for the figure. Fractions of a 元 are rounded half-up to whole 元.
 */
public final class Money {

    /** Why a text is not an amount. */
    public enum Failure { NOT_A_NUMBER, NO_UNIT, FOREIGN_CURRENCY, TOO_LARGE, VAGUE }

    /** Either an amount in 元 or the reason there is none. */
    public record Reading(Long yuan, Failure failure) {
        public boolean ok() { return yuan != null; }
    }

    /** 10^16 元 — far beyond any project; larger is a typo. */
    private static final BigDecimal LIMIT = new BigDecimal("1e16");
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private static final String[] PREFIXES = {"人民币", "大约", "大概", "约合", "预计", "计划", "总投资", "投资额", "投资", "超过", "RMB", "CNY",
            "约", "近", "超", "逾", "达", "共", "¥", "￥"};
    private static final String[] SUFFIXES = {"人民币", "左右", "以上", "上下", "RMB", "CNY", "元", "整"};
    /**
     * A range ("3-5亿", "五千万到一个亿", "3亿至5亿"), more than a figure by an unknown part ("一个多亿", "3000多万",
     * "2亿余元", "十几亿"), a count only guessed at ("几千万", "数亿", "上亿") or two neighbouring numerals ("两三个亿",
     * "四五千万").
     */
    private static final java.util.regex.Pattern VAGUE = Patterns.compile(
            "[0-9零〇一二两三四五六七八九十百千万亿点.]\\s*(?:个)?\\s*(?:到|至|~|～|-|－|—|–)\\s*[0-9零〇一二两三四五六七八九十]"
                    + "|[0-9零〇一二两三四五六七八九十百千万亿个][多余几]|几|数[十百千万亿]|上[百千万亿]"
                    + "|一二|二三|两三|三四|四五|五六|六七|七八|八九");
    private static final String[] FOREIGN = {"美元", "美金", "USD", "US$", "$", "欧元", "EUR", "€", "港币", "港元", "HKD",
            "日元", "JPY", "英镑", "GBP", "£", "韩元", "新台币", "澳元", "新加坡元", "卢布"};

    /** The neighbouring numerals VAGUE reads as a guess ("两三个亿"). */
    private static final String[] NEIGHBOURS = {"一二", "二三", "两三", "三四", "四五", "五六", "六七", "七八", "八九"};

    /**
     * Whether VAGUE may match: each of its alternatives holds a range mark, 多, 余, 几, 数, 上 or two neighbouring
     * numerals (keep in step with VAGUE).
     */
    private static boolean mayBeVague(String s) {
        return Patterns.containsAnyChar(s, "到至~～-－—–多余几数上") || Patterns.containsAny(s, NEIGHBOURS);
    }

    private Money() { }

    /** Reads an amount in 元; see the class comment for the forms. */
    public static Reading read(String text) {
        if (text == null) return new Reading(null, Failure.NOT_A_NUMBER);
        String s = compact(withoutRemark(text));
        if (s.isEmpty() || s.length() > 40) return new Reading(null, Failure.NOT_A_NUMBER);
        for (String f : FOREIGN) {
            if (s.contains(f) && containsDigitOrNumeral(s)) {
                Long converted = convertedByWriter(text, f);
                return converted != null ? new Reading(converted, null) : new Reading(null, Failure.FOREIGN_CURRENCY);
            }
        }
        if (mayBeVague(s) && VAGUE.matcher(s).find()) return new Reading(null, Failure.VAGUE);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : PREFIXES) {
                if (s.startsWith(p) && s.length() > p.length()) { s = s.substring(p.length()); changed = true; }
            }
        }
        boolean yuanUnit = false;
        changed = true;
        while (changed) {
            changed = false;
            for (String x : SUFFIXES) {
                if (s.endsWith(x) && s.length() > x.length()) {
                    if (x.equals("元")) yuanUnit = true;
                    s = s.substring(0, s.length() - x.length());
                    changed = true;
                }
            }
        }
        s = s.replace("个亿", "亿").replace("个万", "万");
        return evaluate(s, yuanUnit);
    }

    /** A figure in 元 with its unit, as a converted amount is written after the foreign one ("4.6亿元", "8600万元"). */
    private static final java.util.regex.Pattern CONVERTED = Patterns.compile(
            "(?:[0-9][0-9.]*|[零〇一二两三四五六七八九十百千点]+)(?:千万|万|亿)元?");

    /**
     * The amount in 人民币 the member wrote beside one in another currency — "5亿港元（约合人民币4.6亿元）",
     * "1200万美元（约8600万元人民币）", "12亿日元，折合人民币5800万元" → the 人民币 figure: the member has converted, as
     * the ledger asks. Null when no figure after the foreign one is said to be in 人民币.
     */
    private static Long convertedByWriter(String text, String foreign) {
        String t = compact(text);
        int at = t.indexOf(foreign);
        if (at < 0) return null;
        String rest = t.substring(at + foreign.length());
        // the conversion is said right after the foreign figure, in the same sentence
        int stop = 0;
        while (stop < rest.length() && stop < 16 && "。；;\n".indexOf(rest.charAt(stop)) < 0) stop++;
        rest = rest.substring(0, stop);
        java.util.regex.Matcher m = CONVERTED.matcher(rest);
        if (!m.find()) return null;
        String said = rest.substring(0, Math.min(rest.length(), m.end() + 4));
        if (!said.contains("人民币") && !said.contains("RMB") && !said.contains("CNY")) return null;
        // another currency named before the figure: not a conversion into 人民币
        String before = rest.substring(0, m.start());
        for (String f : FOREIGN) if (before.contains(f)) return null;
        Reading r = read(m.group());
        return r.ok() ? r.yuan() : null;
    }

    /**
     * The figure at the start of {@code text} up to {@code end} read with the few characters written after it: "2亿" of
     * "2亿美元" is in another currency, "3亿" of "3亿多元" or "3亿至5亿" is vague — the whole of what was written counts.
     */
    static Reading readInContext(String figure, String after) {
        String tail = after.substring(0, Math.min(after.length(), 4)).toUpperCase(java.util.Locale.ROOT);
        int cut = 0;
        while (cut < tail.length() && "，,。；;、 \n".indexOf(tail.charAt(cut)) < 0) cut++;
        Reading whole = read(figure + tail.substring(0, cut));
        if (whole.failure() == Failure.FOREIGN_CURRENCY) {
            // "3亿港元（约合人民币2.75亿元）": the member's conversion said right after it
            String next = after.stripLeading().toUpperCase(java.util.Locale.ROOT);
            for (String f : FOREIGN) {
                if (!next.startsWith(f)) continue;
                Long converted = convertedByWriter(figure + after, f);
                if (converted != null) return new Reading(converted, null);
            }
        }
        if (whole.failure() == Failure.FOREIGN_CURRENCY || whole.failure() == Failure.VAGUE) return whole;
        return read(figure);
    }

    /** The amount in 元, or null when the text is not an amount. */
    public static Long parseYuan(String text) {
        return read(text).yuan();
    }

    /** Display in 万元 as the ledgers do: 620000000 → "62000万元", 5000 → "0.5万元". */
    public static String formatWan(long yuan) {
        BigDecimal wan = BigDecimal.valueOf(yuan).divide(WAN);
        String digits = wan.stripTrailingZeros().toPlainString();
        return digits + "万元";
    }

    /** "1.2亿元（其中固定资产8000万）" → "1.2亿元": a bracketed remark after the amount. */
    private static String withoutRemark(String text) {
        String t = text.strip();
        if (t.endsWith("）") || t.endsWith(")")) {
            int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
            if (open > 0) return t.substring(0, open);
        }
        return t;
    }

    private static String compact(String text) {
        StringBuilder b = new StringBuilder(text.length());
        String t = plainNumerals(text);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == ',' || c == '，' || c == '\n' || c == '\'') continue;
            b.append(c);
        }
        return b.toString();
    }

    private static final String CAPITALS = "〇壹贰貳叁肆伍陆柒捌玖拾佰仟萬億圆";
    private static final String PLAIN = "〇一二二三四五六七八九十百千万亿元";

    /**
     * The capital numerals of contracts and official papers (贰亿元, 伍亿元整, 壹仟万元) as the everyday ones, and the units
     * typed in letters on a phone ("8000w" 8000万, "5e" 5亿, "3kw" 3千万), character for character (the length is kept, so positions found in the result hold in the text).
     */
    static String plainNumerals(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "8000w", "5W": 万 as typed on a phone keyboard; "5e", "1.5e": 亿 (yi); "3kw": 千万 (qian wan)
            if ((c == 'w' || c == 'W' || c == 'e' || c == 'E') && typedUnit(text, i, i + 1)) {
                if (b == null) b = new StringBuilder(text);
                b.setCharAt(i, c == 'w' || c == 'W' ? '万' : '亿');
                continue;
            }
            if ((c == 'k' || c == 'K') && i + 1 < text.length() && (text.charAt(i + 1) == 'w' || text.charAt(i + 1) == 'W')
                    && !(c == 'k' && text.charAt(i + 1) == 'W') && typedUnit(text, i, i + 2)) {
                if (b == null) b = new StringBuilder(text);
                b.setCharAt(i, '千');
                b.setCharAt(i + 1, '万');
                i++;
                continue;
            }
            int k = CAPITALS.indexOf(c);
            if (k < 1) continue;
            if (b == null) b = new StringBuilder(text);
            b.setCharAt(i, PLAIN.charAt(k));
        }
        return b == null ? text : b.toString();
    }

    /**
     * Whether the letters from {@code start} to {@code end} are a unit typed after a figure ("8000w", "5e", "3kw"): a digit
     * right before them (the figure not glued to a word: "iPhone16e" is none) and no Latin letter or digit right after
     * them ("1e16", "3kwh"). "kW" as written for kilowatts (3kW) is left alone.
     */
    private static boolean typedUnit(String text, int start, int end) {
        if (start == 0 || !Character.isDigit(text.charAt(start - 1))) return false;
        if (end < text.length() && (isLatinLetter(text.charAt(end)) || Character.isDigit(text.charAt(end)))) return false;
        int f = start - 1;
        while (f >= 0 && (Character.isDigit(text.charAt(f)) || text.charAt(f) == '.')) f--;
        return f < 0 || !isLatinLetter(text.charAt(f));
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static boolean containsDigitOrNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) || chineseDigit(s.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Evaluates numbers followed by 亿 / 万 groups, e.g. "1亿5000万", "两千五百万", "1.15亿". */
    private static Reading evaluate(String s, boolean yuanUnit) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal pending = null;
        int lastBig = Integer.MAX_VALUE; // 2 = 亿, 1 = 万; big units must descend
        boolean anyUnit = yuanUnit;
        int p = 0;
        int n = s.length();
        if (n == 0) return new Reading(null, Failure.NOT_A_NUMBER);
        while (p < n) {
            char c = s.charAt(p);
            if (c == '亿' || c == '万') {
                int rank = c == '亿' ? 2 : 1;
                if (pending == null || rank >= lastBig) return new Reading(null, Failure.NOT_A_NUMBER);
                total = total.add(pending.multiply(rank == 2 ? YI : WAN));
                pending = null;
                lastBig = rank;
                anyUnit = true;
                p++;
                continue;
            }
            if (pending != null) return new Reading(null, Failure.NOT_A_NUMBER);
            int end = numberEnd(s, p);
            if (end == p) return new Reading(null, Failure.NOT_A_NUMBER);
            pending = number(s.substring(p, end));
            if (pending == null) return new Reading(null, Failure.NOT_A_NUMBER);
            p = end;
        }
        if (pending != null) {
            // "1亿5000" means 1亿5000万, as "3万5" means 3万5千 — a trailing bare number under a big unit
            // "两亿五", "一亿二" (spoken): one digit under 亿 is its tenth, as "1.5亿"
            if (lastBig == 2 && !yuanUnit && pending.compareTo(BigDecimal.TEN) < 0 && pending.scale() <= 0) pending = pending.multiply(YI.divide(BigDecimal.TEN));
            else if (lastBig == 2 && !yuanUnit) pending = pending.multiply(WAN);
            else if (lastBig == 1 && !yuanUnit && pending.compareTo(BigDecimal.TEN) < 0) pending = pending.multiply(BigDecimal.valueOf(1000));
            total = total.add(pending);
        }
        if (!anyUnit) return new Reading(null, Failure.NO_UNIT);
        if (total.compareTo(LIMIT) >= 0) return new Reading(null, Failure.TOO_LARGE);
        return new Reading(total.setScale(0, RoundingMode.HALF_UP).longValueExact(), null);
    }

    private static int numberEnd(String s, int p) {
        int e = p;
        while (e < s.length()) {
            char c = s.charAt(e);
            if ((c >= '0' && c <= '9') || c == '.' || c == '点' || chineseDigit(c) >= 0 || c == '十' || c == '百' || c == '千') e++;
            else break;
        }
        return e;
    }

    /** A number written with Arabic digits, Chinese numerals or both ("3千", "一点五", "两千五百", "1.2"). */
    private static BigDecimal number(String t) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = null;
        int i = 0;
        boolean any = false;
        while (i < t.length()) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == '点' || chineseDigit(c) >= 0) {
                if (current != null) return null;
                int e = i;
                StringBuilder digits = new StringBuilder();
                boolean dot = false;
                while (e < t.length()) {
                    char d = t.charAt(e);
                    if (d >= '0' && d <= '9') digits.append(d);
                    else if (chineseDigit(d) >= 0) digits.append((char) ('0' + chineseDigit(d)));
                    else if ((d == '.' || d == '点') && !dot) { digits.append('.'); dot = true; }
                    else break;
                    e++;
                }
                String ds = digits.toString();
                if (ds.equals(".") || ds.startsWith(".") || ds.endsWith(".") || ds.length() > 24) return null;
                current = new BigDecimal(ds);
                i = e;
                any = true;
                continue;
            }
            int mult = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (mult == 0) return null;
            BigDecimal base = current == null ? BigDecimal.ONE : current;
            total = total.add(base.multiply(BigDecimal.valueOf(mult)));
            current = null;
            any = true;
            i++;
        }
        if (!any) return null;
        return current == null ? total : total.add(current);
    }

    private static int chineseDigit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
