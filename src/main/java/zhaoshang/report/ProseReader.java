package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reports written as prose, voice input, news or numbered weekly lists: splits the message into clauses
 * (lines, numbered items ①② 1. (1), sentences, commas, the pauses of voice input), starts a record wherever a new
 * organisation is named, takes each record's kind from its verbs ({@link ProseCues}) or from the heading, and reads
 * its fields from its own words plus what the whole message shares (a heading's date, "两家意向都一般",
 * "责任人均为…"). A visit that says it is also a lead yields a lead; a plan heard about another organisation
 * during a visit is a lead of its own. See {@link ProseRecord} for the fields.
 */
final class ProseReader {

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final Pattern RX_AFTER_SENTENCE = Patterns.compile("(?<=[。！!；;？?\n])");
    private static final Pattern RX_TRAILING_MARKS = Patterns.compile("[。！!？?；;\s]+$");

    private static final Pattern INLINE_MARKER = Patterns.compile("(?=[①②③④⑤⑥⑦⑧⑨⑩])|(?<=[；;。])\\s*(?=[（(][1-9][)）])|(?<=[：:])\\s*(?=[（(]1[)）])");
    private static final Pattern QUESTION = Patterns.compile("[？?]|吗$|有没有人|谁有|谁认识|怎么报|多少$");
    private static final Pattern HEARSAY = Patterns.compile("看到新闻|新闻说|据报道|不是我们(?:区|的)|不是我们区|^看到"
            // "【转发】", "【转发·长治日报】", "【转载｜新华社】", "【行业资讯】", "【新闻快讯】": a heading saying it is passed on or news
            // ("【签约快讯】", "【考察快讯】": our own news of our own kind)
            + "|^【转(?:发|载)?(?:[·・:：|｜\\s][^】]{0,12})?】|^【(?!签约|考察)[^】]{0,4}(?:资讯|新闻|快讯)】"
            + "|学习参考|参考借鉴|学习借鉴|供(?:大家|各组|各位)?参考|请各组参考"
            // "学习一下：X区招商团队…", "…，值得我们学习！": another team's work held up as an example
            + "|^学习一下|值得(?:我们|大家)(?:好好)?学习"
            // "据太原日报报道", "据长江日报消息", "据新华社电": what a paper, a channel or an agency published
            + "|据[\\u4e00-\\u9fff]{0,6}?(?:日报|晚报|早报|时报|商报|新闻|电视台|广播|新华社|中新社|媒体|网|公众号)(?:报道|消息|电|发布)?[，,：:]"
            // "长治日报今天报道了X区与Y签约的消息": a paper's story opening the message
            + "|^[\\u4e00-\\u9fff《》]{0,8}?(?:日报|晚报|早报|时报|商报|电视台|新华社|公众号)》?(?:今天|昨天|今日|昨日|近日|日前)?(?:报道|刊发|刊登)了?");
    /**
     * "晋中…示范区与北京一家企业签约", "运城经开区昨日与X签约": a signing by another zone (not 长治, 潞州 or our 高新区) is news
     * read about, not ours.
     */
    private static final String ZONE = "(?:^|[，。；：:\\n])(?:[0-9]{1,2}月[0-9]{1,2}日|近日|日前|昨日|昨天|上周|听说|据说|据悉|看到)?[，,]?"
            + "([\\u4e00-\\u9fff&&[^从在和与到去赴带我们了的是给跟]]{2,16}?(?:经开区|开发区|高新区|示范区|新区|工业园区|区|县|市))"
            // "大同市政府", "运城经开区的招商队伍", "X示范区招商团队": who in that zone acts
            + "(?:的)?(?:政府|人民政府|管委会|党工委|招商局|投促局|商务局|招商(?:团队|队伍|小分队|组|专班)|代表团|考察团|主要领导|领导)?(?:一行)?"
            + "(?:昨日|昨天|今天|日前|近日|上周|本周|前几天|[0-9]{1,2}月[0-9]{1,2}日)?";
    private static final Pattern OTHER_ZONE_SIGNS = Patterns.compile(ZONE + "(?:与|和|同)[^。；\\n]{0,40}?签");
    /**
     * "山西转型综改示范区招商团队赴北京走访X", "运城经开区的招商队伍上周去苏州走访了X", "晋城经开区昨天接待了X一行考察":
     * another zone's team visiting an enterprise, or an enterprise looking round another zone, is news about them.
     */
    private static final Pattern OTHER_ZONE_ACTS = Patterns.compile(ZONE
            + "(?:(?:赴|去|到|前往|在)([^。；\\n]{0,24}?)(?:走访|拜访|对接|洽谈)|接待(?:了)?[^。；\\n]{0,40}?(?:考察|调研|参观))");
    /** Words one of which every HEARSAY match holds (keep in step with it). */
    private static final String[] HEARSAY_WORDS = {"看到", "新闻", "据", "不是我们", "【", "参考", "借鉴", "学习", "报道", "刊"};

