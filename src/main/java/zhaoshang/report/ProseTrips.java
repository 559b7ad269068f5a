package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trip plans and trip summaries written as prose: "第三组定于11月24日至11月30日赴深圳、东莞开展招商，拟拜访…，依托…",
 * "下周一到周三去深圳、东莞，拜访几家电子企业", "下周一出发去上海、苏州，下周五返回", "出差小结：11月18日至20日赴苏州…共走访
 * 企业5家", "这趟出差总结一下 二十四号到三十号 在深圳东莞 …".
 * <p>
 * A message is a trip summary when it says 总结/小结 of a trip (出差, 外出, or the trip's dates), or tells of a trip
 * that is over with a count of enterprises seen ("走访企业6家"); a trip plan when it is named one (出差计划) or tells
 * of going somewhere (赴/去/前往/出发) over dates that are still to come (a range, or a departure and a return).
 * Dates come from a range ("11月24日至30日", "下周三到周五") or from the words before 出发/赴 and 返回/回来; a return
 * written as a bare weekday or day ("周三返回", "26日返回") is the first such day from the departure on.
 */
final class ProseTrips {

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final Pattern RX_SUMMARY_OPENING = Patterns.compile("^[^：:，。\\n]{0,20}(?:总结|小结)[^：:，。\\n]{0,12}[：:，。\\s]*");
    private static final Pattern RX_BEFORE_DIGIT = Patterns.compile("^[^\\d]{0,12}?(?=\\d)");
    private static final Pattern RX_UNIT_IS = Patterns.compile("^(?:单位)?(?:是|为)");
    private static final Pattern RX_LINE_OR_SENTENCE = Patterns.compile("[\n。；]");
    private static final Pattern RX_WEEKDAY_WORD = Patterns.compile("^(?:周|星期|礼拜).*");
    private static final Pattern RX_OPEN_BRACKET = Patterns.compile("^\\s*[（(]\\s*$");
    private static final Pattern RX_WEEKDAY = Patterns.compile("^(?:周|星期|礼拜)[一二三四五六日天1-7]$");
    private static final Pattern RX_DAY_OF_MONTH = Patterns.compile("^\\d{1,2}[日号]$");
    private static final Pattern RX_NUMBERED_DAY = Patterns.compile("^[0-9零〇一二两三四五六七八九十]+[号日月].*");
    private static final Pattern RX_GOING = Patterns.compile("^(?:赴|去|到|前往|在).*");
    private static final Pattern RX_SPACES_OR_PAUSE = Patterns.compile("[\\s、]+");
    private static final Pattern RX_SENTENCE_END = Patterns.compile("[；;。\n]");
    private static final Pattern RX_COMMA = Patterns.compile("[，,]");
    private static final Pattern RX_PLACE_LIST = Patterns.compile("[\\u4e00-\\u9fff、]{2,12}");
    private static final Pattern RX_CLAUSE_END = Patterns.compile("[，,；;\n ]");
    private static final Pattern RX_LIST_GOES_ON = Patterns.compile("^[、和及与].*");
    private static final Pattern RX_LIST_SEPARATOR = Patterns.compile("和|及|与|、");

    private static final Pattern NAMED_PLAN = Patterns.compile("(?:下周|本周|下星期|下礼拜)(?:的)?(?:外出)?行程(?![已都]|结束|小结|总结)|外出计划|出差计划|外出工作计划|外出招商计划|出差安排|外出安排|行程安排|出行计划|招商计划");
    /** Words read by their presence alone (a look for each, rather than a pattern scanning every place). */
    private static final String[] SUMMARY_WORDS = {"总结", "小结"};
    private static final String[] TRIP_WORDS = {"出差", "外出", "驻点", "赴", "前往", "这趟", "那趟", "这次去", "本次去", "之行"};
    private static final String[] GO_WORDS = {"出发", "赴", "前往", "去", "动身"};
    private static final Pattern GO = Patterns.compile("出发|赴|前往|去|动身|已到|已抵达|抵达"
            // "18号走19号回", "周二走周五回": 走 right after its day (the gate below looks for GO_WORDS, or 走 and then this)
            + "|(?<=[0-9号日一二三四五六天])走(?![访了过])");
    private static final Pattern BACK = Patterns.compile("返回|回来|返程|回长治|回到长治|回单位|(?<![发退收寄带拿])回的"
            // "11月13日回南昌": 回 right after its day, going back wherever the trip ends
            + "|(?<=[0-9一二三四五六七八九十][日号])回(?![访复款执应报收])"
            // "周六回 重庆", "10号回，…": a bare 回 ending its clause
            + "|(?<![发退收寄带拿来返])回(?=[\\s，,。；;]|$)"
            // "礼拜五返", "6号返，…": a bare 返 after its day, ending its clause
            + "|(?<=[0-9号日一二三四五六天])返(?=[\\s，,。；;]|$)"
            // "12月10日 返长", "周五返长": 长 for 长治, as members shorten home
            + "|返长(?![期效远久])");
    /** "走访企业6家", "一共见了七家企业", "共拜访8家企业", "跑了六家": what a trip that is over reports. */
    private static final Pattern COUNT = Patterns.compile(
            "(?:走访|拜访|见了|跑了|走了|对接|考察)\\s?[^，。；\\s]{0,8}?\\s?(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})家"
                    // "先后走访A、B、C等8家企业": the count after the names listed; the kinds of place seen may stand
                    // between 等 and the count ("…等企业和科研院所8家")
                    + "|(?:走访|拜访|对接)[^。；]{0,80}?等(?:[^，。；、\\s\\d]{0,8}?)(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})家");
    private static final Pattern INVITED = Patterns.compile("邀请[^，。；]*$");
    private static final Pattern NOT_A_TRIP = Patterns.compile(
            "来(?:高新区|潞州区|长治|我区|园区)[^，。；]{0,10}(?:考察|调研)|莅临|签约仪式|集中签约|成功签约|正式签约");
    private static final Pattern DESTINATION_NAMED = Patterns.compile("目的地[：:为是]?\\s*([\\u4e00-\\u9fff、]{2,16})");
    private static final Pattern DESTINATION = Patterns.compile("(?:赴|前往|出发去|去|到|在)(?:了)?(?:趟)?([\\u4e00-\\u9fff、]{2,16}?)(?=开展|出差|招商|驻点|，|,|。|；|：|:|拟|依托|跑|看|拜访|走访|对接|一共|共|参加|\\s|$"
            // "去北京周一见X": voice runs the place into the first day's visit
            + "|(?:周|星期|礼拜)[一二三四五六日天][见访拜])");
    private static final Pattern TIME_WORD = Patterns.compile("元旦|春节|节前|节后|月底|月初|年底|年初|周|星期|礼拜|[上下本这]个?(?:周|星期|礼拜|月)|本次|这次|那边|那里|一趟|趟");
    private static final Pattern NOT_NAMING = Patterns.compile("准备|制定|制订|携带|报送|提交|研究|讨论|做好");
    private static final Pattern SUMMARY_HEAD = Patterns.compile("(?:外出|出差|赴|这趟|那趟|这次|本次|此次|驻点|之行|行程)[^，。；,;\\n]{0,20}?(?:总结|小结)"
            // "苏锡行总结", "京津行小结": the trip named as a journey
            + "|^[\\u4e00-\\u9fff]{2,4}行(?:总结|小结)"
            // "总结一下这趟北京", "小结下这次去合肥": the summary word first, then the trip
            + "|(?:总结|小结)(?:一下|下)?\\s*这趟");
    /** "总结一下这次合肥", "小结下本次去苏州": the summary word, then this time and where it went. */
    private static final Pattern SUMMARY_THEN_TIME = Patterns.compile("(?:总结|小结)(?:一下|下)?\\s*(?:这次|本次|此次)(?:去|赴|到)?");
    private static final Pattern TRIP_LABEL = Patterns.compile("行程(?:[：:为是]|时间)?\\s*(?:\\d|二〇|[一二三四五六七八九十]{1,2}月)");

    private ProseTrips() { }

    /** NO_TRIP's words, each of them (keep in step with it). */
    private static final String[] NO_TRIP_WORDS = {"未外出", "没外出", "没有外出", "无外出", "不外出", "未出差", "没出差", "没有出差", "无出差", "不出差",
            "外出天数", "出差天数"};

    /** The text without NO_TRIP's words. */
    private static String noTrip(String text) {
        return Patterns.containsAny(text, NO_TRIP_WORDS) ? NO_TRIP.matcher(text).replaceAll("") : text;
    }

    /** The trip kind the message is, or null. */
    static ReportKind kind(String text, LocalDate today) {
        ReportKind kind = kindOf(text, today);
        return kind == ReportKind.TRIP_SUMMARY && weekAtHome(text) ? null : kind;
    }

    /**
     * "招商三科本周工作小结（11.23—11.27）", "招商一科 周报（11月16日-20日）", "综合科 第2周工作小结": a week's report heading its
     * own line ("这周三周四…写个小结" names days of the week, not the week).
     */
    private static final Pattern WEEK_HEADING = Patterns.compile(
            "^[^，。；,;：:\\n]{0,24}(?:周报|(?:(?:本周|上周|这周)(?![一二三四五六日天])|一周|周工作|第[0-9一二三四五六七八九十]{1,2}周)[^，。；,;\\n]{0,24}?(?:总结|小结|汇报|周报|情况|日志))[^，。；,;\\n]{0,20}$");
    /** Words that tell a trip away in themselves. */
    private static final String[] AWAY_WORDS = {"出差", "外出", "驻点", "之行", "此行", "这趟", "那趟"};
    /** "…\n2. 12月14日至17日赴深圳…": a line after the heading going away over days. */
    private static final Pattern AWAY_DAYS = Patterns.compile("\\d{1,2}[日号]?\\s*[—\\-－~～至到]\\s*\\d{1,2}[日号][^\\n]{0,12}(?:赴|前往)");

    /**
     * A week's work report, headed by its week ("本周工作小结（11.23—11.27）", "周报（11月16日-20日）") and listing what was
     * done, is no trip summary unless it tells a trip away (出差, 外出, 之行, or days spent going somewhere): the range in
     * its heading is the week's, and one day's visit in another city ("周三在西安走访X") is a visit.
     */
    private static boolean weekAtHome(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl < 0 || !WEEK_HEADING.matcher(t.substring(0, nl).strip()).find()) return false;
        String body = t.substring(nl + 1);
        return !Patterns.containsAny(noTrip(body), AWAY_WORDS) && !Patterns.containsAny(noTrip(t.substring(0, nl)), AWAY_WORDS)
                && !AWAY_DAYS.matcher(body).find();
    }

    private static ReportKind kindOf(String text, LocalDate today) {
        String head = head(text);
        boolean summaryWord = Patterns.containsAny(text, SUMMARY_WORDS);
        // "本周未外出", "外出天数11天": no trip told
        String trip = noTrip(text);
        boolean tripWord = Patterns.containsAny(trip, TRIP_WORDS);
        // "第三组下周计划：\n1.目的地：深圳": a line labelled 目的地 names a plan as its heading would
        boolean named = namedPlan(head) || !summaryWord && text.contains("目的地") && PLACE_LABEL.matcher(text).find();
        boolean away = trip.contains("出差") || trip.contains("外出");
        if (summaryWord && !named) {
            // "外出招商工作总结", "这趟出差总结一下", "第二组本次外出（11.18—11.27）工作总结", "赴安徽招商工作总结"
            if (SUMMARY_HEAD.matcher(noTrip(head)).find() || summaryOfPlace(head)) return ReportKind.TRIP_SUMMARY;
            // "天津招商总结 … 一、行程：2027年1月6日至8日": a summary whose trip has its dates
            if (TRIP_LABEL.matcher(text).find() && (away || tripWord || text.contains("招商"))) return ReportKind.TRIP_SUMMARY;
        }
        // "这周总结一下 12月7号到11号 杭州宁波跑了一圈 一共走访六家", "本周合肥总结 走访4家 …": a message opened by its
        // summary, what was seen counted, and a place away told (after days that are over, or in the opening itself)
        if (summaryWord && !named && summaryAway(text, head, today)) return ReportKind.TRIP_SUMMARY;
        if (!named && (summaryWord && !PERIOD_SUMMARY.matcher(head).find() || text.contains("回来了"))) {
            // "武汉回来了 … 二十一号到二十三号 三天 走访了…", "重庆这趟的小结 周一到周四 …": back from a place away, or
            // a summary, over days that are past
            Dates p = pastDates(normal(text, today), today);
            if ((p.range || p.depart != null && text.contains("回来了")) && p.ret != null && !p.ret.isAfter(today) && p.depart.isBefore(today)
                    && (summaryWord ? destination(text) != null : backFrom(text))) return ReportKind.TRIP_SUMMARY;
        }
        // "天津组17—19日：走访3家…", "郝晶西安行：1月12日出发，1月15日返回，走访企业3家…": a trip over, told by its opening
        if (!named && openingTold(text, today)) return ReportKind.TRIP_SUMMARY;
        boolean goes = Patterns.containsAny(text, GO_WORDS) || text.indexOf('走') >= 0 && GO.matcher(text).find();
        // "12月8日至11日，我组在深圳驻点招商，共走访企业9家": 驻点, 这趟 tell a trip as 赴 does
        if (!named && !goes && !away && !tripWord) {
            // "总结：北京 12.14-12.18 走访7家", "11月深圳招商总结：…": opened by 总结, a place away, the trip's dates over
            // and what it counted
            if (summaryWord) return SUMMARY_OPENS.matcher(head).lookingAt() && overAway(text, today) ? ReportKind.TRIP_SUMMARY : null;
            // "下周一到周四 成都 重庆 拟访 通威 …": the days still to come, where and whom to see
            // terse: "下周一至周三 合肥 访国轩高科、合肥长鑫", "12/14-16 宁波 舜宇、均胜电子 依托宁波山西商会"
            if (PLAN_CUE.matcher(text).find() || TERSE_PLAN_CUE.matcher(text).find()) return planAway(text, today) ? ReportKind.TRIP_PLAN : null;
            // "12.14-12.18 上海 中芯国际 华虹宏力", "下周 西安 12.14-12.18 隆基 奕斯伟": one terse line of days to come, a
            // place away and the names after it
            if (terseLine(text) && planAway(text, today)) return ReportKind.TRIP_PLAN;
            // "南京、无锡行程（12.7-12.10）：\n12月7日 X\n…\n12月10日 返长": days still to come, a place away and the day back
            // fixed ahead — a way back is what a trip away plans, whatever verb of going it leaves out
            if (!summaryWord && BACK.matcher(text).find() && planAway(text, today)) return ReportKind.TRIP_PLAN;
            // "1月5日至8日在合肥，走访晶合集成、长鑫存储、科大讯飞等4家企业": days over, a place away and what was seen counted
            if (!summaryWord && COUNT.matcher(text).find() && overAwayAt(text, today)) return ReportKind.TRIP_SUMMARY;
            return tripSeen(trip, text, today) ? ReportKind.TRIP_SUMMARY : null;
        }
        Matcher notTrip = NOT_A_TRIP.matcher(text);
        boolean guests = notTrip.find() && !named
                // "…都是老关系 谝一谝年后来长治考察的事": their coming to inspect is what the trip will talk about
                && !text.startsWith("的事", notTrip.end()) && !text.startsWith("事宜", notTrip.end());
        // "…等8家企业，邀请2家企业近期来潞州区考察": guests invited is what a trip away brought back, not the message's kind
        boolean invited = guests && INVITED.matcher(text.substring(Math.max(0, notTrip.start() - 16), notTrip.start())).find();
        if (guests && !invited) return null;
        String s = normal(text, today);
        Dates d = dates(s, today);
        // a trip that has begun and ends today at the latest ("11月23日至27日" sent on the 27th) is over
        boolean over = d.depart != null && (d.ret != null ? !d.ret.isAfter(today) && d.depart.isBefore(today) : d.depart.isBefore(today.minusDays(1)));
        // "12月7日至12日，工作组赴深圳…，走访企业9家": its dates past, where it went and what it counted tell a summary
        // (or "12月1日出发，12月4日回到长治，…走访6家企业": a departure and a return both past)
        boolean told = over && COUNT.matcher(text).find() && (away || tripWord && (summaryWord || d.range || d.ret != null)
                // "12月1日出发，12月4日回到长治，这次在南京共走访企业5家": a departure and a return both past, and the place
                || goes && d.ret != null && d.depart.isBefore(d.ret) && BACK.matcher(s).find() && destination(text) != null);
        if (guests) return told ? ReportKind.TRIP_SUMMARY : null;
        if (summaryWord && !named && d.range && tripWord) return ReportKind.TRIP_SUMMARY;
        if (told) return ReportKind.TRIP_SUMMARY;
        // "西安这趟 六号去九号回 陕煤 西电…都见到了", "这趟广佛之行（12月7日—10日）收获不小": this trip, its days over
        // (the enterprises' own plans, "暂时没有北方布局的打算", do not make the trip one to come)
        boolean thisTrip = !named && THIS_TRIP.matcher(trip).find() && !TRIP_TO_COME.matcher(text).find() && !PLAN_CUE.matcher(text).find();
        // (told as done: "…都见到了"; "周日晚上出发去广州 周四回 这趟主要见…" is a plan in bare weekdays)
        if (thisTrip && over && d.ret != null && Patterns.containsAnyChar(text, "了过已完")) return ReportKind.TRIP_SUMMARY;
        // "这次东莞之行的情况简单汇报一下：…": a journey told with no days at all
        if (thisTrip && d.depart == null && d.ret == null && JOURNEY.matcher(trip).find()) return ReportKind.TRIP_SUMMARY;
        if (!named && d.depart == null && d.ret == null && tripSeen(trip, text, today)) return ReportKind.TRIP_SUMMARY;
        if (named) return ReportKind.TRIP_PLAN;
        boolean both = d.depart != null && d.ret != null;
        // "下周一出发去深圳，下周五返回", "外出 12.7-12.11 杭州 宁波 拟访 …"
        if ((goes || away) && both && !over && (d.range || BACK.matcher(s).find() || UNTIL.matcher(s).find() || SAME_DAY_BACK.matcher(s).find())) return ReportKind.TRIP_PLAN;
        // "下周一出发去深圳，…，具体回来时间看情况": a departure still to come
        if (d.depart != null && !d.depart.isBefore(today) && (s.contains("出发") || TRAVEL.matcher(text).find() && PLAN_CUE.matcher(text).find()) && destination(text) != null) return ReportKind.TRIP_PLAN;
        // "下周三去杭州、宁波，拜访…，回来的日子还没定": going away still to come, the day back left open
        if (d.depart != null && !d.depart.isBefore(today) && goes && RETURN_OPEN.matcher(text).find() && destination(text) != null) return ReportKind.TRIP_PLAN;
        return null;
    }

    /**
     * The message opens with a trip away ({@link TripOpening}: "石家庄12月7日到9日", "郑州组（12月10日-12日）情况：",
     * "12月31日太原一日："), its days over by today — a range, or one day for a trip of one day — and says what the
     * trip saw (a count of enterprises) or what the opening is (情况, 之行, its length, its end). A trip told as this
     * one ("天津这次收获不小：走访企业3家") may have no days at all.
     */
    private static boolean openingTold(String text, LocalDate today) {
        String opening = TripOpening.of(text);
        if (opening == null || TripOpening.ahead(opening) || !TripOpening.placeAway(opening)) return false;
        boolean counted = COUNT.matcher(text).find();
        if (!counted && !TripOpening.tells(opening)) return false;
        String s = normal(text, today);
        Dates d = pastDates(s, today);
        if (d.depart != null && d.ret != null) return d.depart.isBefore(d.ret) && !d.ret.isAfter(today);
        if (TripOpening.oneDay(opening)) {
            LocalDate day = oneDay(opening, today);
            return day != null && !day.isAfter(today);
        }
        return counted && d.depart == null && d.ret == null && TripOpening.thisTime(opening) && !FUTURE.matcher(text).find();
    }

    /** The day of a trip of one day, written in its opening ("昨天太原一日行", "12月31日太原一日"), or null. */
    private static LocalDate oneDay(String opening, LocalDate today) {
        ProseDates.Found f = ProseDates.find(opening, today, true);
        return f == null ? null : f.date();
    }

    /** "回来的日子还没定", "返回时间待定", "回来的日子看情况再定": the day back not fixed yet. */
    private static final Pattern RETURN_OPEN = Patterns.compile("(?:回来|返回|返程|回程)的?(?:日子|时间|日期)[^，。；,;\\n]{0,6}?(?:没定|未定|再定|待定|不定|冇定|没有定|看情况|视情况)"
            // "返程看情况", "具体回来看情况", "返回时间视对接情况定": the way back left to how the visits go
            + "|(?:回来|返回|返程|回程)的?(?:日子|时间|日期)?\\s?(?:看|视)[^，。；,;\\n\\s]{0,4}情况"
            // "20日前返回": back by a day, not on it
            + "|\\d{1,2}[日号](?:之|以)?前(?:返回|回来|返程|回)");

    /** "嗯 上周 出去的 总结", "本周合肥总结", "广州这趟总结": a summary word within the first words of the message. */
    private static final Pattern SUMMARY_FIRST = Patterns.compile("^[^，。；,;：:\\n\\d]{0,12}?(?:总结|小结)");
    /** Words of a summary of a period's work at home, not of a trip. */
    private static final Pattern WORK_PERIOD = Patterns.compile("工作|周报|月度|年度|季度|本月|月份|全年|个人");

    /**
     * A summary opening the message, of what was seen counted ("走访4家", "一共 走了 五家"), with a place away either
     * in its opening ("本周合肥总结") or after days that are over ("12月7号到11号 杭州宁波跑了一圈").
     */
    private static boolean summaryAway(String text, String head, LocalDate today) {
        Matcher first = SUMMARY_FIRST.matcher(head);
        if (!first.lookingAt() || WORK_PERIOD.matcher(first.group()).find() || !COUNT.matcher(text).find()) return false;
        String opening = first.group();
        for (int i = 0; i < opening.length(); i++) {
            int len = NameRecogniser.placeAt(opening, i);
            if (len >= 2 && placeWord(opening.substring(i, i + len)) && HOME.stream().noneMatch(opening.substring(i)::startsWith)) return true;
        }
        Dates d = pastDates(normal(text, today), today);
        if (!d.range || d.depart == null || d.ret == null || d.ret.isAfter(today) || !d.depart.isBefore(today)) return false;
        return destination(text) != null;
    }

    private static final Pattern SUMMARY_OPENS = Patterns.compile("^(?:\\d{1,2}月份?)?[^，。；,;：:\\n\\d]{0,4}(?:招商)?(?:工作)?(?:总结|小结)");
    /** Words that list whom a plan is to see. */
    private static final Pattern PLAN_CUE = Patterns.compile("拟拜访|拟走访|拟访|拟见|拟对接|计划拜访|计划走访|准备拜访|准备去");
    /** A terse plan's words for whom it sees (a bare 访 opening a piece) or whom it relies on (依托). */
    private static final Pattern TERSE_PLAN_CUE = Patterns.compile("(?:^|[\\s，,：:])访(?=[\\u4e00-\\u9fffA-Za-z])|依托");
    /** This trip, told as one that happened. */
    private static final Pattern THIS_TRIP = Patterns.compile("这趟|那趟|这次去|本次去|此次去|之行|此行|出差回来|外出回来");
    private static final Pattern PLACE_LABEL = Patterns.compile("(?:^|\\n)\\s*(?:\\d{1,2}[.、．]\\s*)?目的地[：:]");
    private static final Pattern TRIP_TO_COME = Patterns.compile("明天|后天|下周|下星期|下礼拜|下个月|下月|将于|将赴|准备去|打算去");
    private static final Pattern JOURNEY = Patterns.compile("之行|此行");

    /** A range of days over by today and a place away written after 在/赴/去/到 ("1月5日至8日在合肥"). */
    private static boolean overAwayAt(String text, LocalDate today) {
        Dates d = dates(normal(text, today), today);
        if (!d.range || d.depart == null || d.ret == null || d.ret.isAfter(today) || !d.depart.isBefore(today)) return false;
        Matcher m = DESTINATION.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            if (placeWord(w) && HOME.stream().noneMatch(w::startsWith)) return true;
        }
        return false;
    }

    private static final Pattern FUTURE = Patterns.compile("明天|后天|下周|下星期|下礼拜|下个月|下月|将于|将赴|打算|准备");

    /**
     * "这趟杭州跑下来 一共见了七家企业": this trip, what it saw counted, no plan word and no dates at all (a trip dated
     * is told over or to come by its dates).
     */
    private static boolean tripSeen(String trip, String text, LocalDate today) {
        if (!THIS_TRIP.matcher(trip).find() || !COUNT.matcher(text).find() || PLAN_CUE.matcher(text).find() || FUTURE.matcher(text).find()) return false;
        Dates d = dates(normal(text, today), today);
        return d.depart == null && d.ret == null;
    }

    /** "今天下午赴武汉 返程待定 拟访 …": words of travelling away, beside whom the plan sees. */
    private static final Pattern TRAVEL = Patterns.compile("赴|前往|返程|返回");
    /** "第二组本周（12.14-12.18）工作小结", "11月工作总结": a summary of a week's or month's work, not of a trip. */
    private static final Pattern PERIOD_SUMMARY = Patterns.compile("(?:本周|上周|这周)(?![一二三四五六日天])|周报|周工作|本月|月度|月份|年度|工作(?:总结|小结)");
    private static final Pattern BACK_FROM = Patterns.compile("([\\u4e00-\\u9fff]{2,3})回来了");

    /** "香港回来了", "武汉回来了": back from a place away from home. */
    private static boolean backFrom(String text) {
        Matcher m = BACK_FROM.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            for (int i = 0; i < w.length() - 1; i++) {
                int len = NameRecogniser.placeAt(w, i);
                if (len > 0 && i + len == w.length() && HOME.stream().noneMatch(w.substring(i)::startsWith)) return true;
            }
        }
        return false;
    }

    /** The trip's dates as told after it: a range of bare weekdays ("周一到周四") is of the latest such week, not the next. */
    private static Dates pastDates(String s, LocalDate today) {
        Dates d = dates(s, today);
        // "这周三周四跟组长去河北", "本周一、周二赴郑州", "上周去武汉跑了三天（周二到周四）": days of a week, that week named
        // before them or the latest one they are over in
        Dates week = s.indexOf('周') >= 0 || s.indexOf('星') >= 0 || s.indexOf('礼') >= 0 ? weekSpan(s, today) : null;
        if (week != null && !week.ret.isAfter(today)) {
            Written w = writtenRange(s, today);
            if (w == null || WEEK_WORDS.matcher(w.words()).lookingAt()) return week;
        }
        if (d.depart == null && d.ret == null) {
            Dates spoken = bareDays(s, today, SPOKEN_DAYS);
            if (spoken != null && !spoken.ret.isAfter(today)) return spoken;
            // "23、24日西安两天", "（26日、27日）", "12月7日、8日两天": two days running
            Dates pair = s.indexOf('、') >= 0 ? monthPair(s, today) : null;
            if (pair == null && s.indexOf('、') >= 0) pair = bareDays(s, today, PAIR_DAYS);
            if (pair != null && pair.ret.equals(pair.depart.plusDays(1)) && !pair.ret.isAfter(today)) return pair;
        }
        if (!d.range || d.depart == null || d.ret == null || !d.depart.isAfter(today)) return d;
        Written w = writtenRange(s, today);
        if (w == null || !RX_WEEKDAY_WORD.matcher(w.words()).matches()) return d;
        return new Dates(d.depart.minusWeeks(1), d.ret.minusWeeks(1), true);
    }

    /** "周二到周四", "本周一、周二", "这周三周四", "上礼拜一至礼拜三": two weekdays spanning a trip, with their week word. */
    private static final Pattern WEEK_SPAN = Patterns.compile("(?:([上本这])个?)?(?:周|星期|礼拜)([一二三四五六日天])"
            + "(?:\\s*(?:[、和与跟到至~～—\\-])\\s*(?:周|星期|礼拜)?|\\s*(?:周|星期|礼拜))([一二三四五六日天])");
    /** "上周", "这个星期": a week named (not a day of it: "上周五" names a day). */
    private static final Pattern WEEK_NAMED = Patterns.compile("([上本这])个?(?:周|星期|礼拜)(?![一二三四五六日天末])");
    private static final Pattern WEEK_WORDS = Patterns.compile("^(?:[上本这]个?)?(?:周|星期|礼拜)");

    /**
     * The days of a trip told as two weekdays (the first before the second), in the week named right before them ("上周二到
     * 周四") or earlier in their sentence ("上周去武汉跑了三天（周二到周四）"), else in the latest week they are over in.
     */
    private static Dates weekSpan(String s, LocalDate today) {
        Matcher m = WEEK_SPAN.matcher(s);
        while (m.find()) {
            int a = weekdayNumber(m.group(2).charAt(0));
            int b = weekdayNumber(m.group(3).charAt(0));
            if (a <= 0 || b <= a) continue;
            String named = m.group(1);
            if (named == null) {
                int from = m.start();
                while (from > 0 && from > m.start() - 24 && "。；;\n".indexOf(s.charAt(from - 1)) < 0) from--;
                Matcher w = WEEK_NAMED.matcher(s.substring(from, m.start()));
                while (w.find()) named = w.group(1);
            }
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
            if ("上".equals(named)) monday = monday.minusWeeks(1);
            else if (named == null && monday.plusDays(b - 1L).isAfter(today)) monday = monday.minusWeeks(1);
            return new Dates(monday.plusDays(a - 1L), monday.plusDays(b - 1L), true);
        }
        return null;
    }

    private static int weekdayNumber(char c) {
        return c == '日' || c == '天' ? 7 : "一二三四五六".indexOf(c) + 1;
    }

    /** A range of days still to come (from today on) and a place away from home named. */
    private static boolean planAway(String text, LocalDate today) {
        Dates d = dates(normal(text, today), today);
        if (!d.range || d.depart == null || d.ret == null || d.depart.isBefore(today)) return false;
        return destination(text) != null;
    }

    /** A range of days over by today, a count of enterprises seen and a place away from home named. */
    private static boolean overAway(String text, LocalDate today) {
        if (!COUNT.matcher(text).find()) return false;
        Dates d = dates(normal(text, today), today);
        if (!d.range || d.depart == null || d.ret == null || d.ret.isAfter(today) || !d.depart.isBefore(today)) return false;
        return destination(text) != null;
    }

    /** "总结一下这次合肥": what follows 这次 is a trip away (外出, 出差) or a place not ours. */
    private static boolean summaryOfPlace(String head) {
        Matcher m = SUMMARY_THEN_TIME.matcher(head);
        if (!m.find()) return false;
        String rest = head.substring(m.end());
        if (rest.startsWith("外出") || rest.startsWith("出差")) return true;
        int len = NameRecogniser.placeAt(rest, 0);
        if (len == 0) return false;
        for (String h : HOME) if (rest.startsWith(h)) return false;
        return true;
    }

    private static final Pattern NO_TRIP = Patterns.compile("(?:未|没|没有|无|不)(?:外出|出差)|外出天数|出差天数");
    /** "准备一季度外出计划", "整理全年台账，制定出差计划": a plan still to be written is no plan filed. */
    private static final Pattern PLAN_TO_WRITE = Patterns.compile("(?:准备|制定|整理|做好|起草|报送|提交|完善|谋划|编制)[^，。；\\n]{0,6}$");

    /** The words a message opens with: its first two lines up to the first full stop. */
    private static String head(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) {
            int second = t.indexOf('\n', nl + 1);
            if (second >= 0) t = t.substring(0, second);
        }
        int stop = t.indexOf('。');
        if (stop >= 0) t = t.substring(0, stop);
        return t.length() > 60 ? t.substring(0, 60) : t;
    }

    private static final Pattern PLACE_PLAN = Patterns.compile("(?:下周|本周|这周|下星期|下礼拜|下个礼拜)(?:去|赴|到)?([\\u4e00-\\u9fff]{2,3}?)的?(?:外出|出差)?(?:计划|行程|安排)(?!结束|已|都|圆满|小结|总结)");

    /** "外出计划：…", "嗯下周的外出计划报一下": named at the start; "准备一季度外出计划", "携带…外出计划参会" name none. */
    private static boolean namedPlan(String head) {
        // every NAMED_PLAN holds 计划 or 安排
        if (!head.contains("计划") && !head.contains("安排") && !head.contains("行程")) return false;
        // "下周武汉的计划", "下周去杭州的计划：": the week's plan named by the place it goes
        Matcher place = PLACE_PLAN.matcher(head);
        if (place.find() && placeWord(place.group(1)) && HOME.stream().noneMatch(place.group(1)::startsWith)) return true;
        Matcher m = NAMED_PLAN.matcher(head);
        while (m.find()) {
            String before = head.substring(Math.max(0, m.start() - 8), m.start());
            if (!NOT_NAMING.matcher(before).find() && !PLAN_TO_WRITE.matcher(head.substring(Math.max(0, m.start() - 10), m.start())).find()) return true;
        }
        return false;
    }

    static ParsedItem read(ReportKind kind, String text, LocalDate today) {
        String s = normal(text, today);
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> label = labelled(kind, text);
        if (kind == ReportKind.TRIP_SUMMARY) {
            raw.putAll(label);
            // 行程 as written: "11月18日至20日 苏州"
            String trip = withPlacesAfter(label.get("trip"), text);
            if (trip != null) raw.put("trip", trip);
            if (trip == null || ChineseDates.parseRange(trip, today, ChineseDates.Resolution.NEAREST).isEmpty()) {
                Written w = writtenRange(trip == null ? s : normal(trip, today), today);
                if (w == null && trip != null) w = writtenRange(s, today);
                Dates d = pastDates(s, today);
                String where = destination(text);
                if (w != null && trip == null && d.range && !d.depart.equals(w.range().start())) w = null;
                LocalDate back = w == null ? null : returnAfterRange(s, w.range(), today);
                if (w != null && !back.equals(w.range().end())) raw.put("trip", w.range().start() + "至" + back + (where == null ? "" : " " + where));
                else if (w != null) raw.put("trip", w.words() + (where == null ? "" : " " + where));
                else if (d.depart != null && d.ret != null) raw.put("trip", d.depart + "至" + d.ret);
                else if (d.depart == null && d.ret == null) {
                    // "昨天太原一日行小结", "12月31日太原一日：…": a trip of one day leaves and comes back that day
                    String opening = TripOpening.of(text);
                    LocalDate day = opening != null && TripOpening.oneDay(opening) ? oneDay(opening, today) : null;
                    if (day != null && !day.isAfter(today)) raw.put("trip", day + "至" + day + (where == null ? "" : " " + where));
                }
            }
            if (label.get("visits") == null) {
                // the words after the heading ("外出招商工作总结（第三组）：…") up to the first "名称："; a bare heading holds no visits
                String body = RX_SUMMARY_OPENING.matcher(headBeforeLabels(kind, text)).replaceFirst("");
                raw.put("visits", body.length() < 4 ? null : body);
            }
            if (raw.get("visits") == null) {
                // "走访企业5家，与…座谈1次" written under another name (时间：…): what the trip saw
                for (String line : RX_LINE_OR_SENTENCE.split(text)) {
                    if (COUNT.matcher(line).find()) { raw.put("visits", line.strip()); break; }
                }
            }
            return ReportAssembler.assemble(kind, raw, today);
        }
        String where = label.get("destination");
        String visits = label.get("plannedVisits");
        String partners = label.get("partners");
        String relied = partners != null ? partnerNames(partners) : partners(text);
        // "对接长治市人民政府驻太原办事处，拜访…", "由…联络处协调": a body named by what it does is a partner, no visit
        List<PartnerPhrases.Found> helpers = relied == null ? PartnerPhrases.find(text) : List.of();
        if (relied == null) relied = PartnerPhrases.names(helpers);
        raw.put("plannedVisits", visits != null ? visitList(visits) : visits(PartnerPhrases.without(text, helpers), today));
        // a place named only inside the name of whom the trip relies on ("依托环渤海招商局") is where it goes only when
        // nothing else names one ("依托深圳山西商会拜访…")
        String unvisited = withoutVisits(text, raw.get("plannedVisits"), today);
        String dest = where != null ? cities(placesOf(where)) : destination(withoutPartners(unvisited, relied));
        if (dest == null && where == null && relied != null) dest = destination(withoutPartners(unvisited, null));
        raw.put("destination", placeList(dest));
        String when = label.get(FieldSynonyms.TRIP_DATES);
        Dates d = when == null ? null : dates(normal(when, today), today);
        if (d == null || d.depart == null) {
            if (label.get("departDate") != null) {
                // "出发：11月24日", "返回：11月30日" as the template reads them
                raw.put("departDate", label.get("departDate"));
                raw.put("returnDate", label.get("returnDate"));
                d = null;
            } else {
                d = dates(s, today);
            }
        }
        if (d != null) {
            raw.put("departDate", d.depart == null ? null : d.depart.toString());
            raw.put("returnDate", d.ret == null ? null : d.ret.toString());
        }
        raw.put("partners", relied);
        raw.put("division", label.get("division"));
        // a message of "名称：值" lines keeps its 行程路线 as written; prose keeps all it said there
        raw.put("route", label.isEmpty() ? text.strip() : label.get("route"));
        return ReportAssembler.assemble(kind, raw, today);
    }

    /** "行程 1月4日-1月8日 深圳 东莞": the places written after a 行程 value on its line belong to it. */
    private static String withPlacesAfter(String trip, String text) {
        if (trip == null) return null;
        int at = text.indexOf(trip);
        if (at < 0) return trip;
        int end = text.indexOf('\n', at + trip.length());
        String rest = text.substring(at + trip.length(), end < 0 ? text.length() : end).strip();
        if (rest.isEmpty()) return trip;
        for (String w : RX_SPACES_OR_PAUSE.split(rest)) if (!placeWord(w)) return trip;
        return trip + " " + rest;
    }

    /** The text before the first "名称：" of the message (all of it when it has none). */
    private static String headBeforeLabels(ReportKind kind, String text) {
        String t = text.strip();
        for (int i = 1; i < t.length(); i++) {
            char before = t.charAt(i - 1);
            if ((before == '\n' || before == '。' || before == '；' || before == '，' || before == ' ') && FieldSynonyms.colonLabelAt(kind, t, i) != null) {
                return t.substring(0, i);
            }
        }
        return t;
    }

    private static List<String> lines(ReportKind kind, String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            int m = NumberedLine.markerEnd(l);
            lines.add(m > 0 && FieldSynonyms.colonLabelAt(kind, l, m) != null ? l.substring(m) : l);
        }
        return lines;
    }

    /** The "名称：值" fields written anywhere in the message ("目的地：深圳", "。拟拜访企业：…", "4. 依托单位：…"). */
    private static Map<String, String> labelled(ReportKind kind, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldScanner.RawField f : FieldScanner.scan(kind, lines(kind, text)).fields()) {
            if (f.value() != null && !out.containsKey(f.component())) out.put(f.component(), f.value());
        }
        return out;
    }

    /** The trip's dates: from a range, else from the words before the departure and the return. */
    private record Dates(LocalDate depart, LocalDate ret, boolean range) { }

    private static Dates dates(String s, LocalDate today) {
        ChineseDates.Range r = range(s, today);
        if (r != null) return new Dates(r.start(), returnAfterRange(s, r, today), true);
        // "合肥出差总结：18-20日", "北京2-4日出差小结": days of the month alone
        Dates bare = bareDays(s, today, BARE_DAYS);
        if (bare != null) return bare;
        ProseDates.Found depart = dateBefore(s, GO, today, null);
        ProseDates.Found ret = dateBefore(s, BACK, today, depart == null ? null : depart.date());
        // (a return told first as done, "昨天从济南回来了 这趟是五号去的", keeps its day when it is after the departure's)
        if (depart != null && ret != null && ret.at() <= depart.at() && !(ret.date().isAfter(depart.date()) && s.indexOf('了') >= 0 && BACK_DONE.matcher(s).find())) ret = null;
        LocalDate from = depart == null ? null : depart.date();
        LocalDate to = ret == null ? null : ret.date();
        if (from != null && to == null && (s.indexOf('待') >= 0 || s.indexOf('呆') >= 0 || s.indexOf('直') >= 0)) {
            // "下周一去深圳 那个 一直待到下周五", "28号出发 去天津 一直到31号": the day stayed till is the return
            Matcher u = UNTIL.matcher(s);
            // "可能要待到周四": a guess at the way back leaves it open
            if (u.find(depart.at()) && !MAYBE.matcher(s.substring(Math.max(0, u.start() - 4), u.start())).find()) {
                ProseDates.Found f = ProseDates.findPlanned(s.substring(u.end()), today);
                if (f != null && f.at() == 0 && !f.date().isBefore(from)) to = f.date();
                // "下周二去长沙 一直待到周五": a bare weekday stayed till is the first such day from the departure on
                else if (f != null && f.at() == 0 && weekday(f.written())) to = from.plusDays(Math.floorMod(f.date().getDayOfWeek().getValue() - from.getDayOfWeek().getValue(), 7));
            }
        }
        if (from != null && to == null && s.indexOf('天') >= 0) {
            // "1月11日出发，为期4天", "12月2日出发赴重庆，共4天": the return is the last of those days
            Matcher n = DURATION.matcher(s);
            if (n.find()) to = from.plusDays(days(n.group(1).charAt(0)) - 1L);
        }
        if (s.indexOf('当') >= 0 || s.indexOf('一') >= 0 || s.indexOf('即') >= 0) {
            // "明天去廊坊，当天去当天回", "行程：12月22日，当天往返": back the day the trip starts (当天 is that day, not today)
            Matcher b = SAME_DAY_BACK.matcher(s);
            if (b.find() && (to == null || from != null && to.isBefore(from) || ProseDates.sameDay(ret))) {
                LocalDate day = from != null ? from : lastDayBefore(s.substring(0, b.start()), today);
                if (day != null) return new Dates(day, day, false);
            }
        }
        if (from == null && ret != null && !EITHER_DAY.matcher(s).find()) {
            // (a departure left between two days, "15日或16日出发", stays open)
            // "下周去北京周一见X周二见Y周三回来": no day of leaving said, the first day still to come after going away and
            // before the way back is the day the trip starts
            Matcher g = GO.matcher(s);
            if (g.find() && g.end() < ret.at()) {
                ProseDates.Found first = ProseDates.findPlanned(s.substring(g.end(), ret.at()), today);
                LocalDate day = first == null ? null : first.date();
                // (a bare weekday after 下周 is next week's, as the way back's is)
                if (day != null && weekday(first.written()) && NEXT_WEEK.matcher(s.substring(0, g.end() + first.at())).find()) {
                    ChineseDates.Reading next = ChineseDates.read("下" + first.written(), 0, today, ChineseDates.Resolution.NEAREST);
                    day = next != null && next.exists() ? next.date() : null;
                }
                if (day != null && !day.isBefore(today) && day.isBefore(to)) from = day;
            }
        }
        if (from == null) {
            // "12月3日 长治—上海…\n12月4日 …\n12月6日 返回长治": a plan written day by day spans its first day to its last
            List<LocalDate> days = dayLines(s, today);
            if (days.size() >= 2 && days.get(0).isBefore(days.get(days.size() - 1))) {
                from = days.get(0);
                if (to == null) to = days.get(days.size() - 1);
            }
        }
        return new Dates(from, to, false);
    }

    /**
     * The day back when the words after the range give one a day or two past its end ("1月18日至19日在太原，20日上午返回":
     * the range is the days there, the 20th the return); the range's end otherwise.
     */
    private static LocalDate returnAfterRange(String s, ChineseDates.Range r, LocalDate today) {
        if (s.indexOf('返') < 0 && s.indexOf('回') < 0) return r.end();
        ProseDates.Found back = dateBefore(s, BACK, today, r.start());
        if (back == null || !back.date().isAfter(r.end()) || back.date().isAfter(r.end().plusDays(2))) return r.end();
        return back.date();
    }

    /** "18-20日", "2至4号": a range of days with no month. */
    private static final Pattern BARE_DAYS = Patterns.compile("(?<![\\d./月年])(\\d{1,2})\\s*[-—–~～至到]\\s*(\\d{1,2})[日号]");
    /** "12月7日、8日", "12月7日、12月8日": two days of a month written, joined by 、. */
    private static final Pattern MONTH_PAIR = Patterns.compile("(?<![\\d./年])(\\d{1,2})月(\\d{1,2})[日号]?、(?:\\1月)?(\\d{1,2})[日号]");

    private static Dates monthPair(String s, LocalDate today) {
        Matcher m = MONTH_PAIR.matcher(s);
        if (!m.find()) return null;
        ChineseDates.Reading first = ChineseDates.read(m.group(1) + "月" + m.group(2) + "日", 0, today, ChineseDates.Resolution.NEAREST);
        int to = Integer.parseInt(m.group(3));
        if (first == null || !first.exists() || to <= first.date().getDayOfMonth() || to > first.date().lengthOfMonth()) return null;
        return new Dates(first.date(), first.date().withDayOfMonth(to), true);
    }

    /** "23、24日", "26日、27日": two days of the month joined by 、. */
    private static final Pattern PAIR_DAYS = Patterns.compile("(?<![\\d./月年])(\\d{1,2})[日号]?、(\\d{1,2})[日号]");
    /** "长沙回来了 22到24 商会带我们看了四家": voice input says the days without 号. */
    private static final Pattern SPOKEN_DAYS = Patterns.compile("(?<![\\d./月年])(\\d{1,2})\\s*(?:到|至)\\s*(\\d{1,2})(?:[日号])?(?=[\\s，,]|$)");

    private static final Pattern SAME_DAY_BACK = Patterns.compile("(?:当天|当日)(?:去当天回|去当天返回?|往返|来回|返回|回来|回)|一日往返|一天往返"
            // "即日返深圳", "即日返回": 即日, the official's word for the same day
            + "|即日(?:返回?|回来?)");

    /** The last day written in {@code s} other than 当天/当日, or null. */
    private static LocalDate lastDayBefore(String s, LocalDate today) {
        LocalDate last = null;
        for (int from = 0; from < s.length(); ) {
            ProseDates.Found f = ProseDates.findPlanned(s.substring(from), today);
            if (f == null) break;
            if (!ProseDates.sameDay(f)) last = f.date();
            from += f.at() + Math.max(1, f.written().length());
        }
        return last;
    }

    /** A range of days with no month, in the month that puts its first day nearest today. */
    private static Dates bareDays(String s, LocalDate today, Pattern days) {
        if (s.indexOf('日') < 0 && s.indexOf('号') < 0 && days == BARE_DAYS) return null;
        Matcher m = days.matcher(s);
        if (!m.find()) return null;
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (from < 1 || to > 31 || to <= from) return null;
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            java.time.YearMonth ym = java.time.YearMonth.from(today).plusMonths(k);
            if (to > ym.lengthOfMonth()) continue;
            LocalDate start = ym.atDay(from);
            if (best == null || Math.abs(start.toEpochDay() - today.toEpochDay()) < Math.abs(best.toEpochDay() - today.toEpochDay())) best = start;
        }
        return best == null ? null : new Dates(best, best.withDayOfMonth(to), true);
    }

    /** A number of days written as a digit or a Chinese numeral (2–9). */
    private static int days(char c) {
        return Character.isDigit(c) ? c - '0' : "__二三四五六七八九".indexOf(c == '两' ? '二' : c);
    }

    private static final Pattern MAYBE = Patterns.compile("可能|也许|或许|估计|大概|说不定");
    private static final Pattern UNTIL = Patterns.compile("(?:待|呆|住|一直)(?:到|至)\\s*");

    /** "为期4天", "共4天", "一共待了四天", "跑了两天": the trip's length in days. */
    private static final Pattern DURATION = Patterns.compile("(?:为期|共|一共|总共|跑了|待了|呆了|住了)\\s*(?:待了|呆了|跑了)?\\s*([2-9两二三四五六七八九])天");
    /** "回来了", "回到了", "返回了": a return told as done. */
    private static final Pattern BACK_DONE = Patterns.compile("(?:回来|回到|返回|回)了");

    private static final Pattern RX_DAY_PARTS = Patterns.compile("[\\n；;]");
    private static final Pattern ROUTE_LABEL = Patterns.compile("^[^，。,\\d]{0,12}?(?:行程|日程|时间)(?:安排)?[：:]\\s*");

    /** The days that open the lines of the message (after an item's number), in the order written. */
    private static List<LocalDate> dayLines(String s, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        // "行程：12月14日 长治—郑州；12月15日 郑州—武汉；12月17日 武汉—长治": the days may also part a line by ；
        String[] parts = s.indexOf('；') >= 0 || s.indexOf(';') >= 0 ? RX_DAY_PARTS.split(s) : s.split("\n");
        for (String line : parts) {
            String st = line.strip();
            // (ROUTE_LABEL ends at a colon)
            String l = weekdayDay(FieldReader.stripNumbering(st.indexOf('：') >= 0 || st.indexOf(':') >= 0 ? ROUTE_LABEL.matcher(st).replaceFirst("") : st));
            if (l.isEmpty() || !DATE_LINE.matcher(l).find() || RANGE_LINE.matcher(l).find()) continue;
            ChineseDates.Reading r = ChineseDates.read(DOTTED_START.matcher(l).replaceFirst("$1月$2日"), 0, today, ChineseDates.Resolution.NEAREST);
            if (r != null && r.exists()) days.add(r.date());
        }
        return days;
    }

    /** 本月/下个月 as month numbers, Chinese numerals as digits. */
    private static String normal(String text, LocalDate today) {
        String s = ProseDates.arabic(relativeMonths(text, today));
        // "今出发成都": today, said short
        if (s.indexOf('今') >= 0) s = TODAY_SHORT.matcher(s).replaceAll("今天");
        // "明早出发去珠海", "明晨动身": tomorrow, said with its morning
        if (s.indexOf('明') >= 0 && (s.contains("明早") || s.contains("明晨") || s.contains("明一早"))) s = s.replace("明一早", "明天").replace("明早", "明天").replace("明晨", "明天");
        // "下周一（14日）至周四": the day of the month in brackets only explains the weekday of a named week before it
        if (s.indexOf('（') >= 0 || s.indexOf('(') >= 0) s = WEEKDAY_EXPLAINED.matcher(s).replaceAll("$1");
        // "出发是11号周三 回来是14号": the day said after the word, as if before it
        if (s.indexOf('是') >= 0 || s.indexOf('定') >= 0) s = SAID_AFTER.matcher(s).replaceAll("$2$1");
        // "出发 11月30日 返回 12月3日": the word, a space, then its day
        if (s.contains("出发 ") || s.contains("返回 ") || s.contains("返程 ")) s = SPACED_AFTER.matcher(s).replaceAll("$2$1");
        return s;
    }

    private static final Pattern WEEKDAY_EXPLAINED = Patterns.compile("((?:下|本|这)个?(?:周|星期|礼拜)[一二三四五六日天])\\s*[（(]\\d{1,2}[日号][)）]");
    private static final Pattern TODAY_SHORT = Patterns.compile("(?<![至如当])今(?=出发|走|去|赴|动身)");
    private static final Pattern SPACED_AFTER = Patterns.compile("(?<=^|\\n|[，,；;：:]|[日号] )(出发|返回|返程)[ \\t]+((?:\\d{1,2}月)?\\d{1,2}[日号])(?![\\u4e00-\\u9fff]{0,3}(?:出发|返回|返程|回))");
    private static final Pattern SAID_AFTER = Patterns.compile(
            "(出发|回来|返回|返程)(?:的?(?:时间|日期))?(?:是|定在|定于)\\s*((?:\\d{1,2}月)?\\d{1,2}[日号](?:\\s*[（(]?(?:周|星期|礼拜)[一二三四五六日天][)）]?)?|(?:下|本|这)?(?:周|星期|礼拜)[一二三四五六日天])");

    private static ChineseDates.Range range(String s, LocalDate today) {
        Written w = writtenRange(s, today);
        return w == null ? null : w.range();
    }

    /** A range and the words it was written with ("11月18日至20日", "12月2日-12月5日" for 12.2-12.5). */
    private record Written(ChineseDates.Range range, String words) { }

    private static Written writtenRange(String s, LocalDate today) {
        int lastSeparator = -1;
        for (int i = s.length() - 1; i >= 0 && lastSeparator < 0; i--) if (RANGE_SEPARATORS.indexOf(s.charAt(i)) >= 0) lastSeparator = i;
        for (int i = 0; i < lastSeparator; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && "今明后本这上下周星礼".indexOf(c) < 0) continue;
            if (i > 0 && Character.isDigit(s.charAt(i - 1))) continue;
            // a range has its separator within a few characters of its start
            boolean near = false;
            for (int j = i + 1; j < Math.min(s.length(), i + 14) && !near; j++) near = RANGE_SEPARATORS.indexOf(s.charAt(j)) >= 0;
            if (!near) continue;
            String t = s.substring(i, Math.min(s.length(), i + 30));
            // "12-14至12-18": months and days joined by dashes, the range by 至
            if (t.indexOf('-') >= 0) t = DASHED_RANGE.matcher(t).replaceFirst("$1月$2日$3$4月$5日");
            // "12/14-16", "12.14-16": the end day alone, after a month and day written with a slash or a dot
            if (t.indexOf('/') >= 0 || t.indexOf('.') >= 0) t = SHORT_END.matcher(t).replaceFirst("$1月$2日$3$4日");
            if (t.indexOf('.') >= 0) t = dotted(t);
            ChineseDates.RangeReading rr = ChineseDates.readRange(t.replace("至", "-").replace("到", "-"), today,
                    ChineseDates.Resolution.NEAREST);
            if (rr != null) {
                // "1.11-1.15", "12-14至12-18": the range as written, not as read
                Matcher asWritten = SHORT_RANGE.matcher(s.substring(i));
                String words = asWritten.lookingAt() ? asWritten.group() : t.substring(0, Math.min(t.length(), rr.end()));
                return new Written(rr.range(), words.strip());
            }
        }
        return null;
    }

    /** "12.2-12.5" → "12月2日-12月5日" (only a dotted date right at the start and after the separator). */
    private static String dotted(String s) {
        if (s.indexOf('.') < 0) return s; // called at every position of a message: no regex work without a dot
        return DOTTED_AFTER.matcher(DOTTED_START.matcher(s).replaceAll("$1月$2日")).replaceAll("$1月$2日");
    }

    private static final Pattern DASHED_RANGE = Patterns.compile("^(\\d{1,2})-(\\d{1,2})(\\s*[至到~～—]\\s*)(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern SHORT_RANGE = Patterns.compile("^\\d{1,2}[./-]\\d{1,2}\\s*[-—–~～至到]\\s*(?:\\d{1,2}[./-])?\\d{1,2}(?![\\d./月日号])");
    private static final Pattern SHORT_END = Patterns.compile("^(\\d{1,2})[./](\\d{1,2})\\s*([-—–~～至到])\\s*(\\d{1,2})(?![\\d./月日号])");
    private static final java.util.regex.Pattern DOTTED_START = Patterns.compile("^(\\d{1,2})\\.(\\d{1,2})(?![\\d.])");
    private static final java.util.regex.Pattern DOTTED_AFTER = Patterns.compile("(?<=[-至到—~])(\\d{1,2})\\.(\\d{1,2})(?![\\d.])");

    private static final String BOUNDARY = "，,。；;：:\n ";
    private static final String RANGE_SEPARATORS = "至到-—–~～─";

    /**
     * The date written in the stretch of words that ends at a departure (出发/赴) or return (返回/回来) word. A bare
     * weekday or day of a return ("周三返回", "26日返回") is the first such day on or after the departure.
     */
    private static ProseDates.Found dateBefore(String s, Pattern word, LocalDate today, LocalDate depart) {
        Matcher m = word.matcher(s);
        while (m.find()) {
            int w = m.start();
            int from = w;
            // "12月6日 返回长治": a space right before the word does not part it from its day
            while (from > 0 && s.charAt(from - 1) == ' ') from--;
            while (from > 0 && BOUNDARY.indexOf(s.charAt(from - 1)) < 0) from--;
            String seg = s.substring(from, w);
            // the day nearest before 出发/返回 is the trip's, whatever follows it ("周一坐高铁去杭州"); voice input runs the
            // departure and the return together ("23号出发去苏州无锡然后27号回来"): the return's day is the one right before it
            ProseDates.Found f = lastDate(seg, today);
            if (f != null) f = new ProseDates.Found(f.date(), f.written(), from + f.at());
            // "下礼拜三，去杭州", "12月1号，咱们组出发去深圳": the day said as a clause of its own, right before
            else if (depart == null) f = dayClauseBefore(s, from, today);
            if (f == null) continue;
            if (word == GO) {
                // "15日或16日出发": the day of leaving is not decided yet
                if (seg.indexOf('或') >= 0 && EITHER_DAY.matcher(seg).find()) return null;
                // "下周三、周四去天津": of the days joined, the first is the one they leave
                ProseDates.Found first = ProseDates.findPlanned(seg, today);
                int firstEnd = first == null ? -1 : first.at() + first.written().length();
                if (first != null && from + first.at() < f.at() && firstEnd < seg.length() && "、和".indexOf(seg.charAt(firstEnd)) >= 0) {
                    f = new ProseDates.Found(first.date(), first.written(), from + first.at());
                }
            }
            // "20日前返回": a day the return comes before leaves the return open
            if (word == BACK && BEFORE_DAY.matcher(s.substring(Math.min(w, f.at() + f.written().length()), w)).matches()) return null;
            boolean nextWeek = NEXT_WEEK.matcher(s.substring(0, f.at())).find();
            if (depart == null && !nextWeek && weekday(f.written()) && THIS_WEEK.matcher(s.substring(0, f.at())).find()) {
                // "本周外出：周二出发": a bare weekday after 本周 is this week's, not the last one gone
                ChineseDates.Reading same = ChineseDates.read("本" + f.written(), 0, today, ChineseDates.Resolution.NEAREST);
                if (same != null && same.exists()) f = new ProseDates.Found(same.date(), f.written(), f.at());
            }
            if (depart == null && weekday(f.written()) && nextWeek) {
                // "下周我们组去南京，周二出发": a bare weekday after 下周 is next week's
                ChineseDates.Reading next = ChineseDates.read("下" + f.written(), 0, today, ChineseDates.Resolution.NEAREST);
                if (next != null && next.exists()) f = new ProseDates.Found(next.date(), f.written(), f.at());
            }
            if (depart != null && bare(f.written())) {
                ProseDates.Found again = lastDate(seg, depart);
                if (again != null) {
                    LocalDate d = again.date();
                    if (d.isBefore(depart)) d = RX_WEEKDAY_WORD.matcher(f.written()).matches() ? d.plusWeeks(1) : d.plusMonths(1);
                    f = new ProseDates.Found(d, f.written(), f.at());
                }
            }
            return f;
        }
        return null;
    }

    /**
     * The day that is the whole clause ending at {@code end} (its mark right before it): "下礼拜三" in "下礼拜三，去杭州".
     * Its position is in the message's terms.
     */
    private static ProseDates.Found dayClauseBefore(String s, int end, LocalDate today) {
        if (end < 2 || "，, ".indexOf(s.charAt(end - 1)) < 0) return null;
        int start = end - 1;
        while (start > 0 && BOUNDARY.indexOf(s.charAt(start - 1)) < 0) start--;
        String clause = s.substring(start, end - 1).strip();
        if (clause.isEmpty() || clause.length() > 8) return null;
        ProseDates.Found f = ProseDates.findPlanned(clause, today);
        if (f == null || f.at() != 0 || f.written().length() != clause.length()) return null;
        return new ProseDates.Found(f.date(), f.written(), start);
    }

    /** The last date written in {@code seg} (a date in brackets right after another only explains it: "周四（26号）"). */
    private static ProseDates.Found lastDate(String seg, LocalDate today) {
        ProseDates.Found last = null;
        int from = 0;
        while (from < seg.length()) {
            ProseDates.Found f = ProseDates.findPlanned(seg.substring(from), today);
            if (f == null) break;
            int at = from + f.at();
            boolean explains = last != null && RX_OPEN_BRACKET.matcher(seg.substring(last.at() + last.written().length(), at)).matches();
            if (!explains) last = new ProseDates.Found(f.date(), f.written(), at);
            from = at + Math.max(1, f.written().length());
        }
        return last;
    }

    private static final Pattern NEXT_WEEK = Patterns.compile("下周|下星期|下礼拜|下个礼拜|下个星期");
    private static final Pattern THIS_WEEK = Patterns.compile("本周|这周|本星期|这个星期|这星期|本礼拜|这礼拜|这个礼拜");
    private static final Pattern EITHER_DAY = Patterns.compile("\\d{1,2}[日号]\\s*(?:或者|或)\\s*\\d{1,2}[日号]|(?:周|星期|礼拜)[一二三四五六日天]\\s*(?:或者|或)\\s*(?:周|星期|礼拜)?[一二三四五六日天]");
    private static final Pattern BEFORE_DAY = Patterns.compile("^(?:之|以)?前\\s*$");

    private static boolean weekday(String written) {
        return RX_WEEKDAY.matcher(written).matches();
    }

    /** A weekday or a day of the month with nothing fixing its week or month. */
    private static boolean bare(String written) {
        return RX_WEEKDAY.matcher(written).matches() || RX_DAY_OF_MONTH.matcher(written).matches();
    }

    private static String relativeMonths(String text, LocalDate today) {
        return text.replace("本月", today.getMonthValue() + "月")
                .replace("下个月", today.plusMonths(1).getMonthValue() + "月").replace("下月", today.plusMonths(1).getMonthValue() + "月")
                .replace("上个月", today.minusMonths(1).getMonthValue() + "月").replace("上月", today.minusMonths(1).getMonthValue() + "月");
    }

    private static String destination(String text) {
        Matcher named = DESTINATION_NAMED.matcher(text);
        if (named.find()) return cities(named.group(1));
        // "下周外出计划（长三角）：…", "外出计划（天津）：…": the places in brackets after the plan's name
        Matcher bracketed = text.indexOf('（') >= 0 || text.indexOf('(') >= 0 ? PLACES_IN_BRACKETS.matcher(text) : null;
        if (bracketed != null && bracketed.find()) {
            String[] words = RX_SPACES_OR_PAUSE.split(bracketed.group(1).strip());
            if (java.util.Arrays.stream(words).allMatch(ProseTrips::placeWord)) return String.join("、", words);
        }
        // "出差计划｜长沙", "外出计划：苏州、无锡": the places the heading names
        String first = text.strip().split("\n", 2)[0];
        Matcher heading = first.indexOf('计') >= 0 || first.indexOf('程') >= 0 ? HEADING_PLACES.matcher(first) : null;
        if (heading != null && heading.find()) {
            String[] words = RX_SPACES_OR_PAUSE.split(heading.group(1).strip());
            if (java.util.Arrays.stream(words).allMatch(ProseTrips::placeWord)) return String.join("、", words);
        }
        String after = placesAfterRange(text);
        if (after != null) return after;
        // "无锡、南京两地跑": the places counted
        Matcher counted = text.indexOf('地') >= 0 ? PLACES_COUNTED.matcher(text) : null;
        if (counted != null && counted.find()) {
            String[] words = RX_SPACES_OR_PAUSE.split(counted.group(1).replace('和', '、'));
            if (java.util.Arrays.stream(words).allMatch(ProseTrips::placeWord)) return String.join("、", words);
        }
        Matcher m = DESTINATION.matcher(text);
        while (m.find()) {
            String d = m.group(1);
            for (String go : new String[]{"去", "赴", "到", "前往"}) {
                int g = d.lastIndexOf(go);
                if (g >= 0 && g < d.length() - go.length()) d = d.substring(g + go.length());
            }
            if (TIME_WORD.matcher(d).lookingAt() || RX_NUMBERED_DAY.matcher(d).matches()) continue;
            // "先到长沙经开区管委会交流": the city of the zone visited
            Matcher zone = ZONE_AFTER.matcher(d);
            if (zone.find() && zone.start() >= 2 && placeWord(d.substring(0, zone.start()))) d = d.substring(0, zone.start());
            if (d.contains("高新区") || d.contains("潞州") || d.endsWith("的") || d.startsWith("拜访") || d.contains("公司")) continue;
            // "依托在京长治老乡会": the body the trip leans on, not where it goes
            if (BODY_END.matcher(d).find()) continue;
            return withLaterPlaces(cities(d), text, m);
        }
        // "下周 江苏行 周二出发…", "京津行 计划": the trip named as a journey to its places
        Matcher journey = text.indexOf('行') >= 0 ? JOURNEY_TO.matcher(text) : null;
        while (journey != null && journey.find()) {
            String w = cities(journey.group(1));
            if (java.util.Arrays.stream(w.split("、")).allMatch(ProseTrips::placeWord)) return w;
        }
        return placesNamed(text);
    }

    private static final Pattern PLACES_RUN_ON = Patterns.compile("^(?:[\\s、和+＋/]+)([\\u4e00-\\u9fff]{2,3})(?=[\\s，,。；;：:]|$|主要|拟|拜访|走访|见|跑|看|对接|出差|招商)");
    private static final Pattern GONE_TO = Patterns.compile("(?:赴|前往|去|转)([\\u4e00-\\u9fff]{2,3}?)(?=见|拜访|走访|对接|看|，|,|。|；|\\s|$)");

    /**
     * The destination found first with the places run on after it ("去深圳 珠海 主要拜访…") and the places gone to later
     * in the plan ("1月18日出发去北京 … 20号去雄安见雄安数城"), each a place the dictionary knows and none at home.
     */
    private static String withLaterPlaces(String first, String text, Matcher found) {
        if (!java.util.Arrays.stream(first.split("、")).allMatch(ProseTrips::placeWord)) return first;
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(List.of(first.split("、")));
        int at = found.end();
        Matcher run = PLACES_RUN_ON.matcher(text).region(at, text.length());
        while (run.lookingAt() && placeWord(run.group(1)) && !home(run.group(1))) {
            out.add(run.group(1));
            at = run.end();
            run.region(at, text.length());
        }
        Matcher later = GONE_TO.matcher(text).region(at, text.length());
        while (later.find()) {
            String w = later.group(1);
            if (placeWord(w) && !home(w)) out.add(w);
        }
        return String.join("、", out);
    }

    /** The text with the names of the planned visits blanked: "蜜雪冰城", "卧龙电驱" hold no destination. */
    private static String withoutVisits(String text, String visits, LocalDate today) {
        if (visits == null) return text;
        String t = text;
        for (TripPlanReport.PlannedVisit v : PlannedVisits.read(visits, today)) {
            String name = v.enterprise();
            // a name that is a place itself ("上海电气" is not, "中山" would be) is left for the cues to judge
            if (name.length() >= 3) t = t.replace(name, "　".repeat(name.length()));
        }
        return t;
    }

    private static final Pattern MENTION = Patterns.compile("@[^\\s@，,。：:]{1,8}(?=[\\s，,。：:]|$)");

    /** The text with whom the trip relies on and the @-mentions blanked: "依托环渤海招商局", "@招商助手" name no destination. */
    private static String withoutPartners(String text, String partners) {
        String t = text.indexOf('@') >= 0 || text.indexOf('＠') >= 0 ? MENTION.matcher(text.replace('＠', '@')).replaceAll(r -> "　".repeat(r.group().length())) : text;
        if (partners == null) return t;
        for (String p : partners.split("、")) if (p.length() >= 3) t = t.replace(p, "　".repeat(p.length()));
        return t;
    }

    private static final Pattern PLACES_COUNTED = Patterns.compile("((?:[\\u4e00-\\u9fff]{2,3}[、和])+[\\u4e00-\\u9fff]{2,3})(?:两|三|四)地");
    private static final Pattern JOURNEY_TO = Patterns.compile("(?<![\\u4e00-\\u9fff])([\\u4e00-\\u9fff]{2,4})行(?=[\\s，,：:｜|]|$|计划|安排)");

    /** Places at home: never a trip's destination. */
    private static final java.util.Set<String> HOME = java.util.Set.of("长治", "山西", "潞州", "上党", "北方", "南方", "华北", "中部", "中西部", "当地", "本地", "中国", "全国", "国内", "海外");

    /**
     * "下周跑一趟杭州和宁波，见见…": with no cue before them, the places HanLP's dictionary knows, outside the
     * organisations' names, in the order written.
     */
    private static String placesNamed(String text) {
        StringBuilder t = new StringBuilder(text);
        for (OrgNames.Found f : OrgNames.find(text)) for (int i = f.start(); i < f.end(); i++) t.setCharAt(i, '　');
        java.util.LinkedHashSet<String> places = new java.util.LinkedHashSet<>();
        for (int i = 0; i < t.length(); i++) {
            if (!InputText.isCjk(t.charAt(i)) || i > 0 && InputText.isCjk(t.charAt(i - 1)) && NameRecogniser.placeAt(t.toString(), i - 1) > 1) continue;
            int len = NameRecogniser.placeAt(t.toString(), i);
            if (len == 0) continue;
            String p = t.substring(i, i + len);
            int end = i + len;
            // "深圳市", "昆山市": the place word with its 市/省/县 is the same place
            if (end < t.length() && "市省县".indexOf(t.charAt(end)) >= 0) end++;
            boolean home = false;
            for (String h : HOME) if (p.startsWith(h)) home = true;
            if (!home) places.add(p);
            i = end - 1;
        }
        return places.isEmpty() || places.size() > 4 ? null : String.join("、", places);
    }

    /** The places after the days, one word each, up to the end of the line, a stop or a closing bracket. */
    private static final String PLACE_WORDS = "((?:[\\u4e00-\\u9fff]{2,4}(?:\\s+|、|$|(?=[。；;，,|｜）)])))+)";
    private static final Pattern PLACES_AFTER_RANGE = Patterns.compile(
            "^\\d{1,2}[./月]\\d{1,2}[日号]?\\s*[-—–~～至到→]\\s*(?:\\d{1,2}[./月])?\\d{1,2}[日号]?(?:\\s+|\\s*[，,|｜]\\s*)" + PLACE_WORDS);
    /** "本周三到周六 北京、雄安", "下周一至周四：苏州 无锡": the places after a range of weekdays. */
    private static final Pattern PLACES_AFTER_WEEKDAYS = Patterns.compile(
            "^[^\\d\\n]{0,8}?(?:周|星期|礼拜)[一二三四五六日天]\\s*[-—–~～至到→]\\s*(?:周|星期|礼拜)?[一二三四五六日天](?:\\s+|\\s*[，,|｜：:]\\s*)" + PLACE_WORDS);
    /** A word of the places after the days with what joins it to the word before ("、" or spaces). */
    private static final Pattern PLACE_WORD_IN_LIST = Patterns.compile("([\\s、]*)([^\\s、]+)");
    private static final Pattern NOT_A_PLACE = Patterns.compile("拟|拜访|走访|依托|对接|出发|返回|企业|计划|安排|看|跑");

    /** "外出计划 12.2-12.6 深圳 东莞 广州 惠州": the places written after the dates, one word each. */
    private static String placesAfterRange(String text) {
        String[] lines = text.strip().split("\n");
        Matcher m = null;
        int at = 0;
        for (int i = 0; i < Math.min(6, lines.length) && m == null; i++) {
            at = i;
            // "1月4日-1月8日 苏州 无锡", "行程：12月1日-12月5日，深圳、东莞"
            m = PLACES_AFTER_RANGE.matcher(RX_BEFORE_DIGIT.matcher(lines[i].strip()).replaceFirst(""));
            if (!m.find()) m = null;
            if (m == null && (lines[i].contains("周") || lines[i].contains("星期") || lines[i].contains("礼拜"))) {
                m = PLACES_AFTER_WEEKDAYS.matcher(lines[i].strip());
                // the first word after the weekdays must be a place: "周二到周四 中芯国际 华虹" names whom the trip sees
                if (!m.find() || !placeWord(RX_SPACES_OR_PAUSE.split(m.group(1).strip())[0])) m = null;
            }
        }
        // "下周 重庆 12.7-12.10 长安汽车 赛力斯", "出差：东莞 11.25-11.28 拜访…": the places written before the days
        List<String> placesBefore = placesBeforeRange(lines[at].strip());
        if (m == null && lines.length == 1 && !placesBefore.isEmpty()) return String.join("、", placesBefore);
        // "1月4日—1月8日，赴广州、深圳": the words after 赴/去 say where
        if (m == null || RX_GOING.matcher(m.group(1)).matches()) return null;
        List<String> places = new ArrayList<>();
        Matcher word = PLACE_WORD_IN_LIST.matcher(m.group(1));
        while (word.find()) {
            String w = word.group(2);
            if (NOT_A_PLACE.matcher(w).find()) break;
            // "12.14-12.18 上海 中芯国际 华虹宏力": the names after the places are whom the trip sees; "北京、雄安": a
            // short word joined by 、 to a place is a place the dictionary does not know
            boolean paused = word.group(1).indexOf('、') >= 0 && w.length() <= 3;
            if (!places.isEmpty() && !placeWord(w) && !paused) break;
            places.add(w);
        }
        // "下周 西安 12.14-12.18 隆基 奕斯伟": names alone after the days, the place written before them
        if (places.size() == 1 && !placeWord(places.get(0)) && (m.group(1).strip().length() > places.get(0).length() || !placesBefore.isEmpty())) {
            return placesBefore.isEmpty() ? null : String.join("、", placesBefore);
        }
        // "出差：东莞 11.25-11.28 拜访生益科技、东阳光": the place before the days, whom it sees after them
        if (places.isEmpty()) return placesBefore.isEmpty() ? null : String.join("、", placesBefore);
        return String.join("、", places);
    }

    private static final Pattern BODY_END = Patterns.compile("(?:商会|老乡会|联谊会|协会|联合会|联络处|办事处|管委会)$");
    private static final Pattern PLACES_IN_BRACKETS = Patterns.compile("(?:计划|安排|行程)\\s*[（(]([\\u4e00-\\u9fff、 ]{2,16})[)）]");
    private static final Pattern HEADING_PLACES = Patterns.compile("(?:计划|安排|行程)\\s*[｜|：:·]\\s*([\\u4e00-\\u9fff、 ]{2,16})$");
    private static final Pattern ZONE_AFTER = Patterns.compile("经开区|开发区|高新区|管委会|园区|新区");
    private static final Pattern BEFORE_RANGE = Patterns.compile("^([^\\d，。,]{2,12}?)\\s*(?=\\d{1,2}[./月]\\d{1,2}日?\\s*[-—–~～至到])");
    private static final Pattern WORD_BREAK = Patterns.compile("[\\s、：:]+");

    /** The places among the words before a line's range of days ("下周 重庆 12.7-12.10 …" → 重庆). */
    private static List<String> placesBeforeRange(String line) {
        List<String> places = new ArrayList<>();
        Matcher m = BEFORE_RANGE.matcher(line);
        if (!m.find()) return places;
        for (String w : WORD_BREAK.split(m.group(1))) if (!w.isEmpty() && placeWord(w) && HOME.stream().noneMatch(w::startsWith)) places.add(w);
        return places;
    }

    /** Regions a trip goes to that the dictionary holds as no place ("下周外出计划（长三角）", "下周一至周五 京津冀"). */
    private static final String[] REGIONS = {"粤港澳大湾区", "雄安新区", "长三角", "珠三角", "京津冀", "粤港澳", "大湾区", "成渝", "雄安"};

    /** The length of the place (a region or a place the dictionary knows) the text has at {@code at}, or 0. */
    static int placeAt(String text, int at) {
        for (String r : REGIONS) if (text.startsWith(r, at)) return r.length();
        return NameRecogniser.placeAt(text, at);
    }

    /** A place at home, never a trip's destination. */
    static boolean home(String place) {
        for (String h : HOME) if (place.startsWith(h)) return true;
        return false;
    }

    /** A word that is a place: a city or province known, "深圳市", or two cities run together ("杭州宁波"). */
    private static boolean placeWord(String w) {
        for (String r : REGIONS) if (w.equals(r)) return true;
        String p = w.endsWith("市") || w.endsWith("省") ? w.substring(0, w.length() - 1) : w;
        if (NameRecogniser.placeAt(p, 0) == p.length()) return true;
        return p.length() == 4 && NameRecogniser.placeAt(p, 0) == 2 && NameRecogniser.placeAt(p, 2) == 2;
    }

    /**
     * A 目的地 value up to where it stops naming places: "深圳；12月8日拜访…" → 深圳, "上海，杭州" stays whole, "苏州，主要看
     * 半导体" → 苏州.
     */
    private static String placesOf(String written) {
        String w = RX_SENTENCE_END.split(written, 2)[0].strip();
        String[] parts = RX_COMMA.split(w);
        StringBuilder b = new StringBuilder(parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (!RX_PLACE_LIST.matcher(p).matches() || NOT_A_PLACE.matcher(p).find() || NameRecogniser.placeAt(p, 0) == 0) break;
            b.append('、').append(p);
        }
        return b.toString();
    }

    /** How places are joined when written or said: "嘉兴和湖州", "广州/佛山", "上海+苏州", "长沙→武汉", "深圳 东莞". */
    private static final Pattern PLACE_JOINS = Patterns.compile("[、和与及跟+＋/／|｜→\\s]+");

    /**
     * The places a destination names, joined by "、" as the ledger writes them, up to the first words that are no
     * place: "嘉兴和湖州" → 嘉兴、湖州, "上海和昆山周五回来" → 上海、昆山, "成都、重庆耍一圈" → 成都、重庆, "江苏行" → 江苏.
     * Left as it is when its first word is no place known.
     */
    private static final Pattern PLACE_RUN_END = Patterns.compile("周|星期|礼拜|[0-9零〇一二两三四五六七八九十]+[号日月]|\\d|回|返|出发|拟|拜访|走访|对接|见|耍|跑|整|待|呆|那边|一趟|趟|行程");

    static String placeList(String d) {
        if (d == null || d.isBlank()) return d;
        List<String> out = new ArrayList<>();
        for (String part : PLACE_JOINS.split(d.strip())) {
            if (part.isEmpty()) continue;
            boolean stop = false;
            for (String w : cities(part).split("、")) {
                if (placeWord(w)) { out.add(w); continue; }
                int len = NameRecogniser.placeAt(w, 0);
                if (len >= 2) out.add(w.substring(0, len));
                else if (!out.isEmpty()) {
                    // "上海和昆山周五回来": after a joiner a place the dictionary does not know still ends where the
                    // words of days and going start
                    Matcher end = PLACE_RUN_END.matcher(w);
                    String p = end.find() ? w.substring(0, end.start()) : w;
                    if (p.length() >= 2 && p.length() <= 3 && p.chars().allMatch(ch -> InputText.isCjk((char) ch))) out.add(p);
                }
                stop = true;
                break;
            }
            if (stop) break;
        }
        return out.isEmpty() ? d : String.join("、", out);
    }

    /** "杭州宁波", "郑州西安": city names of two characters run together. */
    private static String cities(String d) {
        if (d.indexOf('、') < 0 && d.length() >= 4 && d.length() % 2 == 0 && d.length() <= 8) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            // "合肥最后一天", "太原计划": the places run together end where a word that is no place starts
            for (; i < d.length() && (i == 0 || placeWord(d.substring(i, i + 2))); i += 2) b.append(i == 0 ? "" : "、").append(d, i, i + 2);
            if (i == d.length() || placeWord(d.substring(0, 2))) d = b.toString();
        }
        return d;
    }

    /** Where the enterprises to visit are listed: after 拟拜访/重点拜访/要去的企业有, else after 拜访/走访/看. */
    private static final Pattern STRONG_VISITS = Patterns.compile(
            "(?:拟拜访企业|拟走访企业|拟对接企业|拟拜访|拟走访|拟访|拟见|拟对接|重点拜访|主要拜访|重点回访|计划拜访|准备拜访|重点走访|主要走访|计划走访|拜访企业|走访企业|要去的企业|要拜访的企业|要见的企业|去的企业|约上了|约好了|约到了|已约好)"
            // "拟拜访的企业有：", "重点拜访的单位包括：", "拟走访企业如下：": what the list is, said between the cue and its names
            + "(?:的)?(?:企业|单位|公司|客户)?(?:主要)?(?:有|是|包括|为|如下)?[：:]?\\s*");
    private static final Pattern GO_VISITS = Patterns.compile("(?:主要|重点)(?:是)?(?:去|跑|见|找)(?:的是|的有)?(?![看拜走见跑])[：:]?\\s*");

    /** A city or province, not an enterprise ("主要去苏州、无锡"). */
    private static boolean place(String name) {
        for (String p : OrgNames.PLACES) if (name.startsWith(p) && name.length() <= p.length() + 1) return true;
        return NameRecogniser.guess(name) == NameRecogniser.Guess.PLACE;
    }

    private static final Pattern WEAK_VISITS = Patterns.compile("(?:拜访|走访|回访|拜会|会见|对接|见一下|见见|去看|看看|看望|跑一下|跑跑|主要看|看|(?<=^|[\\s，,：:])访(?=[\\u4e00-\\u9fffA-Za-z])|(?<=^|[\\s，,：:])(?:去|要|想)?见(?=[\\u4e00-\\u9fffA-Za-z])(?![面过到了])|(?:要|想|去|再)见(?=[\\u4e00-\\u9fffA-Za-z])(?![面过到了])|跟进(?=[\\u4e00-\\u9fffA-Za-z])(?!一下|情况|进度|落实)|(?<=^|[\\s，,：:])跑(?=[\\u4e00-\\u9fffA-Za-z]{2})(?![了过完步一趟])|(?<=[\\s，,：:])找(?=[\\u4e00-\\u9fffA-Za-z]))(?:一下)?"
            // "想见三家：A、B…": the count of the list before it
            + "(?:(?:这|以下)?[0-9一二两三四五六七八九]家(?:企业|公司)?(?=[：:]))?[：:]?\\s*");
    /** A clause that no longer lists enterprises: who goes, whom the trip relies on, talk around the list. */
    private static final Pattern LIST_END = Patterns.compile(
            "^(?:我(?:跟|和|与|们|\\s)|同去|对接依托|依托|通过|借助|分工|人员|由|我带队|带队|随行|同行|目的地|时间|出发|返回|大概|就这样|具体|其他|其余|请|联系人|[\\u4e00-\\u9fff]{2,3}(?:带队|同行|随行|负责|陪同))");
    private static final Pattern LIST_END_ANYWHERE = Patterns.compile("带队|随行|同行|同去|负责|陪同|一行|就这样|大概就");
    /** "周一（21日）：X": a line opened by its weekday and its day in brackets opens with the day. */
    private static String weekdayDay(String line) {
        return line.isEmpty() || "周星礼".indexOf(line.charAt(0)) < 0 ? line : WEEKDAY_DAY.matcher(line).replaceFirst("$1");
    }

    private static final Pattern WEEKDAY_DAY = Patterns.compile("^(?:周|星期|礼拜)[一二三四五六日天]\\s*[（(](\\d{1,2}[日号])[)）]");
    private static final Pattern DATE_LINE = Patterns.compile("^(?:\\d{1,2}[.月/]\\d{1,2}[日号]?|\\d{1,2}[日号])");
    /** "周一 一诺光电", "星期三：国轩高科": a line opened by a bare weekday and then a name. */
    private static final Pattern WEEKDAY_LINE = Patterns.compile("^(?:周|星期|礼拜)[一二三四五六日天][\\s：:]*[\\u4e00-\\u9fffA-Za-z]");
    private static final Pattern WEEKDAY_ENTRY = Patterns.compile("(?m)^(?:周|星期|礼拜)[一二三四五六日天][\\s：:、]*[\\u4e00-\\u9fffA-Za-z]");

    /** How many entries of a run of days open with a weekday and go on with words. */
    private static int weekdays(String run) {
        int n = 0;
        for (Matcher m = WEEKDAY_ENTRY.matcher(run); m.find(); ) n++;
        return n;
    }

    /** "14 立讯精密": a bare day of the month, a space, and a name. */
    private static final Pattern BARE_DAY_LINE = Patterns.compile("^(\\d{1,2})\\s+(?=[\\u4e00-\\u9fffA-Za-z])");

    /** The planned visits as written, from a cue in prose or the lines of a list that start with their days. */
    private static String visits(String text, LocalDate today) {
        if (text.indexOf('见') >= 0) text = placeThenSees(text);
        Matcher m = STRONG_VISITS.matcher(text);
        if (m.find()) {
            String list = visitList(text.substring(listStart(text, m)));
            if (list != null) return list;
        }
        // "外出计划 12.2-12.6 深圳 东莞\n12.3 英维克/生益\n12.4 视源/小鹏": a line per day
        StringBuilder b = new StringBuilder();
        String[] lines = text.split("\n");
        int dayLines = 0;
        // whether the line before was a numbered one opened by its day
        boolean numberedDay = false;
        for (int i = 1; i < lines.length; i++) {
            boolean numbered = NumberedLine.markerEnd(lines[i].strip()) > 0;
            String l = weekdayDay(FieldReader.stripNumbering(lines[i]));
            // "3. 12月10日 X\n4. 机动：拜访Y": a numbered item after the dated ones, visiting on no day of its own
            if (numbered && numberedDay && SEES_IN_LINE.matcher(l).find() && FieldSynonyms.colonLabelAt(ReportKind.TRIP_PLAN, l, 0) == null) {
                b.append('\n').append(l);
                continue;
            }
            numberedDay = false;
            // "14 立讯精密": a line opened by a bare day of the month and a name is that day's visit
            Matcher bareDay = BARE_DAY_LINE.matcher(l);
            if (bareDay.lookingAt() && Integer.parseInt(bareDay.group(1)) >= 1 && Integer.parseInt(bareDay.group(1)) <= 31) l = bareDay.group(1) + "日 " + l.substring(bareDay.end());
            if ((DATE_LINE.matcher(l).find() || WEEKDAY_LINE.matcher(l).lookingAt()) && !RANGE_LINE.matcher(l).find()) {
                b.append(b.length() == 0 ? "" : "\n").append(l);
                dayLines++;
                numberedDay = numbered;
            }
        }
        if (dayLines >= 2 && PlannedVisits.read(b.toString(), LocalDate.of(2026, 1, 1)).size() > 0) return b.toString();
        // "10号上午上海澜芯半导体，11号常州恒锐新材料（…），13号机动", "十二号 宁波 慧康智能家居 十三号 上海 擎川航空",
        // "周一绿动新能源 周二优联精工 …": the days of the plan in one run, each opening the enterprise visited on it, tell
        // whom the plan sees more surely than any word before them
        String days = dayLines == 0 ? dayRun(text) : null;
        if (days != null && weekdays(days) >= 2) return days;
        // "二十九号出发去北京 … 主要去北方华创 燕东微 还有中科三环": where they mainly go, when it names no place
        m = GO_VISITS.matcher(text);
        if (m.find()) {
            String list = visitList(text.substring(m.end()));
            List<TripPlanReport.PlannedVisit> read = list == null ? List.of() : PlannedVisits.read(list, LocalDate.of(2026, 1, 1));
            if (!read.isEmpty() && read.stream().noneMatch(v -> place(v.enterprise()))) return list;
        }
        // "外出 1.19-1.22 深圳 佳禾医疗(1.20) 华创芯联", "计划 12.14-12.16 杭州 拜访 远景数控(12.14) 澜图生物": one terse line
        // under a plan's word, read piece by piece as a plan's head is
        String terse = terseVisits(text, today);
        if (terse != null) return terse;
        m = WEAK_VISITS.matcher(text);
        while (m.find()) {
            if (text.startsWith("情况", m.end())) continue;
            // "18号瑞博医疗回访 19号国泰华信": 回访 said after a name in a run of days is that day's purpose, no cue
            if (days != null && purposeAfterName(text, m)) return days;
            // "对接高校院所：25日拜访X，…": the kind of place sought, then the list after its colon
            Matcher kindOf = KIND_SOUGHT.matcher(text).region(m.end(), text.length());
            if (kindOf.lookingAt() && !FreeForm.isOrganisation(kindOf.group(1))) continue;
            String list = visitList(text.substring(listStart(text, m)));
            if (list != null) return list;
        }
        if (dayLines > 0) return b.toString();
        // "下周一出发去石家庄和保定 周三回来 去河北华药健康产业有限公司 保定英利达光伏材料有限公司": with no word of visiting,
        // an organisation named right after 去/到 (not a body the trip leans on) opens the list of whom the trip sees
        if (text.indexOf('去') >= 0 || text.indexOf('到') >= 0) {
            for (OrgNames.Found f : OrgNames.find(text)) {
                int at = f.start();
                while (at > 0 && text.charAt(at - 1) == ' ') at--;
                if (at == 0 || "去到".indexOf(text.charAt(at - 1)) < 0 || BODY_END.matcher(f.name()).find()) continue;
                String list = visitList(text.substring(f.start()));
                if (list != null) return list;
            }
        }
        if (days == null && text.indexOf('、') >= 0) {
            // "长江存储、东风汽车集团有限公司、华工科技产业股份有限公司 三家都已初步约好": a line of its own listing them
            Matcher names = NAMES_LINE.matcher(text);
            while (names.find()) {
                if (names.start() == 0) continue;
                String[] parts = names.group(1).split("、");
                if (java.util.Arrays.stream(parts).noneMatch(ProseTrips::place) && java.util.Arrays.stream(parts).anyMatch(FreeForm::isOrganisation)) return names.group(1);
            }
        }
        return days;
    }

    /** The cue is a purpose word (回访, 洽谈, 对接) right after a name and before a pause: "瑞博医疗回访 19号…". */
    private static boolean purposeAfterName(String text, Matcher cue) {
        String word = cue.group().strip();
        if (!word.equals("回访") && !word.equals("对接")) return false;
        int after = cue.start() + 2;
        if (cue.start() < 2 || after < text.length() && " ，,；;。\n".indexOf(text.charAt(after)) < 0) return false;
        char before = text.charAt(cue.start() - 1);
        return Character.isLetter(before) && !Character.isDigit(before);
    }

    private static final Pattern NAMES_LINE = Patterns.compile("(?m)^[ \\t]*([\\u4e00-\\u9fffA-Za-z（）()]{2,30}(?:、[\\u4e00-\\u9fffA-Za-z（）()]{2,30})+)(?=[ \\t，,。]|$)");

    /** "杭州见杭可科技、海康威视，上海见上海电气": a place opening the clause, then whom the trip sees there. */
    private static final Pattern PLACE_SEES = Patterns.compile("(?<=^|[\\s，,。；;：:])([\\u4e00-\\u9fff]{2,3})见(?=[\\u4e00-\\u9fffA-Za-z])(?![面过到了])");

    /** The text with the place before 见 parted from it ("杭州，见…"), so 见 opens the list as it opens a clause. */
    private static String placeThenSees(String text) {
        Matcher m = PLACE_SEES.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, placeWord(m.group(1)) ? m.group(1) + "，见" : m.group());
        m.appendTail(b);
        return b.toString();
    }

    private static final Pattern KIND_SOUGHT = Patterns.compile("([\\u4e00-\\u9fff]{2,6})[：:](?=.{0,12}?(?:拜访|走访|见))");

    private static String terseVisits(String text, LocalDate today) {
        String line = text.strip();
        if (terseLine(text)) {
            String head = TERSE_OPENING.matcher(line).replaceFirst("");
            if (head.length() < line.length() || TERSE_DAYS_FIRST.matcher(line).lookingAt() && !WEAK_VISITS.matcher(line).find()) return FreeForm.read(ReportKind.TRIP_PLAN, head, today).get("plannedVisits");
        }
        return null;
    }

    /** One line of words parted by spaces, no sentence marks: the way a terse report is written. */
    private static boolean terseLine(String text) {
        String line = text.strip();
        return line.indexOf('\n') < 0 && line.indexOf(' ') > 0 && line.indexOf('，') < 0 && line.indexOf('。') < 0 && line.indexOf('了') < 0;
    }

    /** "外出 …", "出差 …" (a plan's heading words, "外出计划 …", are read as the heading by the form reader). */
    /** "12.14-12.18 上海 …", "下周 西安 …": a terse plan opened by its days. */
    private static final Pattern TERSE_DAYS_FIRST = Patterns.compile("^(?:\\d{1,2}[./月]\\d{1,2}|(?:下|本)(?:周|星期|礼拜)\\s)");
    private static final Pattern TERSE_OPENING = Patterns.compile("^(?:外出|出差|计划)[：:]?\\s+");

    /** A day opening a piece of a plan ("10号", "4日", "十二号"); voice input also says the bare numeral ("二十三 北京亦庄 …"). */
    private static final Pattern DAY_OPENING = Patterns.compile("^(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号](?![0-9一二三四五六七八九十])|(?:周|星期|礼拜)[一二三四五六日天])");
    private static final Pattern BARE_DAY = Patterns.compile("^(?:[一二三]?十[一二三四五六七八九]?|[二三]十|[一二三四五六七八九])$");
    private static final Pattern PIECE_BREAK = Patterns.compile("[，,；;。：:\\n]|(?<=[\\u4e00-\\u9fff0-9）)]) +(?=[\\u4e00-\\u9fff0-9])");
    private static final Pattern GO_OR_BACK = Patterns.compile("^(?:上午|下午|晚上)?(?:出发|回来|回|返回|返程|回程|到|抵达)$");
    /** "走周三回", "出发18号回": leaving on the day before it and coming back on the day said. */
    private static final Pattern GO_AND_BACK = Patterns.compile("^(?:走|出发|动身|去)(?:(?:周|星期|礼拜)[一二三四五六日天]|[0-9]{1,2}[日号])(?:回|回来|返回|返)$");
    /** A weekday glued after a word and going on with what is done on it ("北京周一见…", "公司周三回来"), or 依托 glued on. */
    private static final Pattern RUN_ON_DAY = Patterns.compile("(?<=[\\u4e00-\\u9fffA-Za-z）)])(?<![下本上这])(?=(?:周|星期|礼拜)[一二三四五六日天](?:上午|下午)?(?:见|拜访|走访|去|回|返|走|出发)|依托|通过)");
    private static final Pattern WITH_US = Patterns.compile("跟我|和我|我们|一起|同去|人员|我带|跟着");

    /** "机动：拜访X", "视情况走访X": a line that visits a firm. */
    private static final Pattern SEES_IN_LINE = Patterns.compile("(?:拜访|走访|对接|见)[\\u4e00-\\u9fffA-Za-z]{2}");

    /** "先见X", "下午见X", "拜访X": a piece that sees a firm. */
    private static final Pattern SEES = Patterns.compile("^(?:上午|下午|中午|晚上)?(?:先|再|去|要)?(?:见|拜访|走访)(?![面过到了])[\\u4e00-\\u9fffA-Za-z]");

    /** The pieces of a run of days, each day in digits then what is visited on it; null when fewer than two days name one. */
    private static String dayRun(String text) {
        // every day opening a piece holds 号 or 日, or is said bare in voice input with spaces between its words
        // ("周一下午见三一重能，周二上午见璞泰来": weekdays opening clauses)
        if (text.indexOf('号') < 0 && text.indexOf('日') < 0 && text.indexOf(' ') < 0 && text.indexOf('周') < 0) return null;
        List<List<String>> days = new ArrayList<>();
        List<String> cur = null;
        int bare = 0;
        // whether the current day's piece names whom it sees itself ("周四见亿纬锂能")
        boolean seenOnDay = false;
        // "去北京周一见X周二见Y周三回来依托的是Z": voice input run on with no pause, each day opening what it does
        if (text.indexOf(' ') < 0 && text.indexOf('，') < 0) text = RUN_ON_DAY.matcher(text).replaceAll(" ");
        for (String piece : PIECE_BREAK.split(text)) {
            String t = piece.strip();
            if (t.startsWith("然后")) t = t.substring(2);
            if (t.isEmpty()) continue;
            Matcher d = DAY_OPENING.matcher(t);
            boolean bareDay = !d.lookingAt() && BARE_DAY.matcher(t).matches();
            if (d.lookingAt() || bareDay) {
                String rest = bareDay ? "" : t.substring(d.end());
                cur = null;
                // "周一走周三回": the days of leaving and coming back, said together
                if (GO_OR_BACK.matcher(rest).matches() || GO_AND_BACK.matcher(rest).matches()) continue;
                if (bareDay) bare++;
                cur = new ArrayList<>();
                cur.add(ProseDates.arabic(bareDay ? t + "号" : t.substring(0, d.end())) + rest);
                days.add(cur);
                seenOnDay = SEES.matcher(rest).lookingAt();
                continue;
            }
            // "先见木林森 周三见国星光电": whom the plan sees before its first day, on no day of its own
            if (cur == null && SEES.matcher(t).lookingAt() && !LIST_END.matcher(t).lookingAt()) {
                List<String> undated = new ArrayList<>();
                undated.add(t);
                days.add(undated);
                continue;
            }
            if (cur == null) continue;
            // "周四见亿纬锂能 还有汇川 立讯": the ones added after a day's own visit are on no day said
            if (seenOnDay && t.startsWith("还有") && t.length() > 3) {
                cur = new ArrayList<>();
                cur.add(t.substring(2));
                days.add(cur);
                seenOnDay = false;
                continue;
            }
            // "十四号 出发", "周五 回来": voice input parts the day of leaving or coming back from its word
            if (cur.size() == 1 && DAY_OPENING.matcher(cur.get(0)).matches() && GO_OR_BACK.matcher(t).matches()) {
                days.remove(days.size() - 1);
                cur = null;
                continue;
            }
            // who goes, whom the trip relies on: the run has ended ("… 捷诺电子 刘伟 小周一起": the people just before
            // 一起 go along too)
            if (LIST_END.matcher(t).lookingAt() || WITH_US.matcher(t).find()) {
                while (cur.size() > 1 && PlannedVisits.companion(cur.get(cur.size() - 1))) cur.remove(cur.size() - 1);
                break;
            }
            // "宁波": where the day's visit is, not whom
            if (place(t)) continue;
            cur.add(t);
        }
        List<String> entries = new ArrayList<>();
        int named = 0;
        for (List<String> day : days) {
            // "二十三 北京亦庄 星衡机器人": a city and its district said before the one visited that day is where it is
            if (day.size() >= 3 && cityFirst(day.get(1))) day.remove(1);
            StringBuilder e = new StringBuilder(day.get(0));
            for (int i = 1; i < day.size(); i++) e.append(e.charAt(e.length() - 1) == '号' || e.charAt(e.length() - 1) == '日' ? "" : "、").append(day.get(i));
            entries.add(e.toString());
            if (!PlannedVisits.read(e.toString(), LocalDate.of(2026, 1, 1)).isEmpty()) named++;
        }
        // bare numerals are days only where most of the run says them so, and two days at least name a visit
        if (named < 2 || bare > 0 && bare < named) return null;
        return String.join("\n", entries);
    }

    private static boolean cityFirst(String t) {
        for (String p : OrgNames.PLACES) if (t.startsWith(p) && t.length() <= p.length() + 3) return true;
        return false;
    }

    /**
     * Where a list after a cue starts: after the cue, or at the day written right before it in the same clause
     * ("12月8日拜访A，12月9日拜访B": A's day is the one before the cue, as B's is).
     */
    private static int listStart(String text, Matcher cue) {
        int c = cue.start();
        while (c > 0 && "，,；;。\n：:".indexOf(text.charAt(c - 1)) < 0) c--;
        String before = text.substring(c, cue.start()).strip();
        // "计划23日拜访X": the plan's word before the day
        Matcher planWord = PLAN_BEFORE_DAY.matcher(before);
        if (planWord.lookingAt()) {
            c = text.indexOf(before, c) + planWord.end();
            before = before.substring(planWord.end());
        }
        // "13日上午走访X": the time of day after the day
        before = TIME_OF_DAY_END.matcher(before).replaceFirst("");
        if (before.isEmpty() || before.length() > 12) return cue.end();
        ProseDates.Found f = ProseDates.findPlanned(DOTTED_START.matcher(before).replaceFirst("$1月$2日"), LocalDate.of(2026, 1, 1));
        boolean day = f != null && f.at() == 0 && f.written().length() == ProseDates.arabic(DOTTED_START.matcher(before).replaceFirst("$1月$2日")).length();
        return day ? c : cue.end();
    }

    private static final Pattern TIME_OF_DAY_END = Patterns.compile("(?:上午|下午|中午|晚上|早上)$");
    private static final Pattern PLAN_BEFORE_DAY = Patterns.compile("^(?:计划|拟|准备|预计|打算)(?=[0-9一二三四五六七八九十])");

    private static final Pattern RANGE_LINE = Patterns.compile("^[\\d.月日号]+\\s*[-—–~～至到]");

    private static final Pattern WHO_GOES = Patterns.compile("^([\\u4e00-\\u9fff、和]{2,14}?)(?:两人|二人|三人|等人|一起|同志)?(?:去|同去|前往|出差|参加|随行|同行|带队|负责)$");

    /** "王云峰、关贝贝去", "宋开带队": who goes, after the list. */
    private static boolean whoGoes(String clause) {
        Matcher m = WHO_GOES.matcher(clause.strip());
        return m.matches() && !PersonNames.list(m.group(1)).isEmpty();
    }

    /** A list up to where it ends: a full stop, or a clause about people, partners or anything else. */
    private static String visitList(String list) {
        // "对接 依托 是 广州市山西商会": a list opened by whom the trip leans on names no visit
        if (RELY.matcher(list).lookingAt()) return null;
        int stop = list.indexOf('。');
        // "拜访X。还有。Y。": voice input's full stops inside the list, before the names it goes on with
        while (stop >= 0) {
            Matcher on = LIST_GOES_ON.matcher(list).region(stop, list.length());
            if (!on.lookingAt() || on.end() >= list.length()) break;
            list = list.substring(0, stop) + "、" + list.substring(on.end());
            stop = list.indexOf('。', stop);
        }
        if (stop >= 0) list = list.substring(0, stop);
        // "…苏州纳微光电子依托的是省政府长三角招商局": voice input runs the partner on after the list
        Matcher rely = RELY.matcher(list);
        if (rely.find() && rely.start() > 0) list = list.substring(0, rely.start());
        // "…海晶新材申晓燕和小牛跟我一起", "…中科环保武丽跟我一起": voice runs who goes along on to the last name listed
        Matcher along = list.indexOf('我') > 0 ? WITH_ME.matcher(list) : null;
        if (along != null && along.find()) list = withoutPeopleAtEnd(list.substring(0, along.start()));
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            if (i < list.length() && "，,；;\n ".indexOf(list.charAt(i)) < 0) continue;
            int next = i + 1;
            if (next >= list.length()) break;
            String clause = list.substring(next);
            String upToNext = RX_CLAUSE_END.split(clause, 2)[0];
            if (LIST_END.matcher(clause).lookingAt() || LIST_END_ANYWHERE.matcher(upToNext).find() && !FreeForm.isOrganisation(upToNext.strip())
                    || whoGoes(upToNext)) {
                list = list.substring(0, i);
                break;
            }
            start = next;
        }
        String v = InputText.value(list);
        // "通威那边看对方时间", "华星光电那边田甜在约": the talk after an enterprise's 那边 is not part of its name
        if (v != null && v.contains("那边")) v = InputText.value(withoutThereTalk(v));
        return v == null || PlannedVisits.read(v, LocalDate.of(2026, 1, 1)).isEmpty() ? null : v;
    }

    private static final Pattern RELY = Patterns.compile("(?:对接)?依托");
    private static final Pattern LIST_GOES_ON = Patterns.compile("。\\s*(?:还有|以及)[。，,\\s]*");
    private static final Pattern WITH_ME = Patterns.compile("(?:跟|和|同|陪)我(?:一起|一块|一齐|一同|同去|去|们)?");

    /** The words without the people named at their end, joined by 和/、 ("海晶新材申晓燕和小牛" → 海晶新材). */
    private static String withoutPeopleAtEnd(String words) {
        int end = words.length();
        while (end > 0) {
            int len = 0;
            for (int n = 3; n >= 2 && len == 0; n--) {
                if (end - n < 0) continue;
                String w = words.substring(end - n, end);
                if (PersonNames.isName(w) || ProsePeople.ownName(w)) len = n;
            }
            if (len == 0) break;
            end -= len;
            // names joined by 和/、 go on; a space or a comma before a name ends the list's last entry
            if (end > 0 && "和、".indexOf(words.charAt(end - 1)) >= 0) end--;
            else break;
        }
        return words.substring(0, end);
    }
    private static final Pattern THERE_TALK = Patterns.compile("那边[^、，,；;\\s]*");
    private static final Pattern BEFORE_THERE = Patterns.compile("([\\u4e00-\\u9fff]{2,3})$");

    /** The list without the talk after an enterprise's 那边; "东莞那边恒钜精密模具" is a place, then whom the trip sees there. */
    private static String withoutThereTalk(String v) {
        Matcher m = THERE_TALK.matcher(v);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Matcher before = BEFORE_THERE.matcher(v.substring(Math.max(0, m.start() - 3), m.start()));
            boolean placeBefore = false;
            if (before.find()) {
                String w = before.group(1);
                placeBefore = placeWord(w) || w.length() == 3 && placeWord(w.substring(1));
            }
            m.appendReplacement(b, placeBefore ? Matcher.quoteReplacement(m.group()) : "");
        }
        m.appendTail(b);
        return b.toString();
    }

    /** "依托深圳山西商会", "依托单位是安徽省山西商会", "对接依托单位为…", "借助/通过…商会对接": the organisations the trip relies on. */
    private static final Pattern PARTNER_CUE = Patterns.compile("(?:对接依托单位|依托单位|对接依托|依托|借助|通过)\\s*(?:的是|的有|是|为|有|：|:)?\\s*");
    private static final Pattern PARTNER_END = Patterns.compile("(?:对接|联系|协调|安排|提前|预约|牵线|帮助|开展|搭桥|组织|的资源|资源|约|邀请|介绍)");

    private static String partners(String text) {
        // every cue holds 依托, 借助 or 通过: a text without them has none
        boolean cue = text.contains("依托") || text.contains("借助") || text.contains("通过");
        Matcher m = PARTNER_CUE.matcher(cue ? text : "");
        while (m.find()) {
            boolean rely = m.group().startsWith("依托") || m.group().startsWith("对接依托");
            int e = m.end();
            int stop = e;
            while (stop < text.length() && "，,。；;\n ：:".indexOf(text.charAt(stop)) < 0) stop++;
            String p = partnerNames(text.substring(e, stop));
            if (p == null) continue;
            // 通过/借助 are common words: only an organisation's name after them is a partner
            if (!rely && !isOrganisation(p)) continue;
            return p;
        }
        return null;
    }

    private static String partnerNames(String written) {
        String p = written.strip();
        // "北京长治商会 我和小刘去", "的是安徽省山西商会": the organisations named in full are the partners, the words
        // around them are not
        List<OrgNames.Found> orgs = OrgNames.find(p);
        if (!orgs.isEmpty()) {
            StringBuilder b = new StringBuilder();
            int gapStart = 0;
            for (OrgNames.Found f : orgs) {
                // "省政府珠三角招商局、深圳山西商会", "广州基石创投、佛山市山西商会": a piece of the same list the recogniser
                // does not know (parted from the names around it by 、/和/及/与) is a partner too
                String gap = p.substring(Math.min(gapStart, f.start()), f.start());
                String piece = listPiece(gap, gapStart > 0);
                if (piece != null) b.append(b.length() == 0 ? "" : "、").append(piece);
                b.append(b.length() == 0 ? "" : "、").append(f.name());
                gapStart = f.end();
            }
            int last = orgs.get(orgs.size() - 1).end();
            // only when nothing but people, plans or marks follows the last of them ("…商会和省投促局" keeps the whole)
            if (last == p.length() || !RX_LIST_GOES_ON.matcher(p.substring(last)).matches()) return b.toString();
        }
        Matcher end = PARTNER_END.matcher(p);
        if (end.find() && end.start() >= 2) p = p.substring(0, end.start());
        p = InputText.value(RX_UNIT_IS.matcher(p).replaceFirst(""));
        if (p == null || p.length() < 2) return null;
        // "省政府长三角招商局和上海山西商会": several, joined as the people fields are
        String[] parts = RX_LIST_SEPARATOR.split(p);
        if (parts.length > 1) {
            StringBuilder b = new StringBuilder();
            for (String part : parts) {
                if (part.length() < 2) return p;
                b.append(b.length() == 0 ? "" : "、").append(part);
            }
            p = b.toString();
        }
        return p;
    }

    private static final Pattern LIST_PIECE = Patterns.compile("[\\u4e00-\\u9fffA-Za-z（）()]{2,16}");
    private static final String LIST_JOINS = "、和及与";

    /**
     * The name a gap of a list of partners holds, or null: the gap must end in a joiner (and start with one when it
     * follows a name), and what it holds between them be one name-like run of words.
     */
    private static String listPiece(String gap, boolean afterName) {
        String g = gap.strip();
        if (g.length() < 3 || LIST_JOINS.indexOf(g.charAt(g.length() - 1)) < 0) return null;
        g = g.substring(0, g.length() - 1).strip();
        if (afterName) {
            if (g.isEmpty() || LIST_JOINS.indexOf(g.charAt(0)) < 0) return null;
            g = g.substring(1).strip();
        }
        if (!LIST_PIECE.matcher(g).matches() || PARTNER_END.matcher(g).find() || NOT_A_PARTNER.matcher(g).find()) return null;
        return g;
    }

    /** Words that name no partner: whom the trip is for, the people going, the cue itself. */
    private static final Pattern NOT_A_PARTNER = Patterns.compile("依托|借助|通过|单位|我|组长|同志|人员|带队");

    private static boolean isOrganisation(String p) {
        return FreeForm.isOrganisation(p) || p.endsWith("招商局") || p.endsWith("联络处") || p.endsWith("联络中心")
                || p.endsWith("办事处") || p.endsWith("商会") || p.endsWith("中心") || p.endsWith("协会");
    }
}
