package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message typed in a home dialect as the Mandarin the rest of the parser knows: the day words (琴日, 今朝, 听日,
 * 昨儿, 前儿个, 夜来, 前晌, 礼拜X, 下礼拜X), the verbs and particles glued to names and titles (见咗, 嚟睇, 倾咗, 喺, 佢哋,
 * 唠了唠, 摆了一下, 耍了一趟, 整了一圈), the negations (冇, 莫得, 没啥) and the intent words (有啲意向, 意向好强, 贼有意向,
 * 一般般); likewise 吴, 闽南, 湘赣, 西北 and 中原/山东 speech (昨昏, 今仔日, 明仔载, 夜个, 后儿个, 下半天; the pronouns
 * 阿拉/伊拉/伊们/阮/额/俺 and 人家 before a title; 冒得, 木有, 么子; 意向足强/可强/蛮强; 一道, 一路, 一搭里, 一堆儿; 有去,
 * 有在谈, 谝, 拉呱). One word table for the dialect families (粤, 川渝, 东北, 晋 and northern colloquial speech); a word whose
 * characters are also Mandarin (同, 话, 倾, 整, 摆, 耍, 贼, 间) is replaced only when the message shows its dialect by a
 * word that is nothing else, and never inside an organisation's registered name. Titles of address (老细, 王生, 老板娘)
 * are kept as written; 老板儿 loses its erhua; 老铁 before a name is no part of it. Northern colloquial speech (倍儿,
 * 一块儿, 一道, 去了趟X, 咱组, 俩钟头, 甭, 攒个局, the erhua of 那边儿/事儿) and English typed beside the Chinese (today,
 * intent X, owner X, "A + B陪同") are read alike. Text with none of these is returned unchanged.
 */
final class DialectText {

    private DialectText() { }

    /** The families a rule belongs to: a rule runs when its family shows in the message (ANY always). */
    private static final int ANY = 0, YUE = 1, SHU = 2, DB = 4, WU = 8, MIN = 16, XIANG = 32, XB = 64, ZY = 128, EN = 256;

    /** A replacement; shared when its word is also Mandarin (it then runs with the registered names set aside). */
    private record Rule(int families, Pattern pattern, String with, boolean shared) { }

    private static final String HAN = "[\\u4e00-\\u9fff]";
    /** What may stand before a name dropped of 老铁, or a name found after it: a surname and one or two characters. */
    private static final String DAY = "[一二三四五六日天]";

    /** Words that are nothing but their dialect: any of them shows the family (keep in step with the rules below). */
    private static final Patterns.Words YUE_WORDS = new Patterns.Words("咗", "嚟", "嘅", "喺", "佢", "睇", "冇", "乜嘢", "啲", "哋", "唔", "嘢", "揾", "搵",
            "琴日", "听日", "今朝", "搞掂", "一齐", "下昼", "钟意", "几多", "噉", "咁", "嗰", "同埋", "畀", "琴晚", "佢地", "係", "啱啱", "而家");
    private static final Patterns.Words SHU_WORDS = new Patterns.Words("莫得", "啥子", "老板儿", "摆了", "摆一", "摆哈", "耍了", "耍一", "要得", "巴适", "一哈", "晓得");
    /**
     * What shows 吴, 闽南, 湘赣, 西北 and 中原/山东 speech (their pronouns 阿拉/伊拉/伊们/阮/额/俺 and day words); a family's
     * shared rules (伊, 弗, 一道, 有去, 足, 一路, 额, 可, 人家) run only with one of these in the message.
     */
    private static final Pattern WU_SIGN = Patterns.compile("阿拉(?![伯善丁])|伊拉(?!克)|交关|搿|今朝|事体|侬|覅|邪气");
    private static final Pattern MIN_SIGN = Patterns.compile("伊们|佮|伫|昨暝|下晡|明仔日|伊(?=讲|说|问|对)|(?<![没还])有去(?![年向处无])|昨昏|今仔日|明仔载|厝|阮(?=讲|有|推|回|先|会|介绍|主要|这边|下次|上次)"
            + "|有在(?=谈|考虑|找|选址)|(?<![满不十充富立驻手涉补远])足(?=强|满意|有兴趣|感兴趣)");
    private static final Pattern XIANG_SIGN = Patterns.compile("冒得|冇得|么子|(?<!什)么得|嗯哒|(?<=[去谈签见来看走聊到])哒|一路去");
    /** 额 as "I": never in 金额, 投资额, 额度 (what may stand before it is kept out, what follows must be a verb or 们). */
    private static final String NOT_BEFORE_E = "(?<![金资总份限名差余超定配税售业值易款数面巨高低增减缺提])";
    private static final Pattern XB_SIGN = Patterns.compile("额们|" + NOT_BEFORE_E
            + "额(?=跟|和|说|陪|负责|自己|来跟|是|把|就|明儿|这|先|全程|亲自|一听|再|回去|看)|(?<=[给让跟带])额(?=[说认打等])|夜个|夜里个|谝|一搭里|嫽");
    private static final Pattern ZY_SIGN = Patterns.compile("俺|恁|木有(?!限)|一堆儿|拉呱|得劲|老些|后儿个|夜儿个");
    /** A piece of every alternative of each sign above, rarer than its first characters: the look before it runs. */
    private static final Patterns.Words WU_GATE = new Patterns.Words("拉", "关", "搿", "朝", "体", "侬", "覅", "邪");
    private static final Patterns.Words MIN_GATE = new Patterns.Words(
            "伊", "佮", "伫", "暝", "晡", "仔", "有去", "昏", "厝", "阮", "有在", "足");
    private static final Patterns.Words XIANG_GATE = new Patterns.Words("冒得", "冇得", "么", "哒", "一路去");
    private static final Patterns.Words XB_GATE = new Patterns.Words("额", "夜个", "夜里个", "谝", "一搭里", "嫽");
    private static final Patterns.Words ZY_GATE = new Patterns.Words(
            "俺", "恁", "木有", "一堆儿", "拉呱", "得劲", "老些", "后儿个", "夜儿个");

