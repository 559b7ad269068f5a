package zhaoshang.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single fields of a prose report: intent from its phrases ("意向明确", "表现出较强意向", "先保持联系", "暂无意向"),
 * the zone it lands in (高新区 / 潞州区, none when both are still weighed), the project's name, where a lead was
 * heard, its stage, and how far a signing went.
 */
final class ProseFields {

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final Pattern RX_LETTER_LAST = Patterns.compile(".*[A-Za-z]$");
    private static final Pattern RX_SOURCE_VERB = Patterns.compile("^(?:是|由|从|经|听)");
    private static final Pattern RX_SOURCE_LEAD = Patterns.compile("^(?:【[^】]{0,8}】|今天|我组|我们|刚才|刚刚|刚|接到|收到)+");

    private static final String[][] INTENT = {
            {"暂无投资意向", "无"}, {"意向暂无", "无"}, {"投资意向暂无", "无"}, {"意向为零", "无"}, {"意向无", "无"}, {"暂无意向", "无"}, {"没有意向", "无"}, {"无意向", "无"}, {"没有投资意向", "无"}, {"暂时没有意向", "无"},
            {"意向很明确", "明确"}, {"意向明确", "明确"}, {"明确意向", "明确"}, {"意愿明确", "明确"}, {"意向非常明确", "明确"},
            {"意向很强烈", "较强"}, {"意向很强", "较强"}, {"意向强烈", "较强"}, {"意向较强", "较强"}, {"较强意向", "较强"}, {"较强的意向", "较强"},
            {"意向比较强", "较强"}, {"意愿比较强", "较强"}, {"意愿较强", "较强"}, {"意愿很强", "较强"}, {"意向都比较强", "较强"},
            {"意向挺强", "较强"}, {"意向一般", "一般"}, {"意向还可以", "一般"}, {"意向还行", "一般"}, {"意向都一般", "一般"}, {"先保持联系", "一般"}, {"有一定意向", "一般"}, {"保持联系", "一般"}, {"意向不强", "一般"},
            // "企业将与潞州区先保持沟通联系", "保持联络": the same as 保持联系
            {"保持沟通联系", "一般"}, {"保持联络", "一般"}};
    private static final String WANT = "(?:投资|合作|落地|落户)?(?:意向|意愿)(?:度)?";
    /** How much, and for now ("意向暂时一般", "意愿目前比较强"). */
    private static final String DEGREE = "(?:十分|非常|很|比较|较为|较|相当|都|也|还是|还|更|都很|都比较|挺|蛮|特别|还算|暂时|目前)*";
    /** Words a speaker puts between 意向 and its level: "意向的话比较强", "意向方面我觉得是挺明确的". */
    private static final String BETWEEN = "(?:的话|方面|这块|这一块|这边|上)?(?:嘛|呢)?[\\s，,]*(?:我觉得|我感觉|感觉|我看|看起来|看着|应该)?[\\s，,]*(?:是)?";
    /** A level said before the noun: "有较强投资意向", "表现出明确的合作意愿", "有一定的投资意向". */
    private static final String BEFORE_WANT = "的?(?:投资|合作|落地|落户|入驻)?(?:意向|意愿)";
    /**
     * Each phrase pattern, its level, and the words its every match holds (one of each group; keep them in step with
     * the pattern): a text without them is not scanned.
     */
    private static final Object[][] INTENT_PHRASES = {
            // "暂无在长治投资的打算", "本身暂无在长治投资的意向": where, then what, before the word
            {Patterns.compile("(?:暂时|暂|目前|当前|还|尚)?(?:没有|没|无|暂无)(?:明确的?|什么)?(?:在[^，。；]{1,6}?)?(?:投资|合作|落地|外地投资|建厂|布局)?的?(?:意向|意愿|打算)"), "无",
                    new String[][] {{"没", "无"}, {"意向", "意愿", "打算"}}},
            // "意向嘛，暂时没有", "投资意向目前还没有": the word, then that there is none, ending the clause
            {Patterns.compile(WANT + BETWEEN + "(?:暂时|暂|目前|当前|还|也|基本)*(?:没有|没|无)(?=[\\s，,。；;！!]|$)"), "无",
                    new String[][] {{"没", "无"}, {"意向", "意愿"}}},
            {Patterns.compile(WANT + BETWEEN + DEGREE + "(?:明确|坚定)|明确(?:了)?(?:投资|合作|落地)?(?:意向|意愿)|(?:明确|坚定)" + BEFORE_WANT), "明确",
                    new String[][] {{"明确", "坚定"}, {"意向", "意愿"}}},
            {Patterns.compile(WANT + BETWEEN + DEGREE + "(?:强烈|强|高(?!新区)|大|浓厚)(?!度)|(?:较强|很强|比较强|强烈|浓厚|较大|很大|较高|很高)" + BEFORE_WANT), "较强",
                    new String[][] {{"意向", "意愿"}}},
            {Patterns.compile(WANT + BETWEEN + DEGREE + "(?:一般|不强|不高|不大|较弱|弱|不明确|还可以|还行)|(?:还在|仍在|持|处于)观望|(?:一定|初步)" + BEFORE_WANT), "一般",
                    new String[][] {{"意向", "意愿", "观望"}}}};
    private static final Pattern VERDICT = Patterns.compile("算(?:是)?(较强|比较强|一般|明确)(?=吧|了|[，。；\\s]|$)");
    private static final Pattern INTENT_LABEL = Patterns.compile("((?:投资)?意向(?:程度|度)?)[*＊]*\\s*[：:]\\s*");
    private static final Pattern TRAILING_LEVEL = Patterns.compile("(?:^|[\\s，,])(较强|一般|明确|无|暂无)\\s*[。；;，]?$");
    /** Words naming a project right before its quoted name: "项目叫", "名称暂定", "暂定名", "有个". */
    private static final Pattern NAMING_BEFORE = Patterns.compile("(?:叫|叫做|名为|暂定|暂定名|暂定为|暂名|定名为?|命名为?|名称(?:是|为)?|项目名|有个|有一个)[：:]?$");
    private static final Pattern PROJECT_QUOTED = Patterns.compile("[“\"「《]([^”\"」》]{2,40})[”\"」》]");
    private static final Pattern PROJECT_AFTER_VERB = Patterns.compile(
            "(?:签约|签订|签署|签了|就|建设|布局|新建|扩建|建|设立|打造|搞|做|上马|推进|引进|投建|洽谈|落地|寻找|开展|孵化)(?:一个|一座|一条|了)?([^，。；：:\\s“”、]{2,30}?(?:项目|基地|中心|生产线|产业园|示范中心|工厂|封装线))");
    private static final Pattern PROJECT_NAMED = Patterns.compile("项目名称(?:是|为|叫|[：:])\\s*([^，。；\\s]{2,30}?(?:项目|基地|中心|生产线|产业园))(?=[，。；\\s]|$)");
    private static final Pattern PROJECT_LABEL_PAUSED = Patterns.compile(
            "(?:^|[，。；\\n])(?:项目|项目名称)[，\\s]+([^，。；\\s]{2,28}?(?:项目|基地|中心|生产线|产线|工厂|产业园|总部|电站))(?=[，。；\\s]|$)");
    private static final Pattern PROJECT_LABELLED = Patterns.compile("(?:^|[，。；\\n])\\s*项目[：:]\\s*([^，。；：:\\s]{3,30})(?=[，。；\\s]|$)");
    private static final Pattern PROJECT_IS = Patterns.compile("项目(?:是|为|名称是|名称为)[：:]?([^，。；\\s]{2,30})");
    /**
     * Where a lead was heard (SOURCE): its alternatives, one group each. Those that open with a lazy run of any
     * characters are tried at every place of the text; {@link #SOURCE_NEEDS} names the words their every match holds.
     */
    private static final String[] SOURCE_ALTERNATIVES = {
            "(?:从|据|通过|经由|经)([^，。；\\s]{2,24}?)(?:那边|那里|处)?(?:获悉|了解到|听说|得知|介绍|消息|牵线|推荐|推介)",
            "(?:信息|线索|消息)?来源(?:[：:]|为|于|是)?\\s*(?:就|都)?(?:写成|写为|填写|写|填)?\\s*([^，。；\\s]{2,30})", "(?:消息|信息|线索)来自([^，。；\\s]{2,30})",
            "该信息由([^，。；\\s]{2,30}?)提供", "听([^，。；\\s]{2,20}?)的[\\p{IsHan}]{0,6}?(?:人|秘书长|会长|领导|负责人|朋友)说",
            "([^，。；\\s]{2,20}?)(?:那边)给了",
            "([^，。；\\s]{2,24}?)转来的(?:消息|信息|线索)", "根据(#[A-Z]-[0-9]+)",
            "(?:^|[，。；\\n｜|])([^，。；：:\\s｜|]{2,24}?)(?:推荐|提供)[：:]", "信息是([^，。；\\s]{2,24}?)(?:那边|那里)?给的",
            "(#[A-Z]-[0-9]+)\\s*(?:走访|拜访)的",
            // "接到X的推荐信息：", "是X那边提供的", "是X那个中介机构给的信息", "听X说"
            // "商会的常务副会长介绍了一个线索"
            "([^，。；\\s]{2,24}?)(?:的)?(?:推荐|推介|介绍|提供)(?:了)?(?:一个|一条|个|条)?(?:的)?(?:新)?(?:信息|线索|消息|项目)",
            "(?:是|由)([^，。；\\s]{2,24}?)(?:那边|那里)?(?:提供|推荐|推介|介绍|给)的",
            "听([^，。；\\s]{2,20}?)(?:的[\\p{IsHan}]{0,6}?)?(?:说|讲|透露)",
            // "德国工商大会那边推荐的": a party "over there" that passed it on
            "(?:^|[，。；：:\\n\\s])([^，。；：:\\s]{3,24}?)(?:那边|那里)(?:的人)?(?:推荐|推介|介绍|提供|给|转来|转过来|推过来)",
            // "转发上海长治商会秘书长微信：": a message of someone of an organisation, forwarded
            "转发(?:了)?([^，。；：:\\s]{3,24}?)(?:的)?(?:[\\p{IsHan}&&[^会局院所厅委办心行社]]?(?:会长|秘书长|秘书处|主任|局长|处长|科长|部长|经理|行长|负责人|老师|朋友))?(?:的)?(?:微信|消息|短信|信息|通知)"};
    /**
     * For each alternative of SOURCE that opens with a lazy run, the words its every match holds, one of each group (keep
     * them in step with it); null for the others. An alternative whose words the text lacks is left out of the pattern used.
     */
    private static final String[][][] SOURCE_NEEDS = new String[SOURCE_ALTERNATIVES.length][][];

