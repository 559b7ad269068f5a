package zhaoshang.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own people in prose (我方人员) and an inspection's companions (陪同人员), both read by one collector that an
 * inspection switches: "和王峰一起", "我和杨琦", "同行：赵斌、韦宁", "区商务局副局长赵国庆带队"; "赵彦武、徐小飞全程陪同",
 * "陪同人员：乜琳、林琳", "我和冯双田陪的"; a written list of ours ({@link #labelledOurs}) and a terse inspection's host
 * ({@link #hostPiece}). Never the sender. The lists of names themselves are read by {@link ProsePeople}.
 */
final class OurPeople {

    private OurPeople() { }

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
            "我们(?=[：:])",
            // "…暂无投资意向 一起去的严小雨": voice input names who went right after the words, no 是 between
            "一起去的", "一块去的", "一同去的",
            // "…登一下考察台账，陪同的还有杜宏伟、魏嘉": more of ours, said after the ones already named
            "陪同的还有", "参加的还有", "在场的还有", "参与的还有"};
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
            + "|参加(?=[：:])|参与(?=[：:])|陪同(?=[：:\\s])"
            // "… 拟投资：待定 人员：郭海龙、田野": a terse line's own label for who went, a word of its own
            + "|(?<![\\u4e00-\\u9fff])人员(?=[：:]))"
            + "(?:的有|的是|的|有|为|是)?[：:（(，】]?\\s*");
    /** "1. 韩雪、刘洋：拜访…" in a team leader's list: who went, then what they did. */
    private static final Pattern WHO_WENT = Patterns.compile("(?:^|[\\n，。；;：:])\\s*");
    private static final Pattern VISITED = Patterns.compile("\\s*(?:[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+[日号]\\s*)?(?:在[^，。；\\s]{1,10}?)?(?:拜访|走访|对接|赴|去了|到|前往|调研|考察|陪同)");

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
    private static final Pattern WITH = Patterns.compile("(?:跟随|跟着|随同|陪着|陪|和|跟|与|同)(?:我们组的|我们组里的|组里的|组里|组内的|我们的|组员|同事|组长)?");
    /** "在张组长带领下", "在王主任的陪同下": ours, by the phrase that makes them lead or accompany us. */
    private static final Pattern LED_BY = Patterns.compile("在(?:我组|我们组|组长|组员|同事)?");
    private static final Pattern LED_BY_AFTER = Patterns.compile("(?:的)?(?:带领|带队|率领|陪同|带动)下");
    private static final Pattern ALONG = Patterns.compile("[，、\\s]?(?:又|也|都|还|再)?(?:在[^，。；\\s]{1,10}?(?:拜访|走访|对接|调研|见了|见到)|一起|一同|一道|一块儿?|同志|两位同志|二人|两人|俩人|[两三四五]个人|全程陪同|见到了(?!面)|见到(?!面)|见了(?!面)|约见了|会见了|陪同|陪的|去的|去了(?!另|别的)|去(?!年|了另|了别的)|前往|赴|到|拜访|走访|参加|随行|同行|调研|出差|带队|带领|带着|率)");
    /** Ours named after these words ("温涛、姬妍全程陪同", "我和谭浩陪的", voice's "郝文斌一起" ending what was said). */
    private static final Pattern BEFORE_ALONG = Patterns.compile(
            "[，\\s]?(?:也|都|还)?(?:一起|一同|共同|一块)(?=拜访|走访|去|前往|赴|到|见|参加|出差|$|[，。；\\s])"
            // "韩雪也在", "崔向阳、关贝贝同去。", "韩磊开车一起去的": ours, said after their names
            + "|(?:也在|也在场|都在|都在场|在场|也去了|同去|同行|一起的|一同去的|都去了|都去的|也去的|都参加了|也参加了)(?=$|[，。；！!\\s])|(?:开车|坐车|驾车)(?:一起|一同)?(?:去的|去了|前往|过去的)|"
            + "(?:组长|副组长|局长|副局长|主任|副主任|区长|副区长|书记|部长|副部长|科长|副科长|处长|副处长)?(?:等人|等|二人|两人|三人|两位|二位|三位|几位)?(?:同志)?(?:和我|与我|跟我)?(?:分别|先后)?(?:全程|一同|一起|共同)?(?:负责接待|负责|接待)?(?:接站|接机|接送)?(?:陪同|陪的|陪着我|陪着|陪我|陪(?=$|[，。；\\s])|带着我|带我|带(?=组员|同事)|随行|带队|同行|一起去的|去的|去(?=[，,]?$|[。；;！!\n])|参加(?!座谈|会谈|会议|洽谈|交流|了座谈))");
    /**
     * Every match of BEFORE_ALONG holds one of these words (keep them in step when adding to it): a text with none is
     * not scanned.
     */
    private static final String[] ALONG_WORDS = {"一起", "一同", "共同", "一块", "也在", "都在", "在场", "也去了", "同去", "同行", "开车", "坐车", "驾车", "陪",
            "带着我", "带我", "带组员", "带同事", "随行", "带队", "去", "参加"};
    /** Our officials by their titles ("区商务局副局长赵国庆", "区领导孙志强", "管委会副主任黄建军", "区里的副区长 尚文"). */
    private static final Pattern OUR_TITLE = Patterns.compile(
            "(?:区领导|区长|副区长|区委常委|区委书记|副书记|书记|局长|副局长|部长|副部长|主任|副主任|组长|副组长|处长|副处长|领导"
            // "市长冯建华会见了…", "副市长马志强会见": the city's leaders are ours too
            + "|副市长|市长|副秘书长|秘书长)");
    private static final Pattern OURS_PAUSED = Patterns.compile("(?:陪同|同去|同行)，");
    private static final Pattern WORD_ALONG = Patterns.compile("(?<=^|[\\s，。；;]|[^园社]区)陪同(?=[\\u4e00-\\u9fff])");
    /** Said of ours before 走访/拜访 ("赵斌、杨琦同志走访了…"), longest first. */
    private static final String[] COMRADES = {"二位同志", "两位同志", "等同志", "同志"};
    /** "和我一起", "跟我去了", "与我一同前往": who went with the sender. */
    private static final Pattern AND_ME = Patterns.compile("(?:和|跟|与|同)我(?!方|区|市|组|们组)(?:们)?(?:俩|两个|两人|二人|三人)?(?:一起|一同|一块|去|前往|赴|到|拜访|走访|陪同|参加|同行|$|[，。；\\s])");

    private static final Pattern LIST_MARKS = Patterns.compile("[、，,。；;\\s]");

    private static final Pattern AND_OTHERS = Patterns.compile("等人|等同志|等");

    /** Our people on a visit ("和王峰一起", "我和杨琦", "同行：赵斌、韦宁", "区商务局副局长赵国庆带队"), never the sender. */
    static List<String> ours(String text) {
        Set<String> out = new LinkedHashSet<>();
        collectOurs(ProsePeople.glued(text), out, false);
        if (out.isEmpty()) out.addAll(pausedOurs(text, false));
        return new ArrayList<>(out);
    }

    /** Companions of an inspection: everyone of ours named ("宋开、王建安陪同", "陪同：冯双田", "我和冯双田陪的"). */
    static List<String> companions(String text) {
        Set<String> out = new LinkedHashSet<>();
        collectOurs(ProsePeople.glued(text), out, true);
        if (out.isEmpty()) out.addAll(pausedOurs(text, true));
        return new ArrayList<>(out);
    }

    /** Voice input's words before a run of our names: "我们 这边 是", "陪同 的 有", "接待 的 我们". */
    private static final Pattern PAUSED_BEFORE = Patterns.compile("(?:我们这边是|我们这边有|我们这边|这边是|陪同的有|陪同的是|陪同的|接待的我们|我们组是|我方是|我方)$");
    /** Voice input's words after a run of our names: "组长 带队", "部长 陪同", "陪 着", "负责 接待", "也 在", "我们 三 个 去的". */
    private static final Pattern PAUSED_AFTER = Patterns.compile("(?:副)?(?:组长|部长|主任|科长|局长|处长|区长)?(?:负责|全程|一起|一同)?"
            + "(?:陪同|陪着|陪的|陪(?:$|[，])|接待|带队|也在|都在|在场|同去|同行|一起去|一同去|去的)|我们[两三四五]?个?去的|(?:和我)?[两三四五]个人");
    private static final Pattern PAUSED_AFTER_GATE = Patterns.compile("陪|接待|带队|在|去的|同行|同去");

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
                if (lastName && ProsePeople.OUR_TITLE_AFTER.matcher(p).matches()) { lastName = false; continue; }
                int n = PersonNames.nameAt(p, 0);
                String who = n >= 2 ? p.substring(0, n) : "";
                if (n < 2 || !PersonNames.isName(who) || ProsePeople.enterpriseAddress(who) || ProsePeople.addressForm(who)) break;
                run.add(who);
                lastName = true;
                // "付建平组长": the office said with the name, the run goes on
                if (n < p.length() && ProsePeople.OUR_TITLE_AFTER.matcher(p).region(n, p.length()).matches()) { lastName = false; continue; }
                if (n < p.length()) { rest = p.substring(n); j++; break; }
            }
            if (run.isEmpty()) continue;
            StringBuilder after = new StringBuilder(rest);
            for (int k = j; k < pieces.length && k < j + 4; k++) after.append(pieces[k].strip()).append(k < j + 3 ? "" : "，");
            StringBuilder before = new StringBuilder();
            for (int k = Math.max(0, i - 3); k < i; k++) before.append(pieces[k].strip());
            String prev = i > 0 ? pieces[i - 1].strip() : "";
            // "区域，经理，小邹", "董事长，江涛": the one met, after their title
            boolean met = ProsePeople.titleOnly(prev) || prev.endsWith("见了") || prev.endsWith("见的是") || prev.endsWith("对接");
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

    private static final Pattern WITH_CLAUSE_END = Patterns.compile("(?:一起|一道|一块儿?|一同)?(?:的)?(?=$|[，。；;！!\\n ])");

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
        return ProsePeople.nameHere(text, q, false) >= 2 ? q : p;
    }

    /** Titles only our side holds, which may lead a group of ours ("宋志芳组长带队", "赵区长带队"). */
    private static final Pattern OUR_LEADER = Patterns.compile("组长|副组长|区长|副区长|书记|局长|副局长");

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
            List<String> l = ProsePeople.list(text, from, null);
            int[] te = new int[2];
            List<String> titled = ProsePeople.titledList(text, from, te);
            if (te[1] > 0 && titled.size() > l.size()) l = titled;
            if (!l.isEmpty()) found.putIfAbsent(from, l);
        }
        m = WHO_WENT.matcher(text);
        while (m.find()) {
            int colon = colonAfter(text, m.end());
            if (colon < 0 || !VISITED.matcher(text).region(colon + 1, text.length()).lookingAt()) continue;
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, m.end(), end);
            // "蔚来：对接…" is an enterprise the recogniser may take for a person: names before an item's colon have a surname
            if (!l.isEmpty() && end[0] == colon && l.stream().allMatch(PersonNames::isName)) found.putIfAbsent(m.end(), l);
        }
        m = WITH.matcher(text);
        while (m.find()) {
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, m.end(), end);
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
            List<String> l = ProsePeople.list(text, m.end(), end);
            if (l.isEmpty()) l = ProsePeople.titledList(text, m.end(), end = new int[2]);
            if (!l.isEmpty() && LED_BY_AFTER.matcher(text).region(end[0], text.length()).lookingAt()) found.putIfAbsent(m.end(), l);
        }
        m = OURS_PAUSED.matcher(text);
        boolean paused = Patterns.containsAny(text, "陪同，", "同去，", "同行，");
        while (paused && m.find()) {
            // "…中试基地陪同，孟丽": the label's pause read as a comma; the names and nothing more
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        m = WORD_ALONG.matcher(text.contains("陪同") ? text : "");
        while (m.find()) {
            // "考察 11月29日 X公司 潞州区 陪同常俊 看…": 陪同 a word of its own (or right after the zone a terse line names), the names right after it and nothing more
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        m = GONE_WERE.matcher(text.contains("去的") ? text : "");
        while (m.find()) {
            // "跟我去的是老韩", "我们这边去的是老韩跟小程": who went, the names and nothing more up to the clause's end
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;！\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        // "晚上田野和小贾去见了X公司的董事长": going to meet is going there
        for (int v = text.indexOf("去见", 1); v > 0; v = text.indexOf("去见", v + 2)) {
            boolean named = PersonNames.nameAt(text, Math.max(0, v - 2)) == 2 || v >= 3 && PersonNames.nameAt(text, v - 3) == 3 || v >= 2 && ProsePeople.givenName(text, v - 2, v);
            if (named && !inspection) listEndingAt(text, v, v, found);
        }
        for (int v = text.indexOf("去了", 1); v > 0; v = text.indexOf("去了", v + 2)) {
            // "小任和小韩去了另一家（单独报）": the others of the team went elsewhere, not on this visit
            if (text.startsWith("另", v + 2) || text.startsWith("别的", v + 2)) continue;
            // "下午小孙、晓雯去了X公司": ours, the subject of going there, a list opening its clause
            boolean named = PersonNames.nameAt(text, Math.max(0, v - 2)) == 2 || v >= 3 && PersonNames.nameAt(text, v - 3) == 3 || v >= 2 && ProsePeople.givenName(text, v - 2, v);
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
        m = ProsePeople.OUR_ORG.matcher(text);
        while (m.find()) {
            // "与区商务局刘军科长一起", "区商务局的刘科长、我组王磊陪同", "管委会王主任带队": one of ours by the unit
            int p = m.end();
            if (p < text.length() && text.charAt(p) == '的') p++;
            int n = ProsePeople.nameHere(text, p, false);
            if (n < 2) continue;
            int e = p + n;
            Matcher t = ProsePeople.OUR_TITLE_AFTER.matcher(text).region(e, text.length());
            if (t.lookingAt()) e = t.end();
            boolean whole = e >= text.length() || !InputText.isCjk(text.charAt(e)) || text.startsWith("和", e) || text.startsWith("及", e)
                    || ProsePeople.addressForm(text.substring(p, p + n)) || e > p + n || text.startsWith("去", e) || text.startsWith("陪", e)
                    || BEFORE_ALONG.matcher(text).region(e, text.length()).lookingAt() || ALONG.matcher(text).region(e, text.length()).lookingAt()
                    // "招商局张鹏飞接待", "区里赵明接待": on an inspection, our unit's one receiving the ones who came
                    || inspection && RECEIVES.matcher(text).region(e, text.length()).lookingAt();
            if (whole) found.putIfAbsent(p, List.of(text.substring(p, p + n)));
        }
        m = OUR_TITLE.matcher(text);
        while (m.find()) {
            int p = m.end();
            if (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '，')) p++;
            int n = ProsePeople.nameHere(text, p, false);
            if (n < 2) continue;
            // "区长杨建国会见考察团一行": our official receiving the ones who came is with them too
            boolean whole = p + n >= text.length() || !InputText.isCjk(text.charAt(p + n)) || MEETS.matcher(text).region(p + n, text.length()).lookingAt()
                    // "区长韩俊峰与来潞州区考察的X公司总裁柴永强一行座谈": our official meeting the ones who came
                    || (text.startsWith("与", p + n) || text.startsWith("同", p + n)) && MEETS_WITH.matcher(text).region(p + n, text.length()).lookingAt()
                    || BEFORE_ALONG.matcher(text).region(p + n, text.length()).lookingAt() || ALONG.matcher(text).region(p + n, text.length()).lookingAt()
                    // "副区长崔丽华座谈", "管委会主任鲍建华接待": on an inspection, our official receiving the ones who came
                    || inspection && RECEIVES.matcher(text).region(p + n, text.length()).lookingAt();
            if (!whole) continue;
            String title = text.substring(Math.max(0, m.start() - 12), m.start());
            int cut = Math.max(title.lastIndexOf('。'), Math.max(title.lastIndexOf('；'), title.lastIndexOf('，')));
            String before = title.substring(cut + 1);
            boolean ourOrg = m.group().contains("区") || m.group().contains("组长") || m.group().contains("市长") || ProsePeople.OUR_ORG.matcher(before).find();
            boolean theirs = before.contains("公司") || before.contains("集团") || before.contains("对方") || before.contains("企业");
            if (ourOrg && !theirs) found.putIfAbsent(p, List.of(text.substring(p, p + n)));
        }
        m = BEFORE_ALONG.matcher(text);
        boolean along = Patterns.containsAny(text, ALONG_WORDS);
        while (along && m.find()) {
            // the list may have taken the office said before the verb ("宋志芳组长带队", "蒲建国副区长全程陪同")
            Matcher t = ProsePeople.OUR_TITLE_AFTER.matcher(text).region(m.start(), m.end());
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
            if (g >= 0 && !found.containsKey(g) && (alone && ProsePeople.givenName(text, g, m.start()) || (alone || g == 0 || text.charAt(g - 1) == ' '
                    || text.charAt(g - 1) == '，') && ProsePeople.givenNameAlong(text, g, m.start()))) {
                found.put(g, List.of(text.substring(g, m.start())));
            }
        }
        // "老王、老牛负责接待": ours, receiving the ones who come to inspect
        for (int r = inspection ? text.indexOf("负责接待") : -1; r > 0; r = text.indexOf("负责接待", r + 4)) listEndingAt(text, r, r, found);
        // "赵斌牵头接待": the same, one of ours leading the reception
        for (int r = inspection ? text.indexOf("牵头接待") : -1; r > 0; r = text.indexOf("牵头接待", r + 4)) listEndingAt(text, r, r, found);
        // "区投促中心副主任庞雪、区工信局局长薄宏参加座谈": ours meeting the ones who came (not on a visit, where the
        // enterprise's people take part in the talk)
        for (int r = inspection ? text.indexOf("座谈") : -1; r > 2; r = text.indexOf("座谈", r + 2)) {
            if (!text.startsWith("参加", r - 2) && !text.startsWith("出席", r - 2)) continue;
            listEndingAt(text, r - 2, r - 2, found);
            titledListEndingAt(text, r - 2, found);
        }
        if (inspection) hosts(text, found);
        if (inspection) addressedHosts(text, found);
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
        out.removeIf(a -> ProsePeople.addressForm(a) && out.stream().anyMatch(o -> !o.equals(a) && o.length() >= 2 && !ProsePeople.addressForm(o) && o.charAt(0) == a.charAt(0)
                && (text.contains(o + a.substring(1)) || text.contains(a.substring(1) + o))));
    }

    /**
     * What is said between a list of ours opening its clause and the verb of their visit: how many they were, alone or
     * together, where ("侯晓东、原媛三位同志在深圳走访", "杨琦在广州 走访了", "郑治国单独走访", "徐小飞他们去了",
     * "宋志芳、关贝贝到X公司拜访", "郝鹏飞还是按约定去走访了"); never a place of ours, where the ones met come to us.
     */
    private static final Pattern GOERS_TAIL = Patterns.compile("\\s*(?:[两二三四五]位同志|同志|他们俩|他们两个|他们两人|他们|俩人|两人|二人|[三四五]人|[两三四五]个人|等同志|等人|一行)?\\s*"
            // "韩雪、我今天下午在昆山走访了": the sender last in the list, the day after it
            + "(?:[、，,]我(?!们))?(?:于?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号])?(?:今天|今日|昨天|上午|下午|晚上|中午){0,2}(?:还是|也|又|都)?(?:按约定|如约)?(?:单独|一起|一同|专程|分别|先后|共同)?\\s*"
            + "(?:(?:在|去|到|赴|前往)(?!我区|我市|长治|潞州|高新区|我们|这边|区里)[^，。；;！!？?\\n]{1,24}?\\s*)?(?:去)?");
    /** The verbs after which {@link #GOERS_TAIL} ends in a visit ("走访", "拜访", "去了"). */
    private static final Pattern GOERS_GATE = Patterns.compile("同志|他们|俩人|两人|二人|[三四五]人|一行|单独|一起|一同|专程|分别|先后|共同|按约定|如约|在|去|到|赴|前往");

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
            if (st > cs && !ProsePeople.boundaryBefore(said, st)) continue;
            int[] end = new int[1];
            List<String> l = ProsePeople.list(said, st, end);
            if (l.isEmpty() || end[0] >= verb) continue;
            if (!GOERS_TAIL.matcher(said).region(end[0], verb).matches()) continue;
            // "王总在深圳走访": the enterprise's manager addressed, no one of ours; "对接的是，葛洪波，" the one met
            if (l.stream().anyMatch(w -> ProsePeople.enterpriseAddress(w) || ProsePeople.addressForm(w)) || MET_RIGHT_BEFORE.matcher(text.substring(Math.max(0, st - 6), st)).find()) return;
            found.putIfAbsent(st, l);
            return;
        }
    }

    /** After the names one of ours took along: the going to see the enterprise ("去了北京", "拜访了", "两个人在苏州走访"). */
    private static final Pattern LED_GOING = Patterns.compile("(?:[两三四五]个人|两人|二人|三人|一起|一同)?(?:在[^，。；\\s]{1,10}?)?(?:去了|拜访|走访|前往|赴)");
    private static final Pattern LED_TAKES = Patterns.compile("带(?:着|了|领)?");

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
            List<String> taken = ProsePeople.list(text, t.end(), end);
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
                List<String> leader = ProsePeople.list(text, st, e2);
                if (leader.isEmpty() || e2[0] != t.start() || !leader.stream().allMatch(ProsePeople::plainName)) continue;
                found.putIfAbsent(st, leader);
            }
            found.putIfAbsent(t.end(), taken);
        }
    }

    /** The words that introduce the one met, right before a name ("见了", "对接的是，"). */
    private static final Pattern MET_RIGHT_BEFORE = Patterns.compile("(?:见了|见到|对接|接待|是|为)[，\\s]*$");

    private static final Pattern LEADS = Patterns.compile("带队|带领|带着");
    /** An official's receiving a delegation in news style ("会见考察团一行", "亲切接见了…", "会见了…董事长"). */
    /** "与来潞州区考察的X公司总裁柴永强一行座谈": meeting the ones named after 与, within the clause. */
    private static final Pattern MEETS_WITH = Patterns.compile("(?:与|同)[^，。；;！\\n]{2,40}?(?:一行|代表团|考察团|客商)?(?:进行了?)?(?:座谈|会谈|会面)");
    private static final Pattern MEETS = Patterns.compile("(?:在[\\u4e00-\\u9fff]{1,6}?)?(?:亲切)?(?:会见|接见|会晤)");
    /** One of ours named before their office, then receiving the ones who came ("王海鹰副主任会见", "薛振华主任在管委会会见"). */
    private static final Pattern OFFICE_MEETS = Patterns.compile("(?:副)?(?:区长|主任|局长|书记|部长|组长)(?=(?:在[\\u4e00-\\u9fff]{1,6}?)?(?:亲切)?(?:会见|接见|会晤))");

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
                if (st < 0 || found.containsKey(st) || ProsePeople.nameHere(text, st, false) != len || !ProsePeople.plainName(text.substring(st, at))) continue;
                if (st > 0 && InputText.isCjk(text.charAt(st - 1)) && !ProsePeople.boundaryBefore(text, st)) continue;
                found.putIfAbsent(st, List.of(text.substring(st, at)));
                break;
            }
        }
    }

    /**
     * How an official of ours receives the ones who come to inspect, said right after the name or the form of address
     * (README: an inspection's companions include our people receiving or meeting the guests, leaders included):
     * "崔丽华座谈", "韩区长出面接待", "冯市长下午会见", "韩俊峰分别会见", "孙海涛主持座谈会".
     */
    static final Pattern RECEIVES = Patterns.compile("\\s?(?:上午|下午|晚上|中午|当天|全程|分别|也|亲自|出面|热情){0,2}(?:主持)?(?:接待|座谈|会见|接见|会晤)");
    /** A surname and an office only a government holds ("韩区长", "冯市长", "段主任", "王局"), right before {@link #RECEIVES}. */
    private static final Pattern OUR_ADDRESS = Patterns.compile("(?:副)?(?:区长|市长|县长|书记|主任|局长|部长|处长|科长|组长|局)");

    /**
     * An inspection's host of ours named by a form of address and receiving the ones who came ("韩区长出面接待，冯主任陪同",
     * "冯市长下午会见", "段主任下午会见"): the surname opens a word (a mark, a pause or the clause's start before it).
     */
    private static void addressedHosts(String text, java.util.Map<Integer, List<String>> found) {
        if (!Patterns.containsAny(text, "接待", "座谈", "会见", "接见", "会晤")) return;
        for (int st = 0; st + 2 < text.length(); st++) {
            if (!PersonNames.isSurname(text.charAt(st)) || found.containsKey(st)) continue;
            if (st > 0 && InputText.isCjk(text.charAt(st - 1)) && !ProsePeople.boundaryBefore(text, st)) continue;
            Matcher o = OUR_ADDRESS.matcher(text).region(st + 1, text.length());
            if (!o.lookingAt() || !RECEIVES.matcher(text).region(o.end(), text.length()).lookingAt()) continue;
            found.putIfAbsent(st, List.of(text.substring(st, o.end())));
        }
    }

    /** What one of ours does for the ones who come to inspect, ending the clause ("小葛接", "邓洁对接", "老冯在园区陪的"). */
    private static final Pattern HOSTS = Patterns.compile("(?:在[\\u4e00-\\u9fff]{1,4}?)?(?:负责)?(?:接待|对接|接|陪的|陪着|陪)(?:的)?(?=$|[，。；！\\s])");

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
                if (st < 0 || found.containsKey(st) || !ProsePeople.namedAt(text, st, len) && ProsePeople.nameHere(text, st, false) != len) continue;
                String who = text.substring(st, at);
                if (ProsePeople.enterpriseAddress(who) || st > 0 && InputText.isCjk(text.charAt(st - 1))) continue;
                // "采购总监 邓伟 接": one of theirs named after a title
                int b = st;
                while (b > 0 && text.charAt(b - 1) == ' ') b--;
                int w = b;
                while (w > 0 && b - w < 8 && InputText.isCjk(text.charAt(w - 1))) w--;
                if (w < b && ProsePeople.titleOnly(text.substring(w, b))) continue;
                found.putIfAbsent(st, List.of(who));
                break;
            }
        }
    }

    /** The verbs of our going to see an enterprise, after the names of those who went ("二科原媛在厦门拜访"). */
    private static final Pattern GO_VISIT = Patterns.compile("赴|拜访|走访|前往");
    /** The day and the part of it said at a clause's opening ("今天下午", "本周三", "12月8日", "周日加班"). */
    private static final String DAY_WORDS = "(?:(?:今天|昨天|前天|今日|昨日|当天|当日|本周[一二三四五六日天]|上周[一二三四五六日天]|周[一二三四五六日天]"
            + "|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]|上午|下午|中午|晚上|傍晚|加班)[，,\\s]?)";
    private static final Pattern DAY_OPENING = Patterns.compile("\\s*" + DAY_WORDS + "+");
    /** Said between the names and the going: how many, who led, where ("一行", "带队", "在苏州"). */
    private static final Pattern GO_BETWEEN = Patterns.compile("(?:一行|等同志|等人|等|同志|二人|两人)?(?:带队|带领招商[一二三四五六七八九]?科)?"
            // "明哥和我今天走访了": the sender named with them, and the day said after the names
            + "(?:(?:和我|跟我|与我)(?:一起|一同)?)?" + DAY_WORDS + "?"
            // "在苏州", "赴成都", "在无锡参加完展会后顺路": where they were, and what they did there first
            + "(?:(?:在|赴|到)[\\u4e00-\\u9fff]{1,8}?(?:[\\u4e00-\\u9fff]{1,8}?(?:后|之后|之余))?(?:顺路|顺道|顺便|又|，)?)?$");
    /** Our units and offices opening the clause before those who went ("潞州区投资促进中心招商三科科长", "二科", "副区长"). */
    private static final Pattern OUR_UNIT_CHAIN = Patterns.compile(
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
                List<String> l = ProsePeople.list(text, st, end);
                if (!l.isEmpty() && end[0] == at && l.stream().noneMatch(ProsePeople::enterpriseAddress)) {
                    found.putIfAbsent(st, l);
                    break;
                }
            }
        }
    }

    /** A news sentence's opening before its subject: the day, then "受…委托" (who asked is not one who went). */
    private static final Pattern NEWS_OPENING = Patterns.compile("\\s*" + DAY_WORDS + "*(?:受[^，。；]{2,30}?委托[，,]?)?");
    /** Between a list of our officials and what they did: "带队", "一行", "等同志", then the going or where they were. */
    private static final Pattern LEADERS_THEN = Patterns.compile("(?:等同志|等人|等|同志)?(?:一行)?(?:[0-9一二三四五六七八九十]{1,2}人)?(?:带队|率队|带领)?(?:一行)?"
            // "贾副区长上午走访", "投促局局长王凯等一行4人拜访", "部长闫晓东一行来到太原，走访": the day and how many said before the going
            + DAY_WORDS + "{0,2}(?=[，,]|赴|到|来到|在|深入|走访|拜访|前往|调研|先后|专程)");
    /** A surname and an office only a government holds ("贾副区长", "韩区长", "赵书记", "王局长"): one of ours by address. */
    private static final Pattern OUR_ADDRESS_ONLY = Patterns.compile("(?:副)?(?:区长|市长|县长|书记|局长)");
    /** The going of a sentence told in news style: the officials listed before it went to see an enterprise. */
    private static final Pattern NEWS_GO = Patterns.compile("赴|走访|拜访|深入|前往|调研|专程");

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
            List<String> l = ProsePeople.titledList(text, q, end);
            // "贾副区长上午走访X公司": one of ours by the form of address only a government's office makes, opening the sentence
            Matcher a = all.isEmpty() && q < se && PersonNames.isSurname(text.charAt(q)) ? OUR_ADDRESS_ONLY.matcher(text).region(q + 1, se) : null;
            if (a != null && a.lookingAt()) {
                Matcher t = LEADERS_THEN.matcher(text).region(a.end(), se);
                if (t.lookingAt()) {
                    all.add(text.substring(q, a.end()));
                    q = t.end();
                    break;
                }
            }
            if (l.isEmpty() || end[1] == 0 || end[0] > se) break;
            // the first name's unit and office are ours ("区委常委、副区长", "区商务局招商股股长"), no enterprise's word
            String unit = text.substring(q, text.indexOf(l.get(0), q));
            if (unit.contains("公司") || unit.contains("集团") || unit.contains("企业") || unit.contains("对方")) break;
            if (!ProsePeople.ourUnitWords(unit) && !OUR_TITLE.matcher(unit).find()) break;
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
            // ("走访长治市X公司": an enterprise of ours visited is still a visit)
            if (g.find() && !g.group().equals("走访") && !g.group().equals("拜访")
                    && Patterns.containsAny(text.substring(g.end(), Math.min(se, g.end() + 4)), "长治", "潞州", "高新区", "我区", "我市")) return;
            // another reading may have taken the first list alone ("副区长刘志刚带队"): the whole opening stands for it
            found.merge(first, all, (had, now) -> now.size() > had.size() && now.containsAll(had) ? now : had);
        }
    }

    /** Said after a colleague's name in a terse note: they were there too ("冯磊都在", "老申一直跟着", "小宋同去"). */
    private static final Pattern TERSE_ALONG = Patterns.compile("(?:都在|也在|都去了|一直跟着|跟着|同去|一起|(?<=[\\u4e00-\\u9fff]{2})在(?=$))$");

    /**
     * A terse note or voice input, its words as short pieces: "蓝思科技 采购总监 邓伟 … 意向无 老潘 小宋", "… 小李 冯磊都在",
     * "老王小李都去了": a nickname said alone (not right after a title or 见了, where it is the one met) is one of ours,
     * and so is a name said with the words that say they went along.
     */
    private static void terseNicknames(String text, java.util.Map<Integer, List<String>> found) {
        if (text.indexOf('老') < 0 && text.indexOf('小') < 0 && !pieceEndsAlong(text)) return;
        String[] pieces = ProsePeople.CLAUSE_MARKS.split(text);
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
                if (q + 2 <= who.length() && ProsePeople.isNickname(who.substring(q, q + 2))) { names.add(who.substring(q, q + 2)); q += 2; continue; }
                // "老郑+小戴": a plus between nicknames joins them
                if (!names.isEmpty() && q + 1 < who.length() && (who.charAt(q) == '+' || who.charAt(q) == '＋')) { q++; continue; }
                if (along && q == 0 && PersonNames.isName(who) && !ProsePeople.enterpriseAddress(who) && !ProsePeople.addressForm(who)) { names.add(who); q = who.length(); continue; }
                // "阿斌在", "嘉欣都在": a given name alone said with the words of being there
                if (along && q == 0 && ProsePeople.givenName(who, 0, who.length())) { names.add(who); q = who.length(); continue; }
                names.clear();
                break;
            }
            boolean met = ProsePeople.titleOnly(prev) || prev.endsWith("见了") || prev.endsWith("是") || prev.endsWith("对接") || prev.endsWith("接待")
                    || ProsePeople.coreAt(prev, Math.max(0, prev.length() - 2)) != null;
            // "罗振华，阿斌都在", "贺建平组长，小苗都在": the ones named in the pieces right before, alone (an office of ours
            // after the name), are there too, in the order said; a bare 在 ends only a piece of names said after them
            int key = at + text.substring(at).indexOf(p);
            if (along && !names.isEmpty() && !met) {
                List<String> before = namesBefore(pieces, starts(pieces), key, text);
                if (!before.isEmpty()) {
                    key = text.lastIndexOf(before.get(0), key);
                    before.addAll(names);
                    names = before;
                }
            }
            // a bare 在 ("阿斌在") only as the last words of the message
            boolean said = !along || a.group().length() > 1 || terminal(text, at + raw.length());
            if (!names.isEmpty() && !met && said) found.merge(key, names, (had, now) -> now.containsAll(had) ? now : had);
            prev = p;
        }
    }
    /** The words TERSE_ALONG ends with, one of which closes a piece it matches (keep in step with it). */
    private static final String[] ALONG_ENDS = {"在", "都去了", "跟着", "同去", "一起"};

    /**
     * Some piece between CLAUSE_MARKS ends (but for white space) with a word TERSE_ALONG ends with: "…冯磊都在", not
     * the 在 of every "在深圳走访" (with no nickname in the text, only such a piece can name one of ours).
     */
    private static boolean pieceEndsAlong(String text) {
        for (String w : ALONG_ENDS) {
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                int e = i + w.length();
                while (e < text.length() && Character.isWhitespace(text.charAt(e))) e++;
                // (the marks of ProsePeople.CLAUSE_MARKS)
                if (e == text.length() || "，。；;,！、".indexOf(text.charAt(e)) >= 0) return true;
            }
        }
        return false;
    }

    /** Where each of the pieces starts in the text they were split from (one mark between them). */
    private static int[] starts(String[] pieces) {
        int[] out = new int[pieces.length];
        for (int i = 0, pos = 0; i < pieces.length; pos += pieces[i].length() + 1, i++) out[i] = pos;
        return out;
    }

    /** Whether the text ends at {@code e}, but for marks and spaces: a bare 在 said last. */
    private static boolean terminal(String text, int e) {
        for (int q = e; q < text.length(); q++) if ("，。；;,！!~～ \n".indexOf(text.charAt(q)) < 0) return false;
        return true;
    }

    /**
     * The pieces right before the one at {@code key} that are each one of ours and nothing more ("罗振华", "贺建平组长",
     * "小满"), back to the first that is not: their names, in order.
     */
    private static List<String> namesBefore(String[] pieces, int[] starts, int key, String text) {
        int i = 0;
        while (i < pieces.length && starts[i] + pieces[i].length() - pieces[i].stripLeading().length() < key && starts[i] + pieces[i].length() <= key) i++;
        List<String> out = new ArrayList<>();
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            String p = pieces[k].strip();
            Matcher t = ProsePeople.OUR_TITLE_AFTER.matcher(p);
            int n = PersonNames.nameAt(p, 0);
            String who = n >= 2 ? p.substring(0, n) : p;
            boolean alone = n >= 2 && (n == p.length() || t.region(n, p.length()).matches()) || ProsePeople.isNickname(p) || ProsePeople.givenName(p, 0, p.length());
            if (!alone || !ProsePeople.plainName(who) && !ProsePeople.isNickname(who) && !ProsePeople.givenName(who, 0, who.length())) break;
            // the piece before must not introduce the one met ("见了总经理，麦志坚")
            String prev = k > 0 ? pieces[k - 1].strip() : "";
            if (ProsePeople.titleOnly(prev) || prev.endsWith("见了") || prev.endsWith("是") || prev.endsWith("对接")) break;
            out.add(0, who);
        }
        return out;
    }

    /** "跟我去的是", "我们这边去的是", "一起去的人是": the names after it are who went. */
    private static final Pattern GONE_WERE = Patterns.compile("去的(?:人)?(?:是|有)");

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
        if (ProsePeople.OUR_ORG.matcher(clause).find() || clause.contains("我组") || clause.contains("区领导")) return true;
        for (int k = Math.max(s, at - 5); k < at; k++) if (PersonNames.nameAt(text, k) == at - k && OUR_LEADER.matcher(text.substring(k + 1, at)).matches()) return true;
        return false;
    }

    /** Names listed right before {@code at} ("温涛、姬妍" before 全程陪同), starting after a boundary; whether any were. */
    private static boolean listEndingAt(String text, int at, int orAt, java.util.Map<Integer, List<String>> found) {
        for (int st = Math.max(0, at - 24); st <= Math.max(at, orAt) - 2; st++) {
            if (st > 0 && !ProsePeople.boundaryBefore(text, st) && !oursOpening(text, st)) continue;
            // "潞州区的智造谷，孟庆华全程陪同": after 的 one of ours is named by a surname, not a word the recogniser guesses
            if (st > 0 && text.charAt(st - 1) == '的' && PersonNames.nameAt(text, st) < 2) continue;
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, st, end);
            if (!l.isEmpty() && (end[0] == at || end[0] == orAt)) {
                found.putIfAbsent(st, l);
                return true;
            }
        }
        return false;
    }

    /** Our side or unit said right before a list of ours ("产业链专班段振宇、范卓", "我们这边钟敏", "我们冀航和申雅琪"). */
    private static final Pattern OURS_BEFORE = Patterns.compile("(?:专班|这边|我们|咱们|区里)$");

    /**
     * A list of ours may open at st with no mark before it: after our side or unit ({@link #OURS_BEFORE}), or (voice
     * input without its pauses) when its first one is named with an office only ours hold ("…产业园韩区长和贾副区长陪同",
     * "…医药产业园陈思远副主任和苗苗陪同").
     */
    private static boolean oursOpening(String text, int st) {
        if (OURS_BEFORE.matcher(text.substring(Math.max(0, st - 4), st)).find()) return true;
        // "上周四赵书记": a day's word (周四) is no surname's start
        if (!PersonNames.isSurname(text.charAt(st)) || st + 2 <= text.length() && PersonNames.notAName(text.substring(st, st + 2))) return false;
        int nick = ProsePeople.nickname(text, st);
        if (nick > 2) return true;
        int n = PersonNames.nameAt(text, st);
        if (n < 2) return false;
        String who = text.substring(st, st + n);
        if (ProsePeople.addressForm(who) && !who.endsWith("同志")) return true;
        Matcher t = ProsePeople.OUR_TITLE_AFTER.matcher(text).region(st + n, text.length());
        return ProsePeople.plainName(who) && t.lookingAt() && !t.group().equals("同志");
    }

    private static final Pattern NOTE = Patterns.compile("[（(][^）)]{2,20}[）)]");
    private static final Pattern LABEL_GLUE = Patterns.compile("^的(?:还有|有|是|为)\\s*");

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
        if (ProsePeople.nobodyYet(w)) return null;
        // "牛晓东（我们组今天留守的）": a note about the one named, not a name ("（本人）" marks the sender, read below)
        if ((w.indexOf('（') >= 0 || w.indexOf('(') >= 0) && !w.contains("本人")) w = NOTE.matcher(w).replaceAll("").strip();
        w = withoutSender(w);
        if (w.isEmpty()) return null;
        int[] end = new int[1];
        List<String> l = ProsePeople.list(w, 0, end);
        // "陪同：郝静、权海燕 看催化剂再生项目用地": a terse line goes on after a space with what they did, no name
        if (!l.isEmpty() && end[0] < w.length() && (w.charAt(end[0]) == ' ' || w.charAt(end[0] - 1) == ' ')
                && l.stream().noneMatch(ProsePeople::enterpriseAddress) && PersonNames.list(w.substring(end[0]).strip()).isEmpty()) return String.join("、", l);
        if (l.isEmpty() || !LIST_MARKS.matcher(w.substring(end[0])).replaceAll("").isEmpty()) {
            // "陪同：郭蕾、潞州区工信局副局长赵红": ours by their unit and office, the names only
            int[] te = new int[2];
            List<String> titled = ProsePeople.titledList(w, 0, te);
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
        if (!ProsePeople.list(w, 0, end).isEmpty() && LIST_MARKS.matcher(w.substring(end[0])).replaceAll("").isEmpty()) return true;
        int[] te = new int[2];
        return !ProsePeople.titledList(w, 0, te).isEmpty() && te[1] > 0 && LIST_MARKS.matcher(w.substring(te[0])).replaceAll("").isEmpty();
    }

    /** "我 / 郑敏", "刘伟、我", "我 小周": the sender written as an item of a list of ours, with the marks that set it off. */
    private static final Pattern SENDER_ITEM = Patterns.compile("^我(?:本人)?\\s*[/／+＋、，,和与跟及\\s]\\s*|\\s*[/／+＋、，,和与跟及\\s]\\s*我(?:本人)?$|(?<=[、，,])我(?:本人)?[、，,]");
    /** A list item joined by a slash or a plus ("郑敏 / 刘伟", "老宋+小冯"): read as 、. */
    private static final Pattern SLASH = Patterns.compile("\\s*[/／+＋]\\s*");

    /** A written list of ours without the sender (never added, README) and with slashes as 、; "我" alone is nobody. */
    static String withoutSender(String w) {
        if (w.equals("我") || w.equals("我本人")) return "";
        if (w.indexOf('我') < 0 && w.indexOf('/') < 0 && w.indexOf('／') < 0 && w.indexOf('+') < 0 && w.indexOf('＋') < 0) return w;
        String out = SENDER_ITEM.matcher(w).replaceAll("");
        return SLASH.matcher(out).replaceAll("、").strip();
    }

    private static final Pattern NEXT_LABEL = Patterns.compile("\\s{2,}[\\u4e00-\\u9fff]{1,6}[：:]");

    /**
     * The last piece of a terse inspection naming who receives the visitors ("小葛接", "邓洁对接", "芳姐负责接待"): that
     * one of ours, or null.
     */
    static String hostPiece(String piece) {
        Matcher m = HOSTS.matcher(piece);
        if (!m.find() || m.end() != piece.length() || m.start() < 2) return null;
        String who = piece.substring(0, m.start());
        return ProsePeople.ownName(who) || ProsePeople.nickname(who, 0) == who.length() ? who : null;
    }

    /** "区应急局、生态环境分局相关负责同志": others of ours, not named, at the end of a list before 陪同. */
    private static final Pattern UNNAMED_OTHERS = Patterns.compile("[，,、][^，。；]{0,20}?(?:相关负责|相关|负责)(?:同志|负责人)?");
    /** The one met, introduced before their title ("见了成果转化处处长孔令军"): no list of ours starts there. */
    private static final Pattern MET_BEFORE = Patterns.compile("见了|见到|对接|会见|拜访|走访|接待|公司|集团|企业|对方");

    /** Whether s[st, at) is a unit not ours and then an office ("生产运营中心主任", "办公室主任"); a bare office is no unit. */
    private static boolean theirUnit(String s, int st, int at) {
        for (String o : ProsePeople.OFFICES) {
            if (at - o.length() < st || !s.startsWith(o, at - o.length())) continue;
            int u = at - o.length();
            if (u > st && s.charAt(u - 1) == '副') u--;
            String unit = s.substring(st, u);
            return u > st && !ProsePeople.ourUnitWords(unit) && !OUR_TITLE.matcher(unit).find() && !GOVERNMENT_WORDS.matcher(unit).find();
        }
        return false;
    }

    /** Words of a government unit's name without 区/局/科 in it ("招商服务中心", "政务服务中心", "园区发展中心"). */
    private static final Pattern GOVERNMENT_WORDS = Patterns.compile("招商|投促|投资促进|政府|政务|发改|工信|商务|党工委|开发区|园区|人才");

    private static final Pattern COMRADE_TAIL = Patterns.compile("(?:等)?(?:同志|二位同志|两位同志|等人)");

    private static void titledListEndingAt(String text, int at, java.util.Map<Integer, List<String>> found) {
        int s0 = at;
        while (s0 > 0 && "。；;\n：:".indexOf(text.charAt(s0 - 1)) < 0 && at - s0 < 120) s0--;
        for (int st = s0; st < at - 1; st++) {
            if (st > s0 && "，,、".indexOf(text.charAt(st - 1)) < 0) continue;
            int[] end = new int[2];
            List<String> l = ProsePeople.titledList(text, st, end);
            if (l.isEmpty() || end[1] == 0) continue;
            int first = text.indexOf(l.get(0), st);
            if (first > st && MET_BEFORE.matcher(text).region(st, first).find()) continue;
            // "生产运营中心主任马骁陪同参观": an office after a unit that is not ours is the enterprise's
            if (first > st && theirUnit(text, st, first)) continue;
            int e = end[0];
            // "潞州区副区长秦建平和任晓慧、曹文博同志陪同": the list may have taken the 同志 said before the verb
            if (e > at && COMRADE_TAIL.matcher(text).region(at, e).matches()) e = at;
            Matcher more = AND_OTHERS.matcher(text).region(e, text.length());
            if (more.lookingAt()) e = more.end();
            if (e < at && UNNAMED_OTHERS.matcher(text).region(e, at).matches()) e = at;
            // "…秘书长闫红等参加会见": the 等 is where the verb's match opens
            if (e == at || end[0] == at) { found.putIfAbsent(st, l); return; }
        }
    }
}