    private static boolean hearsay(String s) {
        return Patterns.containsAny(s, HEARSAY_WORDS) && HEARSAY.matcher(s).find();
    }

    /**
     * "更正一下上一条：企业名称应该是X…", "刚才那条写错了，…": a message that puts an earlier message right is no report of
     * its own (the record is changed with 更正 #V-… or by answering its draft), whatever organisation it names.
     */
    private static final Pattern CORRECTS_EARLIER = Patterns.compile(
            "^(?:(?:更正|纠正|修改|改正|订正|更改)(?:一下)?[：:，,\\s]*(?:上一条|上条|前一条|刚才(?:那条|发的|的)?|前面(?:那条)?|之前(?:那条)?|昨天(?:那条)?)"
                    + "|(?:上一条|上条|刚才那条|刚才发的|前面那条)[^。，,]{0,6}?(?:写错了|有误|错了|需要更正|要更正))");

    /** The words a shared contact card shows: "添加到通讯录", "保存到通讯录", "发送名片", "XX的名片". */
    private static final Pattern CARD = Patterns.compile("(?:添加|加入|保存|存)(?:到)?(?:手机)?通讯录|(?:发送|分享|推荐)(?:了)?(?:个人)?名片|的名片$|^名片[：:]?");

    /** "通知：12月5日上午9点召开调度会…": a notice to the group, not a report. */
    private static final Pattern NOTICE = Patterns.compile("^(?:【?通知】?[：:]|【通知】|温馨提示[：:]|提醒[：:])");
    /**
     * "明天下午两点在三楼会议室开会，…请第一组、第二组全体参加": a meeting called, and the group asked to attend — the
     * words of a notice, whatever trip or enterprise it is about.
     */
    private static final String[] MEETING = {"会议室", "开会", "召开", "调度会", "例会", "碰头会", "视频会", "线上会"};
    private static final Pattern ATTEND = Patterns.compile("(?<![邀申提聘])请(?:各|全体|大家|相关|你们|各位|第|组长|组员)[^。！]{0,24}?(?:参加|参会|出席|到会|准时|带上|准备)");
    private static final Pattern SENTENCE_END = Patterns.compile("[。！!；;\n]");
    /**
     * "别忘了周五前交外出总结", "明天记得带材料", "请各组本周五前报送走访记录": words telling the others what to do (a
     * reminder, a request, a deadline to hand something in) are no report, whatever report they name.
     */
    private static final Pattern REQUEST = Patterns.compile(
            "^(?:各位|大家|同志们|各组|各小组|组员们|全体)?[，,：:]?(?:(?:今天|明天|后天|下周[一二三四五六日天]?|本周[一二三四五六日天]?|周[一二三四五六日天])(?:上午|下午|晚上)?)?[，,]?"
                    + "(?:别忘了|别忘记|不要忘了|不要忘记|千万别忘|记得|记住|务必|一定要|请(?:各|大家|全体|你们|各位|第|组长|组员|于|在)|麻烦|抓紧|尽快|提醒(?:一下)?(?:大家|各位)?)"
                    + "|(?:周[一二三四五六日天]|[0-9一二三四五六七八九十]{1,2}[日号点]|月底|年底|下班|明天|今天|今晚|本周|下周)(?:之|以)?前(?:把[^，。；]{0,16}?)?(?:交|提交|上交|报|上报|报送|发|发给|填|填报|补)(?!了)");
    /** A reminder that reports something done beside it ("记得…，今天拜访了X…") is a report: a verb of the past. */
    private static final Pattern DONE = Patterns.compile("了|过");