    static {
        SOURCE_NEEDS[5] = new String[][] {{"那边给了"}};
        SOURCE_NEEDS[6] = new String[][] {{"转来的消息", "转来的信息", "转来的线索"}};
        SOURCE_NEEDS[8] = new String[][] {{"推荐：", "推荐:", "提供：", "提供:"}};
        SOURCE_NEEDS[11] = new String[][] {{"推荐", "推介", "介绍", "提供"}, {"信息", "线索", "消息", "项目"}};
        SOURCE_NEEDS[12] = new String[][] {{"提供的", "推荐的", "推介的", "介绍的", "给的"}};
        SOURCE_NEEDS[14] = new String[][] {{"那边", "那里"}, {"推荐", "推介", "介绍", "提供", "给", "转来", "转过来", "推过来"}};
        SOURCE_NEEDS[15] = new String[][] {{"转发"}, {"微信", "消息", "短信", "信息", "通知"}};
    }

    /** SOURCE with the gated alternatives a text lacks the words of made to fail at once ("(?!)"), indexed by the mask of them. */
    private static final Pattern[] SOURCE_VARIANTS = new Pattern[1 << 7];

    static {
        for (int mask = 0; mask < SOURCE_VARIANTS.length; mask++) {
            StringBuilder b = new StringBuilder();
            int bit = 0;
            for (int i = 0; i < SOURCE_ALTERNATIVES.length; i++) {
                if (i > 0) b.append('|');
                if (SOURCE_NEEDS[i] != null && (mask & (1 << bit++)) != 0) b.append("(?!)");
                b.append(SOURCE_ALTERNATIVES[i]);
            }
            SOURCE_VARIANTS[mask] = Pattern.compile(b.toString());
        }
    }

    /** SOURCE as it can match in this text: its gated alternatives the text has not the words of, dropped. */
    private static Pattern sourcePattern(String text) {
        int mask = 0;
        int bit = 0;
        for (int i = 0; i < SOURCE_ALTERNATIVES.length; i++) {
            if (SOURCE_NEEDS[i] == null) continue;
            if (!holdsAll(text, SOURCE_NEEDS[i])) mask |= 1 << bit;
            bit++;
        }
        return SOURCE_VARIANTS[mask];
    }

    /**
     * Every alternative of SOURCE holds one of these words (keep it so when adding one): a text without any is not
     * scanned, its lazy alternatives tried at every place of the text.
     */
    private static final String[] SOURCE_WORDS = {"获悉", "了解到", "听", "得知", "介绍", "消息", "牵线", "推荐", "推介", "来源", "来自",
            "提供", "给", "转来的", "#", "转发"};
    /** "戴德梁行那个中介机构": the words after a name that say it is an intermediary. */
    private static final Pattern AGENT_WORDS = Patterns.compile("(?:那个|这个|这家|那家)?(?:中介机构|中介公司|中介|咨询机构|咨询公司|顾问公司)$|(?:那个|这个|这家|那家)机构$");
    private static final Pattern RECORD_ID = Patterns.compile("#[A-Z]-[0-9]+");
    /** An organisation's word at the end of a source written without a suffix ("省环渤海招商局", "市投促中心", "省贸促会"). */
    private static final Pattern SOURCE_ORG = Patterns.compile(
            ".*(局|厅|委|办|处|会|联|商会|协会|联合会|创投|资本|基金|中心|学院|大学|研究院|集团|公司|联络处|办事处"
                    // "日本贸易振兴机构", "韩国贸易投资振兴公社", "德国联邦外贸与投资署": agencies that promote investment abroad
                    + "|机构|公社|投资署|贸易署|代表处|商务处)$");
    private static final Pattern EVENT = Patterns.compile(".*(?:对接会|推介会|洽谈会|博览会|交流会|座谈会|论坛|会议|活动|大会|峰会|年会|饭局)$");
    private static final Pattern PITCHED = Patterns.compile("(?:推介|推荐了)[^，。；]{0,6}?(?:高新区|潞州区)");
    private static final Pattern STAGE = Patterns.compile("(?:处于|进入|到了)(线索|洽谈|签约)阶段");

