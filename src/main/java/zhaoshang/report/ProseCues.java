package zhaoshang.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of report a sentence of prose tells, from its verbs and phrasings: 拜访/走访/去了/见了/座谈/到…对接 (a visit),
 * 来…考察/莅临/到高新区看 (an inspection), 签约/签了/正式落户 (a signing, unless still to come: "下周签约"),
 * 获悉/了解到/听说/…拟在… (a lead). Weak cues ("签了意向书", "过来了", "基本谈成了") give a kind that should be
 * confirmed. Also whether a visit yields a lead ("可作为实效线索跟进").
 */
final class ProseCues {

    /** A cue: the kind, whether it is only a guess, and where it is in the clause. */
    record Cue(ReportKind kind, boolean weak, int at, boolean plan) {
        Cue(ReportKind kind, boolean weak, int at) { this(kind, weak, at, false); }
    }

    private static final String ZONE = "(?:高新区|潞州区|长治|园区|我区|我市|开发区|产业园)";
    private static final String FUTURE = "(?:下一步|下步|推动|(?<!一)下周|下月|下个月|明天|明年|后天|将于|将|拟|计划|准备|约定|预计|即将|争取|有望|希望|等|再"
            // a signing still talked of or hoped for: "年后就可以谈签约的事", "尽快推进签约", "想早日签约"
            + "|可以|(?<![智性功储产节动赋效新核风光热电势])能(?!源)|(?<![委商协学议社工介谈流览接大年峰布展])会(?![上议后])|(?<![主重需])要|(?<!理)想|(?<![洽座会面])谈|商量|推进|促成|年后|后续|尽快|早日|择期|待|还没|未(?!来)|没)";