    /**
     * "更正一下上一条：企业名称应该是X…", "刚才那条日期错了，是昨天": a message opening by putting an earlier one right; it
     * reports nothing unless its words go on to tell an event of their own ("另外今天上午拜访了X…").
     */
    private static final Pattern PUTS_EARLIER_RIGHT = Patterns.compile(
            "^(?:(?:更正|纠正|修正|修改|改)(?:一下)?[：:，,\\s]*(?:上一条|上条|刚才(?:那|这|发的)?条|刚刚(?:那|这|发的)?条|前面(?:那|这)?条|之前(?:那|这)?条)"
            + "|(?:刚才|刚刚|上一条|上条|前面)(?:那|这|发的)?条)");
    /**
     * "12月14日，市委主要领导到长治高新区调研招商引资工作": officials touring the zone are news of the leadership, no
     * enterprise's inspection.
     */
    private static final Pattern OFFICIALS_TOUR = Patterns.compile(
            "^(?:[0-9]{1,2}月[0-9]{1,2}日|近日|日前|今天|昨天|上午|下午)?[，,]?(?:省|市|区|县)(?:委|政府|人大|政协)[\\u4e00-\\u9fff、]{0,10}?(?:领导|书记|市长|省长|区长|县长|主任|主席|负责同志|负责人)"
            + "[^，。；]{0,12}?(?:到|赴|来|莅临|深入)[^，。；]{0,16}?(?:调研|视察|督导|检查)");

    /**
     * "…意向较强 对了今天几点出发呀", "…责任人李伟。顺便问一下，明天车几点走？": a line of chat or a question closing a report,
     * opened by the words people turn to something else with; it does not change what the report tells.
     */
    private static final Pattern CLOSING_CHAT = Patterns.compile(
            "[\\s，,。！!~～]+(?:对了|哦对了|顺便问(?:一下|下|个事)?|另外问(?:一下|下)?|问一下|请问|话说)[^。！!\\n]{0,30}$");

    /** The message without a closing line of chat, when what is before it tells a report of its own. */
    static String withoutClosingChat(String s) {
        if (!s.contains("对了") && s.indexOf('问') < 0 && !s.contains("话说")) return s;
        Matcher m = CLOSING_CHAT.matcher(s);
        if (!m.find() || m.start() < 12) return s;
        String head = s.substring(0, m.start());
        ProseCues.Cue cue = ProseCues.of(head);
        return cue != null && !cue.weak() && !cue.plan() ? head : s;
    }

    private ProseReader() { }

    /** The records in a message (mentions already removed); empty when it tells of none. */
    static List<ParsedItem> read(String text, LocalDate today) {
        return read(text, today, KnownEnterprises.NONE);
    }