    private ProseFields() { }

    /** The intent level, or null when nothing about intent is said. */
    static String intent(String text) {
        // voice input writes 意向 as 意象, 明确 as 名确, 较强 as 较墙
        text = text.replace("意象", "意向").replace("名确", "明确").replace("比较墙", "比较强").replace("较墙", "较强").replace("很墙", "很强");
        // "意向：一般", "投资意向: 较强" (a label inline): the level after the label
        if (text.indexOf('：') >= 0 || text.indexOf(':') >= 0) text = INTENT_LABEL.matcher(text).replaceAll("$1");
        // "有意向，但具体还得集团定，算一般吧", "意向还行，算较强吧": the level the writer settles on
        if (text.indexOf('算') >= 0) {
            Matcher v = VERDICT.matcher(text);
            if (v.find()) return v.group(1).equals("比较强") ? "较强" : v.group(1);
        }
        int best = Integer.MAX_VALUE;
        String level = null;
        for (String[] p : INTENT) {
            int i = text.indexOf(p[0]);
            if (i >= 0 && i < best) { best = i; level = p[1]; }
        }
        // the same in other words: "投资意愿强烈", "意向度较高", "意向还是比较强的", "已明确投资意向", "还在观望"
        // every phrase holds one of these words: a text without any has none of them
        boolean phrases = text.contains("意向") || text.contains("意愿") || text.contains("打算") || text.contains("观望");
        for (Object[] p : phrases ? INTENT_PHRASES : new Object[0][]) {
            if (!holdsAll(text, (String[][]) p[2])) continue;
            Matcher m = ((Pattern) p[0]).matcher(text);
            if (m.find() && m.start() < best) { best = m.start(); level = (String) p[1]; }
        }
        if (level != null) return level;
        Matcher m = TRAILING_LEVEL.matcher(text.strip());
        if (m.find()) return m.group(1).equals("暂无") ? "无" : m.group(1);
        return null;
    }

    /** The text holds a word of every group. */
    private static boolean holdsAll(String text, String[][] groups) {
        for (String[] g : groups) if (!Patterns.containsAny(text, g)) return false;
        return true;
    }

    /** 高新区 or 潞州区 when exactly one of them is named; null otherwise. */
    static String area(String text) {
        // "我们已初步推介高新区": the zone we pitched is not where the project lands
        if (text.contains("推介") || text.contains("推荐了")) text = PITCHED.matcher(text).replaceAll("");
        boolean gx = text.contains("高新区") || text.contains("高新技术产业开发区");
        boolean lz = text.contains("潞州");
        if (gx == lz) return gx ? placeNamed(text) : null;
        return gx ? "高新区" : "潞州区";
    }

    /** Words saying where a project lands is still weighed: "还在比较", "在高新区和太原之间犹豫", "两区都在看". */
    private static final String[] WEIGHING_WORDS = {"比较", "比选", "犹豫", "都在看", "都有考虑", "都在考虑", "表态", "推", "看看"};
    private static final Pattern WEIGHING = Patterns.compile("比较(?![强高大明浓积看倾好满感重认])|比选|犹豫|都在看|都有考虑|都在考虑");
    /**
     * A clause that names no landing place: the places still weighed, the zone we would like to pitch ("我们这边想推高新区"),
     * the zone they want to come and look at first ("想先来高新区看看再说").
     */
    private static final Pattern OPEN_CLAUSE = Patterns.compile(
            "[^，。；\\n｜|]*(?:比较(?![强高大明浓积看倾好满感重认])|比选|犹豫|都在看|都有考虑|都在考虑|没表态|未表态|(?:想|打算|准备|计划)(?:重点)?推(?:荐|介)?|来(?:长治)?(?:高新区|潞州区)[^，。；]{0,4}看看)[^，。；\\n｜|]*");

    /** The words say the place is still being weighed. */
    static boolean weighing(String text) {
        return Patterns.containsAny(text, WEIGHING_WORDS) && WEIGHING.matcher(text).find();
    }

    /** A lead's zone ({@link #area}) from the clauses that do not leave the place open. */
    static String leadArea(String text) {
        if (!Patterns.containsAny(text, WEIGHING_WORDS)) return area(text);
        return area(OPEN_CLAUSE.matcher(text).replaceAll(""));
    }

    // "来长治高新区考察", "签约落户长治高新区", "莅临潞州区", "潞州区与X公司…签约": a zone named as where it happens
    private static final Pattern ZONE_PLACE = Patterns.compile(
            "(?:来|到|赴|莅临|走进|落户|落地|入驻|选址|位于|参观了?|考察了?|(?:^|[，。；\s])(?=(?:长治)?(?:市)?(?:潞州区|高新区)(?:管委会|人民政府)?与))"
                    + "(?:长治)?市?(潞州区|高新区|高新技术产业开发区)([、和及与](?:潞州区|高新区))?");

    /** Both zones named (one of them maybe as an office: "潞州区投资促进中心…陪同"): the one named as the place, if only one is. */
    private static String placeNamed(String text) {
        Matcher m = ZONE_PLACE.matcher(text);
        String zone = null;
        while (m.find()) {
            // "先后到高新区、潞州区察看": both of them
            if (m.group(2) != null) return null;
            String z = m.group(1).equals("潞州区") ? "潞州区" : "高新区";
            if (zone != null && !zone.equals(z)) return null;
            zone = z;
        }
        return zone;
    }

    /** The project's name: quoted, right after the enterprise ("…有限公司储能设备生产基地项目"), or after a verb. */
    static String project(String text, String enterprise) {
        return withLatinWords(text, cleanProject(projectWritten(text, enterprise), enterprise));
    }

    /**
     * "Mini LED背光模组项目": a name opening with a Latin word takes the Latin words written before it with a space
     * ("Mini "), which the readers' runs stop at.
     */
    static String withLatinWords(String text, String c) {
        if (c == null || c.isEmpty() || !latin(c.charAt(0))) return c;
        int i = text.indexOf(c);
        if (i < 2) return c;
        int start = i;
        while (start >= 2 && text.charAt(start - 1) == ' ' && latin(text.charAt(start - 2))) {
            int w = start - 1;
            while (w > 0 && latin(text.charAt(w - 1))) w--;
            start = w;
        }
        return start == i ? c : text.substring(start, i) + c;
    }

    private static boolean latin(char ch) {
        return ch < 128 && Character.isLetterOrDigit(ch);
    }

