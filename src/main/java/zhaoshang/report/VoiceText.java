package zhaoshang.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evens out speech-to-text before prose is read: drops fillers (嗯, 呃, 那个, 就是说, 然后), mends the usual homophone
 * slips of our words (有线公司 → 有限公司, 高薪区 → 高新区, 意象 → 意向, 名确 → 明确, 较墙 → 较强) and closes the
 * pauses that split one phrase ("意向 一般", "副总裁 兼 财务总监", "由 冯涛 负责", "投资 的") while keeping those
 * between listed names ("小田 小黎") and between phrases. Text without these is returned unchanged.
 */
final class VoiceText {

    private static final Pattern AROUND_MARKS = Patterns.compile("[ ]*([，,。；！])[ ]*");
    private static final Pattern COMMAS = Patterns.compile("([，,])\\s*[，,]+");
    private static final Pattern LINE_START = Patterns.compile("(?m)^[ ，,]+");

    private VoiceText() { }

    private static final String[][] SLIPS = {
            {"有线责任公司", "有限责任公司"},
            // the zones, our key words and the kind words, as speech input and fast typing mishear or mistype them:
            // the wrong forms are no words of a report (考查 included: staff write 考察)
            {"高薪区", "高新区"}, {"高兴区", "高新区"}, {"高心区", "高新区"}, {"高鑫区", "高新区"}, {"高欣区", "高新区"},
            {"路州区", "潞州区"}, {"鹿州区", "潞州区"}, {"露州区", "潞州区"}, {"陆州区", "潞州区"}, {"路洲区", "潞州区"},
            {"鹿洲区", "潞州区"}, {"潞洲", "潞州"},
            {"意象", "意向"}, {"意像", "意向"}, {"名确", "明确"}, {"明却", "明确"},
            {"考擦", "考察"}, {"考查", "考察"}, {"考茶", "考察"}, {"走方", "走访"}, {"走坊", "走访"}, {"拜方", "拜访"}, {"拜仿", "拜访"},
            {"拜纺", "拜访"}, {"拜防", "拜访"}, {"拜房", "拜访"}, {"拜坊", "拜访"}, {"走仿", "走访"}, {"走纺", "走访"}, {"走防", "走访"}, {"靠察", "考察"}, {"拷察", "考察"}, {"签月", "签约"}, {"签越", "签约"}, {"签阅", "签约"},
            {"线锁", "线索"}, {"线所", "线索"}, {"比较墙", "比较强"}, {"较墙", "较强"}, {"很墙", "很强"}, {"挺墙", "挺强"},
            {"一块儿", "一起"}, {"一块去", "一起去"},
            // pinyin typing and dictation slips of the words the readers key on: 洽谈 (恰谈, 洽淡), the titles (懂事长, 总经里;
            // 总经历 below), the suffixes (股分有限公司, 有限公式, 有现公司), 已经 (以经) and the level 一般 (意向一班)
            {"恰谈", "洽谈"}, {"洽淡", "洽谈"}, {"恰淡", "洽谈"}, {"懂事长", "董事长"}, {"懂事会", "董事会"}, {"总经里", "总经理"},
            {"股分有限", "股份有限"}, {"股分公司", "股份公司"}, {"有限公式", "有限公司"}, {"有现公司", "有限公司"}, {"有限工司", "有限公司"},
            {"意向一班", "意向一般"},
            // 意向 typed as 意项 ("暂无投资意项"), 集团 heard as 及团 ("鹏程智联及团有限公司")
            {"意项", "意向"}, {"及团有限", "集团有限"}, {"及团股份", "集团股份"}};

    /** Characters that every slip, level particle and filler above holds one of. */
    private static final String SLIP_CHARS = "线薪兴心鑫欣路鹿露陆洲象像名却墙块想擦查茶方坊仿纺防房越阅靠拷月一以异恰淡懂里分式现工历班项及gGlL";

    /** "逗号", "句号" dictated as words (the punctuation said aloud), not after a word of adding or typing it. */
    private static final Pattern SAID_MARK = Patterns.compile("(?<![打加个用写删])(逗号|句号|分号)");

    /** "线索一条啊 X…", "报个线索哈 Y…": a particle of speech after the first words, before the pause that ends them. */
    private static final Pattern OPENING_PARTICLE = Patterns.compile("^([\\u4e00-\\u9fff]{2,7}?)(?<!哈)[啊呀哦嘛哈](?=[ ，,：:])");

    /** 完 of "走访完X", "拜访完X": before a name, the visit done (not 走访完了, 走访完后, 走访完毕). */
    private static final Pattern VISIT_DONE = Patterns.compile("(?<=[走拜回]访)完(?=[\\u4e00-\\u9fff])(?![了后毕成再以之就])");

    private static final Pattern MANAGER_SLIP = Patterns.compile("总经历(?![了过])");
    /**
     * Laughter typed or dictated ("哈哈", "嘿嘿嘿", "呵呵"): no word of the report; dropped, leaving a pause where words
     * follow it. 娃哈哈 keeps its name.
     */
    private static final Pattern LAUGH = Patterns.compile("(?<!娃)(?:哈{2,}|嘿{2,}|呵{2,}|嘻{2,})([，,。！!~～…\\s]*)");