    /** @param known enterprises recorded in full before, recognised by their short forms */
    static List<ParsedItem> read(String text, LocalDate today, KnownEnterprises known) {
        String s = VoiceText.normalise(text);
        // every INLINE_MARKER place is before a circled number or a bracket (keep the characters in step with it)
        if (Patterns.containsAnyChar(s, "①②③④⑤⑥⑦⑧⑨⑩(（")) s = INLINE_MARKER.matcher(s).replaceAll("\n");
        // "…意向一般。另看到新闻，X昨天与合肥某园区签约…": news read about, after a report, leaves the report
        s = withoutNews(s);
        s = InspectionComers.joinedTogether(s);
        if (hearsay(s) || forwardedNews(s) || NOTICE.matcher(s.strip()).lookingAt() || otherZone(s)) return List.of();
        if ((s.indexOf('条') >= 0 || s.indexOf('刚') >= 0 || s.indexOf('前') >= 0) && CORRECTS_EARLIER.matcher(s.strip()).lookingAt()) return List.of();
        if (Patterns.containsAny(s, MEETING) && ATTEND.matcher(s).find()) return List.of();
        if (request(s) || cheer(s)) return List.of();
        // "葛振华\n苏州X有限公司 副总经理\n手机 139…\n添加到通讯录": a contact card shared (or its screenshot), no report
        if ((s.indexOf('通') >= 0 || s.indexOf('名') >= 0) && CARD.matcher(s).find() && ProseCues.of(s) == null) return List.of();
        String st = s.strip();
        if (PUTS_EARLIER_RIGHT.matcher(st).lookingAt()) {
            ProseCues.Cue cue = ProseCues.of(st);
            if (cue == null || cue.weak()) return List.of();
        }
        if ((st.indexOf('委') >= 0 || st.indexOf('政') >= 0) && OFFICIALS_TOUR.matcher(st).lookingAt()
                && OrgNames.find(st).stream().noneMatch(OrgNames.Found::suffixed)) return List.of();
        boolean question = asksUs(s.strip());
        if (question && (OrgNames.find(s).isEmpty() || oneSentence(s) || onlyQuestions(s))) return List.of();
        // "本周分两路：一路 …\n二路 …": each group's line its own plan, whatever the whole reads as
        List<ParsedItem> groups = TripGroups.read(s, today);
        if (groups != null) return groups;
        ReportKind trip = ProseTrips.kind(withoutClosingChat(s), today);
        if (trip != null) {
            List<ParsedItem> beforePlan = beforeNextPlan(s, today, known);
            if (beforePlan != null) return beforePlan;
            return List.of(ProseTrips.read(trip, s, today));
        }
        List<ProseClause> clauses = ProseClause.split(s);
        if (clauses.isEmpty()) return List.of();
        List<ProseRecord> records = ProseRecord.build(clauses, today, known);
        // "周五 常州 星星充电 周经理 … 没意向": a terse line naming the enterprise with no verb
        // (a registered name read as a record whose kind nothing names: "上周五 X股份有限公司 副总裁李瑞强 意向一般")
        boolean unnamed = records.isEmpty() || records.size() == 1 && records.get(0).kindUnknown();
        TerseLine.Marked terse = unnamed && !question ? TerseLine.mark(s, today) : null;
        if (terse == null && unnamed && !question && s.indexOf('\n') > 0) terse = TerseLine.markLines(s, today);
        if (terse != null) records = ProseRecord.build(ProseClause.split(terse.text()), today, known, terse.enterprises());
        // "今天见了王总 聊了聊储能 挺有意向的": a visit naming only the one met, its enterprise asked for
        if (records.isEmpty() && !question && NamelessVisit.told(s, clauses)) records = ProseRecord.nameless(ReportKind.VISIT, clauses, today);
        List<ParsedItem> out = new ArrayList<>();
        for (ProseRecord r : records) {
            // "打算下周去拜访一下，谁认识…？": a visit still to come, asked about, is no report
            if (question && (!r.suffixed() || r.kindUnknown() || r.plannedVisit)) continue;
            for (ParsedItem item : r.assemble(today)) out.add(terse == null ? item : TerseLine.unmark(item, terse));
        }
        return out;
    }

    /**
     * Whether the message is one the reader leaves alone whatever it names: news or hearsay passed on, a notice, a
     * meeting called, a request or a reminder, a congratulation, a contact card, an earlier message put right, officials
     * touring the zone, or a question to us ({@link ReportMarks} answers no such message with a record).
     */
    static boolean refused(String text) {
        String s = InspectionComers.joinedTogether(withoutNews(VoiceText.normalise(text)));
        if (hearsay(s) || forwardedNews(s) || NOTICE.matcher(s.strip()).lookingAt() || otherZone(s)) return true;
        if (CORRECTS_EARLIER.matcher(s.strip()).lookingAt() || PUTS_EARLIER_RIGHT.matcher(s.strip()).lookingAt()) return true;
        if (Patterns.containsAny(s, MEETING) && ATTEND.matcher(s).find()) return true;
        if (request(s) || cheer(s) || CARD.matcher(s).find()) return true;
        if (OFFICIALS_TOUR.matcher(s.strip()).lookingAt()) return true;
        return asksUs(s.strip());
    }