    private static final Pattern INSPECTION = Patterns.compile(
            // the enterprise comes into our zone: "X的刘总带队来了潞州区，看了两块地" (not "回到了长治")
            "(?<![回返我们组])(?:来了|到了|来到|带队来|带队到|率队来|率队到)" + ZONE + "|"
            // ("一行四人到我们高新区考察": our zone said as ours)
            + "(?:来|到|赴)(?:我们|咱们)?(?:的)?" + ZONE + "[^，。；]{0,12}?(?:考察|调研|参观|看|察看|转了|转转|转一圈|实地)|莅临|来访"
            // "他们三个人去了长治高新区看了一下": the enterprise went to one of our zones (told from afar) to look round
            + "|(?<![我们组])去了?(?:长治)?(?:高新区|潞州区)[^，。；]{0,12}?(?:考察|调研|参观|看|察看|转了|转转|实地)"
            // "带着技术团队来看算力中心选址了": coming to choose a site is looking round ours
            + "|来[^，。；]{0,10}?(?:考察|调研|选址)"
                    + "|(?:陪同|陪着|陪)[^，。；]{0,30}?(?:在|到)" + ZONE + "|(?:陪同|陪着|陪)[^，。；]{0,30}?(?:考察|参观|察看|调研)了?" + ZONE
                    // "X来了四个人 看了漳泽工业园的厂房": how many came, then what they looked at
                    + "|来了[0-9一二两三四五六七八九十几]+个?(?:人|位)[^，。；]{0,4}?(?:看了|看看|参观|考察|察看)"
                    // "X的客人到了": guests arrive where we are
                    + "|(?:客人|客商)(?:都|已经|也)?(?:到了|来了|过来了)"
                    + "|考察接待|考察团|(?<![总长任理书])接待了(?!我们|我|我组|我方)"
                    // the enterprise is the one who comes and we are the ones who show it round: "X冯总一行三个人来了",
                    // "董总他们过来看了", "在我们高新区转了一圈", "我和张组长陪着去看了高新区的新材料园", "接待考察："
                    + "|接待(?:了)?(?:考察|来访)|过来(?:考察|调研|参观|看|转)"
                    + "|(?<!我们|我组|我方|我)一行[^，。；]{0,8}?(?:过来|来了|(?:来到?|到)(?:我|咱|高新|潞州|长治))"
                    + "|在(?:我们|咱们|我们的|咱们的|咱)?" + ZONE + "[^，。；]{0,8}?(?:转了|转转|转一圈|看了|看看|参观|考察|察看|踏勘)"
                    + "|(?:陪同|陪着|陪)[^，。；]{0,8}?(?:看了|去看|看看|察看|参观|考察|踏勘|转了)[^，。；]{0,16}?(?:" + ZONE + "|园|厂房|地块|用地|载体)"
                    // "陪宁波X公司的周总一行看了潞州区化工园区": the guests, however long their name, then what they looked at
                    + "|(?:陪同|陪着|陪)[^，。；]{0,30}?(?:一行|等人|几位|[一二两三四五六七八九十0-9]+(?:人|位))[^，。；]{0,4}?(?:看了|去看|看看|察看|参观|考察|踏勘|转了)"
                    // "X的总经理吴刚来潞州区，重点看了…": into one of our zones, whatever they did there
                    + "|(?<![回返我们组])来(?:了)?(?:一趟|一次)?(?:长治)?(?:高新区|潞州区)(?![^，。；]{0,12}?(?:对接|洽谈|交流|开会|参加|出席))"
                    // "X一行考察潞州区老顶山片区", "考察高新区汽车零部件园": one of our zones is what was looked round
                    + "|(?:考察|调研|察看|踏勘)(?:了)?(?:我们|咱们)?(?:的)?(?:长治)?(?:高新区|潞州区)"
                    // "两位经理来了，看了潞州区食品产业园": looked at one of our zones
                    + "|^(?:重点|主要|先|先后|还|又|实地|一起)?(?:看了|察看了|参观了|考察了)(?:我们|咱们)?(?:长治)?(?:高新区|潞州区)"
                    // "X的钱总来了 看了高新区光电园", "季总来看了算力中心 就是高新区那个算力大厦", "父子俩来看厂房了": someone of
                    // the enterprise came and looked at our zone, its sites or its buildings
                    + "|(?<![我们组回])来(?:了|过)?[^，。；]{0,8}?看(?:了|过)?(?:我们|咱们)?(?:高新区|潞州区|长治)"
                    + "|(?<![我们组回])来看(?:了|过|看)?(?:[^，。；]{0,8}?(?:高新区|潞州区|长治)|厂房|地块|用地|载体|园区)");
    private static final Pattern VISIT = Patterns.compile(
            // "前几天走访过的那个X": a visit before, told to say which X, is no verb of this record
            "拜访(?!过的)|回访(?!过的)|约见了|走访了|走访(?!过的)|见了|见到|(?<!再|要|会|去|来)见的|(?<!也)去了|(?:一起|一块|我们|我)去的|(?<=[天午上早]|[周期拜][一二三四五六日天]|[0-9一二三四五六七八九十][号日]|周末)去的(?!话|时候|时|地方)|去的是|约到了|座谈|对接了|洽谈了|进行了洽谈|赴[^，。；]{0,30}?(?:考察|调研)|(?:到|去|赴)[^，。；]{2,30}?(?:对接|洽谈|交流)|(?:与|和|同)[^，。；]{2,30}?(?:洽谈|座谈)(?!会)|(?:与|和|同|跟)[^，。；]{2,24}?(?:见面|见了面|见了个面|吃的饭|谈完|谈了|聊了)|喝茶|登门|面谈|跑了|聊了|交流了|对接人|出来"
            // "今天去奇安信，对接的是…", "和小王去蜂巢能源": 去 right after the day or the one who went along, its object after it
            + "|去(?<=(?:[天午上早]|[周期拜][一二三四五六日天]|[0-9一二三四五六七八九十][号日]|周末|[和跟同][\\p{IsHan}]{1,3})去)(?![了的过年掉看考调参走找谈听说问做哪这那一趟我他往向回])"
            // a meal or a meeting with the one met: "跟郭会长吃了个饭", "共进晚餐", "碰了个面"
            + "|吃了?(?:个|顿|一顿)?(?:饭|便饭|午饭|晚饭|早饭|工作餐)(?!的时候|时|期间|间)|共进(?:午餐|晚餐|早餐)|宴请|碰了?(?:个|一)?面|会面");
    private static final Pattern VISIT_WEAK = Patterns.compile("过来了|来了|电话联系|通了电话|对接(?!会)");
    /**
     * 对接 with the one met right after it ("对接的是研发中心主任郑丽娟", "对接储能事业部副总裁江敏", "对接：投资部总监"):
     * whom they met tells a visit, not only a contact (no "电话对接", "由X对接", "建议尽快对接").
     */
    private static final Pattern MET = Patterns.compile("(?<!电话|线上|视频|远程|牵头|跟踪|负责|继续|进一步|尽快|专人|由[\\p{IsHan}]{1,3})对接(?:的是|的人是|人是|[：:\\s]*[^，。；、\\s]{0,12}?"
            + "(?:副?总(?:经理|裁|监|工|助)?(?![投额部量体])|经理|主任|部长|董事长|董事|董秘|秘书长|秘书|院长|厂长|负责人|处长|科长|主管|会长|书记|合伙人|老板|局长|所长|站长|行长))");
    private static final Pattern SIGNING = Patterns.compile(
            "签约|签了|签咗|签订|签署|正式落户|成功落户|落户(?:高新区|潞州区|长治)"
            // "听日同X签连接器项目", "礼拜二同X签咗储能项目": the verb with the project signed as its object
            + "|签(?=[\\p{IsHan}A-Za-z0-9]{2,16}?项目)"
            // "汇报一下周五签的那个项目": the project signed, told by what was signed
            + "|签的(?:那个|这个)?(?:项目|协议|投资协议|合同)"
            // "12月18日在高新区签的约", "把X项目签下来了", "签下了X项目": the verb split by 的 or finished by 下来
            + "|签(?:的|了|过)约|签下(?:来)?了"
            // "刚签完 X公司的Y项目", "下周三在北京签：X公司…项目": the verb finished, or with what is signed after a colon
            + "|签完|签好了|(?<![标书])签[：:](?=[^，。；]{4})"
            // "…项目 昨天签的", "是近日签的": the day it was signed, then 签的 closing the clause
            + "|(?<=[天日午上晚号周前]|已经|就是|刚刚)签的$");
    private static final Pattern SIGNING_WEAK = Pattern.compile("(?:意向书|备忘录|(?:框架|战略|意向)[^，。；]{0,4}?协议|合作协议书)");
    private static final Pattern LEAD = Patterns.compile(
            "获悉|了解到|听说|据悉|透露|听[^，。；\\s]{2,16}?(?:说|讲)|据[^，。；]{1,16}?(?:介绍|消息|反映)|线索|(?:拟|计划|有意|打算|想|准备|正在寻找|要|考虑)(?:在|投资|建设|布局|新建|找|设立|搞|把)"
            // "市投促中心推送：", "市商务局那边刚转过来", "基石创投那边推过来一条": a lead passed on
            + "|推送|转来|转过来|推过来|给推的|给推了");
    private static final Pattern LEAD_WEAK = Patterns.compile("谈成|谈妥|基本敲定");
    private static final Pattern YIELDS_LEAD = Patterns.compile(
            "(?:作为|列入|列为|报送|报|纳入|升级为|转为|转入)(?:个|一个|一条|为)?(?:实效|重点|有效)?线索|(?:实效|有效)线索(?:报送|跟进)|线索报送|可以作为线索");

