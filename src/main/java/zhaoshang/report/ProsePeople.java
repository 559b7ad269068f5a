package zhaoshang.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in prose: 对接人员 as "姓名（职务）" ("总经理助理刘总", "副总裁刘建平", "徐斌副总经理接待", "王总（副总经理）",
 * a title alone: "副总经理"); our own people ("和王峰一起", "我和杨琦", "同行：赵斌、韦宁"); companions of an inspection
 * ("赵彦武、徐小飞全程陪同", "陪同人员：乜琳、林琳", "我和冯双田陪的"); who follows a lead up ("由林琳负责", "杨琦跟").
 */
final class ProsePeople {

    private ProsePeople() { }

    private static final String[] CORE = {"首席技术官", "首席执行官", "首席财务官", "首席运营官", "首席科学家", "联合创始人", "创始人",
            "执行董事", "首席架构师", "特别助理", "高级副总裁", "执行副总裁", "执行总裁", "高级副总经理", "常务副总经理", "常务副总裁", "常务副院长", "常务副所长", "常务副主任", "常务副部长", "常务副总", "执行副总", "常务副秘书长", "常务副会长", "总经理助理", "董事长助理", "总裁助理", "会长助理",
            "董事会秘书", "副总经理", "高级总监", "副总监", "副总工程师", "副总工", "副经理", "副厂长", "副行长", "副书记", "副局长", "副主席", "主席", "副董事长", "副秘书长", "高级经理", "副总裁", "总经理", "董事长", "秘书长", "副会长", "副部长", "副处长",
            "副院长", "副所长", "副主任", "总工程师", "CEO助理", "总裁", "董秘", "会长", "部长", "处长", "院长", "所长", "主任", "总监",
            "经理", "副课长", "课长", "负责人", "副总", "总工", "特助", "VP", "书记", "局长", "厂长", "行长", "主管", "合伙人", "CEO", "CTO", "CFO", "COO", "CMO", "CIO", "董事",
            // a university's or an institute's people ("机械工程学院 王教授", "研究员李明")
            "副教授", "教授", "副研究员", "研究员", "院士", "高级工程师", "工程师",
            // "老板 韦军", "许总 老板": the owner of a small firm, a title only beside a name (老板娘, 老总, and 粤 老细 alike)
            "老板娘", "老板", "老总", "老细",
            // "GM 陈立峰", "董助周倩", "总助 林佳", "gm 杜峰": the titles shortened as members type them, kept as written
            "GM助理", "GM", "gm", "vp", "ceo", "董助", "总助"};
    /** The title words by their first character, longest first. */
    private static final java.util.Map<Character, String[]> CORE_BY_FIRST = new java.util.HashMap<>();

    static {
        java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
        for (String c : CORE) m.computeIfAbsent(c.charAt(0), k -> new ArrayList<>()).add(c);
        m.forEach((k, v) -> {
            v.sort((a, b) -> b.length() - a.length());
            CORE_BY_FIRST.put(k, v.toArray(new String[0]));
        });
    }

    /** A clause that is a title and nothing more ("副总经理", "办公室主任", "投资部 经理"). */
    static boolean titleOnly(String clause) {
        String c = clause.strip();
        if (c.isEmpty() || c.length() > 12 || PersonNames.nameAt(c, 0) > 0 && PersonNames.isName(c.substring(0, PersonNames.nameAt(c, 0)))) return false;
        for (int k = 0; k < c.length(); k++) {
            String core = coreAt(c, k);
            if (core != null && c.substring(k + core.length()).isBlank()) return true;
        }
        return false;
    }

    /**
     * The title word at i, longest first ("副总裁助理" over "副总裁"), with 助理/秘书 after it ("董事长秘书", "主任助理",
     * "董事长 助理" in voice input); null when the word is part of a department ("董事会办公室", "总经理办公室主任").
     */
    static String coreAt(String s, int i) {
        if (i >= s.length()) return null;
        // "Managing Director 王立群", "HR VP陈女士", "Sales Director 刘洋": an English title of several words, whole
        if (s.charAt(i) < 128 && Character.isLetter(s.charAt(i)) && (i == 0 || !InputText.isLatin(s.charAt(i - 1)))) {
            java.util.regex.Matcher m = LATIN_TITLE.matcher(s).region(i, s.length());
            if (m.lookingAt() && (m.end() == s.length() || !InputText.isLatin(s.charAt(m.end())))) return m.group();
        }
        String[] cands = CORE_BY_FIRST.get(s.charAt(i));
        if (cands == null) return null;
        String best = null;
        for (String c : cands) if (s.startsWith(c, i)) { best = c; break; }
        if (best == null) return null;
        int e = i + best.length();
        if (s.startsWith("会", e) || s.startsWith("办", e) || s.startsWith("部", e) && !best.endsWith("部")) return null;
        if (!best.endsWith("助理") && !best.endsWith("秘书")) {
            int f = e;
            if (f < s.length() && s.charAt(f) == ' ') f++;
            for (String x : new String[]{"助理", "秘书", "特别助理"}) {
                if (s.startsWith(x, f) && !s.startsWith("秘书长", f)) return s.substring(i, f + x.length());
            }
        }
        return best;
    }

    /** An English title with the words before its head ("Managing Director", "HR VP", "Vice President"). */
    private static final Pattern LATIN_TITLE = Pattern.compile(
            "(?:(?:Managing|General|Vice|Senior|Executive|Deputy|Assistant|Regional|Country|Plant|Project|Technical|Sales|Marketing"
            + "|Finance|Financial|Operations|Purchasing|Procurement|Investment|Business|Development|Supply|Chain|HR|IR|BD|PR|R&D|Senior)\\s?)+"
            + "(?:Director|Manager|President|VP|Officer|Head|Lead|GM)|President|Chairman|Director");

    // ---- our side -------------------------------------------------------------------------------------------

    /** Words after which our own people are listed ("我组张三、李四", "和同事宋佳、马骁", "参加人员：钱进、单晓"). */
    private static final String[] OUR_LABELS = {"我方出席人员", "我方出席", "我方参会人员", "随同人员", "走访人员", "走访人", "拜访人员", "拜访人",
            "出访人员", "陪同的是", "陪同人是", "带队的是", "带队的有", "带队领导", "领队", "我组", "我们组", "本组", "我方", "我和", "我与", "我跟", "我同", "组员",
            "同事", "组长", "成员", "带着", "带领", "同去的还有", "去的还有", "去的有", "同行的还有", "一起去的还有", "同去的有", "一同前往的还有", "一同前往的有", "一起前往的还有",
            "一同去的还有", "同去的", "同去", "工作组", "招商组", "我、", "参加的有", "陪同的有", "还有我们组的", "我方人员", "我方参加人员", "参加人员",
            "参与人员", "陪同人员", "同行人员", "随行人员", "同行", "随行", "陪同是", "陪同为", "陪同的话", "陪同由",
            // "我+老宋+小冯" ending a terse line: the sender and the ones who went with them
            "我[+＋]",
            // "接待了我们（郭晓东、樊建平）": who "we" were, in brackets after the word
            "(?:我们|咱们)(?=[（(])",
            // "我们一行郭卫东 任晓宇", "我们三个人 我 小任 小韩": who "we" were, named right after
            "我们一行", "我们[两三四五六]个人", "我们[两三四五六]人",
            // "老铁张磊陪着", "哥们儿小罗负责接": a colleague by the word friends call each other in the north
            "老铁", "哥们儿", "哥们",
            // "咱这边是于海洋组长、曲丽丽", "我们这边有老韩": our side, said as where we stand
            "咱们这边是", "咱们这边有", "咱这边是", "咱这边有", "我们这边是", "我们这边有",
            // "跟我一起的是徐小飞", "和我一块儿的有小崔": who was with the sender
            "跟我一起的是", "和我一起的是", "跟我一起的有", "和我一起的有", "跟我一块儿的是", "和我一块儿的是", "一起的还有",
            // "我们：林琳、赵彦武" as a label of its own
            "我们(?=[：:])"};
    /**
     * A label naming who took part, then a colon ("参加人：", "出席人员：", "随行同志：", "带队领导："): the roles our side
     * plays at a meeting (taking part, going, accompanying, leading) with a word for the people who played them.
     */
    private static final String OUR_ROLE_LABEL = "(?:我方|我组|本组)?(?:参加|参与|参会|出席|走访|拜访|出访|陪同|陪访|随同|随行|同行|同去|带队|出差|外出)"
            + "(?:人员|人|者|同志|领导|名单)(?=\\s*[：:])";
    /** Words after which our own people are listed ("我组张三、李四", "和同事宋佳、马骁", "参加人员：钱进、单晓"), longest first. */
    private static final Pattern OUR_LIST = Patterns.compile("(?:" + OUR_ROLE_LABEL + "|"
            + java.util.Arrays.stream(OUR_LABELS).sorted((a, b) -> b.length() - a.length()).collect(java.util.stream.Collectors.joining("|"))
            + "|(?:陪同|参加|参与|负责)(?:接待|考察|参观|走访|拜访|调研|洽谈)的(?:还有|有|是)"
            + "|参加(?=[：:])|参与(?=[：:])|陪同(?=[：:\\s]))"
            + "(?:的有|的是|的|有|为|是)?[：:（(，】]?\\s*");
    /** "1. 韩雪、刘洋：拜访…" in a team leader's list: who went, then what they did. */
    private static final Pattern WHO_WENT = Pattern.compile("(?:^|[\\n，。；;：:])\\s*");
    private static final Pattern VISITED = Pattern.compile("\\s*(?:[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+[日号]\\s*)?(?:在[^，。；\\s]{1,10}?)?(?:拜访|走访|对接|赴|去了|到|前往|调研|考察|陪同)");

    /** A colon within a few names' length after p, nothing but names and 、 before it; -1 when none. */
    private static int colonAfter(String text, int p) {
        for (int q = p; q < text.length() && q - p <= 14; q++) {
            char c = text.charAt(q);
            if (InputText.isColon(c)) return q - p >= 2 ? q : -1;
            if (!InputText.isCjk(c) && c != '、' && c != ' ') return -1;
        }
        return -1;
    }

