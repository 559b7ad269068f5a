package zhaoshang.report;

/**
 * Cleans chat text before parsing: full-width digits and letters become ASCII, odd spaces become plain
 * spaces, invisible marks (zero-width, bidi controls, variation selectors) and emoji are dropped, CRLF and CR
 * become LF, traditional characters become simplified ones. Chinese punctuation (：，；（）) is kept as typed so values stay
 * as the member wrote them.
 */
final class InputText {

    /** Longest message read as a report; longer ones are answered with a problem. */
    static final int MAX_CHARS = 8000;

    private InputText() { }

    static String clean(String raw) {
        String t = cleaned(raw);
        t = t.indexOf(',') < 0 ? t : groupedDigits(t);
        return TRADITIONAL.in(t) ? NameRecogniser.simplified(t) : t;
    }

    /**
     * Characters written only in traditional script, the ones whose simplified forms are common in reports (區總項業資電
     * 長訪…): one of them in a message sends it through the converter; a simplified message pays one lookup a character.
     */
    private static final Patterns.Chars TRADITIONAL = new Patterns.Chars("區總項業資電長訪曏嚮經産產強億約週會組較籤簽對線綫箇個來華東衕備閤糰團傢報髮發裝機無蘇甦囌齣進設計談責聯國兩儲擬劃車誌寧" +
            "們見製園確萬曉術迴體動導醫開與恆後廣務説說監廠結晉數轉時員侷條錫學滙彙匯實藥葯號補繫環係協況額鏈爲為濤內鄭達創颱陽臺檯峯" +
            "帶點剛處偉測間蔘暫參雲負書問議錶還紹療闆稱準軍祕遠場興維麗錢劉註託應關請運鋼單門傳記這賀營戰鋰選雙鵬溫題標蹤彿許氣佈賬沒" +
            "韆隊規韓豐凱統納孫鋭銳衛試飛預陳濟馮趙蔣階壓録錄馬瀋過複復擴冊黃領辦戶龍據紅鳴視裡裏頭儀軸顯調緑綠麵麫麪當極噹鑄現纖縴併" +
            "並張邊廈優輝盧羣礦瀾氫圖吳龐從將潤羅農該採駐質話馳順綜購語軒節鐵檢織慶級驗範賈絡傑聽粵倉韋鋁楊專續啟啓廢薦魯陸銷漢樑寫塊" +
            "構島態觀勝傾嚴靜陝連呂舉慮亞驅聞錦簡風寶種彆別黨鄧藍縣價類纔給幫輪載訊莊勢鐘鍾鈡貝認臨鼕邁滿幾禮熱顧願變嶽銀纜爾訂穫獲棟" +
            "劑減閆奧穀獨鄉遊燈決譚純彥堅評覈師牽層圍兒餘鏡賽網細鮑鋒齊屬頓隻蕪");