    private static final Pattern FUTURE_WORDS = Patterns.compile(FUTURE);
    private static final Pattern TALKED_OF = Patterns.compile("(?:的)?(?:事|事宜|时间|日期|细节|条件|问题)");
    private static final Pattern PLAN = Patterns.compile("(?:拟|计划|有意|打算|想|准备|正在寻找|要)(?:在|投资|建设|布局|新建|找|设立|搞|把)"
            // "正在北方找地建…", "在物色新基地", "正在选址": looking for a site is a plan
            + "|(?:正在|正|在)[^，。；]{0,6}?(?:找地|选址|物色|寻找(?:合适的)?(?:落地|新|地))|考虑在[^，。；]{1,8}?(?:建|投|布局|设)");

    private ProseCues() { }

    /**
     * Going out to somewhere not ours to look round it: "我们去X考察", "组织考察团赴苏州X公司考察", "到苏州X有限公司参观" —
     * a visit, whoever went; "X一行到潞州区考察" (into our zone) is the enterprise's inspection.
     */
    private static final Pattern GOING_OUT = Patterns.compile("(?:去|赴|前往|到|来到)([^，。；]{2,24}?)(?:考察|调研|参观|学习|实地)");
    /** Where we are: a destination holding one of these is ours, and who comes there is inspecting. */
    static final Pattern OURS = Patterns.compile(ZONE + "|我们|咱们|咱|这里|这边|我处|本地|地块|厂房|载体|上党|潞州");
    /** Accompanying or inviting guests: where they go is shown to them ("陪同X到Y公司参观", "邀请X到Y考察"). */
    private static final Pattern HOSTING = Patterns.compile("陪|邀|带着|带他们|带对方|带客");