    /**
     * English words typed beside the Chinese anchors: the days ("today 喺高新区"), the labels of a field ("intent 明确",
     * "owner 斌哥", "source：X", "stage 洽谈") and "+" between two names ("斌哥 + 治国陪同").
     */
    private static final Patterns.Words EN_GATE = new Patterns.Words("today", "Today", "TODAY", "yesterday", "Yesterday",
            "tomorrow", "Tomorrow", "intent", "Intent", "owner", "Owner", "source", "Source", "stage", "Stage", " + ",
            "this morning", "This morning", "this afternoon", "This afternoon", "tonight", "Tonight",
            "next week", "Next week", "last week", "Last week");
    private static final String NOT_LATIN_BEFORE = "(?i)(?<![A-Za-z])", NOT_LATIN_AFTER = "(?![A-Za-z])";
    /** What a label's value starts with: a Chinese character or a visit number. */
    private static final String VALUE = "\\s*[:：]?\\s*(?=" + HAN + "|#)";

    private static final Patterns.Words DB_WORDS = new Patterns.Words("唠", "嘎哈", "老铁", "杠杠", "贼有", "贼好", "贼满意", "贼顺利", "整了", "整一趟", "整一圈", "整明白", "整完", "信儿");

    /** Words one of which every match of a rule of all families holds (keep in step with those rules). */
    private static final Patterns.Words ANY_WORDS = new Patterns.Words("琴日", "寻日", "尋日", "琴晚", "寻晚", "尋晚", "琴朝", "寻朝", "尋朝", "听朝", "听晚", "听日", "今朝", "儿", "一道", "趟", "俩", "甭", "咱", "攒", "昨个", "夜来", "晌", "上昼", "下昼", "晏昼",
            "礼拜", "周天", "没啥", "冇", "莫得", "贼有", "好有", "嘎嘎有", "意向有一定", "一般般",
            "昨昏", "今仔日", "明仔载", "夜个", "夜里个", "上半天", "下半天", "冒得", "木有", "么子", "谝", "一搭里", "一堆儿", "拉呱",
            "俺", "恁", "额们", "伊们", "伊拉", "阿拉", "交关", "搿",
            "昨暝", "下晡", "明仔日", "上半日", "下半日", "佮", "伫", "侬", "覅");