    /**
     * "…小结：走访6家…。二、下周计划：16日赴天津…", "今天在合肥最后一天 蔚来…意向一般 然后 下周一到周三 我们转场去南京 拜访…":
     * what was done (a trip's summary, a visit, a lead), then, in a sentence of its own, next week's trip. Where
     * next week begins a later sentence ("下周", "下月", "下步"/"下一步", a numbered item, "然后"/"另外" before it)
     * and that sentence alone is a trip plan while the words before it read as records that are no plan, the message
     * is both: those records and the plan. Null when it is not so.
     */
    private static final Pattern NEXT_PLAN = Patterns.compile(
            "(?:[。；;！!\\n]|\\s(?=下周|下月)|[\\s，,](?=\\s*(?:然后|另外|同时)))\\s*(?:[一二三四五六七八九十][、.．]|[0-9][、.．])?\\s*(?:然后|另外|同时)?\\s*[，,]?\\s*(?=下周|下月|下步|下一步|明天起|明日起|明天开始)");

    private static List<ParsedItem> beforeNextPlan(String s, LocalDate today, KnownEnterprises known) {
        if (!s.contains("下周") && !s.contains("下月") && !s.contains("下步") && !s.contains("下一步") && !s.contains("起") && !s.contains("开始")) return null;
        Matcher m = NEXT_PLAN.matcher(s);
        int at = -1;
        while (m.find()) if (m.start() > 0) at = m.start();
        if (at < 0) return null;
        String head = s.substring(0, at + 1).strip();
        String tail = s.substring(at + 1).strip();
        if (head.length() < 6 || ProseTrips.kind(tail, today) != ReportKind.TRIP_PLAN) return null;
        List<ParsedItem> first = read(head, today, known);
        if (first.isEmpty()) return null;
        for (ParsedItem item : first) {
            if (!(item instanceof ParsedItem.Ok ok) || ok.report() instanceof TripPlanReport) return null;
        }
        List<ParsedItem> out = new ArrayList<>(first);
        out.add(ProseTrips.read(ReportKind.TRIP_PLAN, tail, today));
        return out;
    }

    /** "转发一条新闻：", "转发：关于印发…的通知", "转一条线索：", "转发一条信息，…": what a member passes on, and what it is called. */
    private static final Pattern FORWARD = Patterns.compile(
            "(?:^|[，,。；\\n])(?:转发|转载|转一[条个下则篇]|转个)(?:一[条个则篇下])?(?:[\\u4e00-\\u9fff]{0,4}?(新闻|通知|文章|报道|链接|公众号|推文|文件|线索|信息|消息|项目))?");
    private static final Pattern PUBLISHED = Patterns.compile("新闻|通知|文章|报道|链接|公众号|推文|文件");

    /**
     * A member passing on what was published (news, a notice, an article) tells no report of ours; passing on a lead
     * ("转一条线索：…", "转发一条信息，…了解到X拟…") is the lead, read as any other. Forwarded words that call it
     * nothing are news unless they tell of a plan.
     */
    private static boolean forwardedNews(String s) {
        Matcher m = FORWARD.matcher(s);
        if (!m.find()) return false;
        if (m.group(1) != null) return PUBLISHED.matcher(m.group(1)).matches();
        ProseCues.Cue cue = ProseCues.of(s.substring(m.end()));
        return cue == null || cue.kind() != ReportKind.LEAD;
    }