    /** Where the clause tells of going out to look round a place not ours (a visit), or -1. */
    private static int goingOut(String clause) {
        // GOING_OUT ends in one of these words (keep in step with it)
        if (!Patterns.containsAny(clause, "考察", "调研", "参观", "学习", "实地")) return -1;
        Matcher m = GOING_OUT.matcher(clause);
        while (m.find()) {
            if (OURS.matcher(m.group(1)).find() || HOSTING.matcher(clause.substring(0, m.start())).find()) continue;
            return m.start();
        }
        return -1;
    }

    /** The words of a zone in ZONE. */
    private static final String[] ZONE_WORDS = {"高新区", "潞州区", "长治", "园区", "我区", "我市", "开发区", "产业园"};

    /**
     * Whether INSPECTION may match in the clause: each of its alternatives holds 来, 到, 赴, 莅临, 陪, 考察 or 接待, or 在
     * and a zone, or 看了/参观了/去 and a zone (keep in step with INSPECTION).
     */
    private static boolean mayInspect(String clause) {
        return Patterns.containsAnyChar(clause, "来到赴莅陪") || clause.contains("考察") || clause.contains("接待")
                || clause.indexOf('在') >= 0 && Patterns.containsAny(clause, ZONE_WORDS)
                || (clause.contains("看了") || clause.contains("参观了") || clause.indexOf('去') >= 0) && (clause.contains("高新区") || clause.contains("潞州区"));
    }

    /** The strongest cue of the clause (a signing over a visit over an inspection over a lead); null when none. */
    static Cue of(String clause) {
        return MessageMemo.get(MessageMemo.Table.CUES, clause, ProseCues::strongest);
    }