    /** Every character some rule's match starts with or holds, for the cheap look before any pattern runs. */
    private static final String TRIGGERS = "咗嚟嘅喺佢睇冇乜啲哋唔嘢揾搵琴听朝掂齐昼钟噉咁嗰莫啥儿摆耍晓巴唠嘎铁杠贼整信礼晌夜昨个甚没喇喔噃嗷"
            + "昏仔载半冒木么谝搭堆呱俺恁额伊阿辰关搿阮足路体厝暝晡佮伫侬覅邪哒去寻尋埋畀仲系道趟俩甭咱攒俾係啱而";
    /** TRIGGERS as a set, looked for in one pass over the message. */
    private static final Patterns.Chars TRIGGER_CHARS = new Patterns.Chars(TRIGGERS);

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(int families, String regex, String with) {
        RULES.add(new Rule(families, Pattern.compile(regex), with, false));
    }

    private static void shared(int families, String regex, String with) {
        RULES.add(new Rule(families, Pattern.compile(regex), with, true));
    }

    static {
        // ---- English beside the Chinese
        rule(EN, NOT_LATIN_BEFORE + "today" + NOT_LATIN_AFTER, "今天");
        rule(EN, NOT_LATIN_BEFORE + "yesterday" + NOT_LATIN_AFTER, "昨天");
        rule(EN, NOT_LATIN_BEFORE + "tomorrow" + NOT_LATIN_AFTER, "明天");
        rule(EN, NOT_LATIN_BEFORE + "this\\s+morning" + NOT_LATIN_AFTER, "今天上午");
        rule(EN, NOT_LATIN_BEFORE + "this\\s+afternoon" + NOT_LATIN_AFTER, "今天下午");
        rule(EN, NOT_LATIN_BEFORE + "tonight" + NOT_LATIN_AFTER, "今晚");
        rule(EN, NOT_LATIN_BEFORE + "next\\s+week" + NOT_LATIN_AFTER, "下周");
        rule(EN, NOT_LATIN_BEFORE + "last\\s+week" + NOT_LATIN_AFTER, "上周");
        rule(EN, NOT_LATIN_BEFORE + "intent" + VALUE, "意向");
        rule(EN, NOT_LATIN_BEFORE + "owner" + VALUE, "责任人：");
        rule(EN, NOT_LATIN_BEFORE + "source" + VALUE, "来源：");
        rule(EN, NOT_LATIN_BEFORE + "stage" + VALUE, "阶段：");
        // "斌哥 + 治国陪同", "CEO 黄锦文 + BD director Jessica": two names, not two topics ("产线转移 + 智慧园区平台")
        rule(EN, "(?<=(?:^|[\\s，,、：:（(])" + HAN + "{2,4})\\s+[+＋]\\s+(?=" + HAN + "{2,4}(?:$|[\\s，,。；陪都一])|[A-Za-z])", "、");

        // ---- days: 粤 琴日/寻日 听日 今朝 下昼; northern 昨儿(个) 今儿(个) 明儿(个) 前儿(个) 昨个 夜来 前晌 后晌; 礼拜X
        rule(ANY, "琴日|寻日|尋日", "昨天");
        rule(ANY, "琴晚|寻晚|尋晚", "昨晚");
        rule(ANY, "琴朝|寻朝|尋朝", "昨天上午");
        rule(ANY, "听朝", "明天上午");
        rule(ANY, "听晚", "明晚");
        // "赶明儿" is some day later, no date (before 明儿 is read as 明天)
        rule(ANY, "赶明儿(?:个)?", "改天");
        rule(ANY, "听日", "明天");
        rule(ANY, "今朝(?!酒)", "今天");
        rule(ANY, "大前儿(?:个)?", "大前天");
        rule(ANY, "昨儿(?:个)?|(?<![一两三四五六七八九十几整每])昨个(?!人)", "昨天");
        rule(ANY, "今儿(?:个)?", "今天");
        rule(ANY, "明儿(?:个)?", "明天");
        rule(ANY, "前儿(?:个)?", "前天");
        shared(ANY, "(?<=^|[\\s，,。；：:])夜(?:来|儿个|儿)(?=上午|下午|晚上|" + HAN + ")(?!香)", "昨天");
        rule(ANY, "昨昏|(?<![一昨半整每])夜里?个", "昨天");
        rule(ANY, "今仔日", "今天");
        rule(ANY, "明仔载|明仔日", "明天");
        rule(ANY, "昨暝", "昨晚");
        rule(ANY, "后儿个", "后天");
        rule(ANY, "前晌|头晌|上昼|上半天|上半日", "上午");
        rule(ANY, "后晌|下昼|晏昼|下半天|下半日|下晡", "下午");
        rule(ANY, "晌午", "中午");
        rule(ANY, "(?:这|呢|今)(?:个)?礼拜(?=" + DAY + ")", "本周");
        rule(ANY, "(?:这|呢|今)(?:个)?礼拜", "本周");
        rule(ANY, "上(?:个)?礼拜", "上周");
        rule(ANY, "下(?:个)?礼拜", "下周");
        rule(ANY, "(?<![做上下本周])礼拜(?=" + DAY + ")", "周");
        rule(ANY, "(?<=周)[日天]", "日");

        // ---- intent words, before the words they are made of are replaced
        rule(ANY, "(?:冇得?|莫得|冒得|木有|没)(?:乜|啥子|啥|什么|么子)?(?:意向|兴趣)", "没有意向");
        rule(XIANG, "(?<!什)么得(?:意向|兴趣)", "没有意向");
        rule(ANY, "(?:冒得|冇得)(?:投资意向)", "没有投资意向");
        rule(ANY, "有啲(?:意向)", "有一定意向");
        rule(ANY, "意向有一定", "有一定意向");
        rule(ANY, "一般般", "一般");
        rule(ANY, "(?:贼|好|嘎嘎)有意向", "意向较强");
        // "好有兴趣" is the keenness Mandarin says 很有兴趣: interest, no intent level
        rule(ANY, "(?:贼|好|嘎嘎)有兴趣", "很有兴趣");
        shared(YUE, "(?<=意向|兴趣)好(?=强|明确|大)", "很");
        shared(YUE, "(?<=意向|意愿|兴趣)几(?=强|大|高)", "挺");

        // ---- pronouns, negations and 'together' of 吴, 闽南, 湘赣, 西北 and 中原/山东 that are nothing else
        rule(ANY, "伊拉(?!克)|伊们", "他们");
        // "阿拉牛振华、申晓鹏一道去的": our people listed after the pronoun
        rule(ANY, "(?:阿拉|俺们|额们)(?=" + HAN + "{2,3}、)", "我方");
        rule(ANY, "阿拉(?=[一二两三四五六七八九几]个)", "我们");
        rule(ANY, "阿拉(?![伯善丁])", "我");
        rule(ANY, "额们|俺们", "我们");
        rule(ANY, "俺", "我");
        rule(ANY, "侬", "你");
        rule(ANY, "佮", "和");
        rule(ANY, "伫", "在");
        rule(ANY, "覅", "不要");
        rule(ANY, "恁", "你们");
        rule(ANY, "冒得|冇得|木有(?!限)", "没有");
        rule(XIANG, "(?<!什)么得", "没有");
        rule(ANY, "么子", "什么");
        rule(ANY, "谝|拉呱", "聊");
        rule(ANY, "一搭里|一堆儿", "一起");
        rule(ANY, "交关辰光", "很长时间");
        rule(ANY, "交关", "很");
        rule(ANY, "搿", "这");

        // ---- northern colloquial (京片子 and the like): keenness, erhua, 俩, 甭, 咱, 一道/一块儿, 去了趟
        rule(ANY, "倍儿", "很");
        rule(ANY, "一块儿", "一起");
        rule(ANY, "压根儿", "根本");
        rule(ANY, "(?<=[这那哪])儿(?![童女子孙媳])", "里");
        rule(ANY, "(?<=[边事点块活会样空头面道趟劲])儿", "");
        rule(ANY, "俩(?=钟头|小时|礼拜|星期|月)", "两个");
        rule(ANY, "(?<=" + HAN + ")俩(?=人)", "两");
        rule(ANY, "甭", "不用");
        rule(ANY, "攒(?=了?个(?:局|饭局|座谈|会|对接会|推介会|见面会))", "组织");
        rule(ANY, "咱组", "我组");
        rule(ANY, "咱(?=[跟和同与])", "我");
        rule(ANY, "咱(?!们)", "咱们");
        // "和李刚一道", "一道去的": together, not the measure word (一道题, 一道工序)
        shared(ANY, "一道(?=$|[\\s，,。；！!）)]|[去来走过陪参见拜考跑看吃回出谈座])", "一起");
        // "去了趟亦庄，拜访了X": the place gone to is no visit of its own
        shared(ANY, "(?<=[去跑])(了?)一?趟(?=" + HAN + ")", "$1");

        // ---- words of those families shared with Mandarin, only where the family shows
        shared(WU | MIN, "伊(?=讲|说|问|对|较|顺便|还|也|就|已经|在|有|表示|看|觉得|想|的|要|会|今年|明年|这|那|没|弗|不|先|倒|蛮|足|很|自己|认为|准备|计划|打算|答应|同意)", "他");
        shared(WU, "弗(?![兰洛吉里雷莱朗])", "不");
        shared(WU, "明朝(?![代末初年时人])", "明天");
        shared(WU, "事体", "事情");
        shared(WU, "勿(?=[大太要想考去来肯晓讲同])", "不");
        shared(WU, "邪气(?=[好大强多高满有])", "很");
        shared(WU | MIN | XIANG, "(?<![前以之今昨日])后日(?![本期程])", "后天");
        // 辰光 as time ("辰光紧", "啥辰光"), not in a name (博辰光电)
        shared(WU, "到辰光", "到时候");
        shared(WU, "(?<=[啥这那有没弗少多长短点的了])辰光|辰光(?=[紧弗不太蛮很还来到有])", "时间");
        shared(WU, "(?<=[报讲问看等谈聊])一记", "一下");
        shared(WU, "(?<=[讲问弄搞看说听]|弗|不)清爽", "清楚");
        shared(WU | XIANG, "蛮(?=强|满意|有兴趣|感兴趣|好|大|多|高|积极|热情|认可|关心|关注|看好|紧张|重视)", "很");
        shared(MIN, "(?<![没还])有去(?![年向处无])", "去");
        shared(MIN, "(?<![没还])有在(?=谈|考虑|找|选|听|看|跟|做|聊|推|接触|对接|规划|评估)", "在");
        shared(MIN, "(?<![满不十充富立驻手涉补远])足(?=强|满意|有兴趣|感兴趣|高|多|大|好|积极|热情|认可|关心|看好|重视)", "很");
        shared(MIN, "阮(?=这边|讲|有|推|回|先|会|介绍|今天|主要|下次|上次|上周|和|跟|也|都|就|去|来|已经|在)", "我们");
        shared(XIANG, "一路(?=去|来|陪|过去|走访|拜访|考察|参加|跑)", "一起");
        rule(XIANG, "(?<=[去谈签见来看走聊到])哒", "了");
        shared(XB, NOT_BEFORE_E + "额(?=[们跟和说陪负自看来是明把就回加再全先亲一这等让也都还在去今昨夜觉建顺以打认上下])|(?<=[给让跟带])额(?=[说认打等])", "我");
        shared(XB, "一搭(?=[来去])", "一起");
        shared(ZY, "(?<![认许宁])可(?=强|满意|有兴趣|感兴趣|积极|热情|重视|看好)", "很");
        // before the names are set aside: "人家装备研究院的副院长" would be read as one
        rule(XB | ZY, "(?<![别一两几这那有家户])人家(?=[^，,。；\\s]{0,12}?(?:总|长|主任|经理|总监|秘书|助理|负责人))", "他们");

        // ---- 粤: particles, verbs and words glued to names and titles
        // 佢地, 我地: 哋 as typed with the character of its sound
        rule(YUE, "(?<=[佢我你])地(?![块区方产铁址段皮])", "哋");
        rule(YUE, "佢哋", "他们");
        rule(YUE, "我哋", "我们");
        rule(YUE, "你哋", "你们");
        rule(YUE, "哋", "们");
        rule(YUE, "佢", "他");
        rule(YUE, "咗", "了");
        rule(YUE, "返嚟", "回来");
        rule(YUE, "嚟", "来");
        rule(YUE, "睇", "看");
        rule(YUE, "嘅", "的");
        // "阿斌喺度", "罗振华同嘉欣都喺度": there with us, at the end of what is said
        rule(YUE, "喺度(?=$|[\\s，,。；！!])", "在场");
        rule(YUE, "喺度", "在");
        rule(YUE, "喺", "在");
        rule(YUE, "冇乜嘢|冇乜", "没什么");
        rule(YUE, "冇嘢", "没有事");
        rule(YUE, "冇", "没有");
        // (乜 alone is also a surname: 乜琳)
        rule(YUE, "乜嘢|(?<=[做为系])乜", "什么");
        rule(YUE, "嘢", "东西");
        rule(YUE, "有啲", "有点");
        rule(YUE, "快啲", "快点");
        rule(YUE, "啲", "些");
        rule(YUE, "唔系", "不是");
        rule(YUE, "唔", "不");
        rule(YUE, "[揾搵]", "找");
        rule(YUE, "搞掂", "搞定");
        rule(YUE, "一齐", "一起");
        rule(YUE, "钟意", "喜欢");
        rule(YUE, "几多", "多少");
        rule(YUE, "饮茶", "喝茶");
        rule(YUE, "屋企", "家里");
        rule(YUE, "噉|咁", "这样");
        rule(YUE, "嗰", "那");
        rule(YUE, "同埋", "和");
        rule(YUE, "畀|俾(?=[佢我你他她])", "给");
        rule(YUE, "係", "是");
        rule(YUE, "啱啱", "刚刚");
        rule(YUE, "而家", "现在");
        rule(YUE, "(?<=" + HAN + ")[喇喔噃啫](?=$|[\\s，,。；！!])", "");
        // 系 as 是 ("第一家系X", "对接嘅系运营总监", "当前系洽谈阶段"), never a word of Mandarin (关系, 联系, 体系, 系统, 中文系):
        // replaced before the names are set aside, which would take "系X有限公司" (and "那间X", "组长话X") for one name
        rule(YUE, "(?<![关联体派直母父维水星谱世嫡院语科干心情根菜学文])系(?![统列数带])", "是");
        // 话 as 说 ("黎总话下礼拜五嚟", "组长话X有限公司今日嚟咗"), not 电话, 说话, 话题
        rule(YUE, "(?<![电说讲对通谈笑废实会神童情俗白闲佳])话(?![题术费筒务剧语机])", "说");
        // 间 as the measure of a company ("见咗两间", "嗰间X有限公司", "有间X"), not 房间, 车间, 时间
        rule(YUE, "(?<=有)间(?=" + HAN + "{2,}(?:有限|股份|集团|公司))", "一家");
        rule(YUE, "(?<=[一两二三四五六七八九十几0-9]|了|见|这|那|有)间(?![房屋内隙断歇距隔])(?!厂房|办公|车间|仓库|宿舍|会议|实验|工作|教室|门面|商铺)", "家");
        // 头先 "just now", 即场 "on the spot", 今次 "this time"
        rule(YUE, "头先", "刚才");
        rule(YUE, "即场", "当场");
        rule(YUE, "今次", "这次");
        // 同 as 和/跟 ("我同小陈陪", "X同Y一齐嚟", "同阿强见咗"), not in a word of Mandarin (同意, 同步, 合同, 陪同)
        shared(YUE, "(?<![共合不相陪协大会认赞连等如雷混异随一视])同(?![意时步事行学样类比期一等级业乡城龄名款型向源质胞伴心德济仁方花盛创益享舟住屋框门])", "和");
        // 倾 as 谈 ("倾咗储能", "倾得几好"), not 倾向, 倾斜, 倾听
        shared(YUE, "倾(?:偈)?(?![向斜听销力心情城注诉倒覆家全巢盆吐角泻慕尽])", "谈");
        shared(YUE, "(?<=谈)偈", "");
        // 几 as 挺 before a liking ("几好", "几有兴趣")
        shared(YUE, "几(?=好|有兴趣|满意|喜欢)", "挺");
        shared(YUE, "返(?=去|工|$|[\\s，,。；！])", "回");
        shared(YUE, "成个(?=上午|下午|晚上|早上|中午|钟|礼拜|星期|月)", "整个");
        // 仲 as 还 ("琦姐仲拜访咗", "今日仲喺度开工"), never 仲裁 or a season
        shared(YUE, "(?<!伯)仲(?=喺|在|有|未|要|系|是|想|拜访|去|见|会|可以|讲|话|说|再|开|倾|谈|睇|看|等|冇|没|帮|约|搵|找|得)", "还");

        // ---- 川渝
        rule(SHU, "莫得啥子|莫得啥", "没什么");
        rule(SHU, "莫得", "没有");
        rule(SHU, "啥子", "什么");
        rule(SHU, "老板儿", "老板");
        rule(SHU, "一哈", "一下");
        rule(SHU, "摆龙门阵", "聊天");
        rule(SHU, "摆(?:清楚|明白)", "说清楚");
        rule(SHU, "摆(?=了|一|哈|过|得)", "聊");
        rule(SHU, "耍(?=了|一|过)", "转");
        rule(SHU, "巴适得板|巴适", "不错");
        rule(SHU, "要得", "好的");
        rule(SHU, "晓得", "知道");

        // ---- 东北
        rule(DB, "唠(?!叨)", "聊");
        rule(DB, "嘎哈", "干啥");
        rule(DB, "贼(?=" + HAN + ")", "很");
        rule(DB, "信儿", "消息");
        rule(DB, "(?<=" + HAN + ")嗷(?=$|[\\s，,。；！!])", "");

        // ---- 整 of 东北 and 川渝: going round ("整了一圈", "整了趟X", "整一趟"), doing ("想整X项目", "整完了")
        rule(SHU | DB, "整(?=了趟)", "去");
        rule(SHU | DB, "整(?=了?一?(?:趟|圈))", "转");
        shared(SHU | DB, "整(?=去|到)", "");
        shared(SHU | DB, "整个(?=[0-9一二两三四五六七八九十百千几]|[^，,。；\\s]{1,14}?(?:项目|基地|厂|线|园|中心))", "搞个");
        shared(SHU | DB, "整(?![个体合改治理顿机装套栋层洁齐形流修编容条段天年月夜晚数点])", "搞");
    }