    private static final Pattern PROJECT_NAME_LEAD = Patterns.compile(
            "^(?:项目(?:名称)?(?:就|也|准备|打算)?(?:暂定为|暂定名为|暂定名|暂定|暂叫|暂时叫|初定为|初定名为|名为|叫做|叫|为|是)[：:]?|项目名称[：:]?|(?:正在|在)?谋划(?:了|的)?|关于)(?=[^，。；]{3,})");
    private static final Pattern PROJECT_SAID_BEFORE = Patterns.compile(
            "^(?:(?:今天|昨天|前天|今日|昨日|当天)(?:上午|下午|晚上|中午|早上)?|上午|下午|晚上|系(?![统列数])|[\\u4e00-\\u9fff]{1,4}?说项目(?:是|为|叫))(?=[^，。；]{4,})");
    private static final Pattern REGISTERED_BEFORE = Patterns.compile("^[^，。；]{2,30}?(?:有限责任公司|股份有限公司|有限公司)(?=[^，。；]{4,})");
    private static final Pattern PLAN_INSIDE = Patterns.compile(
            "(?:拟|计划|准备|打算|有意)(?:在[^，。；]{1,10}?)?(?:布局|建设|投资建设|新建|建|设立|投建|打造)");

    /**
     * The name as a careful reader writes it: without the words that introduce it ("项目暂叫X", "项目名称暂定为X",
     * "谋划X"), the enterprise before it ("卡奥斯工业互联网赋能中心项目"), the plan it is told in ("X公司拟在山西东南部
     * 布局Y项目") or 签约 after it.
     */
    static String cleanProject(String c, String enterprise) {
        if (c == null) return null;
        // "——可降解塑料PBAT改性项目" after the enterprise: the dash between them is no part of it
        if (c.startsWith("—") || c.startsWith("-")) c = c.replaceFirst("^[—\\-]+\\s*", "");
        if (c.isEmpty() || UNNAMED.matcher(c).matches()) return null;
        String was = c;
        c = PROJECT_NAME_LEAD.matcher(c).replaceFirst("");
        // "今天下午储能PACK生产线项目签了", "一个系高端制剂生产基地项目" (系 = 是), "顾董说项目是X": the day, the copula or who
        // said it before the name
        c = PROJECT_SAID_BEFORE.matcher(c).replaceFirst("");
        Matcher plan = PLAN_INSIDE.matcher(c);
        int cut = -1;
        while (plan.find()) if (c.length() - plan.end() >= 4) cut = plan.end();
        // (a plan told by a registered name: "有家…企业打算在北方建生产基地" names no project of its own)
        if (cut > 0 && !OrgNames.find(c.substring(0, cut)).isEmpty()) c = c.substring(cut);
        if (enterprise != null && enterprise.length() >= 2 && c.startsWith(enterprise) && c.length() - enterprise.length() >= 4) {
            c = c.substring(enterprise.length());
            if (c.startsWith("的")) c = c.substring(1);
        }
        // "上海X工业自动化有限公司智能仓储物流装备项目": a registered name glued before it
        Matcher registered = REGISTERED_BEFORE.matcher(c);
        if (registered.lookingAt()) c = c.substring(registered.end());
        if (c.endsWith("项目签约") || c.endsWith("项目签约仪式")) c = c.substring(0, c.indexOf("项目签约") + 2);
        c = withoutLeadingVerb(c);
        return c.length() >= 3 ? c : was;
    }

    /**
     * "倪总带来一个新项目——汽车安全气囊总成项目": what is said of a project, then its name after a dash; "确认半导体设备精密
     * 结构件项目", "新增热熔网膜项目", "是酶制剂生产项目": the sentence's word of confirming or adding, or 是, said before
     * the name (HanLP tags too many of a name's first words as verbs, 年产, 共享, 可降解, to go by the tag alone).
     */
    static String withoutLeadingVerb(String c) {
        if (c.length() < 6 || !c.endsWith("项目")) return c;
        int dash = c.lastIndexOf('—');
        if (dash > 0 && c.length() - dash - 1 >= 5) return c.substring(dash + 1);
        Matcher said = SAID_BEFORE_NAME.matcher(c);
        return said.lookingAt() && c.length() - said.end() >= 5 ? c.substring(said.end()) : c;
    }

    private static final Pattern SAID_BEFORE_NAME = Patterns.compile("(?:双方|对方|企业|他们|我们)?(?:已|也|还)?(?:确认|确定|新增|追加|是)(?![0-9一二三四五六七八九十期])");

    /**
     * The project's name without the enterprise's short form before it: the longest run of the enterprise's name from
     * where its own words begin (after a place of two or three characters) that opens the project's name, three
     * characters at least, four left after it, the enterprise's name going on with trade words only ("科技股份有限公司").
     */
    private static final Pattern TRADE_TAIL = Patterns.compile("(?:科技|技术|电子|集团|股份|控股|实业|智能|新能源|新材料|信息|有限公司|有限责任公司|公司)+");

    static String withoutShortForm(String c, String enterprise) {
        for (int k : new int[]{0, 2, 3}) {
            if (k + 3 > enterprise.length()) break;
            int n = 0;
            while (k + n < enterprise.length() && n < c.length() && enterprise.charAt(k + n) == c.charAt(n)) n++;
            if (n >= 3 && n < enterprise.length() && c.length() - n >= 4 && TRADE_TAIL.matcher(enterprise.substring(k + n)).matches()) return c.startsWith("的", n) ? c.substring(n + 1) : c.substring(n);
        }
        return c;
    }

    /**
     * "项目叫北斗终端生产线", "项目名称暂定医用耗材智能工厂", "项目就叫深紫外芯片封装线项目": the name given as the project's,
     * whatever it ends with and whatever plan was told before it.
     */
    private static final Pattern PROJECT_CALLED = Patterns.compile(
            "项目(?:名称|名字|名)?(?:就|也|准备|打算|初步|暂时)?(?:暂定名为|暂定名|暂定为|暂定|暂叫|暂名|初定为|初定名为|初定|定名为|名为|叫做|叫作|叫)[：:]?\\s*"
                    + "([^，。；;：:、\\s“”「」（(]{3,30})(?=[，。；;、\\s（(]|$)");