    /**
     * "15,000万元", "1,200,000元": a figure written with thousands separators is one figure (the comma would otherwise split
     * it into two clauses). Only a comma between a digit and exactly three digits of a figure that runs on to a money unit
     * (万, 亿, 元) is taken out; "1,2,3" or "3,500人" stay as written.
     */
    static String groupedDigits(String t) {
        StringBuilder b = null;
        int n = t.length();
        for (int i = 1; i + 3 < n; i++) {
            if (t.charAt(i) != ',' || !isDigit(t.charAt(i - 1))) continue;
            int e = i;
            while (e + 3 < n && t.charAt(e) == ',' && isDigit(t.charAt(e + 1)) && isDigit(t.charAt(e + 2)) && isDigit(t.charAt(e + 3))) e += 4;
            if (e == i || e < n && isDigit(t.charAt(e))) continue;
            int u = e;
            if (u < n && t.charAt(u) == '.') { u++; while (u < n && isDigit(t.charAt(u))) u++; }
            while (u < n && t.charAt(u) == ' ') u++;
            if (u >= n || "万亿元".indexOf(t.charAt(u)) < 0) continue;
            if (b == null) b = new StringBuilder(n);
            b.setLength(0);
            b.append(t, 0, i);
            for (int k = i; k < e; k++) if (t.charAt(k) != ',') b.append(t.charAt(k));
            b.append(t, e, n);
            t = b.toString();
            n = t.length();
        }
        return t;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static String cleaned(String raw) {
        if (plain(raw)) return raw;
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_CHARS + 16));
        int n = raw.length();
        for (int i = 0; i < n; ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                out.append('\n');
                if (i < n && raw.charAt(i) == '\n') i++;
                continue;
            }
            if (cp == '\n') { out.append('\n'); continue; }
            if (cp == '\t' || cp == 0x3000 || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A)
                    || cp == 0x202F || cp == 0x205F) {
                out.append(' ');
                continue;
            }
            // "1️⃣ 杭州…\n2️⃣ …": a keycap digit opening a line numbers an item
            if (cp == 0x20E3 && keycapOpensLine(out)) { out.append(". "); continue; }
            if (isEmoji(cp)) {
                String label = emojiLabel(cp, raw, i, out);
                if (label != null) out.append(label);
                continue;
            }
            if (isInvisible(cp)) continue;
            if (cp >= 0xFF10 && cp <= 0xFF19) { out.append((char) ('0' + cp - 0xFF10)); continue; }
            if (cp >= 0xFF21 && cp <= 0xFF3A) { out.append((char) ('A' + cp - 0xFF21)); continue; }
            if (cp >= 0xFF41 && cp <= 0xFF5A) { out.append((char) ('a' + cp - 0xFF41)); continue; }
            switch (cp) {
                case 0xFF0E -> out.append('.');   // ．
                case 0xFF0F -> out.append('/');   // ／
                case 0xFF0D -> out.append('-');   // －
                case 0xFF03 -> out.append('#');   // ＃
                case 0xFF20 -> out.append('@');   // ＠
                case 0xFF05 -> out.append('%');   // ％
                case 0xFE55 -> out.append('：');  // small colon
                case 0x2236 -> out.append('：');  // ratio sign used as colon
                default -> {
                    if (Character.isISOControl(cp)) continue;
                    out.appendCodePoint(cp);
                }
            }
        }
        return out.toString();
    }

    /**
     * Nothing for {@link #clean} to change: every character is one it keeps as it is, most of what is typed (line
     * feeds, printable ASCII, the common CJK block, CJK punctuation, full-width punctuation other than the marks it
     * rewrites, dashes, quotes and ellipses). Any other character leaves the text to the full pass.
     */
    private static boolean plain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF || c == '\n' || c >= 0x3001 && c <= 0x303F
                    || c >= 0x2010 && c <= 0x2027 || c == 0x00B7) continue;
            if (c >= 0xFF01 && c <= 0xFF5E && !(c >= 0xFF10 && c <= 0xFF19) && !(c >= 0xFF21 && c <= 0xFF3A)
                    && !(c >= 0xFF41 && c <= 0xFF5A) && c != 0xFF0E && c != 0xFF0F && c != 0xFF0D && c != 0xFF03
                    && c != 0xFF20 && c != 0xFF05) continue;
            return false;
        }
        return true;
    }

    /**
     * "🏢 中科星图", "🏭 X公司", "👤 副总裁 郭振宇": an emoji opening a line in place of the field's name, read as the name
     * it stands for (企业：, 对接人：) when the line has no name of its own ("🏢企业：X") and is no sentence; else null.
     */
    private static String emojiLabel(int cp, String raw, int after, StringBuilder out) {
        String label = cp == 0x1F3E2 || cp == 0x1F3ED ? "企业：" : cp == 0x1F464 ? "对接人：" : null;
        if (label == null) return null;
        int o = out.length() - 1;
        while (o >= 0 && out.charAt(o) == ' ') o--;
        if (o >= 0 && out.charAt(o) != '\n') return null;
        int end = raw.indexOf('\n', after);
        String line = raw.substring(after, end < 0 ? raw.length() : end).strip();
        if (line.isEmpty() || line.length() > 30) return null;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (isColon(c) || c == '，' || c == '。' || c == ',' || c == '；') return null;
        }
        return label;
    }

    /** The text so far ends with a digit that opens its line (a keycap's digit before U+20E3). */
    private static boolean keycapOpensLine(StringBuilder out) {
        int n = out.length();
        if (n == 0 || !Character.isDigit(out.charAt(n - 1))) return false;
        int i = n - 2;
        while (i >= 0 && out.charAt(i) == ' ') i--;
        return i < 0 || out.charAt(i) == '\n';
    }

    private static boolean isInvisible(int cp) {
        // most of what is typed: printable ASCII and the common CJK block, none of them invisible
        if (cp >= 0x20 && cp < 0x7F || cp >= 0x4E00 && cp <= 0x9FFF) return false;
        return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F)
                || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x00AD || cp == 0x061C
                || (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0xFFF0 && cp <= 0xFFFF)
                || Character.getType(cp) == Character.UNASSIGNED && cp > 0xFFFF
                || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.PRIVATE_USE;
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0x20E3 || (cp >= 0x1F1E6 && cp <= 0x1F1FF);
    }

    static boolean isSpace(char c) { return c == ' ' || c == '\n'; }

    /** Colon as members type it. */
    static boolean isColon(char c) { return c == ':' || c == '：'; }

    /**
     * A slash or bar standing apart ("国电南瑞 / 对接人：副总经理 / 意向：一般", "A公司 | 王总"): it separates pieces as a
     * comma does. One glued between words ("储能/光伏", "11/25", "A/B轮") is part of them.
     */
    static boolean pieceMark(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == '-' || c == '—' || c == '/') return gluedFieldMark(s, i);
        if (c != '|' && c != '｜') return false;
        return i > 0 && s.charAt(i - 1) == ' ' || i + 1 < s.length() && s.charAt(i + 1) == ' ' || i + 1 == s.length();
    }

    /**
     * "X公司-孙启明-副总经理-车载镜头模组", "X公司/周斌/副总经理/特钢棒材": a dash or slash between Chinese words that sets
     * apart three pieces or more on its line (the same mark glued between Chinese words twice or more); one alone
     * ("储能/光伏") is part of the words. A slash standing apart separates as before.
     */
    private static boolean gluedFieldMark(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == '/' && (i > 0 && s.charAt(i - 1) == ' ' || i + 1 < s.length() && s.charAt(i + 1) == ' ' || i + 1 == s.length())) return true;
        if (!gluedBetweenWords(s, i)) return false;
        int a = i;
        while (a > 0 && s.charAt(a - 1) != '\n') a--;
        int b = i + 1;
        while (b < s.length() && s.charAt(b) != '\n') b++;
        for (int k = a; k < b; k++) if (k != i && s.charAt(k) == c && gluedBetweenWords(s, k)) return true;
        return false;
    }

    private static boolean gluedBetweenWords(CharSequence s, int i) {
        int l = i - 1;
        while (l >= 0 && s.charAt(l) == ' ') l--;
        int r = i + 1;
        while (r < s.length() && (s.charAt(r) == ' ' || s.charAt(r) == s.charAt(i))) r++;
        return l >= 0 && r < s.length() && (isCjk(s.charAt(l)) || s.charAt(l) == '）') && isCjk(s.charAt(r));
    }

    /** Punctuation that separates fields written on one line. */
    static boolean isSeparator(char c) {
        return c == '，' || c == ',' || c == '；' || c == ';' || c == '。' || c == '、' || c == '|' || c == '｜';
    }

    static boolean isCjk(char c) { return c >= 0x4E00 && c <= 0x9FFF; }

    /** A Latin letter (an English or pinyin name's). */
    static boolean isLatin(char c) { return c < 128 && Character.isLetter(c); }

    /** The first index at or after p that is no ASCII space. */
    static int skipSpaces(String s, int p) {
        while (p < s.length() && s.charAt(p) == ' ') p++;
        return p;
    }

    /** Trims spaces and trailing/leading separators; returns null for nothing left. */
    static String value(String s) {
        if (s == null) return null;
        int a = 0, b = s.length();
        while (a < b && (isSpace(s.charAt(a)) || isSeparator(s.charAt(a)) || isColon(s.charAt(a)))) a++;
        // "数据中心电源配套 / 意向：较强": the slash standing apart before the next field is none of the value
        while (b > a && (isSpace(s.charAt(b - 1)) || isSeparator(s.charAt(b - 1)) || s.charAt(b - 1) == '/' && b - 1 > a && s.charAt(b - 2) == ' ')) b--;
        return a == b ? null : s.substring(a, b);
    }
}