    /** The message as Mandarin; unchanged when it holds no dialect word. */
    static String normalise(String s) {
        if (s == null || s.isEmpty()) return s;
        boolean english = EN_GATE.in(s);
        if (!english && !TRIGGER_CHARS.in(s)) return s;
        int families = english ? EN : ANY;
        if (YUE_WORDS.in(s)) families |= YUE;
        if (SHU_WORDS.in(s)) families |= SHU;
        if (DB_WORDS.in(s)) families |= DB;
        if (WU_GATE.in(s) && WU_SIGN.matcher(s).find()) families |= WU;
        if (MIN_GATE.in(s) && MIN_SIGN.matcher(s).find()) families |= MIN;
        if (XIANG_GATE.in(s) && XIANG_SIGN.matcher(s).find()) families |= XIANG;
        if (XB_GATE.in(s) && XB_SIGN.matcher(s).find()) families |= XB;
        if (ZY_GATE.in(s) && ZY_SIGN.matcher(s).find()) families |= ZY;
        if (families == ANY && !ANY_WORDS.in(s)) return s;
        String t = s;
        // the words that are nothing but dialect first; then, the registered names set aside, those shared with Mandarin
        for (boolean shared : new boolean[] {false, true}) {
            List<String> names = shared ? names(t) : List.of();
            t = mask(t, names);
            for (Rule r : RULES) {
                if (r.shared() != shared || r.families() != ANY && (r.families() & families) == 0) continue;
                Matcher m = r.pattern().matcher(t);
                if (m.find()) t = m.replaceAll(r.with());
            }
            if (shared && (families & DB) != 0 && t.contains("老铁")) t = calledBrother(t);
            t = unmask(t, names);
        }
        return t;
    }