    /** The first pause or mark within eight characters follows one of the particles OPENING_PARTICLE drops. */
    private static boolean openingParticle(String s) {
        for (int i = 2; i < Math.min(s.length(), 9); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '，' || c == ',' || c == '：' || c == ':') return "啊呀哦嘛哈".indexOf(s.charAt(i - 1)) >= 0;
            if (!InputText.isCjk(c)) return false;
        }
        return false;
    }

    private static boolean mayLaugh(String s) {
        return s.contains("哈哈") || s.contains("嘿嘿") || s.contains("呵呵") || s.contains("嘻嘻");
    }

    /** Laughter dropped: with nothing said before or after it on its line it goes, else it leaves a pause (or its mark). */
    static String withoutLaughter(String s) {
        Matcher m = LAUGH.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            b.append(s, last, m.start());
            boolean atEnd = m.end() == s.length() || s.charAt(m.end()) == '\n';
            boolean atStart = b.length() == 0 || " \n，,。！!".indexOf(b.charAt(b.length() - 1)) >= 0;
            String marks = m.group(1).strip();
            if (!atEnd && !atStart) b.append(marks.isEmpty() ? " " : marks.indexOf('。') >= 0 ? "。" : "，");
            last = m.end();
        }
        return b.append(s, last, s.length()).toString();
    }

    /** 已经 typed as 以经 ("以经是第三次去了"), told from 以经济…, 以经营… by the word after it. */
    private static final Pattern ALREADY_SLIP = Patterns.compile("以经(?=是|去|有|签|谈|见|第|在|和|跟|同意|确定|定|完成|开|到|来|拿|落|达成|基本|明确|答应|决定|对|很|走|回|出|报|提交|初步|说|约)");

    private static final Pattern CABLE_SLIP = Patterns.compile("(?<!广电|电视|数字|网络)有线公司");
    /** "以向较强", "这个一向我觉得挺明确的": 意向 mistyped or misheard, told by the level that follows it. */
    private static final Pattern INTENT_SLIP = Patterns.compile("(?:一向|以向|异向|亿向|议向)(?=[\\s，,]?(?:的话)?[\\s，,]?(?:我觉得|我感觉|感觉|我看)?(?:是|还是)?"
            + "(?:挺|比较|很|非常|相当|还|较|都|也|蛮|特别|十分)*(?:明确|强烈|较强|很强|强(?![调化])|一般|还可以|还行|不强|不大|暂无))");
    private static final Pattern INTENT_SAID_AGAIN = Patterns.compile("(?<=意向[\\u4e00-\\u9fff]{0,4})[\\s，,]+(?:就是|我说的是|是)意向(?=$|[\\s，,。；])");
    /** "落gxq", "来lzq考察": the zones by the initials of their pinyin. */
    private static final Pattern ZONE_INITIALS = Patterns.compile("(?<![A-Za-z])(?:(gxq|GXQ)|(lzq|LZQ))(?![A-Za-z])");
    private static final String PARTICLES = "吧哈呢啊哦的";
    private static final String FILLER_CHARS = "嗯呃啊哦额那就然";

    /** SLIP_CHARS, PARTICLES and FILLER_CHARS as sets, for the look at every character of every line. */
    private static final java.util.BitSet SLIP_SET = charSet(SLIP_CHARS), PARTICLE_SET = charSet(PARTICLES), FILLER_SET = charSet(FILLER_CHARS);

    private static java.util.BitSet charSet(String chars) {
        java.util.BitSet set = new java.util.BitSet();
        for (int i = 0; i < chars.length(); i++) set.set(chars.charAt(i));
        return set;
    }

    /** Fillers of speech; each is dropped with the pause it leaves. */
    private static final Pattern FILLER = Patterns.compile(
            "(?:(?<=^|[\\s，,。；！])(?:啊|哦|额)(?=$|[\\s，,。；！]))|嗯+|呃+|(?:那个)+|就是说|(?:(?<=^|[\\s，,。；])就是)|然后");
    /**
     * In a run of speech with no marks at all, every filler is where the speaker paused: "啊", "就是" are fillers there
     * wherever they stand ("今天签约了啊就是深圳市X公司的…项目").
     */
    private static final Pattern RUN_FILLER = Patterns.compile("嗯+|呃+|(?:那个)+|就是说|就是|然后|(?<![阿])啊|哦");
    private static final Pattern RUN_MARKS = Patterns.compile("[，,。；;！!？?：:\\s]");
    private static final Pattern SPACES = Patterns.compile("[ ]{2,}");
    /** Words a pause after which (or before which) does not end the phrase. */
    // each of these joins starts with a space: "(?=\\s)" first rules out every other place before the look-behinds run
    private static final Pattern JOIN_AFTER = Patterns.compile(
            "(?=\\s)(?<=由|叫|姓|兼|一家|(?<![陪去来见签])的|走访了|拜访了|(?:^|[\\s，,。])(?:和|跟|与|同|跟踪责任人|带着|来|到|赴|我和|我跟|我与|意向|意愿|投资意向|投资|总投资|预计投资|计划投资|拟投资|想投|投个))\\s+(?=[\\u4e00-\\u9fff0-9])");
    // ("高新区 跟踪郝丽君": 跟踪 heading the name after it keeps its pause, as 陪同 does)
    private static final Pattern JOIN_BEFORE = Patterns.compile(
            "(?=\\s)(?<=[\\u4e00-\\u9fff])\\s+(?=兼|的|负责(?!人)|跟踪(?!责任人|人|(?!一下|下去|服务|落实|对接|联系|推进|洽谈|到底|进度|情况)[\\u4e00-\\u9fff]{2,3}(?:$|[\\s、，,。]))|跟进(?!人|(?!一下|下去|服务|落实|对接|联系|推进|洽谈|到底|进度|情况)[\\u4e00-\\u9fff]{2,3}(?:$|[\\s、，,。]))|来跟|去的|陪的|陪着|陪同(?!\\s*[：:]|的(?:是|有|还有)|\\s+[\\u4e00-\\u9fff]{0,10}?(?:副区长|区长|书记|局长|主任|部长|处长|组长|科长)\\s+[\\u4e00-\\u9fff]{2,3}(?:$|[\\s、，,])|\\s*(?!我|咱|大家|领导|对方|客人|他们|企业|考察|参观|调研|察看|人员|上午|下午|中午|晚上|今天|明天|昨天|[看去来过走到在前一了的全和与跟及])[\\u4e00-\\u9fff]{2,3}(?:$|[\\s、，,]))|全程陪同|一起|一同|带队|随行|同行|同志)");
    /** "规划部 主任", "投资部 副总经理": a department and its title. */
    private static final Pattern DEPT_TITLE = Patterns.compile(
            "(?=\\s)(?<=[部处办室科]|中心|事业部|事业群)\\s+(?=(?:副|常务副|常务)?(?:主任|部长|处长|经理|总经理|总监|负责人|主管|院长|所长|局长|科长))");
    /** "一点二 亿", "八千 万": a number and its unit. */
    // ("本周二 亿纬 …": a weekday before an enterprise whose name opens with 亿 is none)
    private static final Pattern NUMBER_UNIT = Patterns.compile("(?<=[0-9零一二两三四五六七八九十百千点])(?<!(?:周|星期|礼拜)[一二三四五六日天])\\s+(?=个?亿|万)");
    /** "一般吧", "较强哈": a level with a particle of speech after it. */
    private static final Pattern LEVEL_PARTICLE = Patterns.compile("(较强|一般|明确|暂无|很强|比较强)(?:吧|哈|呢|啊|哦|的)(?=$|[\\s，,。；！])");
    /** "来 高新区 考察": the place and the visit it is the place of. */
    private static final Pattern PLACE_VERB = Patterns.compile("(?<=[区市县])\\s+(?=考察|调研|参观|看了|看看|落地|签约)");
    // ("意向 中 比较强", "意向是有的 一般吧": 中 of the leader's speech or "it is there" said between the word and its level)
    private static final Pattern LEVEL = Patterns.compile("(意向|意愿|投资意向)(?:[\\s，,]*(?:中|是有的|有是有的?|嘛)[\\s，,]+|[\\s，,]+)(?=(?:较强|一般|明确|暂无|无|很强|比较强|较弱|不强|还可以|挺强|还行|强烈|非常|很|比较|还是)[^\\u4e00-\\u9fff]?)");

    /** "访 华为", "上周五 访 潍柴动力", "今天 访2家": 访 standing alone is the visit of terse notes. */
    private static final Pattern LONE_VISIT = Patterns.compile("(?<=^|[\\s，,。；：:])访(?:\\s+(?=[\\u4e00-\\u9fffA-Za-z])|(?=[0-9一二两三四五六七八九十几]+家))");

    /** A character said alone (or with 什么来着 while the speaker recalls the rest) before the word it starts. */
    private static final Pattern STUTTER = Patterns.compile("(?<=^|[\\s，,])([\\u4e00-\\u9fff])(?:什么来着|叫什么来着|什么)?\\s+(?=\\1[\\u4e00-\\u9fff])");

    /** A 访 at the start or after a space or mark, where LONE_VISIT may match (its look-behind, read without a matcher). */
    private static boolean loneVisit(String s) {
        for (int i = s.indexOf('访'); i >= 0; i = s.indexOf('访', i + 1)) {
            if (i == 0 || " \t\n\u000B\f\r，,。；：:".indexOf(s.charAt(i - 1)) >= 0) return true;
        }
        return false;
    }

    /** A surname and the title it is called by, said before a pause and the whole name with that surname. */
    private static final Pattern CALLED_THEN_NAMED = Patterns.compile(
            "(?<=^|[\\s，,的是了理长监裁任授书总])([\\u4e00-\\u9fff])(总|董|工|教授|老师|院长|所长|主任|部长|博士|经理)[ ，,]+(?=\\1[\\u4e00-\\u9fff])");

    private static final Pattern TITLE_BEFORE = Patterns.compile("(?:经理|总监|总裁|董事长|院长|所长|主任|部长|教授|秘书|助理|总工|副总)$");

    /** The call by surname and title gives way to the whole name said right after it ("叶总 叶明轩" → "叶明轩"). */
    private static String recalledName(String s) {
        if (!titleBeforePause(s)) return s;
        Matcher m = CALLED_THEN_NAMED.matcher(s);
        StringBuilder b = null;
        int last = 0;
        while (m.find()) {
            int n = PersonNames.nameAt(s, m.end());
            if (!PersonNames.isSurname(m.group(1).charAt(0)) || n < 2) continue;
            // only where the call adds no title: one said before it ("总经理叶总") or again after the name ("丁立新教授")
            if (!TITLE_BEFORE.matcher(s.substring(Math.max(0, m.start() - 6), m.start())).find() && !s.startsWith(m.group(2), m.end() + n)) continue;
            if (b == null) b = new StringBuilder();
            b.append(s, last, m.start());
            last = m.end();
        }
        return b == null ? s : b.append(s, last, s.length()).toString();
    }

    /** The last characters of CALLED_THEN_NAMED's titles (总 董 工 教授 老师 院长 所长 部长 主任 博士 经理; keep in step with it). */
    private static final String TITLE_ENDS = "总董工授师长任士理";

    /** A title's last character right before a pause (" ", "，", ","): the only places CALLED_THEN_NAMED can match. */
    private static boolean titleBeforePause(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ' ' || c == '，' || c == ',') && TITLE_ENDS.indexOf(s.charAt(i - 1)) >= 0) return true;
        }
        return false;
    }

    /** "11号到 到16号", "3日至 至5日": after a day, the word of a range, a pause, and the word again. */
    private static final Pattern RANGE_AGAIN = Patterns.compile("(?<=[0-9一二三四五六七八九十][号日])([到至])\\s+(?=\\1)");

    /** \s of a pattern: the white space STUTTER's pause is made of. */
    private static boolean white(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Where STUTTER may match: after a pause, a Chinese character said just before it (or before 什么, 什么来着,
     * 叫什么来着 and the pause); keep in step with STUTTER.
     */
    private static boolean mayStutter(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (!white(s.charAt(i)) || white(s.charAt(i - 1))) continue;
            int j = i;
            while (j < s.length() && white(s.charAt(j))) j++;
            if (j == s.length()) return false;
            char c = s.charAt(j);
            if (!InputText.isCjk(c)) continue;
            if (s.charAt(i - 1) == c || i >= 3 && s.charAt(i - 3) == c || i >= 5 && s.charAt(i - 5) == c || i >= 6 && s.charAt(i - 6) == c) return true;
        }
        return false;
    }

    /** "X光电那个项目", "X集团那个储能项目": 那个 between a name and the project it points at. */
    private static final Pattern OWNED_PROJECT = Patterns.compile(
            "(?<=[\\u4e00-\\u9fffA-Za-z0-9])(?<![的了是在把跟和与同个这那我他她们天午上下])那个(?=[\\u4e00-\\u9fffA-Za-z0-9]{0,12}?项目)");

    private static final Pattern PAUSED_LE = Patterns.compile("(?<=[\\u4e00-\\u9fff])[ ]+(?=了(?!解))");

    /**
     * Speech input that pauses after nearly every word: at least eight pauses between Chinese characters, one for every
     * four of them or more.
     */
    private static boolean wordByWord(String s) {
        int han = 0, pauses = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (InputText.isCjk(c)) han++;
            else if (c == ' ' && i > 0 && i + 1 < s.length() && InputText.isCjk(s.charAt(i - 1)) && InputText.isCjk(s.charAt(i + 1))) pauses++;
        }
        return pauses >= 8 && pauses * 4 >= han;
    }

    /** A word split in two by the pauses of speech said word by word ("陪 同", "也 在"). */
    private static final Pattern SPLIT_WORD = Patterns.compile("(?<=(?:^|[ ，,])(?:陪|也|都|带|一|同|随|考|负))[ ](?=(?:同|着|在|队|起|行|察|责)(?:$|[ ，,的了]))");
    /** "三十 号", "六 个 人", "十七 号": a numeral and its counter said apart. */
    private static final Pattern NUMBER_COUNTER = Patterns.compile("(?<=[零一二两三四五六七八九十百0-9])[ ](?=(?:号|日|月|个|位|名|家|人|天)(?:$|[ ，,的]|人|位))");
    /** "六个 人": the counted after its counter. */
    private static final Pattern COUNTED = Patterns.compile("(?<=[零一二两三四五六七八九十0-9]个)[ ](?=人|位)");
    private static final String[] OUR_TITLES = {" 组长", " 副组长", " 部长", " 副部长", " 主任", " 副主任", " 局长", " 科长"};
    /** "付建平 组长 带队", "韩立新 部长 陪同": one of ours and the title said after the name, before what they did. */
    private static final Pattern NAME_TITLE = Patterns.compile("(?<=(?:^|[ ，,])([\\u4e00-\\u9fff]{2,3}))[ ](?=(?:副)?(?:组长|部长|主任|局长|科长)[ ]?(?:陪同|陪着|陪|带队|也在|一起|一同|负责|跟))");

    private static String nameTitle(String t) {
        Matcher m = NAME_TITLE.matcher(t);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (!PersonNames.isName(m.group(1))) continue;
            b.append(t, last, m.start());
            last = m.end();
        }
        return b.append(t.substring(last)).toString();
    }

    private static final String[] OUR_PLACES = {"高新区", "潞州区", "长治"};
    /**
     * "来了 高新区 考察", "去了 长治 高新区 看了一下", "要过来 潞州区": a verb of coming or going and the place of ours it
     * goes to, said apart, are one phrase.
     */
    private static final Pattern TO_OUR_PLACE = Patterns.compile(
            "(?<=来了|去了|到了|过来|来到|回来|要来|来|到|去|赴)[ ]+(?=(?:长治[ ]?)?(?:高新区|潞州区|长治))|(?<=长治)[ ]+(?=高新区|潞州区)");

    /** "江 董", "龚 总监", "罗 部长": a surname said alone before the title it is called by. */
    private static final Pattern SURNAME_TITLE = Patterns.compile("(?<=(?:^|[ ，,])[\\u4e00-\\u9fff])[ ](?=(?:总|董|工|总监|部长|主任|经理|院长|所长|处长|局长|书记|组长|老师|博士|教授)(?:$|[ ，,说的和跟也都]))");

    /**
     * In speech said word by word, the pauses inside one word closed: a two-character word said apart ("陪 同 的",
     * "也 在"), a numeral and its counter ("三十 号", "六 个 人"), a surname and the title it is called by ("江 董",
     * "龚 总监"); pauses between words stay (names listed one after another: "付建平 侯晓婷").
     */
    private static String singlesJoined(String s) {
        String t = SPLIT_WORD.matcher(s).replaceAll("");
        t = NUMBER_COUNTER.matcher(t).replaceAll("");
        if (t.contains("个 ")) t = COUNTED.matcher(t).replaceAll("");
        if (Patterns.containsAny(t, OUR_TITLES)) t = nameTitle(t);
        Matcher m = SURNAME_TITLE.matcher(t);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (!PersonNames.isSurname(t.charAt(m.start() - 1))) continue;
            b.append(t, last, m.start());
            last = m.end();
        }
        return b.append(t.substring(last)).toString();
    }

    /** "一点五 个 亿", "四 个 多 亿", "两千 万": a figure said word by word, with its unit. */
    private static final Pattern SPOKEN_FIGURE = Patterns.compile("(?<![0-9.周期拜])[0-9零一二两三四五六七八九十百千点]+[个半]*(?:[ ]+[零一二两三四五六七八九十百千点个多半到至]+)*[ ]*[个多]?[ ]*(?:亿|万)");

    /** The pauses inside a figure said word by word closed ("投资 一点五 个 亿" → "投资 一点五个亿"). */
    private static String spokenFigures(String s) {
        Matcher m = SPOKEN_FIGURE.matcher(s);
        StringBuilder b = null;
        int last = 0;
        while (m.find()) {
            if (m.group().indexOf(' ') < 0) continue;
            if (b == null) b = new StringBuilder();
            b.append(s, last, m.start()).append(m.group().replace(" ", ""));
            last = m.end();
        }
        return b == null ? s : b.append(s.substring(last)).toString();
    }

    /** "两个半亿", "一个半亿": a figure and a half of its unit, said with 个 ("两个半亿" = 2.5亿). */
    private static final Pattern AND_A_HALF = Patterns.compile("(?<=[0-9零一二两三四五六七八九十])个半(?=亿|万)");
    /** "半个亿", "半亿": half of one 亿. */
    private static final Pattern HALF_YI = Patterns.compile("(?<![0-9零一二两三四五六七八九十百千点.个])半个?亿");
    /** "一个点二亿", "两个点五个亿": 个 said before the decimal point as it is said before 亿 ("一点二个亿"). */
    private static final Pattern POINT_AFTER_GE = Patterns.compile("(?<=[0-9零一二两三四五六七八九十])个(?=点[0-9零一二两三四五六七八九])");

    /** "一个亿二", "三亿五": the tenths of 亿 said after it, nothing after them (not "三亿五千万", "两个亿五年内"). */
    private static final Pattern TENTHS_AFTER_YI = Patterns.compile(
            "(?<=[零一二两三四五六七八九十])个?亿([一二三四五六七八九])(?![0-9零一二两三四五六七八九十百千万亿点个年月日号天人家期成倍%％])");

    /**
     * Figures as they are said rather than written: "两个半亿" (2.5亿), "半个亿" (5000万), "一个点二亿" (1.2亿), written
     * as figures the amount readers know ("两点五亿", "零点五亿", "一点二亿").
     */
    static String spokenHalves(String s) {
        if (s.indexOf('亿') < 0 && s.indexOf('万') < 0) return s;
        if (s.indexOf('半') >= 0) {
            // (after a digit the half is written as digits are: "1个半亿" → "1.5亿")
            String said = s;
            if (s.contains("个半")) s = AND_A_HALF.matcher(s).replaceAll(m -> Character.isDigit(said.charAt(m.start() - 1)) ? ".5" : "点五");
            s = HALF_YI.matcher(s).replaceAll("零点五亿");
        }
        if (s.contains("个点")) s = POINT_AFTER_GE.matcher(s).replaceAll("");
        if (s.indexOf('亿') >= 0) s = TENTHS_AFTER_YI.matcher(s).replaceAll("点$1亿");
        return s;
    }

    /** A title said in two pieces ("副总 裁", "董事 长"): the first piece ends as written here, the second is the character. */
    private static final String[][] TITLE_PIECES = {{"总", "裁"}, {"总经", "理"}, {"董事", "长"}, {"总", "监"}, {"经", "理"}, {"主", "任"},
            {"秘书", "长"}, {"院", "长"}, {"所", "长"}, {"部", "长"}};
    /** Suffixes of a registered name that speech input may say as a word of its own after the pieces of the name. */
    private static final Pattern ORG_TAIL = Patterns.compile("(?:股份|集团|科技|技术)?(?:有限公司|有限责任公司)");
    /** A piece of a name said alone that is no piece but a verb or a word around the name. */
    private static final Pattern NOT_A_PIECE = Patterns.compile(".*(?:了|的)|是|在|和|跟|与|去|到|见|对接|对接人|拜访|走访|接待|今天|昨天|前天|我们|我");

    /** Words of one character that are said alone as words, never as a piece of a name. */
    private static final String FUNCTION_CHARS = "的了是在和跟与有我他她也都就说去来到把被让给对从向往还又再很太吧呢啊哦嗯呃叫个这那";

    private static final Pattern VISITED = Patterns.compile("(?:拜访|走访|去|见|到)了?$");

    /** Every one of the characters said alone is the one the next word opens with. */
    private static boolean sameChar(List<String> singles, String next) {
        if (next.isEmpty()) return false;
        for (String c : singles) if (c.charAt(0) != next.charAt(0)) return false;
        return true;
    }

    private static boolean single(String w) {
        return w.length() == 1 && InputText.isCjk(w.charAt(0));
    }

    /** Whether the text is Chinese characters only (and not empty). */
    static boolean cjk(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) if (!InputText.isCjk(w.charAt(i))) return false;
        return true;
    }

    /** Whether speech split a word into characters said apart: a space between two Chinese characters, one of them alone. */
    private static boolean mayBeSpacedOut(String s) {
        for (int i = s.indexOf(' '); i > 0 && i + 1 < s.length(); i = s.indexOf(' ', i + 1)) {
            if (!InputText.isCjk(s.charAt(i - 1)) || !InputText.isCjk(s.charAt(i + 1))) continue;
            boolean aloneBefore = i == 1 || s.charAt(i - 2) == ' ';
            boolean aloneAfter = i + 2 == s.length() || s.charAt(i + 2) == ' ';
            if (aloneBefore || aloneAfter) return true;
        }
        return s.contains(" 有限") || s.contains(" 股份有限") || s.contains(" 集团有限") || s.contains(" 科技有限") || s.contains(" 技术有限");
    }

    /**
     * Words speech input broke apart, put together again: a name said character by character ("国 轩 高 科", "高 新 区"),
     * a person's name ("何 亮", "我和秦 雪陪的"), a title in two pieces ("副总 裁"), a registered name said word by word
     * ("天津 中环 领先 材料 技术 有限公司"). Pauses between whole words stay.
     */
    static String spacedOut(String s) {
        if (s.indexOf(' ') < 0 || !mayBeSpacedOut(s)) return s;
        List<String> w = new ArrayList<>(Arrays.asList(s.split(" ", -1)));
        // "副总 裁": a title's last character said alone
        for (int i = 0; i + 1 < w.size(); i++) {
            if (!single(w.get(i + 1)) || !cjk(w.get(i))) continue;
            for (String[] tp : TITLE_PIECES) {
                if (w.get(i).endsWith(tp[0]) && w.get(i + 1).equals(tp[1])) { w.set(i, w.get(i) + tp[1]); w.remove(i + 1); break; }
            }
        }
        // "我和秦 雪陪的": a surname said at the end of one piece, the given name opening the next
        for (int i = 0; i + 1 < w.size(); i++) {
            String a = w.get(i), b = w.get(i + 1);
            if (a.length() >= 2 && "和跟与及、".indexOf(a.charAt(a.length() - 2)) >= 0 && PersonNames.isSurname(a.charAt(a.length() - 1))
                    && !b.isEmpty() && InputText.isCjk(b.charAt(0)) && PersonNames.nameAt(a.charAt(a.length() - 1) + b, 0) >= 2) {
                w.set(i, a + b);
                w.remove(i + 1);
            }
        }
        // "去了国 轩 高 科", "来了高 新 区": the name's first character said with the verb before it
        for (int i = 0; i + 2 < w.size(); i++) {
            String a = w.get(i);
            if (a.length() >= 3 && a.charAt(a.length() - 2) == '了' && cjk(a) && single(w.get(i + 1)) && single(w.get(i + 2))) {
                w.set(i, a.substring(0, a.length() - 1));
                w.add(i + 1, a.substring(a.length() - 1));
            }
        }
        // runs of characters said alone
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); ) {
            int j = i;
            while (j < w.size() && single(w.get(j))) j++;
            int run = j - i;
            // "谭 谭 谭永刚": a name's first character said again and again before the name
            if (run >= 2 && j < w.size() && sameChar(w.subList(i, j), w.get(j))) {
                i = j;
                continue;
            }
            if (run >= 2) {
                // "何 亮 谈": a surname and its given name, then a verb said alone
                int take = run;
                if (PersonNames.isSurname(w.get(i).charAt(0)) && (run == 2 || run == 3 && PersonNames.stopAt(w.get(i + 2), 0))) take = 2;
                if (run == 2 && !PersonNames.isSurname(w.get(i).charAt(0))) take = 1;
                // "陪同 的 有 我 还有": words said one by one, no word broken apart
                for (int k = i; k < i + take && take > 2; k++) if (FUNCTION_CHARS.indexOf(w.get(k).charAt(0)) >= 0) take = 1;
                if (take >= 2) {
                    out.add(String.join("", w.subList(i, i + take)));
                    for (int k = i + take; k < j; k++) out.add(w.get(k));
                    i = j;
                    continue;
                }
                for (int k = i; k < j; k++) out.add(w.get(k));
                i = j;
                continue;
            }
            if (run == 0) { out.add(w.get(i)); i++; } else { out.add(w.get(i)); i++; }
        }
        // "拜访了 天津 中环 领先 材料 技术 有限公司": the words of a registered name said one by one, up to its suffix
        for (int k = 1; k < out.size(); k++) {
            if (!ORG_TAIL.matcher(out.get(k)).matches()) continue;
            int j = k;
            while (j > 0 && k - j < 8 && cjk(out.get(j - 1)) && out.get(j - 1).length() >= 2 && out.get(j - 1).length() <= 4 && !NOT_A_PIECE.matcher(out.get(j - 1)).matches()) j--;
            // (right after the verb of the visit: "叫 湖州 恒力 …" is read as said further on)
            if (j == k || j == 0 || !VISITED.matcher(out.get(j - 1)).find()) continue;
            String joined = String.join("", out.subList(j, k + 1));
            for (int r = k; r > j; r--) out.remove(r);
            out.set(j, joined);
            k = j;
        }
        String t = String.join(" ", out);
        return t;
    }

    /** A day said in words with 号, as speech input writes it ("十二月二十八号", "二十号"); not after 周, 第, 星期, 礼拜. */
    private static final Pattern SPOKEN_DAY = Patterns.compile(
            "(?<![零〇一二两三四五六七八九十周期第星礼初月])(?:[一二三四五六七八九十]{1,2}月)?[一二三四五六七八九十]{1,3}号");

    /**
     * "十二月二十八号钢连特材…", "好消息一月十号X的…项目": a day said in words (with 号, as said, not the 日 of a written
     * date) is written in digits, so it ends where a name glued to it begins, as "12月28号X" does.
     */
    static String spokenDays(String s) {
        Matcher m = SPOKEN_DAY.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder();
        do m.appendReplacement(b, Matcher.quoteReplacement(ProseDates.arabic(m.group()))); while (m.find());
        return m.appendTail(b).toString();
    }

    private static final Pattern FIGURE_RANGE = Patterns.compile("(?<=[万亿])[ ]+([到至])[ ]*(?=[0-9零一二两三四五六七八九十])|(?<=[万亿])([到至])[ ]+(?=[0-9零一二两三四五六七八九十])");
    private static final String NUMERALS = "0123456789.零一二两三四五六七八九十百千点";

    /**
     * Words said again after a pause, kept once: a word of two to eight characters that the next word begins with
     * ("周四 周四", "签约 签约了", "大连 大连新阳光材料"), and a figure said without its unit, then with it ("二点八 二点八个亿",
     * "投资额五千 五千万").
     */
    static String saidAgain(String s) {
        StringBuilder b = null;
        int last = 0;
        for (int i = s.indexOf(' '); i > 0; i = s.indexOf(' ', i + 1)) {
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            if (j == s.length()) break;
            int st = i;
            while (st > last && InputText.isCjk(s.charAt(st - 1))) st--;
            int len = i - st;
            int drop = -1;
            // (a short name before the registered name that opens with it is no word said again: "舜宇 舜宇光学…有限公司")
            if (len >= 2 && len <= 8 && (st == 0 || " ，,：:。；、\n".indexOf(s.charAt(st - 1)) >= 0) && s.startsWith(s.substring(st, i), j)
                    && wordEnd(s, j) - j <= len + 3) drop = st;
            else {
                int n = i;
                while (n > last && NUMERALS.indexOf(s.charAt(n - 1)) >= 0) n--;
                if (n < i && s.startsWith(s.substring(n, i), j)) {
                    int u = j + i - n;
                    if (u < s.length() && s.charAt(u) == '个') u++;
                    if (u < s.length() && (s.charAt(u) == '亿' || s.charAt(u) == '万')) drop = n;
                }
            }
            if (drop < 0) continue;
            if (b == null) b = new StringBuilder();
            b.append(s, last, drop);
            last = j;
            i = j - 1;
        }
        return b == null ? s : b.append(s, last, s.length()).toString();
    }

    /** Where the word starting at p ends: the next pause or mark. */
    private static int wordEnd(String s, int p) {
        while (p < s.length() && " ，,：:。；、\n".indexOf(s.charAt(p)) < 0) p++;
        return p;
    }

    /** "考察的事", "走访的事情": what the dictation is about, said first, glued to what follows. */
    private static final Pattern TOPIC = Patterns.compile("(?<=^|[\\s，,。])(?:考察|签约|走访|拜访|线索|外出|出差)的事(?:情|儿)?(?=[\\u4e00-\\u9fff0-9])");

    /**
     * Every character one of the steps of {@link #normalise} looks for before it changes anything (号, 的事, a pause,
     * 访, 亿 or 万, a word SpokenCorrections may hold, 那个, the slips, particles and fillers); a text shorter than 30
     * characters with none of them is returned as it is (keep in step with the steps).
     */
    private static final Patterns.Chars STEP_CHARS = new Patterns.Chars(
            "号事 访亿万那哈嘿呵嘻啊呀哦嘛" + SpokenCorrections.MAY_HOLD_CHARS + SLIP_CHARS + PARTICLES + FILLER_CHARS);

    static String normalise(String s) {
        if (s.length() < 30 && !STEP_CHARS.in(s)) return s;
        return MessageMemo.get(MessageMemo.Table.VOICE, s, VoiceText::normalised);
    }

    private static String normalised(String s) {
        if (s.indexOf('号') >= 0) s = spokenDays(s);
        // "以经是第二次去了哈哈 周总说…": laughter is no word of the report
        if (mayLaugh(s)) s = withoutLaughter(s);
        // "…股份有限公司逗号见了副总裁郑力逗号…": punctuation said aloud is the mark it names
        if (s.contains("逗号") || s.contains("句号") || s.contains("分号")) s = SAID_MARK.matcher(s).replaceAll(m -> m.group(1).equals("逗号") ? "，" : m.group(1).equals("句号") ? "。" : "；");
        if (openingParticle(s)) s = OPENING_PARTICLE.matcher(s).replaceFirst("$1");
        // "考察的事明天X来…", "签约的事今天X的…": the topic said first is a heading of its own, not a word of the name
        if (s.contains("的事")) s = TOPIC.matcher(s).replaceAll("$0，");
        if (s.indexOf(' ') >= 0) s = spacedOut(s);
        if (loneVisit(s)) s = LONE_VISIT.matcher(s).replaceAll("拜访");
        // "周四 周四 不对 周五", "二点八 二点八个亿", "看了 看了光电产业园": a word said again after a pause is said once
        if (s.indexOf(' ') >= 0) s = saidAgain(s);
        // "宁波公牛…公司噢不对是公牛…公司", "昨天不对是前天": the value said second replaces the first
        if (s.indexOf(' ') >= 0 && (s.indexOf('亿') >= 0 || s.indexOf('万') >= 0)) s = spokenFigures(s);
        // "签 了", "去 了 天合光能": 了 said after a pause is the word's before it (了解 aside)
        if (s.contains(" 了")) s = PAUSED_LE.matcher(s).replaceAll("");
        s = spokenHalves(s);
        // "八千万 到一个亿": a range of figures said with a pause is one range
        if ((s.indexOf('到') >= 0 || s.indexOf('至') >= 0) && (s.indexOf('亿') >= 0 || s.indexOf('万') >= 0)) s = FIGURE_RANGE.matcher(s).replaceAll("$1");
        if (SpokenCorrections.mayHold(s)) s = SpokenCorrections.apply(s);
        // "副总裁 黄 黄什么来着 黄建国", "卡 卡耐新能源": the first character said alone, then the word it starts
        if (s.indexOf(' ') >= 0 && mayStutter(s)) s = STUTTER.matcher(s).replaceAll("");
        // "总经理叶总 叶明轩", "丁教授 丁立新教授": a person called by surname and title, then by the whole name recalled
        if (s.indexOf(' ') >= 0) s = recalledName(s);
        // "11号到 到16号": the word of a range said again after the pause
        if (s.contains("到 到") || s.contains("至 至")) s = RANGE_AGAIN.matcher(s).replaceAll("");
        // "牛志强 陪 同 的", "江 董 一行 六 个 人": speech input that pauses after every word
        if (s.indexOf(' ') >= 0 && wordByWord(s)) s = singlesJoined(s);
        // "上海X光电那个项目今天签了": 那个 right after a name, pointing at its project, is the name's 的, no filler
        if (s.contains("那个") && s.contains("项目")) s = OWNED_PROJECT.matcher(s).replaceAll("的");
        // a run of speech with no marks: its fillers are its pauses ("…意向较强然后下午去了Y公司…")
        boolean run = s.length() >= 30 && !RUN_MARKS.matcher(s).find();
        if (s.length() >= 30) s = VoicePauses.apply(s);
        // every line of every message passes here: look at its characters once before any pattern runs
        boolean slip = false, particle = false, filler = false, pause = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SLIP_SET.get(c)) slip = true;
            else if (PARTICLE_SET.get(c)) particle = true;
            if (FILLER_SET.get(c)) filler = true;
            else if (c == ' ' && i > 0 && i + 1 < s.length() && InputText.isCjk(s.charAt(i - 1)) && InputText.isCjk(s.charAt(i + 1))) pause = true;
        }
        String t = s;
        if (slip) {
            for (String[] sl : SLIPS) if (t.contains(sl[0])) t = t.replace(sl[0], sl[1]);
            // "…储能技术发展有线公司": 有限公司 misheard, wherever the name ends; a cable operator (广电有线, 电视有线) keeps its word
            if (t.contains("有线公司")) t = CABLE_SLIP.matcher(t).replaceAll("有限公司");
            if (t.contains("意想")) t = t.replaceAll("意想(?!不到|之外)", "意向");
            // "见了总经历王海涛": 总经理 typed by its sound; "总经历了…" is the verb
            if (t.contains("总经历")) t = MANAGER_SLIP.matcher(t).replaceAll("总经理");
            if (t.contains("以经")) t = ALREADY_SLIP.matcher(t).replaceAll("已经");
            if (Patterns.containsAny(t, "一向", "以向", "异向", "亿向", "议向")) {
                String heard = t;
                t = INTENT_SLIP.matcher(t).replaceAll("意向");
                // "投资一向较强 就是意向": the word the speaker spelled out after the slip is said once
                if (!t.equals(heard)) t = INTENT_SAID_AGAIN.matcher(t).replaceAll("");
            }
            if (t.contains("q") || t.contains("Q")) {
                Matcher z = ZONE_INITIALS.matcher(t);
                StringBuilder zb = new StringBuilder();
                while (z.find()) z.appendReplacement(zb, z.group(1) != null ? "高新区" : "潞州区");
                t = z.appendTail(zb).toString();
            }
        }
        // "刚走访完长治市X，李经理说…": the visit just finished, its 完 glued to the name after it
        if (t.contains("访完")) t = VISIT_DONE.matcher(t).replaceAll("了");
        if (particle) t = LEVEL_PARTICLE.matcher(t).replaceAll("$1");
        Pattern fillers = run ? RUN_FILLER : FILLER;
        if (!pause && !(filler && fillers.matcher(t).find())) return t;
        Matcher f = fillers.matcher(t);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (f.find()) {
            b.append(t, last, f.start());
            boolean edge = f.start() == 0 || f.end() == t.length() || !InputText.isCjk(t.charAt(f.start() - 1)) || !InputText.isCjk(t.charAt(f.end()));
            b.append(edge || run || placeAfterPointer(t, f.start(), f.end()) ? " " : "");
            last = f.end();
        }
        t = b.append(t.substring(last)).toString();
        // AROUND_MARKS only drops spaces, COMMAS needs two commas, SPACES two spaces, LEVEL an 意向 or 意愿 and the
        // joins below a pause: each is skipped over a text that has not what it needs (keep in step with them)
        if (spaceByMark(t)) t = AROUND_MARKS.matcher(t).replaceAll("$1");
        if (commas(t) >= 2) t = COMMAS.matcher(t).replaceAll("$1");
        t = LINE_START.matcher(t).replaceAll("");
        if (t.contains("  ")) t = SPACES.matcher(t).replaceAll(" ");
        if (t.contains("意向") || t.contains("意愿")) t = LEVEL.matcher(t).replaceAll("$1");
        if (Patterns.containsAny(t, OUR_PLACES)) t = TO_OUR_PLACE.matcher(t).replaceAll("");
        for (int k = 0; k < 3; k++) {
            // a join drops a pause only where the characters on its two sides allow (dropping one changes no other's sides)
            int joins = joins(t);
            if (joins == 0) break;
            String before = t;
            if ((joins & 1) != 0) t = JOIN_AFTER.matcher(t).replaceAll("");
            if ((joins & 2) != 0) t = JOIN_BEFORE.matcher(t).replaceAll("");
            if ((joins & 4) != 0) t = PLACE_VERB.matcher(t).replaceAll("");
            if ((joins & 8) != 0) t = DEPT_TITLE.matcher(t).replaceAll("");
            if ((joins & 16) != 0) t = NUMBER_UNIT.matcher(t).replaceAll("");
            if (t.equals(before)) break;
        }
        return t;
    }

    /**
     * "去了苏州工业园区那个江苏恒瑞达…有限公司", "中关村那个北京智源…": 那个 said between where the speaker went and a name
     * that opens with a place is the pause between the two, not a word of one name.
     */
    private static boolean placeAfterPointer(String t, int start, int end) {
        if (t.charAt(start) != '那' || "的了是在把跟和与同这去到见个".indexOf(t.charAt(start - 1)) >= 0) return false;
        for (int len = 2; len <= 3 && end + len <= t.length(); len++) if (OrgNames.isPlace(t.substring(end, end + len))) return true;
        return false;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '，' || t.charAt(i) == ',') n++;
        return n;
    }

    /** A space right before or after a mark AROUND_MARKS drops spaces around. */
    private static boolean spaceByMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != ' ') continue;
            if (i > 0 && "，,。；！".indexOf(t.charAt(i - 1)) >= 0 || i + 1 < t.length() && "，,。；！".indexOf(t.charAt(i + 1)) >= 0) return true;
        }
        return false;
    }

    /**
     * Which joins may drop a pause of the text, by the characters on the two sides of each run of white space: 1
     * JOIN_AFTER (the last character of one of its words before, a Chinese character or digit after), 2 JOIN_BEFORE (a
     * Chinese character before, the first of one of its words after), 4 PLACE_VERB, 8 DEPT_TITLE (the last character
     * of their words before), 16 NUMBER_UNIT (a numeral before, 个, 亿 or 万 after). Keep in step with the patterns.
     */
    private static int joins(String t) {
        int mask = 0;
        for (int i = 1; i < t.length(); i++) {
            if (!white(t.charAt(i)) || white(t.charAt(i - 1))) continue;
            int j = i;
            while (j < t.length() && white(t.charAt(j))) j++;
            if (j == t.length()) break;
            char b = t.charAt(i - 1);
            char a = t.charAt(j);
            if ("由叫姓兼家的了和跟与同人着来到赴向愿资投个".indexOf(b) >= 0 && (InputText.isCjk(a) || a >= '0' && a <= '9')) mask |= 1;
            if (InputText.isCjk(b) && "兼的负跟来去陪全一带随同".indexOf(a) >= 0) mask |= 2;
            if ("区市县".indexOf(b) >= 0) mask |= 4;
            if ("部处办室科心群".indexOf(b) >= 0) mask |= 8;
            if ("0123456789零一二两三四五六七八九十百千点".indexOf(b) >= 0 && "个亿万".indexOf(a) >= 0) mask |= 16;
            i = j;
        }
        return mask;
    }
}