    /**
     * Words before a question word, in its clause, that make it a question someone else asked or a figure not told
     * ("对方问高新区电价多少", "他们问我们什么时候回访", "那个没说投多少", "问了投资多少，没说"): the report tells it, nobody
     * asks us. The sender's own asking ("请问", "想问一下", "问下大家") is no such word.
     */
    private static final Pattern REPORTED = Patterns.compile(
            "(?<![请想再顺便])问(?!一下|下|问|个|大家|各位)|询问|打听|(?:具体|要|得|还得|主要)看|没(?:有)?(?:说|提|讲|谈|问|透露|明确|定|确定)|未(?:说|提|透露|明确|定|确定)|还不清楚|不确定");
    private static final String CLAUSE_MARKS = "，,。；;！!？?\n";

    /** The message asks the bot (or the group) something: a question word not inside words reporting another's question. */
    private static boolean asksUs(String s) {
        Matcher m = QUESTION.matcher(s);
        while (m.find()) {
            int from = m.start();
            // a mark ends the question's clause; "？" itself is the clause's end, its words are those before it
            while (from > 0 && CLAUSE_MARKS.indexOf(s.charAt(from - 1)) < 0 && m.start() - from < 24) from--;
            if (!REPORTED.matcher(s.substring(from, m.start())).find()) return true;
        }
        return false;
    }

    /** "我们今天拜访了…", "我组…", "上午和组员去了…": a sentence our people tell of what they did. */
    private static final Pattern OURS_TELL = Patterns.compile("我们|我组|我和|我跟|我与|咱们|工作组|招商组|和组员|跟组长");

    /**
     * The sentences after the first that tell news read about (or another zone's signing) dropped; the first too when
     * it is a whole sentence of news and a later one tells, as ours, a report ("看到新闻说X昨天在山东签了…。我们今天拜访了Y…").
     */
    private static String withoutNews(String s) {
        int first = firstSentenceEnd(s);
        if (first < 0 || first + 1 >= s.length()) return s;
        String rest = s.substring(first + 1);
        String head = s.substring(0, first + 1);
        if (hearsay(head) && "。！!".indexOf(s.charAt(first)) >= 0 && !hearsay(rest) && !otherZone(rest)
                && OURS_TELL.matcher(rest).find() && !OrgNames.find(rest).isEmpty()) {
            ProseCues.Cue cue = ProseCues.of(rest);
            if (cue != null && !cue.weak() && cue.kind() != ReportKind.LEAD) return rest.strip();
        }
        if (!hearsay(rest) && !(zoneWord(rest) && rest.indexOf('签') >= 0 && OTHER_ZONE_SIGNS.matcher(rest).find())) return s;
        StringBuilder b = new StringBuilder(s.substring(0, first + 1));
        Matcher m = SENTENCE_END.matcher(rest);
        int start = 0;
        while (start < rest.length()) {
            int end = m.find(start) ? m.end() : rest.length();
            String sentence = rest.substring(start, end);
            if (!hearsay(sentence.strip()) && !otherZone(sentence)) b.append(sentence);
            start = end;
        }
        return b.toString();
    }

    private static int firstSentenceEnd(String s) {
        Matcher m = SENTENCE_END.matcher(s);
        return m.find() ? m.start() : -1;
    }

    private static boolean otherZone(String s) {
        if (!zoneWord(s)) return false;
        return s.indexOf('签') >= 0 && otherZone(OTHER_ZONE_SIGNS.matcher(s)) || zoneActs(s) && otherZone(OTHER_ZONE_ACTS.matcher(s));
    }

    /** Every zone ZONE reads ends in 区, 县 or 市: a text with none of them names no other zone. */
    private static boolean zoneWord(String s) {
        return s.indexOf('区') >= 0 || s.indexOf('县') >= 0 || s.indexOf('市') >= 0;
    }

    /** OTHER_ZONE_ACTS holds one of these words (keep it so when adding one). */
    private static boolean zoneActs(String s) {
        return s.contains("接待") || s.contains("走访") || s.contains("拜访") || s.contains("对接") || s.contains("洽谈");
    }

    /** "到长治高新区对接", "去我区洽谈": the zone's people coming to ours are an inspection of ours, not news. */
    private static final Pattern OURS = Patterns.compile("长治|潞州|高新区|我区|我市|我们|本区");