    /** "老铁张磊、王海峰陪着", "跟老铁王海峰去": 老铁 before a name is how the name is called, no part of it. */
    private static String calledBrother(String t) {
        StringBuilder b = new StringBuilder(t.length());
        int last = 0;
        for (int i = t.indexOf("老铁"); i >= 0; i = t.indexOf("老铁", i + 2)) {
            int p = i + 2;
            if (p + 1 < t.length() && PersonNames.isSurname(t.charAt(p)) && InputText.isCjk(t.charAt(p + 1))) {
                b.append(t, last, i);
                last = p;
            }
        }
        return b.append(t.substring(last)).toString();
    }

    /** The registered names in the text (found once the dialect-only words are Mandarin). */
    private static List<String> names(String t) {
        List<String> out = new ArrayList<>();
        for (OrgNames.Found f : OrgNames.find(t)) if (f.suffixed()) out.add(f.name());
        return out;
    }

    private static String mask(String t, List<String> names) {
        for (int i = 0; i < names.size(); i++) t = t.replace(names.get(i), String.valueOf((char) (0xE000 + i)));
        return t;
    }

    private static String unmask(String t, List<String> names) {
        for (int i = 0; i < names.size(); i++) t = t.replace(String.valueOf((char) (0xE000 + i)), names.get(i));
        return t;
    }
}