    /** "和X一起", "跟小田 小黎一起去了": 和 introduces our people only when they went along. */
    private static final Pattern WITH = Pattern.compile("(?:跟随|跟着|随同|陪着|陪|和|跟|与|同)(?:我们组的|我们组里的|组里的|组里|组内的|我们的|组员|同事|组长)?");
    /** "在张组长带领下", "在王主任的陪同下": ours, by the phrase that makes them lead or accompany us. */
    private static final Pattern LED_BY = Pattern.compile("在(?:我组|我们组|组长|组员|同事)?");
    private static final Pattern LED_BY_AFTER = Pattern.compile("(?:的)?(?:带领|带队|率领|陪同|带动)下");
    private static final Pattern ALONG = Pattern.compile("[，、\\s]?(?:在[^，。；\\s]{1,10}?(?:拜访|走访|对接|调研|见了|见到)|一起|一同|一道|一块儿?|同志|两位同志|二人|两人|俩人|[两三四五]个人|全程陪同|见到了(?!面)|见到(?!面)|见了(?!面)|约见了|会见了|陪同|陪的|去的|去了(?!另|别的)|去(?!年|了另|了别的)|前往|赴|到|拜访|走访|参加|随行|同行|调研|出差|带队|带领|带着|率)");
    /** Ours named after these words ("温涛、姬妍全程陪同", "我和谭浩陪的", voice's "郝文斌一起" ending what was said). */
    private static final Pattern BEFORE_ALONG = Patterns.compile(
            "[，\\s]?(?:一起|一同|共同|一块)(?=拜访|走访|去|前往|赴|到|见|参加|出差|$|[，。；\\s])"
            // "韩雪也在", "崔向阳、关贝贝同去。", "韩磊开车一起去的": ours, said after their names
            + "|(?:也在|也在场|都在|都在场|在场|也去了|同去|同行|一起的|一同去的)(?=$|[，。；！!\\s])|(?:开车|坐车|驾车)(?:一起|一同)?(?:去的|去了|前往|过去的)|"
            + "(?:组长|副组长|局长|副局长|主任|副主任|区长|副区长|书记|部长|副部长|科长|副科长|处长|副处长)?(?:等人|等|二人|两人|三人|两位|二位|三位|几位)?(?:同志)?(?:和我|与我|跟我)?(?:分别|先后)?(?:全程|一同|一起|共同)?(?:负责接待|负责|接待)?(?:接站|接机|接送)?(?:陪同|陪的|陪着我|陪着|陪我|陪(?=$|[，。；\\s])|带着我|带我|带(?=组员|同事)|随行|带队|同行|一起去的|去的|去(?=[，,]?$|[。；;！!\n])|参加(?!座谈|会谈|会议|洽谈|交流|了座谈))");
    /**
     * Every match of BEFORE_ALONG holds one of these words (keep them in step when adding to it): a text with none is
     * not scanned.
     */
    private static final String[] ALONG_WORDS = {"一起", "一同", "共同", "一块", "也在", "都在", "在场", "也去了", "同去", "同行", "开车", "坐车", "驾车", "陪",
            "带着我", "带我", "带组员", "带同事", "随行", "带队", "去", "参加"};
    /** Our officials by their titles ("区商务局副局长赵国庆", "区领导孙志强", "管委会副主任黄建军", "区里的副区长 尚文"). */
    private static final Pattern OUR_TITLE = Patterns.compile(
            "(?:区领导|区长|副区长|区委常委|区委书记|副书记|书记|局长|副局长|部长|副部长|主任|副主任|组长|副组长|处长|副处长|领导)");
    private static final Pattern OURS_PAUSED = Pattern.compile("(?:陪同|同去|同行)，");
    private static final Pattern WORD_ALONG = Pattern.compile("(?<=^|[\\s，。；;]|[^园社]区)陪同(?=[\\u4e00-\\u9fff])");
    /** Said of ours before 走访/拜访 ("赵斌、杨琦同志走访了…"), longest first. */
    private static final String[] COMRADES = {"二位同志", "两位同志", "等同志", "同志"};
    /** "和我一起", "跟我去了", "与我一同前往": who went with the sender. */
    private static final Pattern AND_ME = Pattern.compile("(?:和|跟|与|同)我(?!方|区|市|组|们组)(?:们)?(?:俩|两个|两人|二人|三人)?(?:一起|一同|一块|去|前往|赴|到|拜访|走访|陪同|参加|同行|$|[，。；\\s])");
    /** An office title after one of ours named by the unit ("刘军科长", "王磊同志"). */
    static final Pattern OUR_TITLE_AFTER = Pattern.compile("(?:副)?(?:科长|局长|区长|主任|部长|处长|组长|书记|同志)");
    private static final Pattern OUR_ORG = Patterns.compile(
            "(?:区|市|县)(?:委|政府|商务局|领导|里|人大|政协|招商|投促|投资促进|发改|工信)|管委会|我区|我市|投资促进部|投促局|招商局|商务局|高新区|潞州区");