    private static String projectWritten(String text, String enterprise) {
        if (text.contains("项目")) {
            Matcher called = PROJECT_CALLED.matcher(text);
            if (called.find() && !UNNAMED.matcher(called.group(1)).matches()) return called.group(1);
        }
        // "项目名称为车规级控制器生产项目": the name given as such, whatever the plan was called before it
        if (text.contains("项目名称")) {
            Matcher n = PROJECT_NAMED.matcher(text);
            if (n.find()) return n.group(1);
        }
        // "线索：X公司\n项目：服务机器人总装基地": the label a member copies from the template, whatever the name ends with
        if (text.contains("项目：") || text.contains("项目:")) {
            Matcher n = PROJECT_LABELLED.matcher(text);
            if (n.find() && !UNNAMED.matcher(n.group(1)).matches() && !n.group(1).contains("公司")) return n.group(1);
        }
        Matcher m = PROJECT_QUOTED.matcher(text);
        while (m.find()) {
            String q = m.group(1);
            if (q.endsWith("项目") || q.endsWith("基地") || q.endsWith("中心")) return q;
            // "项目暂定名“晋东南冷链物流枢纽”", "名称暂定“太行智算一号”", "有个“Mini LED背光模组扩产”计划": named so
            if (NAMING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                    || text.startsWith("计划", m.end())) return q;
            // "想做「上党红色研学营地」项目": the word 项目 written after the quotes is part of the name
            if (text.startsWith("项目", m.end())) return q + "项目";
        }
        // right after the enterprise, wherever it is named ("分别与A、B签约。A…项目总投资18亿元")
        for (int e = enterprise == null ? -1 : text.indexOf(enterprise); e >= 0; e = text.indexOf(enterprise, e + 1)) {
            {
                int p = e + enterprise.length();
                if (text.startsWith("的", p)) p++;
                while (p < text.length() && text.charAt(p) == ' ') p++;
                int q = p;
                while (q < text.length() && q - p < 30 && ("，。；：:、\n（(".indexOf(text.charAt(q)) < 0
                        // "长治云谷数据中心（二期）项目": the phase in brackets is part of the name
                        || PHASE.matcher(text).region(q, text.length()).lookingAt())
                        && !(text.charAt(q) == ' ' && !RX_LETTER_LAST.matcher(text.substring(p, q)).matches())) q++;
                String after = text.substring(p, q);
                int end = after.indexOf("项目");
                if (end > 1) {
                    String cand = afterVerb(after.substring(0, end + 2));
                    if (cand.length() > 2 && !cand.startsWith("与") && !cand.contains("签约")) return cand;
                }
            }
        }
        // "东晟精密的精密仪器产业化项目今天签约…大连东晟精密仪器有限公司": the short form, whose project is told before
        // the name in full
        String shortForms = enterprise == null || enterprise.length() < 6 ? null : ownProject(text, enterprise);
        if (shortForms != null) return shortForms;
        // "X公司，医用内窥镜产线，1.1亿" (a terse line's spaces read as pauses): the piece right after the enterprise names
        // what is built
        int e = enterprise == null || enterprise.length() < 2 ? -1 : text.indexOf(enterprise + "，");
        // "- X公司：小家电生产基地，金额待定": a list's item, its enterprise then a colon
        if (e < 0 && enterprise != null && enterprise.length() >= 2) e = text.indexOf(enterprise + "：");
        if (e >= 0) {
            int p = e + enterprise.length() + 1;
            int q = p;
            while (q < text.length() && q - p <= 20 && "，。；：:\n".indexOf(text.charAt(q)) < 0) q++;
            String piece = text.substring(p, q);
            if (piece.length() >= 4 && piece.length() <= 20 && BUILT.matcher(piece).find() && !piece.contains("公司")
                    && PLAN_WORDS.matcher(piece).find() == false) return piece;
        }
        m = PROJECT_AFTER_VERB.matcher(text);
        String generic = null;
        while (m.find()) {
            String c = longest(text, m.start(1), m.group(1));
            // "设立中试基地并孵化激光雷达模组项目": the project is the last of what is joined by 并
            if (text.startsWith("并", m.start(1) + c.length()) && text.indexOf("项目", m.start(1) + c.length()) > 0) continue;
            if (!c.endsWith("项目") && text.startsWith("项目", m.start(1) + c.length())) c = c + "项目";
            c = afterVerb(c);
            c = stripPlace(c);
            if (enterprise != null && c.startsWith(enterprise)) c = c.substring(enterprise.length());
            if (c.startsWith("的")) c = c.substring(1);
            // "设立分院并孵化精密减速器项目": the project is what follows the last 并
            int and = c.lastIndexOf('并');
            if (and > 0 && c.length() - and > 4) c = afterVerb(c.substring(and + 1));
            // "布局第二生产基地，拟投资…建设X项目", "建设新基地": a base named by no more than what it is names no project
            // (with no enterprise named, the base is all the words hold of the plan: kept for the draft, the enterprise asked)
            if (GENERIC_BASE.matcher(c).matches()) {
                if (enterprise == null && generic == null) generic = c;
                continue;
            }
            if (c.length() >= 3 && !c.contains("公司") && !c.endsWith("的项目") && !c.startsWith("一个") ) return c;
        }
        // "…有限公司，固态电池材料项目，拟投资…", "① X公司 固态锂电池项目 拟投资…": a project standing alone
        m = PROJECT_ALONE.matcher(text);
        while (m.find()) {
            String c = afterVerb(m.group(1));
            // "内容：企业氢能电解槽装备项目拟在北方落地": the enterprise spoken of before its project
            Matcher has = HAS_BEFORE.matcher(c);
            if (has.lookingAt()) c = c.substring(has.end());
            if (c.length() >= 7 && (c.startsWith("企业") || c.startsWith("该企业") || c.startsWith("对方")) && !c.startsWith("企业服务")) c = c.substring(c.startsWith("该") ? 3 : 2);
            // "对智能交互平板项目很感兴趣": what they are keen on
            if (c.length() >= 6 && c.charAt(0) == '对' && text.startsWith("感兴趣", m.end(1)) | text.startsWith("很感兴趣", m.end(1)) | text.startsWith("比较感兴趣", m.end(1))) c = c.substring(1);
            if (c.length() >= 4 && !c.contains("公司") && !c.contains("投资") && !c.contains("签约") && !c.startsWith("该") && !c.contains("了") && !c.endsWith("的项目")
                    && !c.startsWith("这个") && !c.startsWith("一个") && !UNNAMED.matcher(c).matches()) return c;
        }
        m = PROJECT_IS.matcher(text);
        if (m.find()) return m.group(1);
        // "企业 X\n项目 Y基地\n投资 8000万" (the label's space read as a pause): the label, then what is built
        if (text.contains("项目，") || text.contains("项目 ") || text.contains("项目名称，")) {
            m = PROJECT_LABEL_PAUSED.matcher(text);
            if (m.find()) return m.group(1);
        }
        return generic;
    }

    /**
     * The project told right after a short form of the enterprise and 的 or 嘅 ("东晟精密的精密仪器产业化项目"): the short
     * form (two to four characters) is part of the enterprise's name in full.
     */
    private static String ownProject(String text, String enterprise) {
        for (int d = 2; d < text.length(); d++) {
            if (text.charAt(d) != '的' && text.charAt(d) != '嘅') continue;
            boolean owner = false;
            for (int n = 4; n >= 2 && !owner; n--) {
                if (d - n < 0) continue;
                String form = text.substring(d - n, d);
                owner = form.chars().allMatch(ch -> InputText.isCjk((char) ch)) && enterprise.contains(form);
            }
            if (!owner || d >= enterprise.length() && text.startsWith(enterprise, d - enterprise.length())) continue;
            int q = d + 1;
            while (q < text.length() && q - d <= 30 && "，。；：:、\n（( ".indexOf(text.charAt(q)) < 0) q++;
            String after = text.substring(d + 1, q);
            int end = after.indexOf("项目");
            if (end < 2) continue;
            String cand = afterVerb(after.substring(0, end + 2));
            if (cand.length() > 3 && !cand.contains("公司") && !cand.contains("签约")) return cand;
        }
        return null;
    }

