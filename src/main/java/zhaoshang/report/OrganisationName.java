package zhaoshang.report;

import java.util.Locale;

/**
 * Whether what stands where an enterprise (or project) name should be can be a name at all. Refused: stray marks
 * ("-", "1.", "？"), keyboard noise ("asdfgh", "啊啊啊", "jjjj"), and phrases that describe rather than name
 * ("一行几人来高新区", "有个老板想投厂", "某新能源企业", "一家做电池的"). A short name without a legal suffix (京东方, BOE,
 * 宁德时代, TCL) is a name.
 */
public final class OrganisationName {

    /** Words that make a text a description or a sentence, not a name, whatever it ends with. */
    private static final String[] SENTENCE_WORDS = {"某", "几人", "一行", "有个", "有一个", "有家", "有一家", "听说",
            "我们", "他们", "想投", "想在", "想来", "打算", "来高新区", "来潞州", "等下补", "待补", "后补", "回头补", "稍后补", "晚点补", "再补",
            // "那个啥来着", "叫什么忘了": the name not remembered; "有一间做储能的企业" (粤): one not named
            "啥", "来着", "什么", "忘了", "有一间", "有间"};
    /** Words that make a text a description when it does not end like an organisation either ("杭州老板电器股份有限公司" is a name). */
    private static final String[] PHRASE_WORDS = {"老板", "一家", "这家", "那家", "对方", "客商", "准备", "去了", "做电池的",
            "做新材料的", "的企业", "的公司", "一位"};
    /** Rows of a keyboard, to tell "asdf" typed in a hurry from a name. */
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"};

    private static final String DESCRIPTION = "是一句描述，不是名称";
    /** Sounds typed for laughing or hesitating. */
    private static final String INTERJECTIONS = "啊哈呵嘿嘻嗯哦呀哇唉额呃哼噢喔嗨哎呜嘤咯";

    private OrganisationName() { }

    /** Why {@code name} is not an enterprise name (Chinese, for the member), or null when it may be one. */
    public static String junk(String name) {
        if (name == null) return null;
        String s = name.strip();
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) letters++;
        }
        if (letters < 2) return "只有符号或编号";
        if (noise(s)) return "像是随手敲的键盘字符";
        if (placeholder(s)) return "是占位的代号，不是名称";
        for (String w : SENTENCE_WORDS) {
            if (s.contains(w)) return DESCRIPTION;
        }
        // "做光刻胶的公司", "搞储能的企业": what the organisation makes, said instead of its name
        if ((s.startsWith("做") || s.startsWith("搞") || s.startsWith("从事") || s.startsWith("生产")) && s.indexOf('的') > 1) return DESCRIPTION;
        if (!FreeForm.isOrganisation(s)) {
            for (String w : PHRASE_WORDS) {
                if (s.contains(w)) return DESCRIPTION;
            }
        }
        return null;
    }

    /** Ends like an organisation's name (有限公司, 集团, 研究院, 协会 …): a bare answer that can be taken as the name. */
    public static boolean endsLikeOne(String name) {
        return name != null && FreeForm.isOrganisation(name.strip());
    }

    /** Words that, written anywhere in a message, name an organisation (the rules' cue to ask the model). */
    private static final String[] ORGANISATION_WORDS = {"公司", "集团", "研究院", "研究所", "协会", "商会", "联合会",
            "大学", "学院", "银行", "基金", "股份", "控股", "实业", "科技", "事务所"};

    /** Whether a message names an organisation somewhere (by its suffix): worth asking the model about. */
    public static boolean mentionedIn(String text) {
        if (text == null) return false;
        for (String w : ORGANISATION_WORDS) {
            int at = text.indexOf(w);
            if (at > 1) return true;
        }
        return false;
    }

    /** Ends like a project's name (…项目, …基地, …产业园): a bare answer that can be taken as the project. */
    public static boolean endsLikeProject(String name) {
        if (name == null) return false;
        String s = name.strip();
        for (String end : new String[]{"项目", "基地", "中心", "产业园", "园区", "工厂", "生产线", "工程"}) {
            if (s.endsWith(end) && s.length() > end.length() + 1) return true;
        }
        return false;
    }

    /** How many different chars the text holds, counted up to 3. */
    private static int distinctChars(String t) {
        char a = 0, b = 0;
        int n = 0;
        for (int i = 0; i < t.length() && n < 3; i++) {
            char c = t.charAt(i);
            if (n >= 1 && c == a || n >= 2 && c == b) continue;
            if (n == 0) a = c;
            else if (n == 1) b = c;
            n++;
        }
        return n;
    }

    /** How many different characters of the common CJK block the text holds, counted up to three. */
    private static int distinctCjk(String s) {
        char a = 0, b = 0;
        int n = 0;
        for (int i = 0; i < s.length() && n < 3; i++) {
            char c = s.charAt(i);
            if (!InputText.isCjk(c) || n >= 1 && c == a || n >= 2 && c == b) continue;
            if (n == 0) a = c;
            else if (n == 1) b = c;
            n++;
        }
        return n;
    }

    private static boolean only(String t, String chars) {
        for (int i = 0; i < t.length(); i++) if (chars.indexOf(t.charAt(i)) < 0) return false;
        return true;
    }

    private static boolean hasAny(String t, String chars) {
        for (int i = 0; i < t.length(); i++) if (chars.indexOf(t.charAt(i)) >= 0) return true;
        return false;
    }

    /** Keyboard noise: one character repeated, Latin without vowels, or a run along one keyboard row. */
    /** "xx公司", "XX科技有限公司", "××集团": the letters written in place of a name not (yet) known. */
    private static boolean placeholder(String s) {
        int i = 0;
        while (i < s.length() && "xX×ＸｘＸ*＊○".indexOf(s.charAt(i)) >= 0) i++;
        return i >= 2 && (i == s.length() || InputText.isCjk(s.charAt(i)));
    }

    private static boolean noise(String s) {
        // every junk() of every enterprise read passes here: plain loops, no pattern compiled per call
        // (three different Chinese characters stay in the text below as they are: no one character repeated, no two,
        // no Latin run; most names end here)
        if (distinctCjk(s) >= 3) return false;
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            // what [\s\p{Punct}，。；、！？] matches: ASCII whitespace and punctuation, and the Chinese marks
            boolean dropped = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || c >= 0x21 && c <= 0x7E && !Character.isLetterOrDigit(c) || "，。；、！？".indexOf(c) >= 0;
            if (!dropped) b.append(c);
        }
        String t = b.toString();
        int distinct = distinctChars(t);
        if (t.length() >= 3 && distinct == 1) return true;
        // (three characters of two kinds are a brand unless all are sounds: "多氟多", "娃哈哈" are names, "哈哈嘿" is not)
        if (t.length() >= 3 && distinct <= 2 && t.codePoints().allMatch(Character::isIdeographic)
                && !FreeForm.isOrganisation(s) && (t.length() >= 4 || only(t, INTERJECTIONS))) {
            return true; // 啊啊啊, 哈哈哈哈
        }
        if (t.length() < 4 || !only(t, "abcdefghijklmnopqrstuvwxyz0123456789")) return false;
        if (only(t, "0123456789")) return true;
        if (!hasAny(t, "aeiouy")) return true;
        for (String row : KEYBOARD_ROWS) {
            if (t.length() >= 5 && t.chars().allMatch(c -> row.indexOf(c) >= 0)) return true;
        }
        return false;
    }
}