    // patterns of the readers below, compiled once rather than on every call (String.split/replaceAll/matches compile theirs)
    static final Pattern CLAUSE_MARKS = Pattern.compile("[，。；;,！、]");
    private static final Pattern LIST_MARKS = Pattern.compile("[、，,。；;\\s]");
    private static final Pattern MANAGER_ADDRESS = Pattern.compile("总|董|总经理|董事长|总裁|副总|总监");
    private static final Pattern AND_OTHERS = Pattern.compile("等人|等同志|等");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,和及与 ]+");

    /** Our people on a visit ("和王峰一起", "我和杨琦", "同行：赵斌、韦宁", "区商务局副局长赵国庆带队"), never the sender. */
    static List<String> ours(String text) {
        Set<String> out = new LinkedHashSet<>();
        collectOurs(glued(text), out, false);
        if (out.isEmpty()) out.addAll(pausedOurs(text, false));
        return new ArrayList<>(out);
    }

    /** Companions of an inspection: everyone of ours named ("宋开、王建安陪同", "陪同：冯双田", "我和冯双田陪的"). */
    static List<String> companions(String text) {
        Set<String> out = new LinkedHashSet<>();
        collectOurs(glued(text), out, true);
        if (out.isEmpty()) out.addAll(pausedOurs(text, true));
        return new ArrayList<>(out);
    }

    /** Voice input's words before a run of our names: "我们 这边 是", "陪同 的 有", "接待 的 我们". */
    private static final Pattern PAUSED_BEFORE = Pattern.compile("(?:我们这边是|我们这边有|我们这边|这边是|陪同的有|陪同的是|陪同的|接待的我们|我们组是|我方是|我方)$");
    /** Voice input's words after a run of our names: "组长 带队", "部长 陪同", "陪 着", "负责 接待", "也 在", "我们 三 个 去的". */
    private static final Pattern PAUSED_AFTER = Pattern.compile("(?:副)?(?:组长|部长|主任|科长|局长|处长|区长)?(?:负责|全程|一起|一同)?"
            + "(?:陪同|陪着|陪的|陪(?:$|[，])|接待|带队|也在|都在|在场|同去|同行|一起去|一同去|去的)|我们[两三四五]?个?去的|(?:和我)?[两三四五]个人");
    private static final Pattern PAUSED_AFTER_GATE = Pattern.compile("陪|接待|带队|在|去的|同行|同去");

    /**
     * Voice input read with a pause after every word (its pauses as commas): a run of our names, "还有" and "我" between
     * them and an office after a name, told as ours by the words before it ("我们，这边，是，付建平，组长，还有，常浩") or
     * after it ("付建平，牛志强，还有，韩立新，部长，陪同", "申佳琪，常浩，陪，着", "付建平，组长带队").
     */
    private static List<String> pausedOurs(String text, boolean inspection) {
        List<String> none = List.of();
        if (text == null || !PAUSED_AFTER_GATE.matcher(text).find() && !text.contains("我们") && !text.contains("我方")) return none;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '，') commas++;
        if (commas < 5 || text.length() > 7 * (commas + 1)) return none;
        String[] pieces = text.split("，", -1);
        for (int i = 0; i < pieces.length; i++) {
            List<String> run = new ArrayList<>();
            int j = i;
            String rest = "";
            boolean lastName = false;
            for (; j < pieces.length; j++) {
                String p = pieces[j].strip();
                if (p.equals("还有") || p.equals("和") || p.equals("跟") || p.equals("以及") || p.equals("我") || p.equals("及")) { lastName = false; continue; }
                if (lastName && OUR_TITLE_AFTER.matcher(p).matches()) { lastName = false; continue; }
                int n = PersonNames.nameAt(p, 0);
                String who = n >= 2 ? p.substring(0, n) : "";
                if (n < 2 || !PersonNames.isName(who) || enterpriseAddress(who) || addressForm(who)) break;
                run.add(who);
                lastName = true;
                // "付建平组长": the office said with the name, the run goes on
                if (n < p.length() && OUR_TITLE_AFTER.matcher(p).region(n, p.length()).matches()) { lastName = false; continue; }
                if (n < p.length()) { rest = p.substring(n); j++; break; }
            }
            if (run.isEmpty()) continue;
            StringBuilder after = new StringBuilder(rest);
            for (int k = j; k < pieces.length && k < j + 4; k++) after.append(pieces[k].strip()).append(k < j + 3 ? "" : "，");
            StringBuilder before = new StringBuilder();
            for (int k = Math.max(0, i - 3); k < i; k++) before.append(pieces[k].strip());
            String prev = i > 0 ? pieces[i - 1].strip() : "";
            // "区域，经理，小邹", "董事长，江涛": the one met, after their title
            boolean met = titleOnly(prev) || prev.endsWith("见了") || prev.endsWith("见的是") || prev.endsWith("对接");
            Matcher am = PAUSED_AFTER.matcher(after);
            // "商务拓展总监，王莉莎，接待的": on a visit, the one who receives us is theirs
            boolean ours = PAUSED_BEFORE.matcher(before).find() || am.lookingAt() && (inspection || !am.group().contains("接待"));
            // "见的董事长，高志远，付建平，组长，也，在": the first name is the one met, the rest are ours
            if (met && run.size() > 1) { run = new ArrayList<>(run.subList(1, run.size())); met = false; }
            if (!met && ours && (!rest.isEmpty() || j > i)) {
                // the names' own words only: "常浩负责" leaves 负责 for the words after the run
                if (rest.isEmpty() || am.lookingAt()) return run;
            }
            i = Math.max(i, j - 1);
        }
        return none;
    }

    private static final Pattern WITH_CLAUSE_END = Pattern.compile("(?:一起|一道|一块儿?|一同)?(?:的)?(?=$|[，。；;！!\\n ])");

    /** Whether text[start, end) is a clause of its own made of 和/跟 and names only (its end: the text's, a mark or a pause). */
    private static boolean withClause(String text, int start, int end) {
        if (start > 0 && "，。；;！!\n ".indexOf(text.charAt(start - 1)) < 0) return false;
        char w = text.charAt(start);
        return (w == '和' || w == '跟') && WITH_CLAUSE_END.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The sender opening a list of ours ("我 / 郑敏", "我、刘伟", "我 小周"): where the names after it start, or p. */
    private static int senderFirst(String text, int p) {
        // voice input's pause after 我 may have been glued away ("我方：我 小周" → 我方：我小周)
        if (!text.startsWith("我", p) || p + 1 >= text.length() || text.startsWith("我们", p)) return p;
        int q = p + 1;
        while (q < text.length() && "/／、，, +＋".indexOf(text.charAt(q)) >= 0) q++;
        return nameHere(text, q, false) >= 2 ? q : p;
    }

    /** The glue words voice input says alone between pauses ("陪同 是 王振宇 和 我", "跟踪 人 王振宇", "韩雪 也 在"). */
    private static final String GLUE = "的是就人和跟与同我让由为也在";

    /**
     * Voice input with a pause around every word: a glue word said alone is joined to the words on both sides
     * ("陪同 的 是 周立峰" → 陪同的是周立峰, "李婷 和 我 一起" → 李婷和我一起), so the phrases that name our people read as
     * typed; other pauses stay (they end the names).
     */
    static String glued(String text) {
        if (text == null) return null;
        // voice input reaches here with its pauses as spaces, or as commas when every word is a clause of its own
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '，') commas++;
        boolean paused = commas >= 5 && text.length() <= 7 * (commas + 1);
        if (text.indexOf(' ') < 0 && !paused) return text;
        int n = text.length();
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == ' ' || paused && c == '，') && i > 0 && i + 1 < n && InputText.isCjk(text.charAt(i - 1)) && InputText.isCjk(text.charAt(i + 1))
                    && (loneGlue(text, i + 1, true, paused) || loneGlue(text, i - 1, false, paused))) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** A word of glue characters only ("是", "和我", "就") said alone between pauses, its first (or last) character at i. */
    private static boolean loneGlue(String text, int i, boolean first, boolean paused) {
        int s = i, e = i + 1;
        if (first) { while (e < text.length() && InputText.isCjk(text.charAt(e))) e++; }
        else { while (s > 0 && InputText.isCjk(text.charAt(s - 1))) s--; }
        if (e - s > 2) return false;
        for (int k = s; k < e; k++) if (GLUE.indexOf(text.charAt(k)) < 0) return false;
        return (s == 0 || pause(text.charAt(s - 1), paused)) && (e == text.length() || pause(text.charAt(e), paused));
    }

    private static boolean pause(char c, boolean paused) {
        // "3人 老潘陪": a figure's measure word is no glue said alone
        return c == ' ' || paused && c == '，' || !InputText.isCjk(c) && !Character.isLetterOrDigit(c);
    }

    /** Titles only our side holds, which may lead a group of ours ("宋志芳组长带队", "赵区长带队"). */
    private static final Pattern OUR_LEADER = Pattern.compile("组长|副组长|区长|副区长|书记|局长|副局长");

    private static void collectOurs(String text, Set<String> out, boolean inspection) {
        java.util.TreeMap<Integer, List<String>> found = new java.util.TreeMap<>();
        Matcher m = OUR_LIST.matcher(text);
        while (m.find()) {
            // "后续由我组杜明对接": who follows it up, not who went
            if (m.start() > 0 && (text.charAt(m.start() - 1) == '由' || text.startsWith("安排", Math.max(0, m.start() - 2)))) continue;
            // "对方参加的有董事长刘振东": their people
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            if (before.contains("对方") || before.endsWith("企业") || before.endsWith("公司")) continue;
            // "我方：我 / 郑敏", "【我方】我 小周": the sender first in the list, never added; the names after
            int from = senderFirst(text, m.end());
            List<String> l = list(text, from, null);
            int[] te = new int[2];
            List<String> titled = titledList(text, from, te);
            if (te[1] > 0 && titled.size() > l.size()) l = titled;
            if (!l.isEmpty()) found.putIfAbsent(from, l);
        }
        m = WHO_WENT.matcher(text);
        while (m.find()) {
            int colon = colonAfter(text, m.end());
            if (colon < 0 || !VISITED.matcher(text).region(colon + 1, text.length()).lookingAt()) continue;
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            // "蔚来：对接…" is an enterprise the recogniser may take for a person: names before an item's colon have a surname
            if (!l.isEmpty() && end[0] == colon && l.stream().allMatch(PersonNames::isName)) found.putIfAbsent(m.end(), l);
        }
        m = WITH.matcher(text);
        while (m.find()) {
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (l.isEmpty() || found.containsKey(m.end())) continue;
            Matcher a = ALONG.matcher(text).region(end[0], text.length());
            if (a.lookingAt()) found.put(m.end(), l);
            // "…以向一般 和于海洋", "跟孙鹏。", "和李刚一道，": a clause of its own that is only who went along
            else if (withClause(text, m.start(), end[0]) && l.stream().allMatch(ProsePeople::plainName)) found.put(m.end(), l);
        }
        m = LED_BY.matcher(text);
        // what LED_BY opens counts only when LED_BY_AFTER closes it: a 下 after one of its verbs (keep in step)
        boolean led = text.indexOf('下') >= 0 && Patterns.containsAny(text, "带领", "带队", "率领", "陪同", "带动");
        while (led && m.find()) {
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (l.isEmpty()) l = titledList(text, m.end(), end = new int[2]);
            if (!l.isEmpty() && LED_BY_AFTER.matcher(text).region(end[0], text.length()).lookingAt()) found.putIfAbsent(m.end(), l);
        }
        m = OURS_PAUSED.matcher(text);
        boolean paused = Patterns.containsAny(text, "陪同，", "同去，", "同行，");
        while (paused && m.find()) {
            // "…中试基地陪同，孟丽": the label's pause read as a comma; the names and nothing more
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        m = WORD_ALONG.matcher(text.contains("陪同") ? text : "");
        while (m.find()) {
            // "考察 11月29日 X公司 潞州区 陪同常俊 看…": 陪同 a word of its own (or right after the zone a terse line names), the names right after it and nothing more
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        m = GONE_WERE.matcher(text.contains("去的") ? text : "");
        while (m.find()) {
            // "跟我去的是老韩", "我们这边去的是老韩跟小程": who went, the names and nothing more up to the clause's end
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;！\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        for (int v = text.indexOf("去了", 1); v > 0; v = text.indexOf("去了", v + 2)) {
            // "小任和小韩去了另一家（单独报）": the others of the team went elsewhere, not on this visit
            if (text.startsWith("另", v + 2) || text.startsWith("别的", v + 2)) continue;
            // "下午小孙、晓雯去了X公司": ours, the subject of going there, a list opening its clause
            boolean named = PersonNames.nameAt(text, Math.max(0, v - 2)) == 2 || v >= 3 && PersonNames.nameAt(text, v - 3) == 3 || v >= 2 && givenName(text, v - 2, v);
            if (!(named && listEndingAt(text, v, v, found)) && !inspection) goersBefore(text, v, found);
        }
        for (int v = text.indexOf('访', 1); v > 0; v = text.indexOf('访', v + 1)) {
            // "上周五下午，赵斌、杨琦同志走访了X": ours, the subject of our going to see an enterprise
            char c = text.charAt(v - 1);
            if (c != '走' && c != '拜') continue;
            int at = v - 1;
            int orAt = at;
            for (String w : COMRADES) if (text.startsWith(w, at - w.length())) { orAt = at; at -= w.length(); break; }
            // most visits open with the day or 我们 before the verb: look for a list only where a name ends
            boolean named = (at >= 2 && PersonNames.nameAt(text, at - 2) == 2 || at >= 3 && PersonNames.nameAt(text, at - 3) == 3) && listEndingAt(text, at, orAt, found);
            if (!named && !inspection) goersBefore(text, v - 1, found);
        }
        m = AND_ME.matcher(text);
        while (m.find()) {
            // "小王和我一起去的", "李娜跟我去了": the names just before 和我 ("李婷 和我一起" in voice input, a pause between)
            int at = m.start();
            while (at > 0 && text.charAt(at - 1) == ' ') at--;
            // "…，李婷，和我一起" in voice input read with its pauses as commas: the name said alone right before
            if (at > 2 && at == m.start() && text.charAt(at - 1) == '，') {
                int st = at - 1;
                while (st > 0 && InputText.isCjk(text.charAt(st - 1))) st--;
                if (st < at - 1 && PersonNames.isName(text.substring(st, at - 1)) && (st == 0 || !InputText.isCjk(text.charAt(st - 1)))) {
                    found.putIfAbsent(st, List.of(text.substring(st, at - 1)));
                    continue;
                }
            }
            listEndingAt(text, at, at, found);
        }
        m = OUR_ORG.matcher(text);
        while (m.find()) {
            // "与区商务局刘军科长一起", "区商务局的刘科长、我组王磊陪同", "管委会王主任带队": one of ours by the unit
            int p = m.end();
            if (p < text.length() && text.charAt(p) == '的') p++;
            int n = nameHere(text, p, false);
            if (n < 2) continue;
            int e = p + n;
            Matcher t = OUR_TITLE_AFTER.matcher(text).region(e, text.length());
            if (t.lookingAt()) e = t.end();
            boolean whole = e >= text.length() || !InputText.isCjk(text.charAt(e)) || text.startsWith("和", e) || text.startsWith("及", e)
                    || addressForm(text.substring(p, p + n)) || e > p + n || text.startsWith("去", e) || text.startsWith("陪", e)
                    || BEFORE_ALONG.matcher(text).region(e, text.length()).lookingAt() || ALONG.matcher(text).region(e, text.length()).lookingAt();
            if (whole) found.putIfAbsent(p, List.of(text.substring(p, p + n)));
        }
        m = OUR_TITLE.matcher(text);
        while (m.find()) {
            int p = m.end();
            if (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '，')) p++;
            int n = nameHere(text, p, false);
            if (n < 2) continue;
            // "区长杨建国会见考察团一行": our official receiving the ones who came is with them too
            boolean whole = p + n >= text.length() || !InputText.isCjk(text.charAt(p + n)) || MEETS.matcher(text).region(p + n, text.length()).lookingAt()
                    || BEFORE_ALONG.matcher(text).region(p + n, text.length()).lookingAt() || ALONG.matcher(text).region(p + n, text.length()).lookingAt();
            if (!whole) continue;
            String title = text.substring(Math.max(0, m.start() - 12), m.start());
            int cut = Math.max(title.lastIndexOf('。'), Math.max(title.lastIndexOf('；'), title.lastIndexOf('，')));
            String before = title.substring(cut + 1);
            boolean ourOrg = m.group().contains("区") || m.group().contains("组长") || OUR_ORG.matcher(before).find();
            boolean theirs = before.contains("公司") || before.contains("集团") || before.contains("对方") || before.contains("企业");
            if (ourOrg && !theirs) found.putIfAbsent(p, List.of(text.substring(p, p + n)));
        }
        m = BEFORE_ALONG.matcher(text);
        boolean along = Patterns.containsAny(text, ALONG_WORDS);
        while (along && m.find()) {
            // the list may have taken the office said before the verb ("宋志芳组长带队", "蒲建国副区长全程陪同")
            Matcher t = OUR_TITLE_AFTER.matcher(text).region(m.start(), m.end());
            // an inspection's visitors are led by one of theirs ("董事长助理 应晓峰 带队", "樊部长带队"): one of ours leads
            // only when our unit or an office only ours hold is said with the name
            if (inspection && LEADS.matcher(m.group()).find() && !ourLeader(text, m.start(), t.lookingAt() ? t.group() : "")) continue;
            listEndingAt(text, m.start(), t.lookingAt() ? t.end() : m.start(), found);
            titledListEndingAt(text, m.start(), found);
            // "我和思雨陪同", "赵组长带队、思雨陪同": a given name alone, said where only one of ours can stand
            int g = m.start() - 2;
            // "… 丽娟一块去的", "，晓东一起": a given name alone opening the clause before the word of going along; HanLP may
            // tag a given name an organisation ("丽娟"), so only a place or a common word rules it out here
            boolean alone = g >= 1 && (text.charAt(g - 1) == '、' || text.startsWith("我和", g - 2) || text.startsWith("我跟", g - 2) || text.startsWith("我与", g - 2));
            if (g >= 0 && !found.containsKey(g) && (alone && givenName(text, g, m.start()) || (alone || g == 0 || text.charAt(g - 1) == ' '
                    || text.charAt(g - 1) == '，') && givenNameAlong(text, g, m.start()))) {
                found.put(g, List.of(text.substring(g, m.start())));
            }
        }
        // "老王、老牛负责接待": ours, receiving the ones who come to inspect
        for (int r = inspection ? text.indexOf("负责接待") : -1; r > 0; r = text.indexOf("负责接待", r + 4)) listEndingAt(text, r, r, found);
        // "赵斌牵头接待": the same, one of ours leading the reception
        for (int r = inspection ? text.indexOf("牵头接待") : -1; r > 0; r = text.indexOf("牵头接待", r + 4)) listEndingAt(text, r, r, found);
        if (inspection) hosts(text, found);
        if (inspection) leadersMeeting(text, found);
        if (!inspection) {
            ledAlong(text, found);
            unitThenGo(text, found);
            GoersOpening.collect(text, found);
            GroupSubject.collect(text, found);
            leadersOpening(text, found);
            terseNicknames(text, found);
        }
        for (List<String> l : found.values()) out.addAll(l);
        // "我跟王总聊了很久", "王总带我们参观了车间": 总 and 董 address the enterprise's managers, not our officials
        out.removeIf(ProsePeople::enterpriseAddress);
        // "刘科长，就是区商务局的刘志刚科长": the full name stands for the form of address
        out.removeIf(a -> addressForm(a) && out.stream().anyMatch(o -> !o.equals(a) && o.length() >= 2 && !addressForm(o) && o.charAt(0) == a.charAt(0)
                && (text.contains(o + a.substring(1)) || text.contains(a.substring(1) + o))));
    }

    /**
     * What is said between a list of ours opening its clause and the verb of their visit: how many they were, alone or
     * together, where ("侯晓东、原媛三位同志在深圳走访", "杨琦在广州 走访了", "郑治国单独走访", "徐小飞他们去了",
     * "宋志芳、关贝贝到X公司拜访", "郝鹏飞还是按约定去走访了"); never a place of ours, where the ones met come to us.
     */
    private static final Pattern GOERS_TAIL = Pattern.compile("\\s*(?:[两二三四五]位同志|同志|他们俩|他们两个|他们两人|他们|俩人|两人|二人|[三四五]人|[两三四五]个人|等同志|等人|一行)?\\s*"
            // "韩雪、我今天下午在昆山走访了": the sender last in the list, the day after it
            + "(?:[、，,]我(?!们))?(?:今天|今日|昨天|上午|下午|晚上|中午){0,2}(?:还是|也|又|都)?(?:按约定|如约)?(?:单独|一起|一同|专程|分别|先后|共同)?\\s*"
            + "(?:(?:在|去|到|赴|前往)(?!我区|我市|长治|潞州|高新区|我们|这边|区里)[^，。；;！!？?\\n]{1,24}?\\s*)?(?:去)?");
    /** The verbs after which {@link #GOERS_TAIL} ends in a visit ("走访", "拜访", "去了"). */
    private static final Pattern GOERS_GATE = Pattern.compile("同志|他们|俩人|两人|二人|[三四五]人|一行|单独|一起|一同|专程|分别|先后|共同|按约定|如约|在|去|到|赴|前往");

    /**
     * A list of ours opening the clause of a visit, the words of {@link #GOERS_TAIL} between it and the verb at
     * {@code verb} (走访/拜访/去了): ours, the ones who went.
     */
    private static void goersBefore(String text, int verb, java.util.Map<Integer, List<String>> found) {
        int cs = verb;
        while (cs > 0 && verb - cs < 40) {
            char c = text.charAt(cs - 1);
            if ("。；;！!？?\n".indexOf(c) >= 0) break;
            // voice input's pauses written as commas ("侯晓东，原媛，在东莞走访了"): the clause runs on past a piece of a name's length
            if (c == '，' || c == ',') {
                int ps = cs - 1;
                while (ps > 0 && "，,。；;！!？?\n".indexOf(text.charAt(ps - 1)) < 0) ps--;
                if (cs - 1 - ps > 6 || cs - 1 == ps) break;
            }
            cs--;
        }
        if (cs == verb || !GOERS_GATE.matcher(text).region(cs, verb).find()) return;
        // the pauses read as the spaces they were ("侯晓东 原媛 在东莞"), the text's places kept
        String said = text.substring(0, cs) + text.substring(cs, verb).replace('，', ' ').replace(',', ' ');
        for (int st = cs; st < verb - 1; st++) {
            if (st > cs && !boundaryBefore(said, st)) continue;
            int[] end = new int[1];
            List<String> l = list(said, st, end);
            if (l.isEmpty() || end[0] >= verb) continue;
            if (!GOERS_TAIL.matcher(said).region(end[0], verb).matches()) continue;
            // "王总在深圳走访": the enterprise's manager addressed, no one of ours; "对接的是，葛洪波，" the one met
            if (l.stream().anyMatch(w -> enterpriseAddress(w) || addressForm(w)) || MET_RIGHT_BEFORE.matcher(text.substring(Math.max(0, st - 6), st)).find()) return;
            found.putIfAbsent(st, l);
            return;
        }
    }

    /** After the names one of ours took along: the going to see the enterprise ("去了北京", "拜访了", "两个人在苏州走访"). */
    private static final Pattern LED_GOING = Pattern.compile("(?:[两三四五]个人|两人|二人|三人|一起|一同)?(?:在[^，。；\\s]{1,10}?)?(?:去了|拜访|走访|前往|赴)");
    private static final Pattern LED_TAKES = Pattern.compile("带(?:着|了|领)?");

    /**
     * "老秦带冯磊去了北京", "上午带小任、小韩拜访了…": the ones taken along to see an enterprise are ours, and so is the
     * colleague who took them (a name opening the clause; the sender is never added). A manager of theirs taking
     * someone round ("王总带小李去车间") is no visit of ours.
     */
    private static void ledAlong(String text, java.util.Map<Integer, List<String>> found) {
        if (text.indexOf('带') < 0) return;
        Matcher t = LED_TAKES.matcher(text);
        while (t.find()) {
            int[] end = new int[1];
            List<String> taken = list(text, t.end(), end);
            if (taken.isEmpty() || !taken.stream().allMatch(ProsePeople::plainName)
                    || !LED_GOING.matcher(text).region(end[0], text.length()).lookingAt()) continue;
            int cs = t.start();
            while (cs > 0 && "，。；;！!\n".indexOf(text.charAt(cs - 1)) < 0) cs--;
            Matcher day = DAY_OPENING.matcher(text).region(cs, t.start());
            int st = day.lookingAt() ? day.end() : cs;
            if (text.startsWith("我", st) && st + 1 == t.start()) st++;
            if (st < t.start()) {
                // a colleague who took them, named alone before 带
                int[] e2 = new int[1];
                List<String> leader = list(text, st, e2);
                if (leader.isEmpty() || e2[0] != t.start() || !leader.stream().allMatch(ProsePeople::plainName)) continue;
                found.putIfAbsent(st, leader);
            }
            found.putIfAbsent(t.end(), taken);
        }
    }

    /** The words that introduce the one met, right before a name ("见了", "对接的是，"). */
    private static final Pattern MET_RIGHT_BEFORE = Pattern.compile("(?:见了|见到|对接|接待|是|为)[，\\s]*$");

    private static final Pattern LEADS = Pattern.compile("带队|带领|带着");
    /** An official's receiving a delegation in news style ("会见考察团一行", "亲切接见了…", "会见了…董事长"). */
    private static final Pattern MEETS = Pattern.compile("(?:在[\\u4e00-\\u9fff]{1,6}?)?(?:亲切)?(?:会见|接见|会晤)");
    /** One of ours named before their office, then receiving the ones who came ("王海鹰副主任会见", "薛振华主任在管委会会见"). */
    private static final Pattern OFFICE_MEETS = Pattern.compile("(?:副)?(?:区长|主任|局长|书记|部长|组长)(?=(?:在[\\u4e00-\\u9fff]{1,6}?)?(?:亲切)?(?:会见|接见|会晤))");

    /**
     * An inspection's host of ours named before the office ("改由王海鹰副主任会见", "崔永红区长会见客商"): the one receiving
     * the ones who came is with them too.
     */
    private static void leadersMeeting(String text, java.util.Map<Integer, List<String>> found) {
        if (!Patterns.containsAny(text, "会见", "接见", "会晤")) return;
        Matcher m = OFFICE_MEETS.matcher(text);
        while (m.find()) {
            int at = m.start();
            for (int len = 3; len >= 2; len--) {
                int st = at - len;
                if (st < 0 || found.containsKey(st) || nameHere(text, st, false) != len || !plainName(text.substring(st, at))) continue;
                if (st > 0 && InputText.isCjk(text.charAt(st - 1)) && !boundaryBefore(text, st)) continue;
                found.putIfAbsent(st, List.of(text.substring(st, at)));
                break;
            }
        }
    }

    /** What one of ours does for the ones who come to inspect, ending the clause ("小葛接", "邓洁对接", "老冯在园区陪的"). */
    private static final Pattern HOSTS = Pattern.compile("(?:在[\\u4e00-\\u9fff]{1,4}?)?(?:负责)?(?:接待|对接|接|陪的|陪着|陪)(?:的)?(?=$|[，。；！\\s])");

    /**
     * An inspection's hosts: a name said alone (no title of theirs before it) right before the verb of receiving or
     * accompanying at a clause's end is ours; the ones who come are named with their titles or as 某总.
     */
    private static void hosts(String text, java.util.Map<Integer, List<String>> found) {
        if (text.indexOf('接') < 0 && text.indexOf('陪') < 0) return;
        Matcher m = HOSTS.matcher(text);
        while (m.find()) {
            int at = m.start();
            for (int len = 3; len >= 2; len--) {
                int st = at - len;
                if (st < 0 || found.containsKey(st) || !namedAt(text, st, len) && nameHere(text, st, false) != len) continue;
                String who = text.substring(st, at);
                if (enterpriseAddress(who) || st > 0 && InputText.isCjk(text.charAt(st - 1))) continue;
                // "采购总监 邓伟 接": one of theirs named after a title
                int b = st;
                while (b > 0 && text.charAt(b - 1) == ' ') b--;
                int w = b;
                while (w > 0 && b - w < 8 && InputText.isCjk(text.charAt(w - 1))) w--;
                if (w < b && titleOnly(text.substring(w, b))) continue;
                found.putIfAbsent(st, List.of(who));
                break;
            }
        }
    }

    /** The verbs of our going to see an enterprise, after the names of those who went ("二科原媛在厦门拜访"). */
    private static final Pattern GO_VISIT = Pattern.compile("赴|拜访|走访|前往");
    /** The day and the part of it said at a clause's opening ("今天下午", "本周三", "12月8日", "周日加班"). */
    private static final String DAY_WORDS = "(?:(?:今天|昨天|前天|今日|昨日|当天|当日|本周[一二三四五六日天]|上周[一二三四五六日天]|周[一二三四五六日天]"
            + "|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]|上午|下午|中午|晚上|傍晚|加班)[，,\\s]?)";
    private static final Pattern DAY_OPENING = Pattern.compile("\\s*" + DAY_WORDS + "+");
    /** Said between the names and the going: how many, who led, where ("一行", "带队", "在苏州"). */
    private static final Pattern GO_BETWEEN = Pattern.compile("(?:一行|等同志|等人|等|同志|二人|两人)?(?:带队|带领招商[一二三四五六七八九]?科)?"
            // "明哥和我今天走访了": the sender named with them, and the day said after the names
            + "(?:(?:和我|跟我|与我)(?:一起|一同)?)?" + DAY_WORDS + "?"
            // "在苏州", "赴成都", "在无锡参加完展会后顺路": where they were, and what they did there first
            + "(?:(?:在|赴|到)[\\u4e00-\\u9fff]{1,8}?(?:[\\u4e00-\\u9fff]{1,8}?(?:后|之后|之余))?(?:顺路|顺道|顺便|又|，)?)?$");
    /** Our units and offices opening the clause before those who went ("潞州区投资促进中心招商三科科长", "二科", "副区长"). */
    private static final Pattern OUR_UNIT_CHAIN = Pattern.compile(
            "(?:[\\u4e00-\\u9fff]{0,9}?(?:[一二三四五六七八九十]科|[一二三四五六七八九十]组|局|中心|投资促进部|投促部|人民政府|管委会)(?:的)?){1,3}(?:副)?(?:主任|科长|局长|部长|组长|处长|区长|书记|科员)?"
            + "|(?:副)?(?:区长|主任|科长|局长|组长)");

    /**
     * News and headed reports: "招商三科科长靳卫红一行赴长沙", "二科段文博、陈子豪在苏州拜访", "12月8日，任晓东、郝佳在北京走访":
     * ours, named after our unit (or opening the clause) before they go to see the enterprise.
     */
    private static void unitThenGo(String text, java.util.Map<Integer, List<String>> found) {
        if (!Patterns.containsAny(text, "赴", "拜访", "走访", "前往")) return;
        Matcher v = GO_VISIT.matcher(text);
        while (v.find()) {
            int cs = v.start();
            while (cs > 0 && "，。；;\n：:）)】｜|".indexOf(text.charAt(cs - 1)) < 0) cs--;
            if (v.start() - cs < 3) continue;
            String clause = text.substring(cs, v.start());
            // "X公司董事长一行赴长治": theirs coming to us
            if (clause.contains("公司") || clause.contains("集团") || clause.contains("企业") || Patterns.containsAny(text.substring(v.end(), Math.min(text.length(), v.end() + 4)), "长治", "潞州", "高新区", "我区", "我市")) continue;
            Matcher b = GO_BETWEEN.matcher(clause);
            if (!b.find()) continue;
            int at = cs + b.start();
            // "今天下午宋佳、马骁在苏州走访了": the names open the clause after the day
            Matcher day = DAY_OPENING.matcher(text).region(cs, at);
            int opens = day.lookingAt() ? day.end() : cs;
            for (int st = cs; st <= at - 2; st++) {
                if (st > cs && st != opens && !OUR_UNIT_CHAIN.matcher(text).region(cs, st).matches()) continue;
                // the names opening the clause go only to see an enterprise (走访/拜访), not anywhere
                if ((st == cs || st == opens) && v.group().length() == 1) continue;
                int[] end = new int[1];
                List<String> l = list(text, st, end);
                if (!l.isEmpty() && end[0] == at && l.stream().noneMatch(ProsePeople::enterpriseAddress)) {
                    found.putIfAbsent(st, l);
                    break;
                }
            }
        }
    }

    /** A news sentence's opening before its subject: the day, then "受…委托" (who asked is not one who went). */
    private static final Pattern NEWS_OPENING = Pattern.compile("\\s*" + DAY_WORDS + "*(?:受[^，。；]{2,30}?委托[，,]?)?");
    /** Between a list of our officials and what they did: "带队", "一行", "等同志", then the going or where they were. */
    private static final Pattern LEADERS_THEN = Pattern.compile("(?:等同志|等人|等|同志)?(?:一行)?(?:带队|率队|带领)?(?:一行)?(?=[，,]|赴|到|在|深入|走访|拜访|前往|调研|先后|专程)");
    /** The going of a sentence told in news style: the officials listed before it went to see an enterprise. */
    private static final Pattern NEWS_GO = Pattern.compile("赴|走访|拜访|深入|前往|调研|专程");

    /**
     * News style: a sentence opening (after its day) with our officials listed by unit and office ("区委常委、副区长刘志刚带队，
     * 区商务局局长陈立斌、高新区投资促进部部长赵磊一行赴常州", "区商务局招商股股长郭晓燕、科员韩宇赴太原", "区商务局局长陈立斌在深圳参加
     * …期间，走访了…"): every one of them went. The lists may follow each other after 带队/一行 and a comma; the sentence
     * must tell a going (赴/走访/拜访/深入/前往), and no enterprise's word stands before the first name.
     */
    private static void leadersOpening(String text, java.util.Map<Integer, List<String>> found) {
        if (!Patterns.containsAny(text, "赴", "走访", "拜访", "深入", "前往", "调研")) return;
        int ss = 0;
        while (ss < text.length()) {
            int se = ss;
            while (se < text.length() && "。；;！!\n".indexOf(text.charAt(se)) < 0) se++;
            String sentence = text.substring(ss, se);
            if (NEWS_GO.matcher(sentence).find()) leadersAt(text, ss, se, found);
            ss = se + 1;
        }
    }

    private static void leadersAt(String text, int ss, int se, java.util.Map<Integer, List<String>> found) {
        Matcher o = NEWS_OPENING.matcher(text).region(ss, se);
        int q = o.lookingAt() ? o.end() : ss;
        List<String> all = new ArrayList<>();
        int first = q;
        boolean went = false;
        while (q < se) {
            int[] end = new int[2];
            List<String> l = titledList(text, q, end);
            if (l.isEmpty() || end[1] == 0 || end[0] > se) break;
            // the first name's unit and office are ours ("区委常委、副区长", "区商务局招商股股长"), no enterprise's word
            String unit = text.substring(q, text.indexOf(l.get(0), q));
            if (unit.contains("公司") || unit.contains("集团") || unit.contains("企业") || unit.contains("对方")) break;
            if (!ourUnitWords(unit) && !OUR_TITLE.matcher(unit).find()) break;
            Matcher t = LEADERS_THEN.matcher(text).region(end[0], se);
            if (!t.lookingAt()) break;
            all.addAll(l);
            q = t.end();
            if (q < se && (text.charAt(q) == '，' || text.charAt(q) == ',')) { q++; continue; }
            went = true;
            break;
        }
        // "…局长陈立斌在深圳参加…期间，走访了": the going told after a comma of the same sentence
        if (!all.isEmpty() && (went || NEWS_GO.matcher(text).region(q, se).find())) {
            // "X公司董事长一行赴长治": theirs coming to us
            Matcher g = NEWS_GO.matcher(text).region(q, se);
            if (g.find() && Patterns.containsAny(text.substring(g.end(), Math.min(se, g.end() + 4)), "长治", "潞州", "高新区", "我区", "我市")) return;
            // another reading may have taken the first list alone ("副区长刘志刚带队"): the whole opening stands for it
            found.merge(first, all, (had, now) -> now.size() > had.size() && now.containsAll(had) ? now : had);
        }
    }

    /** Said after a colleague's name in a terse note: they were there too ("冯磊都在", "老申一直跟着", "小宋同去"). */
    private static final Pattern TERSE_ALONG = Pattern.compile("(?:都在|也在|都去了|一直跟着|跟着|同去|一起)$");

    /**
     * A terse note or voice input, its words as short pieces: "蓝思科技 采购总监 邓伟 … 意向无 老潘 小宋", "… 小李 冯磊都在",
     * "老王小李都去了": a nickname said alone (not right after a title or 见了, where it is the one met) is one of ours,
     * and so is a name said with the words that say they went along.
     */
    private static void terseNicknames(String text, java.util.Map<Integer, List<String>> found) {
        if (text.indexOf('老') < 0 && text.indexOf('小') < 0 && !Patterns.containsAny(text, "都在", "也在", "都去了", "跟着", "同去", "一起")) return;
        String[] pieces = CLAUSE_MARKS.split(text);
        int n = 0;
        boolean longer = false;
        for (String p : pieces) {
            if (p.strip().length() > 14) longer = true;
            if (!p.isBlank()) n++;
        }
        // prose or a short note: only names said with the words that say they went along ("小侯跟着", "老王小李都去了")
        boolean terse = !longer && n >= 4;
        int pos = 0;
        String prev = "";
        for (String raw : pieces) {
            int at = pos;
            pos += raw.length() + 1;
            String p = raw.strip();
            if (p.isEmpty()) continue;
            Matcher a = TERSE_ALONG.matcher(p);
            boolean along = a.find();
            if (!along && !terse) { prev = p; continue; }
            String who = along ? p.substring(0, a.start()) : p;
            List<String> names = new ArrayList<>();
            for (int q = 0; q < who.length(); ) {
                if (q + 2 <= who.length() && isNickname(who.substring(q, q + 2))) { names.add(who.substring(q, q + 2)); q += 2; continue; }
                // "老郑+小戴": a plus between nicknames joins them
                if (!names.isEmpty() && q + 1 < who.length() && (who.charAt(q) == '+' || who.charAt(q) == '＋')) { q++; continue; }
                if (along && q == 0 && PersonNames.isName(who) && !enterpriseAddress(who) && !addressForm(who)) { names.add(who); q = who.length(); continue; }
                names.clear();
                break;
            }
            boolean met = titleOnly(prev) || prev.endsWith("见了") || prev.endsWith("是") || prev.endsWith("对接") || prev.endsWith("接待")
                    || coreAt(prev, Math.max(0, prev.length() - 2)) != null;
            if (!names.isEmpty() && !met) found.putIfAbsent(at + text.substring(at).indexOf(p), names);
            prev = p;
        }
    }
    /** "跟我去的是", "我们这边去的是", "一起去的人是": the names after it are who went. */
    private static final Pattern GONE_WERE = Pattern.compile("去的(?:人)?(?:是|有)");

    /** One of ours leads at {@code at}: an office only ours hold right before, or our unit earlier in the clause. */
    private static boolean ourLeader(String text, int at, String office) {
        if (OUR_LEADER.matcher(office).matches()) return true;
        // the words before the names, back to a mark or a pause (voice input's pauses end its phrases): one word more
        // when the names stand alone between pauses ("投资促进部 王磊 带队")
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && "，。；;\n, ".indexOf(text.charAt(s - 1)) < 0 && e - s < 24) s--;
        if (s > 0 && text.charAt(s - 1) == ' ' && e - s <= 4) {
            s--;
            while (s > 0 && "，。；;\n, ".indexOf(text.charAt(s - 1)) < 0 && e - s < 24) s--;
        }
        String clause = text.substring(s, e);
        if (OUR_ORG.matcher(clause).find() || clause.contains("我组") || clause.contains("区领导")) return true;
        for (int k = Math.max(s, at - 5); k < at; k++) if (PersonNames.nameAt(text, k) == at - k && OUR_LEADER.matcher(text.substring(k + 1, at)).matches()) return true;
        return false;
    }

    /** Names listed right before {@code at} ("温涛、姬妍" before 全程陪同), starting after a boundary; whether any were. */
    private static boolean listEndingAt(String text, int at, int orAt, java.util.Map<Integer, List<String>> found) {
        for (int st = Math.max(0, at - 24); st <= Math.max(at, orAt) - 2; st++) {
            if (st > 0 && !boundaryBefore(text, st)) continue;
            // "潞州区的智造谷，孟庆华全程陪同": after 的 one of ours is named by a surname, not a word the recogniser guesses
            if (st > 0 && text.charAt(st - 1) == '的' && PersonNames.nameAt(text, st) < 2) continue;
            int[] end = new int[1];
            List<String> l = list(text, st, end);
            if (!l.isEmpty() && (end[0] == at || end[0] == orAt)) {
                found.putIfAbsent(st, l);
                return true;
            }
        }
        return false;
    }

    /** A word of two characters between q and e that can only be a given name: no common word, place, organisation or pronoun. */
    private static boolean givenName(String text, int q, int e) {
        String w = text.substring(q, e);
        if (w.length() != 2 || !InputText.isCjk(w.charAt(0)) || !InputText.isCjk(w.charAt(1)) || "他她它我你大各其该这那对同组全两三一".indexOf(w.charAt(0)) >= 0) return false;
        if (PersonNames.notAName(w) || NameRecogniser.commonWord(w)) return false;
        NameRecogniser.Guess g = NameRecogniser.guess(w);
        return g != NameRecogniser.Guess.ORGANISATION && g != NameRecogniser.Guess.PLACE;
    }

    private static final Pattern LABEL_GLUE = Pattern.compile("^的(?:还有|有|是|为)\\s*");

    /** A given name said alone where only one of ours stands: as {@link #givenName}, an organisation's tag allowed. */
    private static boolean givenNameAlong(String text, int q, int e) {
        String w = text.substring(q, e);
        if (w.length() != 2 || !plainGiven(w) || PersonNames.notAName(w) || NameRecogniser.commonWord(w)) return false;
        return NameRecogniser.guess(w) != NameRecogniser.Guess.PLACE;
    }

    /** Characters given names are made of, both of them (a short enterprise name rarely is: "丽娟", "晓东", not "先导"). */
    private static final String GIVEN_CHARS = "丽娟晓东雪梅芳华敏静婷燕红霞玲琳艳萍莉娜丹妍颖倩雯慧佳欣怡琪瑶璐蕾洁琴英兰凤玉珍秀云霞月桂春秋冬夏志刚强伟军建国明亮宁斌鹏飞涛浩杰磊超勇峰辉俊宇文武波海洋平安新宏坤鑫森林";

    private static boolean plainGiven(String w) {
        return GIVEN_CHARS.indexOf(w.charAt(0)) >= 0 && GIVEN_CHARS.indexOf(w.charAt(1)) >= 0;
    }

    /**
     * A 我方人员 / 陪同人员 value written on a label line, names only: "市投促中心王磊、许静" → 王磊、许静, "杜明（本人）、许静" → 许静.
     * Kept as written unless the whole value reads as such a list.
     */
    static String labelledOurs(String written) {
        if (written == null || written.isBlank()) return written;
        // "同行：马骏、孙凯  跟进：马骏": another label on the same line, after a wide gap, ends the value
        Matcher next = NEXT_LABEL.matcher(written);
        String w = (next.find() ? written.substring(0, next.start()) : written).strip();
        // "陪同 的有牛志刚和我": voice input's label read without its colon, the words that join it to the names ahead
        if (w.startsWith("的")) w = LABEL_GLUE.matcher(w).replaceFirst("");
        if (nobodyYet(w)) return null;
        w = withoutSender(w);
        if (w.isEmpty()) return null;
        int[] end = new int[1];
        List<String> l = list(w, 0, end);
        // "陪同：郝静、权海燕 看催化剂再生项目用地": a terse line goes on after a space with what they did, no name
        if (!l.isEmpty() && end[0] < w.length() && (w.charAt(end[0]) == ' ' || w.charAt(end[0] - 1) == ' ')
                && l.stream().noneMatch(ProsePeople::enterpriseAddress) && PersonNames.list(w.substring(end[0]).strip()).isEmpty()) return String.join("、", l);
        if (l.isEmpty() || !LIST_MARKS.matcher(w.substring(end[0])).replaceAll("").isEmpty()) {
            // "陪同：郭蕾、潞州区工信局副局长赵红": ours by their unit and office, the names only
            int[] te = new int[2];
            List<String> titled = titledList(w, 0, te);
            if (te[1] == 0 || !LIST_MARKS.matcher(w.substring(te[0])).replaceAll("").isEmpty()) return written;
            l = titled;
        }
        return String.join("、", l);
    }

    /** Whether a piece is ours and nothing else: names, or names after our units and offices ("招商三组侯晓东、原媛", "组员栗文博"). */
    static boolean oursOnly(String piece) {
        String w = piece.strip();
        if (w.isEmpty()) return false;
        int[] end = new int[1];
        if (!list(w, 0, end).isEmpty() && LIST_MARKS.matcher(w.substring(end[0])).replaceAll("").isEmpty()) return true;
        int[] te = new int[2];
        return !titledList(w, 0, te).isEmpty() && te[1] > 0 && LIST_MARKS.matcher(w.substring(te[0])).replaceAll("").isEmpty();
    }

    /** "我 / 郑敏", "刘伟、我", "我 小周": the sender written as an item of a list of ours, with the marks that set it off. */
    private static final Pattern SENDER_ITEM = Pattern.compile("^我(?:本人)?\\s*[/／+＋、，,和与跟及\\s]\\s*|\\s*[/／+＋、，,和与跟及\\s]\\s*我(?:本人)?$|(?<=[、，,])我(?:本人)?[、，,]");
    /** A list item joined by a slash or a plus ("郑敏 / 刘伟", "老宋+小冯"): read as 、. */
    private static final Pattern SLASH = Pattern.compile("\\s*[/／+＋]\\s*");

    /** A written list of ours without the sender (never added, README) and with slashes as 、; "我" alone is nobody. */
    static String withoutSender(String w) {
        if (w.equals("我") || w.equals("我本人")) return "";
        if (w.indexOf('我') < 0 && w.indexOf('/') < 0 && w.indexOf('／') < 0 && w.indexOf('+') < 0 && w.indexOf('＋') < 0) return w;
        String out = SENDER_ITEM.matcher(w).replaceAll("");
        return SLASH.matcher(out).replaceAll("、").strip();
    }

    private static final Pattern NEXT_LABEL = Pattern.compile("\\s{2,}[\\u4e00-\\u9fff]{1,6}[：:]");

    /** "陪同：待定", "跟踪责任人：暂无": nobody named yet — the field stays empty rather than holding the words. */
    static boolean nobodyYet(String value) {
        return value != null && NOBODY.matcher(value.strip()).matches();
    }

    private static final Pattern NOBODY = Pattern.compile("(?:暂|尚|还)?(?:" + FieldReader.NOT_YET + "|无|暂无|没有|未安排|待安排)[。.]?");

    /** A word that can only be a given name said alone ("晓雯"): no common word, place, organisation or pronoun. */
    static boolean givenNameWord(String w) {
        return w.length() == 2 && givenName(w, 0, 2);
    }

    /** A piece that is one name and nothing else as a list of ours reads it ("权海燕", "牛文斌"), no form of address. */
    static boolean oneName(String w) {
        if (w.length() < 2 || w.length() > 4) return false;
        int[] end = new int[1];
        List<String> l = list(w, 0, end);
        return l.size() == 1 && end[0] == w.length() && l.get(0).equals(w) && !enterpriseAddress(w) && !addressForm(w) && !w.endsWith("总");
    }

    /** A person's own name the recogniser reads as a person's, or a nickname ("郭蕾", "老潘"); not a short enterprise name. */
    static boolean ownName(String w) {
        return plainName(w) && (isNickname(w) || NameRecogniser.guess(w) == NameRecogniser.Guess.PERSON);
    }

    /**
     * The last piece of a terse inspection naming who receives the visitors ("小葛接", "邓洁对接", "芳姐负责接待"): that
     * one of ours, or null.
     */
    static String hostPiece(String piece) {
        Matcher m = HOSTS.matcher(piece);
        if (!m.find() || m.end() != piece.length() || m.start() < 2) return null;
        String who = piece.substring(0, m.start());
        return ownName(who) || nickname(who, 0) == who.length() ? who : null;
    }

    /** A person's own name, not a form of address ("程浩", "周立峰", "小王"; not 王总, 刘科长, 宁波). */
    static boolean plainName(String who) {
        return PersonNames.isName(who) && !enterpriseAddress(who) && !addressForm(who) && !who.endsWith("总") && !who.endsWith("董") && !who.endsWith("工");
    }

    /** "王总", "刘董", "陈总经理": how a surname and an enterprise's title address one of its managers. */
    private static boolean enterpriseAddress(String who) {
        return who.length() >= 2 && who.length() <= 4 && PersonNames.isSurname(who.charAt(0))
                && MANAGER_ADDRESS.matcher(who.substring(1)).matches();
    }

    /** "刘科长", "王部长", "赵组长": a surname and an office rather than a name. */
    private static boolean addressForm(String who) {
        return who.length() >= 2 && PersonNames.isSurname(who.charAt(0)) && OUR_TITLE_AFTER.matcher(who.substring(1)).matches();
    }

    /** A list may start at st: after punctuation, a space or a word that introduces people. */
    static boolean boundaryBefore(String text, int st) {
        char c = text.charAt(st - 1);
        if ("，、,；;：: （(\n｜|。！!".indexOf(c) >= 0) return true;
        String before = text.substring(Math.max(0, st - 4), st);
        for (String w : new String[]{"组", "组员", "同事", "成员", "我和", "我与", "我跟", "由", "和", "跟", "与", "及", "的", "是", "今天", "昨天", "前天", "上午", "下午",
                // "届时郭强陪同", "届时请王建平、刘洋陪同", "区里安排周敏副区长陪同": who will go along, said of a visit to come
                "届时", "请", "安排"}) {
            if (before.endsWith(w)) return true;
        }
        return false;
    }

    private static final Pattern TITLED_ITEM = Pattern.compile("[\\u4e00-\\u9fff]{0,10}?(?:副区长|区长|常委|书记|局长|主任|部长|处长|组长|科长|部|局|委|办|组)");

    /** "陪同人员：区政府副区长阎鹏、投资促进部聂晶": each of ours named after their unit or title. */
    private static List<String> titledList(String s, int p) {
        return titledList(s, p, new int[2]);
    }

    /** The offices that end a title of ours ("副局长", "综合科科长", "党工委书记", "主任助理"). */
    private static final String[] OFFICES = {"秘书长", "科员", "股长", "区长", "书记", "局长", "主任", "部长", "处长", "科长", "组长", "主席", "常委", "委员",
            "调研员", "专员", "干事", "站长", "县长", "市长", "镇长", "组员"};

    /**
     * Whether s[from, to) ends with an office, or an office and 助理 ("副局长", "主任助理"), as "(?:副)?(?:office)(?:助理)?$"
     * found in it would (its last character is a Chinese character or 、, never a line's end).
     */
    private static boolean officialEnd(String s, int from, int to) {
        if (endsWithOffice(s, from, to)) return true;
        return to - 2 >= from && s.startsWith("助理", to - 2) && endsWithOffice(s, from, to - 2);
    }

    private static boolean endsWithOffice(String s, int from, int to) {
        for (String o : OFFICES) if (to - o.length() >= from && s.startsWith(o, to - o.length())) return true;
        return false;
    }

    /**
     * "潞州区商务局副局长申晓东、投资促进部综合科科长武晓燕", "市政府副秘书长高志远，高新区党工委书记、管委会主任李建新": each of
     * ours named after their unit and office (an office of ours ending right before the name); end[0] is where it stops,
     * end[1] how many were named after an office (a list with none is for {@link #list} to read).
     */
    static List<String> titledList(String s, int p, int[] end) {
        List<String> out = new ArrayList<>();
        int q = p;
        end[0] = p;
        while (q < s.length()) {
            int at = -1;
            if (nameHere(s, q, false) >= 2) at = q;
            // "区商务局局长刘建和我组邓雨": one of ours by the unit, later in the list
            else if (!out.isEmpty() && unitBefore(s, q) > q) at = unitBefore(s, q);
            for (int k = q + 2; at < 0 && k < s.length() && k - q <= 20; k++) {
                char c = s.charAt(k - 1);
                if (!InputText.isCjk(c) && c != '、') break;
                if (c == '、' && !officialEnd(s, q, k - 1)) break;
                if ((officialEnd(s, q, k) || OUR_UNIT_ONLY.matcher(s).region(q, k).matches()) && nameHere(s, k, false) >= 2) at = k;
                // "组长 郭卫东，组员 冯磊": a space between the office and the name
                else if (k < s.length() && s.charAt(k) == ' ' && k + 1 < s.length() && (officialEnd(s, q, k) || OUR_UNIT_ONLY.matcher(s).region(q, k).matches())
                        && nameHere(s, k + 1, false) >= 2) at = k + 1;
            }
            if (at < 0) break;
            // "…和区商务局的詹局长，战略发展部副主任裘宏接待了我们": after a comma, one of ours only with our unit said
            if (at > q && q > p && (s.charAt(q - 1) == '，' || s.charAt(q - 1) == ',') && !ourUnitWords(s.substring(q, at))) break;
            if (at > q) end[1]++;
            int n = nameHere(s, at, false);
            out.add(s.substring(at, at + n));
            q = at + n;
            Matcher title = OUR_TITLE_AFTER.matcher(s).region(q, s.length());
            if (title.lookingAt()) q = title.end();
            end[0] = q;
            if (q < s.length() && "、，,".indexOf(s.charAt(q)) >= 0) q++;
            else if (s.startsWith("和", q) || s.startsWith("及", q) || s.startsWith("与", q)) q++;
            else break;
        }
        return out;
    }

    /** Words naming a unit of ours ("投资促进部综合科", "第一工作组", "区商务局"), not an enterprise's department. */
    private static boolean ourUnitWords(String unit) {
        return OUR_ORG.matcher(unit).find() || unit.contains("组") || unit.contains("局") || unit.contains("区") || unit.contains("市")
                || unit.contains("科") && !unit.contains("科技");
    }

    /** Our units said before one of ours with no office ("我们一科", "招商二科", "高新区投资促进部", "我们科的"). */
    private static final Pattern OUR_UNIT_ONLY = Pattern.compile(
            "[\\u4e00-\\u9fff]{0,12}?(?:[一二三四五六七八九十]科|投资促进部|投资促进中心|投促中心|投促局|投促部|商务局|管委会|我们科|我们组|招商组|工作组|我组|[一二三四五六七八九十]组)(?:的)?");
    /** "区应急局、生态环境分局相关负责同志": others of ours, not named, at the end of a list before 陪同. */
    private static final Pattern UNNAMED_OTHERS = Pattern.compile("[，,、][^，。；]{0,20}?(?:相关负责|相关|负责)(?:同志|负责人)?");
    /** The one met, introduced before their title ("见了成果转化处处长孔令军"): no list of ours starts there. */
    private static final Pattern MET_BEFORE = Pattern.compile("见了|见到|对接|会见|拜访|走访|接待|公司|集团|企业|对方");

    /** A list of ours by their offices ending at {@code at} (before 陪同), from the start of its sentence or a later comma. */
    /**
     * Two whole names run together at q ("王鹏刘晓燕", "林琳冯双田"), the first read as n characters: the first name's
     * length when a name of two characters is followed by a surname opening a whole name of two or three characters
     * that ends the word; 0 otherwise.
     */
    private static int runTogether(String s, int q, int n) {
        if (n != 3 || q + 4 > s.length() || !PersonNames.isSurname(s.charAt(q + 2))) return 0;
        if (!PersonNames.isName(s.substring(q, q + 2)) || NameRecogniser.commonWord(s.substring(q, q + 2))) return 0;
        for (int len = 3; len >= 2; len--) {
            int e = q + 2 + len;
            if (e > s.length()) continue;
            boolean ends = e == s.length() || !InputText.isCjk(s.charAt(e)) || PersonNames.stopAt(s, e);
            String second = s.substring(q + 2, e);
            if (ends && PersonNames.isName(second) && !PersonNames.notAName(second) && NameRecogniser.guess(second) == NameRecogniser.Guess.PERSON) return 2;
        }
        return 0;
    }

    /** Whether s[st, at) is a unit not ours and then an office ("生产运营中心主任", "办公室主任"); a bare office is no unit. */
    private static boolean theirUnit(String s, int st, int at) {
        for (String o : OFFICES) {
            if (at - o.length() < st || !s.startsWith(o, at - o.length())) continue;
            int u = at - o.length();
            if (u > st && s.charAt(u - 1) == '副') u--;
            String unit = s.substring(st, u);
            return u > st && !ourUnitWords(unit) && !OUR_TITLE.matcher(unit).find() && !GOVERNMENT_WORDS.matcher(unit).find();
        }
        return false;
    }

    /** Words of a government unit's name without 区/局/科 in it ("招商服务中心", "政务服务中心", "园区发展中心"). */
    private static final Pattern GOVERNMENT_WORDS = Pattern.compile("招商|投促|投资促进|政府|政务|发改|工信|商务|党工委|开发区|园区|人才");

    private static void titledListEndingAt(String text, int at, java.util.Map<Integer, List<String>> found) {
        int s0 = at;
        while (s0 > 0 && "。；;\n：:".indexOf(text.charAt(s0 - 1)) < 0 && at - s0 < 120) s0--;
        for (int st = s0; st < at - 1; st++) {
            if (st > s0 && "，,、".indexOf(text.charAt(st - 1)) < 0) continue;
            int[] end = new int[2];
            List<String> l = titledList(text, st, end);
            if (l.isEmpty() || end[1] == 0) continue;
            int first = text.indexOf(l.get(0), st);
            if (first > st && MET_BEFORE.matcher(text).region(st, first).find()) continue;
            // "生产运营中心主任马骁陪同参观": an office after a unit that is not ours is the enterprise's
            if (first > st && theirUnit(text, st, first)) continue;
            int e = end[0];
            Matcher more = AND_OTHERS.matcher(text).region(e, text.length());
            if (more.lookingAt()) e = more.end();
            if (e < at && UNNAMED_OTHERS.matcher(text).region(e, at).matches()) e = at;
            if (e == at) { found.putIfAbsent(st, l); return; }
        }
    }

    /**
     * Names listed from p on ("张三、李四", "小田 小黎", "晏军 和于倩", "钱进，单晓" as voice pauses, "甘霖和阮晓东"), each
     * a whole word: a name running into other words ("张三说") ends the list. end[0] is where the list stops.
     */
    static List<String> list(String s, int p, int[] end) {
        List<String> out = new ArrayList<>();
        int q = unitBefore(s, p);
        int last = p;
        while (q < s.length()) {
            int n = nameHere(s, q, !out.isEmpty());
            // "丽娟和小冯", "雪梅 晓东": a given name HanLP tags an organisation opens a list when a name follows it
            if (n < 2 && out.isEmpty() && q + 2 < s.length() && givenNameAlong(s, q, q + 2)) {
                int r = q + 2;
                while (r < s.length() && " 、，,和跟与及".indexOf(s.charAt(r)) >= 0 && r < q + 4) r++;
                if (r > q + 2 && nameHere(s, r, true) >= 2) n = 2;
            }
            if (n < 2) break;
            // "王鹏刘晓燕一起", "林琳冯双田": two whole names run together (voice input drops the pause between them)
            int together = runTogether(s, q, n);
            if (together > 0) n = together;
            String name = s.substring(q, q + n);
            out.add(name);
            q += n;
            last = q;
            // "杜明（本人）、许静": the sender is never added
            if (s.startsWith("（本人）", q) || s.startsWith("(本人)", q)) { out.remove(out.size() - 1); q += 4; last = q; }
            // "郭卫东（组长）、任晓宇（副组长）": an office of ours in brackets after the name
            Matcher bracketed = BRACKETED_OFFICE.matcher(s).region(q, s.length());
            if (bracketed.lookingAt()) { q = bracketed.end(); last = q; }
            // "赵文博组长、许静", "马建军科长和我": the office after the name is not the next name
            Matcher title = OUR_TITLE_AFTER.matcher(s).region(q, s.length());
            if (title.lookingAt() && (title.end() == s.length() || !InputText.isCjk(s.charAt(title.end())) || PersonNames.stopAt(s, title.end())
                    || s.startsWith("和", title.end()) || s.startsWith("陪", title.end()))) { q = title.end(); last = q; }
            int r = q;
            // "郑敏 / 刘伟", "老宋+小冯": a slash or a plus between names joins them as 、 does
            while (r < s.length() && " 、，,/／+＋".indexOf(s.charAt(r)) >= 0) r++;
            for (String w : new String[]{"还有", "以及", "和", "及", "与", "跟"}) {
                if (!s.startsWith(w, r)) continue;
                r += w.length();
                // "周立峰，还有，韩雪" in voice input, a pause after the word that joins them
                if (w.length() == 2 && r < s.length() && s.charAt(r) == '，') r++;
                break;
            }
            while (r < s.length() && s.charAt(r) == ' ') r++;
            // "跟小牛小秦去了": nicknames said one after the other need no separator
            boolean nicknames = r == q && (together > 0 || n == 2 && isNickname(name) && r + 1 < s.length() && isNickname(s.substring(r, r + 2))
                    // "郝鹏飞冯晓燕两位同志": two whole names of three characters run together
                    || n == 3 && plainName(name) && PersonNames.nameAt(s, r) == 3 && plainName(s.substring(r, r + 3))
                    // "和关贝贝王峰去了": a name of three characters, then one of two the recogniser reads as a person's
                    || n == 3 && plainName(name) && PersonNames.nameAt(s, r) == 2 && plainName(s.substring(r, r + 2))
                    && NameRecogniser.guess(s.substring(r, r + 2)) == NameRecogniser.Guess.PERSON);
            // "许静和区工信局的郝局长": one of ours by the unit, further on in the list
            if (r > q && nameHere(s, r, true) < 2) r = unitBefore(s, r);
            int nextLen = nameHere(s, r, true);
            if ((r == q && !nicknames) || nextLen < 2) break;
            // "我和侯晓婷，徐秘书长介绍了…": past a comma a form of address opens the next clause, not the list
            if (s.substring(q, r).indexOf('，') >= 0 && !plainName(s.substring(r, r + nextLen)) && !(nextLen == 2 && givenNameAlong(s, r, r + 2))) break;
            // "陪同：李卫东、陈立平 @王佳 请准备接待方案": a name asked to do something is spoken to, not one of the list
            int a2 = r + nextLen;
            while (a2 < s.length() && " ，,：:".indexOf(s.charAt(a2)) >= 0) a2++;
            Matcher asked = ADDRESSEE.matcher(s).region(a2, s.length());
            // not "赵敏，请投资促进部发邀请函": a request with its own addressee after 请
            if (asked.lookingAt() && !REQUEST_TO.matcher(s).region(asked.end(), s.length()).lookingAt() && nameHere(s, asked.end(), false) < 2) break;
            // "…郦红，杭州老板电器": a later name is a whole word, not the start of another ("杭州老")
            int m2 = r + nextLen;
            if (m2 < s.length() && InputText.isCjk(s.charAt(m2)) && !PersonNames.stopAt(s, m2) && "和及与跟一二两三四五六七八九几".indexOf(s.charAt(m2)) < 0 && !s.startsWith("我们", m2)
                    && !OUR_TITLE_AFTER.matcher(s).region(m2, s.length()).lookingAt() && !s.startsWith("（本人）", m2)) break;
            q = r;
        }
        if (end != null) end[0] = last;
        return out;
    }

    /** An office of ours in brackets after a name ("（组长）", "(副组长)", "（投促部部长）"). */
    private static final Pattern BRACKETED_OFFICE = Pattern.compile("[（(][\\u4e00-\\u9fff]{0,6}?(?:副)?(?:组长|组员|科长|局长|区长|主任|部长|处长|书记|科员)[）)]");

    /** What a message asks of a colleague it names ("请准备", "麻烦安排", "辛苦对接"). */
    private static final Pattern ADDRESSEE = Pattern.compile("请|麻烦|辛苦|劳烦|帮忙|帮我|帮着|抓紧|尽快|准备|注意|记得|收到|看一下|看下");

    private static final Pattern REQUEST_TO = Pattern.compile("[\\u4e00-\\u9fff]{0,6}?(?:部|局|办|委|中心|组|处|科|室|领导|同事|大家|各位|你们|你)");

    /** Our unit said before one of ours ("区工信局的", "投资促进部的", "市投促中心"): where the name starts, or p. */
    private static int unitBefore(String s, int p) {
        if (nameHere(s, p, false) >= 2) return p;
        Matcher u = OUR_UNIT.matcher(s).region(p, Math.min(s.length(), p + 12));
        if (u.lookingAt() && nameHere(s, u.end(), false) >= 2) return u.end();
        return p;
    }

    private static final Pattern OUR_UNIT = Patterns.compile(
            "(?:(?:潞州区|高新区|区|市|县)[\\u4e00-\\u9fff]{1,6}?(?:局|委|办|中心|部)|投资促进部|投促中心|投促部|投促局|管委会|我组|我们组|组里|招商组|组员|同事)(?:的)?\\s*");

    /** Characters that double as adverbs or measures rather than a given name ("刚刚", "常常", "天天", "明明"). */
    private static final String NOT_DOUBLED = "刚常天渐慢看谈聊想试走说问多好稍仅年人个统往纷匆悄默轻静久略明白早偏每一二三四五六七八九十两几万千百亿";
    /** Deputy offices of ours said after a surname ("孙副区长", "何副局长"): 副 alone ends a name for PersonNames. */
    private static final Pattern DEPUTY_OFFICE = Pattern.compile("副(?:区长|局长|主任|组长|书记|部长|科长|处长|县长|市长)");

    /**
     * A nickname given as the name in a slot of people ("芳姐", "明哥" — a given name's character and 姐/哥; "婷婷",
     * "佳佳" — a given name doubled) or a surname with a deputy office ("孙副区长"), ending where a word or a mark
     * starts: its length at q, or 0.
     */
    private static int nickname(String s, int q) {
        if (q + 2 > s.length() || !InputText.isCjk(s.charAt(q)) || !InputText.isCjk(s.charAt(q + 1))) return 0;
        char a = s.charAt(q), b = s.charAt(q + 1);
        if (PersonNames.isSurname(a)) {
            Matcher d = DEPUTY_OFFICE.matcher(s).region(q + 1, s.length());
            if (d.lookingAt() && wordEnds(s, d.end())) return d.end() - q;
        }
        if (PersonNames.stopAt(s, q) || !wordEnds(s, q + 2)) return 0;
        if ((b == '姐' || b == '哥') && "小大表堂师老我你他她的是".indexOf(a) < 0) return 2;
        // "和大刘去的": 大 and a surname, a colleague's nickname as 老 and 小 make one, a word of its own before a verb
        if (a == '大' && PersonNames.isSurname(b) && q + 2 < s.length() && s.charAt(q + 2) != '的' && InputText.isCjk(s.charAt(q + 2))) return 2;
        if (a == b && NOT_DOUBLED.indexOf(a) < 0 && !PersonNames.isSurname(a)) return 2;
        return 0;
    }

    /** A word ends at p: the text's end, a mark, or a word that starts after a name. */
    private static boolean wordEnds(String s, int p) {
        return p >= s.length() || !InputText.isCjk(s.charAt(p)) || PersonNames.stopAt(s, p);
    }

    /** "小牛", "老秦": 小 or 老 and a surname. */
    private static boolean isNickname(String t) {
        return t.length() == 2 && (t.charAt(0) == '小' || t.charAt(0) == '老') && PersonNames.isSurname(t.charAt(1));
    }

    /** A name at q that is a whole word; later in a list, a two- or three-character word the recogniser reads as a person. */
    static int nameHere(String s, int q, boolean inList) {
        int n = PersonNames.nameAt(s, q);
        if (n >= 2 && PersonNames.isName(s.substring(q, q + n))) return n;
        int nick = nickname(s, q);
        if (nick > 0) return nick;
        for (int w = 3; w >= 2; w--) {
            if (q + w > s.length()) continue;
            String c = s.substring(q, q + w);
            if (!c.chars().allMatch(ch -> InputText.isCjk((char) ch))) continue;
            // "晓雯陪的": a third character that opens a word said after a name is no part of it (as PersonNames reads)
            if (w == 3 && PersonNames.stopAt(s, q + 2)) continue;
            boolean ends = q + w == s.length() || !InputText.isCjk(s.charAt(q + w)) || PersonNames.stopAt(s, q + w);
            // the word lists before HanLP: a word they rule out needs no segmenting
            if (ends && !PersonNames.notAName(c) && NameRecogniser.guess(c) == NameRecogniser.Guess.PERSON) return w;
            // "晓东 丽娟一起": a further given name in a list of ours, though HanLP tags it an organisation
            if (ends && w == 2 && inList && givenNameAlong(s, q, q + 2)) return 2;
        }
        return 0;
    }

    // ---- who follows it up ------------------------------------------------------------------------------------

    /** A name of len characters at st: a surname and a given name or a form of address, or a nickname ("芳姐"). */
    static boolean namedAt(String text, int st, int len) {
        return PersonNames.nameAt(text, st) == len && PersonNames.isName(text.substring(st, st + len)) || nickname(text, st) == len;
    }

    /** The names in a list, dropping words that are not names ("全体成员", "两名同志"). */
    private static List<String> names(String t) {
        List<String> out = new ArrayList<>();
        for (String piece : NAME_SEPARATORS.split(t)) {
            String p = piece.strip();
            for (String prefix : new String[]{"组员", "同事", "组长"}) if (p.startsWith(prefix)) p = p.substring(prefix.length());
            if (p.endsWith("全程")) p = p.substring(0, p.length() - 2);
            if (PersonNames.isName(p)) out.add(p);
        }
        return out;
    }
}