    /** A base named by what it is alone: "生产基地", "第二生产基地", "设新基地", "个项目". */
    private static final Pattern GENERIC_BASE = Patterns.compile(
            "(?:设|再上|上)?(?:个|一个)?(?:第[二三四]|新的?|区域|北方|新建)?(?:生产)?(?:基地|工厂|厂区|新厂|项目)");

    /** What a project named without the word 项目 ends with: what is built. */
    private static final Pattern BUILT = Patterns.compile("(?:基地|中心|生产线|产线|工厂|产业园|总部|电站)$");
    /** Words of a plan or a visit inside a piece: no project's name. */
    private static final Pattern PLAN_WORDS = Patterns.compile("想|要|拟|计划|准备|打算|找|在|去|来|看|的|了");

    /** A phase in brackets inside a project's name: "（二期）", "(3期)". */
    private static final Pattern PHASE = Patterns.compile("[（(][一二三四五六七八九十0-9]{1,2}期[）)]项目");
    /** "企业有X项目", "确认有X项目": a project the enterprise has, its name after 有. */
    private static final Pattern HAS_BEFORE = Patterns.compile("^(?:企业|该企业|对方|他们|其)?(?:确认|还|也|手里|手上)?有(?![个一意])(?=[^，。；]{4,})");
    private static final Pattern PROJECT_ALONE = Patterns.compile(
            "(?:^|[，。；;\\s：:])([^，。；;：:\\s“”、]{2,30}?项目)(?=[，。；;\\s]|$|(?:正式|成功|顺利)?(?:落户|落地|签约|签了|在(?:高新区|潞州区|长治))"
                    // "其跨境电商产业园项目拟在北方复制", "电镀园区项目拟投资2亿元": the project opening its clause, then its plan
                    + "|(?:拟|计划|准备|打算)(?:在|投资|投)"
                    // "贝特瑞负极材料一体化项目列入线索", "X项目转为实效线索": the project, then what becomes of it
                    + "|(?:列入|纳入|转为|转入|报)(?:实效|招商)?线索"
                    // "企业的光伏胶膜项目投资约2.6亿元", "有X项目想放到北方", "有X项目要找北方落点": the amount or the wish after it
                    + "|(?:总)?投资(?:约|大概|规模)?[0-9一二两三四五六七八九十]|(?:想|要)(?:放|落|找|在)"
                    // "准备把X项目放到高新区", "企业对X项目很感兴趣": where it is put, how keen they are on it
                    + "|(?:放|落|摆)(?:到|在)|(?:很|比较|非常|十分|特别)?感兴趣"
                    // "区域算力调度中心项目已通过集团投委会", "储能电芯项目约5亿元": the project opening its clause, whatever is
                    // then said of it (not 项目 heading another word: "为项目责任人", "项目名称", "一个新项目——X")
                    + "|(?![责负名经组部书方—\\-]))");
    private static final String[] PROJECT_ENDS = {"项目", "基地", "中心", "生产线", "产业园", "示范中心", "工厂", "封装线"};

    /** "布局数据中心液冷设备生产基地": the name runs to the last project word of its clause, not the first. */
    private static String longest(String text, int start, String found) {
        int stop = start;
        while (stop < text.length() && "，。；;：:\n “”、和及并".indexOf(text.charAt(stop)) < 0 && stop - start < 30) stop++;
        String clause = text.substring(start, stop);
        if (clause.length() <= found.length()) return found;
        int best = found.length();
        for (String e : PROJECT_ENDS) {
            int i = clause.lastIndexOf(e);
            if (i >= 0 && i + e.length() > best) best = i + e.length();
        }
        return clause.substring(0, best);
    }

    private static final String[] VERBS = {"孵化", "签订", "签署", "签约", "签了", "举行", "建设", "布局", "新建", "设立", "打造", "推进", "投建", "落地",
            "协议及", "合同及", "就", "的", "旗下有个", "旗下有一个", "有个", "有一个", "扩建", "寻找", "开展", "有意", "准备", "打算", "计划", "上马", "介绍了", "围绕",
            // "拟在长治高新区共建科技成果转化基地项目": built with us, the project named after the verb
            "共建", "兴建", "筹建",
            // "想喺潞州区投4个亿搞储能集成项目": what is done, said after the amount
            "搞",
            // "恒建有意参与老旧小区改造提升项目", "对方初步考虑液压阀块加工项目": taking part in, or weighing, the project named after
            "参与", "考虑"};

    private static final Pattern AMOUNT_THEN_BUILT = Patterns.compile("[0-9.一二两三四五六七八九十百千]+(?:万元|亿元|万|亿)(?:人民币)?(?:用于|来)?(?:建设|新建|投建|建|上|做|搞)");
    private static final Pattern ONE_OF = Patterns.compile("^(?:一个|一座|一条|一家|个|其)(?=[^，。；]{3,})");
    /** Particles before the name, and the signing verb when it opens the words ("签咗储能项目", "签PCB板项目"). */
    private static final Pattern LEADING_PARTICLES = Patterns.compile("^(?:签(?:咗|下|了)?(?!约))?(?:了|把|将|拟|那个|这个|个|是|有(?![机色线源效]))*");

    /** "计划在山西布局LNG储运…项目" → "LNG储运…项目": the name starts after the last verb. */
    private static String afterVerb(String c) {
        int cut = 0;
        for (String v : VERBS) {
            int i = c.lastIndexOf(v);
            if (i >= 0 && i + v.length() > cut && i + v.length() < c.length() - 2) cut = i + v.length();
        }
        c = c.substring(cut);
        // "投资7500万元建深紫外LED芯片项目": the amount said before what is built is no part of its name
        if (c.indexOf('万') >= 0 || c.indexOf('亿') >= 0) {
            Matcher a = AMOUNT_THEN_BUILT.matcher(c);
            if (a.find() && c.length() - a.end() >= 3) c = c.substring(a.end());
        }
        // "签署了储能电芯项目", "把那个可降解材料项目签了"
        c = LEADING_PARTICLES.matcher(c).replaceFirst("");
        // "…有限公司啊他们那个特种陶瓷项目" (voice): a particle and whose it is, said before the name
        if (c.length() > 5 && "啊呀嘛呢哈他她人对".indexOf(c.charAt(0)) >= 0) c = SPOKEN_OWNER.matcher(c).replaceFirst("");
        // "他们要上一个激光切割设备项目", "对方想在北方建…": who plans it, said before the plan
        if (c.length() > 6 && "他她对该企公人".indexOf(c.charAt(0)) >= 0) c = PLANNER.matcher(c).replaceFirst("");
        // "想在北方上伺服电机项目", "考虑上储能电芯项目", "找地方建氢燃料电池电堆项目", "叫PCS生产线项目", "建碳陶制动盘项目"
        c = PLAN_LEAD.matcher(c).replaceFirst("");
        // "想搞一个齿轮箱项目": the count after the verb is no part of the name
        c = ONE_OF.matcher(c).replaceFirst("");
        return stripPlace(c);
    }

