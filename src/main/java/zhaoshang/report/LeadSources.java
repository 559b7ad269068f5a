package zhaoshang.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations that pass a lead on or arrange a visit rather than being its enterprise: "江苏省半导体行业协会王秘书长推荐：",
 * "中国光伏行业协会秘书处的朋友透露，", "赛迪顾问推荐：", "世邦魏理仕推荐 山东玲珑…", "在上海市山西商会的协调下，走访了…".
 * Such an organisation is a lead's source, never a record of its own. Also a lead's stage said without "处于"
 * ("属线索阶段", "洽谈阶段", "阶段：洽谈", "已进入洽谈").
 */
final class LeadSources {

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final Pattern RX_THROUGH_BEFORE = Patterns.compile(".*(?:依托|借助|通过|经由)$");
    private static final Pattern RX_FROM_BEFORE = Patterns.compile(".*(?:听|据|经|从|通过|是|由|喺|在)$");
    /** What may stand before the intermediary opening its clause: a heading's colon, a time ("昨天", "元旦"), "今天在广州". */
    private static final Pattern RX_OPENING_BEFORE = Patterns.compile(".*[：:]|.*(?:中介|中介机构|招商顾问|咨询公司)|(?:.*[：:])?(?:今天|昨天|前天|元旦|周末|上午|下午|晚上|刚才|刚刚|近日|日前)(?:上午|下午|晚上)?");
    private static final Pattern RX_CLAUSES = Patterns.compile("[，。；\\n]");
    private static final Pattern RX_NOT_A_SOURCE = Patterns.compile(".*(?:企业|公司|朋友|老板|领导|同事|客户|他们|对方|我们)$");

    /** Who in the organisation passed it on, then the verb: "王秘书长推荐", "秘书处的朋友透露", "招商部对接来的". */
    private static final Pattern RELAY = Patterns.compile(
            "^(?:的)?(?:[\\u4e00-\\u9fff]{0,6}?(?:[长处部书总任人友导理]|分行|支行|分会))?(?:的)?(?:透露|推荐|推介|介绍|反馈|提供|告知|反映|对接来的|转来|转过来|牵线|说|讲|消息[：:])"
                    // "秘书长宋建明给推了一个项目", "的刘经理发来一个线索", "帮忙牵线", "推过来的": passed on in everyday words
                    + "|^(?:的)?(?:[\\u4e00-\\u9fff]{0,6}?[长处部书总任人友导理])?(?:[\\u4e00-\\u9fff]{2,3}?)?(?:给|帮忙|帮着|帮)?(?:推了|推过来|推来|发来|发过来|牵线|推荐了)");
    /** Someone of an organisation, then the verb of telling: "的朋友说", "的老同学讲", "那边的人介绍". */
    private static final Pattern TOLD_BY = Patterns.compile("^(?:那边|那里)?的?[\\u4e00-\\u9fff]{0,3}?(?:朋友|同事|同学|老总|领导|人|老板|负责人|熟人)(?:说|讲|介绍|透露|提到)");
    /** Words of hearing right after the means: "…商会获悉", "…协会了解到". */
    private static final Pattern HEARD = Patterns.compile("^(?:的)?(?:渠道|平台)?(?:获悉|了解到|得知|听说)");
    /**
     * "四川山西商会那边摆了一哈", "在X协会那里听到", "从X商会那边，获悉": told or heard there, in everyday or dialect words
     * (摆 = talk, 嗰度 = there), pauses between.
     */
    private static final Pattern HEARD_THERE = Patterns.compile(
            "^(?:那边|那里|那儿|嗰度|处)?[\\s，,]*(?:听到|听说|获悉|得知|了解到|摆了|摆过|摆|聊到|提到|透露|讲|说)");
    /** "在X的协调下", "经X牵线": X arranged the meeting. */
    private static final Pattern ARRANGED = Patterns.compile("^(?:的)?(?:协调|帮助|牵线|引荐|安排|联络|组织|支持|推荐|介绍)下");
    /** Intermediaries by their kind: chambers, associations, institutes, consultants, agents. */
    private static final Pattern INTERMEDIARY = Patterns.compile(
            ".*(?:商会|协会|联合会|促进会|校友会|联谊会|同乡会|联盟|研究院|研究所|顾问|咨询|中介|资本|创投|基金|证券|银行|事务所|招商局|投促局|投促中心|办事处|联络处|工商联)(?:[\\u4e00-\\u9fff]{0,4}分公司)?$"
                    // "深圳中商汇招商顾问有限公司", "广州汇商企业服务有限公司": a consultant or agent registered as a company
                    + "|.*(?:顾问|咨询|中介|企业服务|招商服务)(?:有限公司|有限责任公司|股份有限公司)$");
    /** The words one of which every INTERMEDIARY holds (keep in step with it): a name without any is no intermediary. */
    private static final String[] INTERMEDIARY_WORDS = {"商会", "协会", "联合会", "促进会", "校友会", "联谊会", "同乡会", "联盟", "研究院", "研究所",
            "顾问", "咨询", "中介", "资本", "创投", "基金", "证券", "银行", "事务所", "招商局", "投促局", "投促中心", "办事处", "联络处", "工商联",
            "企业服务", "招商服务"};