    private static Cue strongest(String clause) {
        Cue signing = signing(clause);
        if (signing != null && !signing.weak()) return signing;
        int out = goingOut(clause);
        // "已安排技术团队下月来高新区看厂房": an inspection still to come (a plan, when told within a visit)
        if (out < 0 && mayInspect(clause)) {
            Matcher i = INSPECTION.matcher(clause);
            if (i.find()) return new Cue(ReportKind.INSPECTION, false, i.start(), INSPECTION_TO_COME.matcher(clause.substring(Math.max(0, i.start() - 8), i.start() + 1)).find());
        }
        // "秦立新在管委会会见了X董事长杨文博一行": our leader receives the enterprise's party where we are (not "在西安会见了")
        if (out < 0 && clause.contains("会见")) {
            Matcher h = RECEIVED.matcher(clause);
            if (h.find() && !metAway(clause.substring(0, h.start()))) {
                return new Cue(ReportKind.INSPECTION, false, h.start(), INSPECTION_TO_COME.matcher(clause.substring(Math.max(0, h.start() - 8), h.start() + 1)).find());
            }
        }
        Matcher m = VISIT.matcher(clause);
        // "想约个时间下周去拜访", "明天的拜访照常": a visit still to come tells none
        int visitAt = -1;
        int plannedAt = -1;
        if (out >= 0) {
            if (!future(clause, out)) visitAt = out; else plannedAt = out;
        }
        while (visitAt < 0 && m.find()) {
            // "#V-0231 走访的中材科技…项目": the visit recorded before, not a new one
            if (clause.startsWith("的", m.end()) && clause.contains("#V-")) continue;
            // "根据#V-0142走访情况", "按#V-0137的走访": the visit of that number, recorded before, that the lead comes from
            if (clause.contains("#V-") && NUMBERED_VISIT.matcher(clause.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            // "上次拜访的那家X": a visit before, describing the one named (as 走访过的 above), is not this clause's event
            if (clause.startsWith("的那", m.end())) continue;
            // "来源是昨天走访", "来源：上周拜访": the visit a lead came from, recorded before
            if (clause.contains("来源") && SOURCE_BEFORE.matcher(clause.substring(Math.max(0, m.start() - 10), m.start())).find()) continue;
            if (!future(clause, m.start())) { visitAt = m.start(); break; }
            if (plannedAt < 0) plannedAt = m.start();
        }
        if (visitAt >= 0) {
            // "赴合肥考察…", "拜访…": a visit; "见了…，签了意向书": a visit that might be a signing
            return new Cue(ReportKind.VISIT, signing != null, visitAt);
        }
        if (signing != null) return signing;
        // "明天上午去拜访X", "下周二拜访X": a visit still to come (a record only when the message tells nothing else)
        if (plannedAt >= 0) return new Cue(ReportKind.VISIT, false, plannedAt, true);
        m = LEAD.matcher(clause);
        if (m.find()) return new Cue(ReportKind.LEAD, false, m.start(), PLAN.matcher(clause.substring(m.start())).lookingAt());
        // the weak cues are words alone: a clause holding none is not scanned for them (keep in step with the patterns)
        if (Patterns.containsAny(clause, "谈成", "谈妥", "基本敲定")) {
            m = LEAD_WEAK.matcher(clause);
            if (m.find()) return new Cue(ReportKind.LEAD, true, m.start());
        }
        if (clause.contains("对接")) {
            m = MET.matcher(clause);
            while (m.find()) if (!future(clause, m.start())) return new Cue(ReportKind.VISIT, false, m.start());
        }
        if (Patterns.containsAny(clause, "来了", "电话联系", "通了电话", "对接")) {
            m = VISIT_WEAK.matcher(clause);
            if (m.find()) return new Cue(ReportKind.VISIT, true, m.start());
        }
        return null;
    }

    /** A leader receiving a party: "会见了X董事长杨文博一行", "亲切会见考察团". */
    private static final Pattern RECEIVED = Patterns.compile("(?:亲切)?会见(?:了)?[^，。；]{0,40}?(?:一行|考察团|代表团|客商|客人)");
    /** "在西安", "赴深圳", "到X公司" right before the meeting: met where they are, not received here. */
    private static final Pattern MET_AT = Patterns.compile("(?:在|赴|到|去|前往)([^，。；]{1,12}?)(?:亲切)?$");
    /** Where we receive guests besides our zones: the offices of the zone. */
    private static final Pattern OUR_OFFICE = Patterns.compile("管委会|区政府|区委|政务|会议室|办公室|大楼");

    private static boolean metAway(String before) {
        Matcher m = MET_AT.matcher(before);
        return m.find() && !OURS.matcher(m.group(1)).find() && !OUR_OFFICE.matcher(m.group(1)).find();
    }

    /**
     * Someone of the enterprise came ("锐芯半导体今天来了", "孙总今天又来了一趟") and, in the words right after, looked at a
     * site of ours or was shown round ("看了C栋", "看完生物医药园", "三组黎明辉陪着跑了一天"): an inspection, no visit of ours.
     */
    static boolean cameToLook(String clause, String after) {
        if (!clause.contains("来了")) return false;
        Matcher c = CAME_ALONE.matcher(clause);
        if (!c.find() || US.matcher(clause.substring(0, c.start())).find()) return false;
        Matcher l = LOOKED_ROUND.matcher(after);
        return l.find() && !WENT_OUT.matcher(after.substring(0, l.end())).find();
    }

    /** The guests are told as arrived ("迈锐医疗来了，看完…"), nothing said of a day still to come. */
    static boolean arrived(String words) {
        if (!words.contains("来了")) return false;
        Matcher m = ARRIVED.matcher(words);
        return m.find() && !FUTURE_WORDS.matcher(words.substring(0, m.start())).find();
    }

    private static final Pattern ARRIVED = Patterns.compile("(?<![回出起进上下我们组])来了(?:一趟|一次|一下)?(?=[，,。\\s]|$)");

    /** "来了", "又来了一趟" closing the clause; not "回来了", "我们来了". */
    private static final Pattern CAME_ALONE = Patterns.compile("(?<![回出起进上下])来了(?:一趟|一次|一下)?[\\s]*$");
    private static final Pattern US = Patterns.compile("我|咱|本组|组里");
    /** Looking at a site of ours, or being shown round, in the few clauses after the arrival. */
    private static final Pattern LOOKED_ROUND = Patterns.compile("^[^。；]{0,16}?(?:(?:看了|看完了?|看过|察看了?|参观了?|踏勘了?|实地看了)[^，。；他其]{0,12}?"
            + "(?:厂房|地块|块地|地|园|栋|楼|车间|载体|用地|位置|现场|基地|中心|平台)|陪(?:同|着|的|他|他们)?)");
    private static final Pattern WENT_OUT = Patterns.compile("拜访|走访|回访|登门|赴|前往|他们(?:公司|厂|的)|对方(?:公司|厂|的)");

    // (also a next step after a meeting: "下一步请他们来长治看看", "春节后就来长治看厂房", "下个月带人过来看")
    private static final Pattern INSPECTION_TO_COME = Patterns.compile("(?:下周|下月|下个月|明天|明年|后天|将于|将|计划|准备|约定|预计|即将|争取|有望|希望|安排|邀请"
            + "|下一步|下步|讲好|说好|约好|商定|派|春节前后|节前|年前|请(?:他们|对方|企业|其)|春节后|节后|年后|回头|有机会|组织|可以|帮忙)[^，。；]{0,8}$");
    private static final Pattern GO_TO_COME = Patterns.compile("^[（(]?(?:另[：:，,]?)?(?:下周[一二三四五六日天]?|明天|明早|明日|后天)(?:上午|下午)?(?:再)?(?:去|赴|前往)");
    private static final Pattern VISIT_TO_COME = Patterns.compile("(?:下周|明天|明早|明日|后天|下次|改天|过两天|约个时间|下个月|下月|计划|准备|打算|想)[^，。；]{0,8}$|(?:再|还要|还会|将)去$");

    /** The clause tells only of a visit still to come ("明天上午计划去拜访星宇车灯"). */
    static boolean plannedVisit(String clause) {
        // "（另：明天去北京理工大学）": going somewhere still to come
        if (GO_TO_COME.matcher(clause).find() && !VISIT.matcher(clause).find()) return true;
        Matcher m = VISIT.matcher(clause);
        boolean planned = false;
        while (m.find()) {
            if (!future(clause, m.start())) return false;
            planned = true;
        }
        return planned || GOING.matcher(clause).find() && !ANY_VERB.matcher(clause).find();
    }

    /** "（另：明天去北京理工大学）", "后天到南京": going somewhere still to come, with no verb of a visit told. */
    private static final Pattern GOING = Patterns.compile("(?:下周[一二三四五六日天]?|明天|明早|明日|后天|改天|过两天|下个月|下月)(?:上午|下午|晚上|一早)?(?:我们|我|咱们|我组)?(?:再|还要|要|准备|计划|打算)?(?:去|到|赴|前往)");
    private static final Pattern ANY_VERB = Patterns.compile("了|过|签|考察|调研");

    /** The visiting verb at {@code at} is still to come ("下周去拜访", "明天的拜访", "计划去拜访"). */
    private static boolean future(String clause, int at) {
        return VISIT_TO_COME.matcher(clause.substring(Math.max(0, at - 12), at)).find();
    }

    /** A signing cue: weak when it signs only an intention ("签了意向书"), none when still to come ("下周签约"). */
    private static Cue signing(String clause) {
        // every SIGNING match holds 签 or 落户
        if (clause.indexOf('签') < 0 && !clause.contains("落户")) return null;
        Matcher m = SIGNING.matcher(clause);
        while (m.find()) {
            int from = Math.max(0, m.start() - 6);
            // (the words before seen through the window's edge: "智能装配线项目签约" is no 能 of ability)
            if (FUTURE_WORDS.matcher(clause).region(from, m.start()).useTransparentBounds(true).useAnchoringBounds(false).find()) {
                // "十二月六号X公司的Y项目准备签约", "本周五签": a signing set for a day named is a signing still to come (its
                // date read and asked about), not a lead; hoped for or talked of ("争取年底签约") it is none yet
                if (SCHEDULED.matcher(clause).region(from, m.start()).useTransparentBounds(true).useAnchoringBounds(false).find()
                        && DAY_NAMED.matcher(clause).find()) return new Cue(ReportKind.SIGNING, false, m.start());
                return new Cue(ReportKind.LEAD, true, m.start());
            }
            String after = clause.substring(m.end(), Math.min(clause.length(), m.end() + 12));
            // "签约的事", "签约事宜", "签约时间": the signing talked about, not done
            if (TALKED_OF.matcher(after).lookingAt()) return new Cue(ReportKind.LEAD, true, m.start());
            // "签约前的最后一轮洽谈", "签约前最后对一下细节": talks before a signing still to come
            if (after.startsWith("前") && !after.startsWith("前期")) continue;
            // "已进入签约阶段", "已经到 签约 阶段了", "当前阶段为签约", "阶段：签约": a lead's stage, not a signing
            if (STAGE_AFTER.matcher(after).lookingAt() || STAGE_BEFORE.matcher(clause.substring(from, m.start())).find()) {
                return new Cue(ReportKind.LEAD, false, m.start());
            }
            // "把意向书签了", "把战略合作协议签了": the paper named before the verb
            boolean intention = SIGNING_WEAK.matcher(after).find() || clause.indexOf('把') >= 0
                    && SIGNED_PAPER_BEFORE.matcher(clause.substring(Math.max(0, m.start() - 14), m.start())).find();
            return new Cue(ReportKind.SIGNING, intention, m.start());
        }
        return null;
    }

    /** Words that set a signing for a day rather than hope for it. */
    private static final Pattern SCHEDULED = Patterns.compile("准备|将于|(?<!即)将|拟|计划|预计|即将|约定|定于|定在|明天|后天|(?:下|本|这)(?:周|礼拜|星期)[一二三四五六日天]");
    /** A day named: "12月6号", "十二月六号", "11.30", "明天", "本周五", "下礼拜二". */
    private static final Pattern DAY_NAMED = Patterns.compile(
            "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[号日](?![前后])|(?<![0-9.])[0-9]{1,2}[./][0-9]{1,2}(?![0-9.亿万个千wWeE%])|明天|后天|明日|明儿|听日"
                    + "|(?:下|本|这)?(?:个)?(?:周|礼拜|星期)[一二三四五六日天]");

    /** "来源是昨天", "来源：上周": where a lead came from, right before a visiting word. */
    private static final Pattern SOURCE_BEFORE = Patterns.compile("来源(?:是|为|[：:])?\\s*[^，。；\\s]{0,5}$");

    /** A visit's number right before a visiting word: "#V-0142", "#V-0137的", "#V-0137号". */
    private static final Pattern NUMBERED_VISIT = Patterns.compile("#V-[0-9]+(?:号)?(?:的|那次|这次)?\\s*$");

    /** What signs only an intention: a letter of intent, a memorandum, a framework or strategic agreement. */
    static boolean intention(String words) {
        return words != null && words.indexOf('签') >= 0 && SIGNING_WEAK.matcher(words).find() && !FORMAL.matcher(words).find();
    }

    /** "…战略合作协议及储能电池项目投资协议", "正式签约": a binding agreement signed beside the intention. */
    private static final Pattern FORMAL = Patterns.compile("(?<!意向|框架|合作)投资协议|投资合同|项目协议|正式(?:签约|协议|合同)|签约仪式");

    /** "把意向书", "把框架合作协议" right before 签了: only an intention was signed. */
    private static final Pattern SIGNED_PAPER_BEFORE = Patterns.compile("把[^，。；]{0,6}?" + SIGNING_WEAK.pattern() + "[\\s，,]*$");

    /** The word 阶段 right after a signing word (voice pauses between): the stage a lead has reached. */
    private static final Pattern STAGE_AFTER = Patterns.compile("^[\\s，,]*阶段");
    /** "阶段为", "阶段是", "阶段：", "阶段 " right before a signing word: the stage a lead has reached. */
    private static final Pattern STAGE_BEFORE = Patterns.compile("阶段(?:为|是|已到|到了|[：:])?[\\s，,]*$");

    /**
     * A signing cue whose clause is only the stage word, the word 阶段 in the clause before or after it ("已经到，签约，
     * 阶段了", "当前阶段为，签约"): a lead's stage, not a signing.
     */
    static Cue stageAcross(Cue cue, String before, String after) {
        if (!before.endsWith("阶段") && !before.endsWith("阶段为") && !before.endsWith("阶段是") && !after.startsWith("阶段")) return cue;
        return new Cue(ReportKind.LEAD, false, cue.at());
    }

    /** The visit is also to be recorded as a lead ("可作为实效线索跟进", "列入实效线索", "可以报实效线索"). */
    static boolean yieldsLead(String text) {
        if (text.indexOf("线索") < 0) return false;
        // "暂不作为线索", "先不报线索": said not to be one
        if (NOT_YIELDED.matcher(text).find()) return false;
        // "可以 作为 实效 线索 跟进" (voice pauses read as commas)
        return YIELDS_LEAD.matcher(text).find() || YIELDS_LEAD.matcher(text.replace("，", "")).find();
    }

    /** The words say the meeting is not (yet) to be a lead ("暂不列线索", "先不报线索"). */
    static boolean notYielded(String text) {
        return text.indexOf("线索") >= 0 && NOT_YIELDED.matcher(text).find();
    }

    private static final Pattern NOT_YIELDED = Patterns.compile("(?:暂不|先不|不|暂时不|暂未)(?:作为|列入|列为|报|纳入|列)(?:实效|重点|有效)?线索");

    /** Plans or lead talk ("拟在…建设", "计划投资") that make an organisation named in a visit a lead of its own. */
    static boolean tellsOfPlan(String clause) {
        return PLAN.matcher(clause).find();
    }
}