    private static final Pattern SPOKEN_OWNER = Patterns.compile("^[啊呀嘛呢哈]*(?:他们|她们|人家|对方)?(?:的|那个|这个|那|这)?(?=[^，。；]{4,})");
    private static final Pattern PLANNER = Patterns.compile(
            "^(?:他们|她们|他|对方|该公司|该企业|该集团|企业方|企业|公司|人家)(?:那边)?(?:也|还|正|都|目前|现在)?(?=(?:想|要|准备|打算|计划|考虑|拟)(?:在[\\p{IsHan}]{1,4}?)?(?:上|建|搞|投|做))");
    private static final Pattern PLAN_LEAD = Patterns.compile(
            "^(?:项目)?(?:名叫|叫做|叫|名为)|^(?:正在|正|在|拟|将)?为(?=[^，。；]{3,})"
                    // "他们要上一个X项目", "对方想建X项目": who plans it, told before the plan
                    + "|^(?:他们|她们|对方|人家|那边|企业|公司|该企业|该公司|他|她)?(?:也|还|都)?(?:想|要|准备|打算|计划|考虑|正在|在)?(?:在[\\p{IsHan}]{1,4}?)?(?:找地方|找个地方)?(?:投资|上|建|搞|投|做)(?![材筑设马海])(?=[^，。；]{3,})"
                    // "想喺高新区搞X项目", "来潞州区整X项目", "想整X项目": where, then the everyday verb of doing (整车, 整机 are things)
                    + "|^(?:想|要|准备|打算|计划)?(?:喺|在|来|到|去)(?:长治)?(?:高新区|潞州区|山西|长治|北方)(?:搞|整|弄|做|建|上)(?=[^，。；]{3,})"
                    + "|^(?:想|要|准备|打算)?(?:整|弄)(?![车机体合改装套流])(?=[^，。；]{3,})");

    private static final Pattern UNNAMED = Patterns.compile("^(?:[\\p{IsHan}]{0,2}?(?:有个|有一个|一个|这个|那个|个))?(?:新|大|具体|相关|其他|其它|别的)?项目$");

    /**
     * A terse piece where a lead's project stands, as a name ("他们要上一个激光切割设备项目" → 激光切割设备项目); null when
     * it tells of a project without naming it ("说有个项目", "有个新项目").
     */
    static String projectPiece(String t) {
        if (!t.endsWith("项目")) return t;
        if (UNNAMED.matcher(t).matches()) return null;
        String c = afterVerb(t);
        return c.length() < 3 || UNNAMED.matcher(c).matches() ? null : c;
    }

    private static String stripPlace(String c) {
        String[] lead = {"在山西", "在北方", "在华北", "在中西部", "在中部地区", "在长治高新区", "在长治潞州区", "在长治市", "在长治", "在高新区", "在潞州区", "在京", "在"};
        for (String l : lead) {
            int i = c.indexOf(l);
            if (i == 0) return c.substring(l.length());
        }
        return c;
    }

    /** Where a lead was heard: an organisation, never a person or an event. */
    static String source(String text) {
        return LeadSources.bare(sourceWritten(text));
    }

    private static String sourceWritten(String text) {
        // "来源 北京山西企业商会" spoken: the pause read as a comma
        if (text.contains("来源，")) text = text.replace("来源，", "来源：");
        // "信息是 浙江省山西商会 那边给的": the same with pauses
        if (text.contains("给的")) text = text.replace("信息是，", "信息是").replace("，那边给的", "那边给的").replace("，给的", "给的");
        Matcher m = sourcePattern(text).matcher(text);
        boolean worded = false;
        for (String w : SOURCE_WORDS) worded |= text.contains(w);
        while (worded && m.find()) {
            String g = null;
            for (int i = 1; i <= m.groupCount() && g == null; i++) g = m.group(i);
            if (g == null) continue;
            // "从…联络处获悉": the 处 read as "at" may end the name
            int end = m.end(firstGroup(m));
            if (end < text.length() && text.charAt(end) == '处' && !g.endsWith("处")) g = g + "处";
            java.util.List<OrgNames.Found> orgs = OrgNames.find(g);
            if (!orgs.isEmpty()) return orgs.get(0).name();
            // "走访#V-0152", "#V-0198（12月16日走访）": the record's number
            Matcher id = RECORD_ID.matcher(g);
            if (id.find()) return id.group();
            // "戴德梁行那个中介机构给的信息": the name before the words that call it an agent
            Matcher agent = AGENT_WORDS.matcher(g);
            if (agent.find() && agent.start() >= 2) {
                String a = RX_SOURCE_VERB.matcher(g.substring(0, agent.start())).replaceAll("");
                if (a.length() >= 2 && ShortNames.acceptableForm(a)) return a;
            }
            // "省环渤海招商局", "广州基石创投": an organisation's word at the end
            String t = RX_SOURCE_LEAD.matcher(g).replaceAll("");
            if (t.endsWith("处") && !t.endsWith("联络处") && !t.endsWith("办事处") && SOURCE_ORG.matcher(t.substring(0, t.length() - 1)).matches()) {
                t = t.substring(0, t.length() - 1); // "从市工信局处了解到"
            }
            // "从商会秘书处获悉" after "北京山西企业商会组织的…": the one named before
            Matcher ref = BACK_REFERENCE.matcher(t);
            if (ref.lookingAt()) {
                String named = named(text, ref.group(1));
                if (named != null) return named;
                continue;
            }
            boolean there = text.startsWith("那边", end) || text.startsWith("那里", end);
            if (SOURCE_ORG.matcher(t).matches() && (there || !EVENT.matcher(t).matches()) && !t.contains("的") && t.length() >= 3) return t;
            // "该信息由中科创星提供": an organisation by its short name, where the words say it passed the lead on
            if (m.group(4) != null && t.length() >= 3 && t.length() <= 8 && !PersonNames.isName(t) && !EVENT.matcher(t).matches()
                    && NameRecogniser.guess(t) != NameRecogniser.Guess.PERSON && NameRecogniser.guess(t) != NameRecogniser.Guess.PLACE) {
                return t;
            }
        }
        String relayed = LeadSources.source(text);
        if (relayed != null) {
            // "市政府驻深圳招商联络处反馈": the longer name of the one passing it on, of which the first is only the start
            String passer = relayed.length() <= 6 ? LeadSources.passedOnBy(text) : null;
            return passer != null && passer.startsWith(relayed) && passer.length() > relayed.length() ? passer : relayed;
        }
        // "市商务局转来一条信息：", "仲量联行给介绍了一家", "天津山西商会秘书处联系我": passed on in everyday words
        String passer = LeadSources.passedOnBy(text);
        if (passer != null) return passer;
        // "线索｜山西省新能源汽车产业协会\n…", "【线索】浙江省长治商会：某…": the heading names who passed it on
        String headed = LeadSources.headedBy(text);
        if (headed != null) return headed;
        // "走访珠海英搏尔（#V-0288）时了解到", "智谱的走访已报（#V-0058），现补报线索": the visit it came from, by its number
        if (text.contains("#V-")) {
            Matcher id = VISIT_ID.matcher(text);
            if (id.find()) return id.group();
        }
        return null;
    }