    private static boolean intermediary(String name) {
        return Patterns.containsAny(name, INTERMEDIARY_WORDS) && INTERMEDIARY.matcher(name).matches();
    }

    /** An intermediary with no suffix anchoring it, opening a clause or an item: "赛迪顾问推荐：", "世邦魏理仕推荐 …". */
    private static final Pattern NAMED_RELAY = Patterns.compile(
            "(?:^|[\\n，。；：:])\\s*(?:听|据|经|从|通过)?([\\u4e00-\\u9fffA-Za-z]{2,12}?)(?:[\\u4e00-\\u9fff]{0,6}?[长处部书总任人友导])?(?:的)?(?:透露|推荐|反馈|对接来的|转来)(?:了|过来)?(?:一个|一条|两个|两条|个|条)?(?:新)?(?:线索|项目|信息|消息|企业)?[：:，\\s]");
    /** "听上海市江苏商会的朋友说": heard from someone of an intermediary. */
    private static final Pattern HEARD_FROM = Patterns.compile(
            "听([\\u4e00-\\u9fff]{2,16}?(?:商会|协会|联合会|促进会|研究院|研究所|顾问|中介))(?:的)?(?:[\\u4e00-\\u9fff]{0,4}?[长处部书总任人友导])?(?:的)?(?:说|讲|介绍|透露)");
    private static final Pattern STAGE = Patterns.compile(
            "(?:属于?|处于|进入|到了|为|是|目前|当前|尚在|仍在|还在|已)?(线索|洽谈|签约)(?!前)[\\s，,]?阶段|阶段[：:为是算]?[\\s，,]*(线索|洽谈|签约)(?![仪协合前后会书时])|(?:已|已经|算是|现已|正式)进入了?(洽谈|签约)(?!前)"
                    // "现在还在洽谈", "双方正在商谈中": talks going on name the stage without the word 阶段
                    + "|(?:正在|还在|仍在|尚在|目前在|现在在|目前正在|现正)(洽谈|谈判|商谈|磋商)(?!会)"
                    // "当前是线索", "目前还是线索": the stage said as what it is now
                    + "|(?:当前|目前|现在|现阶段)(?:还|仍|也|就)?只?(?:是|为|属于?|算)(?:个|一个|一条)?[\\s，,]?(线索|洽谈)(?![会成])"
                    // "当前洽谈", "目前在洽谈": the word of now, then the stage alone closing its clause
                    + "|(?:当前|目前|现阶段)(?:还|仍)?(?:在|处在)?(线索|洽谈)(?=[\\s，,。；;｜|]|$)"
                    // "｜洽谈中｜", "目前洽谈中。": talks going on, said in two words
                    + "|(洽谈)中(?=[\\s，,。；｜|]|$)");

    private LeadSources() { }

    /** The organisation found at [start, end) of the clause passes something on or arranged the meeting. */
    static boolean relaysOrArranges(String clause, int start, int end, String name) {
        String after = clause.substring(end);
        if (ARRANGED.matcher(after).lookingAt()) return true;
        if (!intermediary(name)) return false;
        String before = clause.substring(0, start).strip();
        // "工作组依托北京山西企业商会，获悉…", "借助X获悉": the means a lead came through, its clause ended by the name
        if (RX_THROUGH_BEFORE.matcher(before).matches() && (after.isBlank() || HEARD.matcher(after).lookingAt())) return true;
        boolean opens = before.isEmpty() || RX_FROM_BEFORE.matcher(before).matches() || RX_OPENING_BEFORE.matcher(before).matches();
        return opens && (RELAY.matcher(after).lookingAt() || HEARD_THERE.matcher(after).lookingAt());
    }