    /** "化工园区", "厂区", "全区", "该区": a part of a zone or the zone itself, no other zone (ZONE's plain 区). */
    private static final Pattern AREA_IN_ZONE = Patterns.compile("(?:园|厂|片|城|社|景|校|辖|全|该|各|营|矿|库|保税|功能|核心)区$");

    private static boolean otherZone(Matcher m) {
        while (m.find()) {
            String zone = m.group(1);
            if (!zone.contains("长治") && !zone.contains("潞州") && !zone.equals("高新区") && !zone.startsWith("我") && !zone.startsWith("本")
                    && !AREA_IN_ZONE.matcher(zone).find()
                    && !zone.contains("管委会") && (m.groupCount() < 2 || m.group(2) == null || !OURS.matcher(m.group(2)).find())) return true;
        }
        return false;
    }

    private static final Pattern SENTENCE_ENDS = Patterns.compile("[。！!；;\n]+");
    private static final Pattern FORGOT = Patterns.compile("忘了|忘记了|了解");

    /**
     * Words telling, not in the future, a visit held or an inspection received (not the papers asked for:
     * "把走访台账、线索台账汇总给我，外出总结周一前报").
     */
    private static boolean toldBefore(String words) {
        if (Patterns.containsAny(words, "把", "台账", "记录", "总结", "汇总", "报表")) return false;
        ProseCues.Cue cue = ProseCues.of(words);
        return cue != null && !cue.weak() && !cue.plan() && (cue.kind() == ReportKind.VISIT || cue.kind() == ReportKind.INSPECTION);
    }

    /** "祝贺一组签约…！", "恭喜三组！…": a congratulation opens the message. */
    private static final Pattern CHEER = Patterns.compile("^(?:热烈)?(?:祝贺|恭喜|庆祝)");

    /**
     * A congratulation on what a team did that names no enterprise in full ("祝贺一组签约北京的项目！我们组也要加油"):
     * cheering, no report (a 喜报 or a congratulation naming the registered enterprise is read as a report).
     */
    private static boolean cheer(String s) {
        if (!CHEER.matcher(s.strip()).lookingAt()) return false;
        for (OrgNames.Found f : OrgNames.find(s)) if (f.suffixed()) return false;
        return true;
    }

    /** Every sentence tells the others what to do, and none tells what was done. */
    private static boolean request(String s) {
        boolean any = false;
        for (String sentence : SENTENCE_ENDS.split(s.strip())) {
            String t = sentence.strip();
            if (t.isEmpty()) continue;
            // REQUEST's second alternative holds 前; without it only the first, anchored at the start, can match
            Matcher r = REQUEST.matcher(t);
            if (!(t.indexOf('前') >= 0 ? r.find() : r.lookingAt()) || DONE.matcher(FORGOT.matcher(t).replaceAll("")).find()) return false;
            // "回访X 陆总 确认投资两个亿 意向明确 月底前报签约": a deadline after words telling a meeting held is its next step
            if (r.start() > 0 && toldBefore(t.substring(0, r.start()))) return false;
            any = true;
        }
        return any;
    }

    /**
     * "请问，本月走访数是怎么统计的？外地商会算不算一家企业？": every sentence of the message ends in a question mark, so
     * it tells nothing, whatever organisation it names.
     */
    private static boolean onlyQuestions(String s) {
        boolean any = false;
        for (String sentence : RX_AFTER_SENTENCE.split(s.strip())) {
            String t = sentence.strip();
            if (t.isEmpty()) continue;
            if (!t.endsWith("？") && !t.endsWith("?")) return false;
            any = true;
        }
        return any;
    }

    /** "北京屹唐…公司的对接人电话谁有？": a message of one sentence only asks; a report tells before it asks. */
    private static boolean oneSentence(String s) {
        String t = RX_TRAILING_MARKS.matcher(s.strip()).replaceAll("");
        return !SENTENCE_END.matcher(t).find() && t.indexOf('？') < 0 && t.indexOf('?') < 0;
    }
}