    private static final Pattern VISIT_ID = Patterns.compile("#V-[0-9]+");

    private static final Pattern BACK_REFERENCE = Patterns.compile("^(?:该|这个|那个|此)?(商会|协会|联合会|校友会|联盟|研究院)");

    /** The organisation of that kind named in full in the text ("北京山西企业商会" for "商会"), or null. */
    private static String named(String text, String kind) {
        for (OrgNames.Found f : OrgNames.find(text)) if (f.name().endsWith(kind) && f.name().length() > kind.length() + 1) return f.name();
        return null;
    }

    private static int firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) return i;
        return 0;
    }

    static String stage(String text) {
        Matcher m = STAGE.matcher(text);
        if (m.find()) return m.group(1);
        String said = LeadSources.stage(text);
        return said != null ? said : cell(text, STAGE_CELL);
    }

    /** A row's cell that is a lead's stage and nothing else: "…，王云峰，市政府驻北京联络处，线索". */
    private static final Pattern STAGE_CELL = Patterns.compile("线索|洽谈|签约");
    /** A row's cell that is how far a signing went: "…，高新区，注册，土地指标待落实，孔令辉". */
    private static final Pattern PROGRESS_CELL = Patterns.compile("签约|注册|开工|投产");

    /**
     * A cell, other than the first, of a ledger's row pasted without its head (four cells or more, read as pauses) that
     * is one of the values and nothing else; null when none.
     */
    private static String cell(String text, Pattern value) {
        if (text.indexOf('，') < 0 || text.indexOf('。') >= 0) return null;
        String[] cells = text.split("，");
        if (cells.length < 4) return null;
        for (int i = 1; i < cells.length; i++) {
            String c = cells[i].strip();
            if (c.length() == 2 && value.matcher(c).matches()) return c;
        }
        return null;
    }

    /** 签约 unless the message says how far it went (已完成工商注册 → 注册, 签约并同步开工 → 开工). */
    static String progress(String text) {
        // "有人说已经开工了，不对，开工要等环评批下来": a step said and then denied is not reached
        if (text.contains("不对") || text.contains("其实") || text.contains("并未") || text.contains("有人说")) text = withoutDenied(text);
        // the furthest step the message says was reached: 投产 after 开工 after 注册
        if (PRODUCING.matcher(text).find()) return "投产";
        if (text.contains("同步开工") || text.contains("已开工") || text.contains("并开工") || STARTED.matcher(text).find()) return "开工";
        // ("计划本周完成工商注册": still to come)
        if (reached(text, "完成工商注册") || text.contains("已注册") || reached(text, "完成注册") || REGISTERED.matcher(text).find()) return "注册";
        String row = cell(text, PROGRESS_CELL);
        return row == null || row.equals("签约") ? null : row;
    }

    /** The words are written and no word putting them in the future stands right before them. */
    private static boolean reached(String text, String words) {
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            if (!PLANNED_BEFORE.matcher(text.substring(Math.max(0, i - 8), i)).find()) return true;
        }
        return false;
    }

    private static final Pattern PLANNED_BEFORE = Patterns.compile(
            "(?:计划|预计|争取|力争|拟|将|要|准备|打算|正在|即将|尽快|有望)[^，。；]{0,6}$"
                    // "企业说元旦前就完成工商注册", "月底前完成注册": a day still to come before which it will be done
                    + "|(?<![目此日以之提])前(?:就|要|会|能|可|可以)?$");

    /** "有人说已经开工了，不对，…", "说已投产，其实还在调试": the clause saying a step, denied by the clause after it, left out. */
    private static String withoutDenied(String text) {
        String[] clauses = CLAUSES.split(text, -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < clauses.length; i++) {
            String c = clauses[i];
            boolean denied = i + 1 < clauses.length && DENIAL.matcher(clauses[i + 1]).lookingAt()
                    || c.contains("有人说") || c.contains("据说") || c.contains("传言");
            if (!denied) out.append(c).append('，');
        }
        return out.toString();
    }

    private static final Pattern CLAUSES = Patterns.compile("[，。；！？\\n]");
    private static final Pattern DENIAL = Patterns.compile("\\s*(?:不对|不是的|不是这样|其实|实际上|并未|并没有|还没有|还没)");

    /** Words that put a step in the future: "计划明年投产", "争取年底前完成注册". */
    private static final String NOT_YET = "(?<!计划|预计|争取|力争|拟|将|要|明年|年底|年内|下月|尽快|准备|打算|正在|即将|有望|可望|前)";

    /** "已正式投产", "已经投产了", "现已投产": production started. */
    private static final Pattern PRODUCING = Patterns.compile(
            "(?:已经|已|现已|目前已|均已)(?:正式|全面|顺利)?(?:建成)?(?:并)?投产|" + NOT_YET + "(?:正式|全面|顺利)投产(?!后|以后|前)|" + NOT_YET + "投产了");

    /** "工商注册已经办完了", "已完成工商登记", "营业执照已拿到": the company is registered. */
    private static final Pattern REGISTERED = Patterns.compile(
            "(?:工商)?(?:注册|登记)(?:手续)?(?:也|都)?(?:已经|已)?(?:办完|办好|办妥|办结|完成|完毕|搞定|落地)|(?:已经|已)(?:完成|办完|办好|办理)?(?:了)?(?:工商)?(?:注册|登记)(?!资本)"
                    // "已完成长治子公司工商注册", "已办好新公司的注册": the company registered named between
                    + "|(?:已经|已)(?:完成|办完|办好|办理)(?:了)?[^，。；\\s]{1,10}?(?:工商)?(?:注册|登记)(?!资本)"
                    + "|营业执照(?:已经|已|也)?(?:拿到|领到|下来|办好|办下来)"
                    // "签约当天就完成了公司注册", "已于上周完成注册"
                    // "同步完成了工商注册", "签约同时办好了注册": done together with the signing
                    + "|(?:当天|当日|同日|同步|同时|一并|已于[^，。；]{1,8}?)(?:就|即|也)?(?:完成|办完|办好)(?:了)?[^，。；]{0,6}?(?:注册|登记)(?!资本)");

    /** "并同步举行开工仪式", "当天即开工建设", "签约暨开工", "已经开工": started, not planned ("计划明年开工"). */
    private static final Pattern STARTED = Patterns.compile(
            "(?<!计划|预计|争取|力争|拟|将|明年|年底|年内|下月)(?:暨|同步举行|同时举行|举行了?|当天即|当日即|当天就|随即|即|已经|正式)(?:开工|动工)"
                    // "已于昨天开工", "已于12月1日正式动工"
                    + "|已于[^，。；]{1,8}?(?:正式)?(?:开工|动工)"
                    // "签约同时就开工了", "签完就开工装修了": started, told done with 了
                    + "|(?:同时|同步|随即|当天|当日|签完|签约后)(?:就|即)?(?:开工|动工)|(?:就|已经|已|也)(?:开工|动工)[^，。；\\s]{0,3}?了");
}