    /** A short name read where a source stands ("听上海市江苏商会的朋友说"): no enterprise. */
    static boolean relayingShortName(String clause, String name) {
        int at = clause.indexOf(name);
        if (at < 0) return false;
        String bare = name.startsWith("听") ? name.substring(1) : name;
        // "听招行的朋友说": whoever a person who told it works for, it is where the lead was heard
        if (name.startsWith("听") && TOLD_BY.matcher(clause.substring(at + name.length())).lookingAt()) return true;
        return relaysOrArranges(clause, at + name.length() - bare.length(), at + name.length(), bare);
    }

    /** The intermediary a lead came from, when it is written as passing it on; null when none. */
    static String source(String text) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        int offset = 0;
        String[] clauses = RX_CLAUSES.split(text);
        for (int c = 0; c < clauses.length; c++) {
            String clause = clauses[c];
            String next = c + 1 < clauses.length ? clauses[c + 1] : "";
            for (OrgNames.Found f : OrgNames.find(clause)) {
                if (relaysOrArranges(clause, f.start(), f.end(), f.name()) && !ARRANGED.matcher(clause.substring(f.end())).lookingAt()
                        || talkedWith(clause, f, next)) {
                    best = f.name();
                    bestAt = offset + f.start();
                    break;
                }
            }
            if (best != null) break;
            offset += clause.length() + 1;
        }
        Matcher h = HEARD_FROM.matcher(text);
        if (h.find() && h.start(1) < bestAt) return h.group(1);
        Matcher m = NAMED_RELAY.matcher(text);
        while (m.find() && m.start(1) < bestAt) {
            // "市商务局今天转来": the time said after the name is no part of it
            String g = PASSER_TAIL.matcher(m.group(1)).replaceFirst("");
            // "元旦上海长治商会秘书处推荐了": the words running into the organisation already found are no other source
            if (best != null && m.end(1) > bestAt) continue;
            if (!OrgNames.find(g).isEmpty()) continue;
            if (g.length() >= 3 && ShortNames.acceptableForm(g) && !RX_NOT_A_SOURCE.matcher(g).matches()) return g;
        }
        return best;
    }

    /**
     * Words that pass a lead on, said right after who passed it: "市商务局转来一条信息", "市投促中心推送：", "仲量联行给介绍了一家",
     * "天津山西商会秘书处联系我", "市投资促进中心刚打电话", "深圳山西商会的刘秘书长给了个信息", "市工信局推 山西潞宝…".
     */
    private static final Pattern PASSED_ON = Pattern.compile(
            "推荐|推介|推送|推过来|推来|推了|推的|推(?=[\\s：:])|转来|转过来|转发|转的|转办|反馈|介绍|提供|联系我|打电话|打来电话|来电|给了个?信息|给的(?:信息|消息|线索)|发来|发过来|透露|告知"
                    // "接到市政府驻北京联络处电话，": the call received, its words in the next clause
                    + "|(?<=接到[^，。；]{3,24})电话(?=[，,。\\s])");
    /** The words one of which every PASSED_ON holds (keep in step with it). */
    private static final String[] PASSED_ON_WORDS = {"推", "转", "反馈", "介绍", "提供", "联系我", "电话", "来电", "给了", "给的", "发来", "发过来", "透露", "告知"};
    /** Who in the organisation passed it on, at the end of the words before the verb: "会长李建国", "的刘秘书长", "秘书处". */
    private static final Pattern PASSER = Patterns.compile(
            // "研究院侯主任": a surname right after the organisation's last word
            "(?:的[\\u4e00-\\u9fff]?|(?<=[院所局会厅委办心行社构署联盟])[\\u4e00-\\u9fff])?(?:常务|执行)?副?(?:会长|秘书长|秘书处|主任|处长|局长|科长|部长|经理|负责人|工作人员|同志|老师|朋友|领导|同事|招商部|项目部)(?:[\\u4e00-\\u9fff]{2,3})?$");
    private static final Pattern PASSER_TAIL = Patterns.compile("(?:那边|那里|方面|这边)?"
            // "长治市商务局上周五转来": the day said between the organisation and its verb
            + "(?:(?:今天|昨天|前天|上周[一二三四五六日天]?|本周[一二三四五六日天]?|周[一二三四五六日天])(?:上午|下午|晚上)?|上午|下午|晚上)?"
            + "(?:刚才|刚刚|刚|又|也|已经|已|今天|昨天)?(?:给|帮忙|帮着|帮)?$");
    /** Words before the one who passed it on: "收到省商务厅推送的", "根据市发改委转来的", "来源是省投促局推荐的", "经…推荐". */
    private static final Pattern PASSER_OPENING = Patterns.compile(
            "^.*?(?:收到了|收到|根据|接到了|接到|通过|经由|来源是|来源为|来源于|来源|来自)|^(?:经|从|由|是|据|听)");
    private static final Pattern TIME_OPENING = Patterns.compile(
            "^(?:[0-9]{1,2}月[0-9]{1,2}日|上周[一二三四五六日天]?|本周[一二三四五六日天]?|今天|今日|昨天|前天|近日|日前|刚才|刚刚|元旦|年末|月末|月初|上午|下午|晚上|各位|另外|此外|还有)+");
    /** The words an organisation that passes leads on ends with: a government body, a chamber, an agent, a fund. */
    private static final Pattern PASSER_ORG = Patterns.compile(
            ".*(?:局|厅|委|委员会|办公室|中心|商会|协会|联合会|促进会|联盟|集群|创投|资本|基金|科创|联行|梁行|研究院|联络处|办事处|工商联|管委会|投资促进部|集团|公司|机构|公社|投资署|代表处|商务处)$"
                    // "省驻深办", "市驻京办": a government office in another city
                    + "|.*驻[\\u4e00-\\u9fff]{1,3}办$");
    private static final Pattern NOT_A_PASSER = Patterns.compile("^(?:我|我们|朋友|老乡|同学|他|她|对方|企业|公司|该|这|那|一家|某)");

    /**
     * The organisation written as passing a lead on with everyday words ("市商务局转来一条信息：", "红谷产业集群推送线索两条",
     * "仲量联行给介绍了一家", "深圳长治商会会长李建国反馈："), or null. A company or a group passes it on only when another
     * organisation is named after it.
     */
    static String passedOnBy(String text) {
        if (!Patterns.containsAny(text, PASSED_ON_WORDS)) return null;
        Matcher m = PASSED_ON.matcher(text);
        while (m.find()) {
            String s = text.substring(0, m.start());
            for (int round = 0; round < 2; round++) {
                s = PASSER_TAIL.matcher(pauseStripped(s)).replaceFirst("");
                s = pauseStripped(PASSER.matcher(pauseStripped(s)).replaceFirst(""));
            }
            int from = s.length();
            while (from > 0 && !isBreak(s.charAt(from - 1))) from--;
            String c = s.substring(from);
            Matcher o = PASSER_OPENING.matcher(c);
            if (o.lookingAt()) c = c.substring(o.end());
            c = TIME_OPENING.matcher(c).replaceFirst("");
            if (c.length() < 3 || c.length() > 24 || c.contains("的") || !PASSER_ORG.matcher(c).matches() || NOT_A_PASSER.matcher(c).find()) continue;
            if (c.endsWith("公司") || c.endsWith("集团")) {
                boolean another = false;
                for (OrgNames.Found f : OrgNames.find(text.substring(m.end()))) another |= !f.name().equals(c);
                if (!another) continue;
            }
            return c;
        }
        return null;
    }

    /** After an organisation, who in it and the words that pass a lead on: "会长李建国反馈：", "的刘秘书长 给了个信息", "秘书处联系我". */
    private static final Pattern PASSING_AFTER = Patterns.compile(
            "^[\\s，,]*(?:那边|那里|方面|这边)?(?:的?[\\u4e00-\\u9fff]?(?:常务|执行)?副?(?:会长|秘书长|秘书处|主任|处长|局长|科长|部长|经理|负责人|工作人员|同志|老师|朋友|领导|同事|招商部|项目部)(?:[\\u4e00-\\u9fff]{2,3}?)?)?"
                    + "[\\s，,]*(?:那边|那里)?(?:刚才|刚刚|刚|又|也|已经|已)?[\\s，,]*(?:给|帮忙|帮着|帮)?[\\s，,]*(?:" + PASSED_ON.pattern() + ")");
    /** What a company or group passing a lead on says next: "反馈：", "推荐了一家", "推过来一条". */
    private static final Pattern PASSED_THING = Patterns.compile("^(?:[：:]|了?(?:一|两|几)?(?:个|条|家))");

    /**
     * The organisation at [start, end) of the clause opens it and passes a lead on ("深圳长治商会会长李建国反馈：…",
     * "上周五 深圳山西商会的刘秘书长 给了个信息"): a source, no record of its own. A company or group does so only with a
     * colon or a count after the verb ("北京中关村发展集团反馈：").
     */
    static boolean passesOn(String clause, int start, int end, String name) {
        if (!Patterns.containsAny(clause, PASSED_ON_WORDS) || !PASSER_ORG.matcher(name).matches()) return false;
        Matcher m = PASSING_AFTER.matcher(clause.substring(end));
        if (!m.lookingAt()) return false;
        if ((name.endsWith("公司") || name.endsWith("集团")) && !PASSED_THING.matcher(clause.substring(end + m.end())).lookingAt()) return false;
        String before = clause.substring(0, start);
        if (before.isEmpty() || isBreak(before.charAt(before.length() - 1))) return true;
        String b = before.strip();
        Matcher o = PASSER_OPENING.matcher(b);
        return TIME_OPENING.matcher(b).matches() || o.lookingAt() && o.end() == b.length();
    }

    /** "线索｜山西省新能源汽车产业协会", "【线索】浙江省长治商会：", "省商务厅招商信息（11月20日推送）": a heading naming who passed it on. */
    private static final Pattern HEADED = Patterns.compile(
            "^\\s*(?:【(?:实效)?线索】|(?:实效)?线索\\s*[｜|：:])\\s*([\\u4e00-\\u9fffA-Za-z]{3,24}?)\\s*(?:[：:\\n，,]|$)"
                    + "|^\\s*([\\u4e00-\\u9fff]{3,20}?)(?:招商信息|项目信息|线索信息)(?:[（(][^）)\\n]{0,16}[）)])?\\s*(?:[\\n，,]|$)");

    /** The organisation a lead's heading names as passing it on (no company or group), or null. */
    static String headedBy(String text) {
        if (!text.contains("线索") && !text.contains("信息")) return null;
        Matcher m = HEADED.matcher(text);
        if (!m.lookingAt()) return null;
        String c = m.group(1) != null ? m.group(1) : m.group(2);
        return strictPasser(c) ? c : null;
    }

    private static boolean strictPasser(String c) {
        return c.length() >= 3 && !c.endsWith("公司") && !c.endsWith("集团") && !c.contains("的") && PASSER_ORG.matcher(c).matches()
                && !NOT_A_PASSER.matcher(c).find();
    }

    /** The words without the pauses at their end (voice input's pauses are read as commas). */
    private static String pauseStripped(String s) {
        int e = s.length();
        while (e > 0 && (Character.isWhitespace(s.charAt(e - 1)) || s.charAt(e - 1) == '，' || s.charAt(e - 1) == ',')) e--;
        return s.substring(0, e);
    }

    private static boolean isBreak(char ch) {
        return Character.isWhitespace(ch) || "，。；：:,;！？!?【】｜|（）()、“”\"《》".indexOf(ch) >= 0;
    }

    /** "与上海交通大学先进产业技术研究院沟通，了解到其孵化企业…": an intermediary we talked with, then what was heard. */
    private static final Pattern TALKED = Patterns.compile("^(?:进行了?|开展了?)?(?:沟通|交流|座谈|对接|联系|洽谈)(?:时|中|过程中)?(?:[，,]?(?:了解到|获悉|得知))?");
    private static final Pattern RX_WITH_BEFORE = Patterns.compile(".*(?:与|同|和|跟)$");

    private static boolean talkedWith(String clause, OrgNames.Found f, String next) {
        if (!intermediary(f.name()) || !RX_WITH_BEFORE.matcher(clause.substring(0, f.start())).matches()) return false;
        Matcher t = TALKED.matcher(clause.substring(f.end()));
        if (!t.lookingAt()) return false;
        if (t.group().endsWith("了解到") || t.group().endsWith("获悉") || t.group().endsWith("得知")) return true;
        String rest = clause.substring(f.end() + t.end()).strip();
        return rest.isEmpty() && HEARD.matcher(next.strip()).lookingAt();
    }

    /** "传音控股有意在北方建…", "通威股份正在评估在山西新建…": the one whose plan a clause (or what follows its colon) opens with. */
    private static final Pattern PLAN_SUBJECT = Patterns.compile(
            "^([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?:那边)?(?:正在|目前|近期|也|还|明年|今年)?(?:有意|拟|计划|打算|准备|评估|考虑|在考虑|想在|要在"
                    // "理想汽车有个电驱总成项目", "星际荣耀要建火箭总装基地", "紫光展锐想找地方做芯片测试"
                    + "|有个|有一个|要建|要搞|要投|想投|想放|要放|想找)");

    /** Who passed it on, before the one with the plan: "宁德的朋友说 ", "我朋友说", "说是北京的", "听说". */
    private static final Pattern PLAN_TOLD_BY = Patterns.compile(
            "^(?:[\\u4e00-\\u9fffA-Za-z]{0,8}?(?:朋友|同学|同事|老乡)(?:说|透露|讲|讲的)|说是|听说|据说)[，,：:\\s]*(?:[\\u4e00-\\u9fff]{2,3}的(?=[\\u4e00-\\u9fffA-Za-z]{2}))?");

    private static final Pattern COMPANY_END = Patterns.compile(
            "..(?:股份|控股|集团|科技|电子|能源|新能源|电气|电器|智能|汽车|重工|化学|化工|材料|医药|生物|光电|微电子|半导体|信息|通信|机械|精密|动力|电池|光伏|环保|实业)$");

    /** The short name opening a clause that tells of a plan; null when none. */
    static String planSubject(String clause) {
        int colon = Math.max(clause.lastIndexOf('：'), clause.lastIndexOf(':'));
        String t = clause.substring(colon + 1).strip();
        // PLAN_SUBJECT holds one of its planning words (keep in step with it)
        if (!Patterns.containsAny(t, "有意", "拟", "计划", "打算", "准备", "评估", "考虑", "想在", "要在", "有个", "有一个", "要建", "要搞", "要投",
                "想投", "想放", "要放", "想找")) return null;
        // "从北京长治商会获悉：X计划建设…项目": what was heard, told after the colon
        boolean toldAfterColon = colon > 0 && Patterns.containsAny(clause.substring(0, colon), "获悉", "了解到", "得知", "听说", "消息", "透露");
        Matcher told = PLAN_TOLD_BY.matcher(t);
        boolean heard = told.lookingAt() && told.end() > 0;
        if (heard) t = t.substring(told.end());
        Matcher m = PLAN_SUBJECT.matcher(t);
        if (!m.find()) return null;
        String c = m.group(1);
        // a subject that reads as a company: a trade or holding word at its end ("传音控股", "通威股份"), or HanLP's organisation;
        // right after the one who told it ("朋友说 X要建…"), or opening what was heard with a project ("获悉：X计划建设…项目"),
        // a name (of three or more in the second case) that is no common word
        boolean company = COMPANY_END.matcher(c).find() || NameRecogniser.guess(c) == NameRecogniser.Guess.ORGANISATION;
        if (company) return ShortNames.acceptable(c) ? c : null;
        // "对方确认计划…", "集团计划…": who speaks or a word for the enterprise is no name
        if (Patterns.containsAny(c, "对方", "确认", "表示", "他们", "我们", "目前", "已经", "企业", "公司") || c.startsWith("集团")) return null;
        return (heard || toldAfterColon && t.contains("项目")) && (c.length() >= 3 || heard) && ShortNames.acceptableObject(c) && !NameRecogniser.commonWord(c) ? c : null;
    }

    /** Words around an organisation read as a source that are no part of it: "均为X", "均由X提供", "拜访X". */
    private static final Pattern SOURCE_AROUND = Patterns.compile(
            "^(?:(?:以上|上述)?(?:[一二两三四五六七八九十几]条|各条)?(?:信息|线索)?(?:均|都|全部)?(?:为|由|来自|来源于|系|是)|拜访|走访|经"
                    // "是从市工信局那边转过来的", "还有省企业家协会说…": the words opening the clause are no part of the name
                    + "|(?:是|也是|都是)?从|还有|另外|另|此外)(?=[\\u4e00-\\u9fffA-Za-z]{3})|(?<=..)(?:提供|推荐|介绍|转来|推送)的?$");

    /** Brackets closing a source that say who in it passed the lead on or when ("（王经理介绍）", "（11月20日推送）"). */
    private static final Pattern WHO_IN_BRACKETS = Patterns.compile("[（(][^（()）]{1,16}(?:介绍|推荐|推介|推送|提供|转来|牵线|引荐)[的了]?[）)]$");

    /** The source without the words around it ("均由江西省山西商会提供" → 江西省山西商会); null stays null. */
    static String bare(String source) {
        if (source == null || source.length() < 5) return source;
        // "晋商银行长治分行（公司业务部王经理介绍）": who in it passed it on, said in brackets after the organisation
        Matcher who = WHO_IN_BRACKETS.matcher(source);
        if (who.find() && who.start() >= 3) source = source.substring(0, who.start());
        String s = ROLE_BEFORE.matcher(SOURCE_AROUND.matcher(source).replaceAll("")).replaceFirst("");
        return s.length() >= 3 ? s : source;
    }

    /** The words an intermediary's name ends with: a bank or its branch, a chamber, an association, an agent, a fund, a government office. */
    private static final Pattern KIND_END = Patterns.compile(
            "银行|分行|支行|商会|协会|台协|侨联|联合会|促进会|校友会|同乡会|工商联|咨询|顾问|中介|创投|资本|基金|证券|事务所|联络处|办事处|招商局|投促局|投促中心|商务局|商务厅|工信局|经信局|发改委|发改局");
    /** The words one of which every KIND_END holds (keep in step with it). */
    static final String[] KIND_WORDS = {"银行", "分行", "支行", "商会", "协会", "台协", "侨联", "联合会", "促进会", "校友会", "同乡会", "工商联",
            "咨询", "顾问", "中介", "创投", "资本", "基金", "证券", "事务所", "联络处", "办事处", "招商局", "投促局", "投促中心", "商务局", "商务厅", "工信局", "经信局", "发改委", "发改局"};
    /** The last word before an intermediary's name that is no part of it: a time, a verb of hearing or meeting, a particle. */
    private static final Pattern NAME_OPENER = Patterns.compile(
            "(?:今天|昨天|前天|今日|昨日|上午|下午|晚上|中午|刚才|刚刚|近日|日前|最近|上周[一二三四五六日天]?|本周[一二三四五六日天]?|周[一二三四五六日天]"
                    + "|说一下|报一下|汇报|听说|听|据|经由|经|从|通过|来自|来源于?|接到|收到|是|由|在|跟|和|与|同|对接|联系|找|的|个|那个|这个)");
    /** Words before the name that say it passed the lead on: "听X介绍", "经X推荐", "中介是X", "信息来自X". */
    private static final Pattern CUE_BEFORE = Patterns.compile("(?:听|据|经由|经|从|通过|来自|来源于?|中介是|来源是|是|由)$");
    /** Words after the name (who in it between) that say it passed the lead on: "X的刘行长转过来一个信息", "X推介的客户". */
    private static final Pattern CUE_AFTER = Patterns.compile(
            "^(?:那边|那里|方面)?(?:的)?(?:[\\u4e00-\\u9fff]{1,6}?(?:长|总|经理|主任|秘书|老师|朋友|同志|负责人|工作人员))?(?:那边|那里)?(?:刚|又|也|专门)?(?:给我们|给|帮忙)?"
                    + "(?:介绍|推荐|推介|推送|推过来|转来|转过来|转的|提供|透露|反馈|牵线|引荐|给的|告知|说|讲|获悉|了解到|打来的?电话|的?电话|来电)");
    /** A branch or office of the organisation written right after it: "中国建设银行山西省分行", "上海长治商会浦东分会". */
    private static final Pattern BRANCH_AFTER = Patterns.compile("^[\\u4e00-\\u9fff]{2,8}?(?:分行|支行|分会|分公司|办事处)");
    /** Words before the name that say what kind of party it is, no part of its name ("招商中介广州基石咨询"). */
    private static final Pattern ROLE_BEFORE = Patterns.compile("^(?:招商中介|中介机构|中介公司|招商代理机构|招商代理|代理机构|中介|合作银行|会员单位)(?=[\\u4e00-\\u9fffA-Za-z]{3})");

    /**
     * An intermediary named as passing the lead on, by what it is rather than by how the sentence is built: a name
     * ending with a bank's, a chamber's, an agent's or an office's word ("建行长治分行", "昆山市台协", "广州基石咨询"),
     * not the lead's enterprise, with words of passing it on before ("听X介绍", "中介是X") or after it ("X的刘行长转过来",
     * "X推介的客户"). Null when none.
     */
    static String intermediaryNamed(String text, String enterprise) {
        if (!Patterns.containsAny(text, KIND_WORDS)) return null;
        Matcher k = KIND_END.matcher(text);
        while (k.find()) {
            int end = k.end();
            Matcher br = BRANCH_AFTER.matcher(text.substring(end));
            if (br.lookingAt() && !text.startsWith("分", end)) end += br.end();
            int start = k.start();
            while (start > 0 && nameChar(text.charAt(start - 1))) start--;
            String run = text.substring(start, k.start());
            Matcher o = NAME_OPENER.matcher(run);
            int cut = 0;
            while (o.find()) cut = o.end();
            start += cut;
            String name = text.substring(start, end);
            Matcher role = ROLE_BEFORE.matcher(name);
            if (role.lookingAt()) { name = name.substring(role.end()); start += role.end(); }
            if (k.start() - start < 2 || name.length() < 4 || name.length() > 24) continue;
            if (enterprise != null && (enterprise.contains(name) || name.contains(enterprise))) continue;
            String before = text.substring(Math.max(0, start - 4), start);
            String after = text.substring(end, Math.min(text.length(), end + 16));
            if (CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).lookingAt()) return name;
            // "…，王云峰，市政府驻北京联络处，线索": a cell of a ledger's row pasted without its head (four cells or more)
            if ((start == 0 || text.charAt(start - 1) == '，') && (end == text.length() || text.charAt(end) == '，') && text.split("，").length >= 4
                    && text.indexOf('。') < 0) return name;
            k.region(end, text.length());
        }
        return null;
    }

    /** The name ends with an intermediary's word (a bank or its branch, a chamber, an agent, a fund, an office). */
    static boolean intermediaryByKind(String name) {
        if (!Patterns.containsAny(name, KIND_WORDS)) return false;
        Matcher k = KIND_END.matcher(name);
        while (k.find()) if (k.end() == name.length()) return true;
        return false;
    }

    private static boolean nameChar(char c) {
        return c >= 0x4e00 && c <= 0x9fff || c < 128 && Character.isLetter(c) || c == '（' || c == '）' || c == '(' || c == ')';
    }

    /** The source with its branch when the text writes one right after it ("中国建设银行" → "中国建设银行山西省分行"). */
    static String withBranch(String text, String source) {
        if (source == null || source.startsWith("#")) return source;
        int at = text.indexOf(source);
        if (at < 0) return source;
        Matcher br = BRANCH_AFTER.matcher(text.substring(at + source.length()));
        return br.lookingAt() && !Patterns.containsAnyChar(br.group(), "的推介绍转说给提供是在和与") ? source + br.group() : source;
    }

    /** The stage a lead is said to be at (线索 / 洽谈 / 签约); null when none is said. */
    static String stage(String text) {
        if (text.indexOf("线索") < 0 && text.indexOf("洽谈") < 0 && text.indexOf("签约") < 0 && text.indexOf("谈") < 0 && text.indexOf("商") < 0) return null;
        Matcher m = STAGE.matcher(text);
        if (!m.find()) return null;
        for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) return m.group(i).equals("线索") || m.group(i).equals("签约") ? m.group(i) : "洽谈";
        return null;
    }
}
