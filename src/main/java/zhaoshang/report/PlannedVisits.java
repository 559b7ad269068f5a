package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trip plan's 拟拜访企业 as written, into enterprises with their days: "深圳欣迪新能源（11/25）、东莞晶博光电（11/26）",
 * "12月2日比亚迪股份有限公司，12月3日广州小鹏汽车科技有限公司", "14日合肥晶合集成、蔚来汽车；15日科大讯飞" (a day written
 * before names holds for them until the next day or the next "；" or line), "12.3 英维克/生益", "吉利 均胜电子 舜宇光学",
 * "蔚来、奇瑞，还有长鑫存储". A day with nothing to visit ("12月4日视情况安排", "8日上午返程", "1.9 机动") is no entry;
 * "16日返程途中拜访X" is X on the 16th; a note in brackets after a name ("（回访）", "（项目推进）") is not part of it.
 */
final class PlannedVisits {

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final Pattern RX_LEADING_MARKS = Patterns.compile("^[：:，,\\s]+");
    private static final Pattern RX_LEADING_COLON = Patterns.compile("^[：:\\s]+");
    private static final Pattern RX_MARKED = Patterns.compile(".*[，。；！？].*");

    /** Words of a piece that is not an enterprise: a free day, the way back, talk around the list. */
    private static final Pattern NOT_A_VISIT = Patterns.compile(
            "视情况|机动|待定|返程|返回|回程|回来|出发|休整|整理|就这样|大概|具体|名单|另行|再定|再说|看情况|自由|安排|赶往|前往|到达|抵达|路上|途中$|总结|汇报"
            // "和组员刘洋一起", "组长陪同": who goes along, not whom they visit
            + "|一起$|一同$|同行$|陪同|随行|带队"
            // "郭建伟一路去", "小申一道": going along said with 一路/一道/一块
            + "|(?:一路|一道|一块儿?)去?$"
            // "小王跟我去", "小李小王都去", "老张和我": ours going along, said after the list
            + "|[跟和随陪]我|都去$|也去$|同去$"
            // "招商局在帮忙约", "行程路线请部里帮着排一下": talk about arranging the visits
            + "|帮忙|帮着|在约|请部里|路线|叫啥|来着|争取|介绍信|约得|怎么样"
            // "都是额以前的老关系", "谈年后来考察的事": talk about the firms after the list
            + "|^都是|的事$|事宜$"
            // "和我三个人去": the sender going along
            + "|^我|个人去$|人一起$"
            // "还是依托河南省山西商会", "现报区投促局备案": whom the trip leans on, the plan being filed
            + "|备案$"
            // "看看生物医药这块有没有外溢的产能": what the visits are to find out, said after the list
            + "|有没有|是否|能否|这一?块"
            // "当天往返": the way back
            + "|往返$|来回$"
            // "一路走一路约", "东莞一家在等回复": how the visits are still being arranged
            + "|一路走|边走边|等回复|在等"
            // "商谈复合材料项目细节", "推动项目签约": what the visit is for, said after the name
            + "|^(?:商谈|洽谈|商讨|推动|推进|促成|落实)"
            // "谈无人机测绘基地", "聊二期扩产": the talk the visit is for, a piece of its own after the name
            + "|^(?:谈|聊)"
            // "春节前最后一趟啦", "大家有线索也可以推给我": talk to the group after the list, not a name
            + "|(?:啦|嘛|呀|哟)$|大家|咱们|你们|可以|的话|推给|告诉"
            // "…保定英利达光伏材料有限公司 还是依托…": the words left before the partner cut off
            + "|^(?:还是|也是|就是|都是|还|也|都)$"
            // "可能周四可能周五", "他们的人在横琴", "返程视对接情况定": talk about the days and the firms' people, not a name
            + "|可能|他们|她们|对方|人家|^情况|^人在|在[\\u4e00-\\u9fff]{2,3}$"
            // "待约 X", "已约": how far the visit is arranged, a word of its own before or after the name
            + "|^(?:待约|已约|未约|约好|已约好|待确认|待联系|待落实|在联系)$"
            // "12月10日 返长", "返京": the way back home, 长 for 长治 (no name opens with 返)
            + "|^返[\\u4e00-\\u9fff]{0,2}$");
    /** "参加上海山西商会组织的座谈会", "先到长沙经开区管委会交流": an event or a talk with a body is no enterprise visited. */
    private static final Pattern EVENT = Patterns.compile("参加|出席|座谈会|年会|推介会|交流会|洽谈会|博览会|管委会(?:交流|座谈|汇报|对接)|[^的]交流$|[^的]座谈$");
    /** "亨通回访", "汇川洽谈": the purpose of a visit after the name. */
    private static final Pattern PURPOSE_AFTER = Patterns.compile("(?<=[\\u4e00-\\u9fffA-Za-z]{2})(?:回访|复访|再访|洽谈|对接|签约|谈合同|谈项目)$");
    /** "见景嘉微", "找京东方", "想见两家储能企业": a verb of meeting opening the piece. */
    private static final Pattern SEE_FIRST = Patterns.compile("^(?:想|要|再|先|去)?(?:见|找|拜见)(?![面过到])(?:一下)?");
    /** "去天津见汇能氢能", "在北京见颐和康养": a place gone to, then whom the trip sees there. */
    private static final Pattern PLACE_THEN_SEE = Patterns.compile("^(?:先|再|然后)?(?:去|到|在|赴|转)?([\\u4e00-\\u9fff]{2,4}?)(?:见|拜见)(?![面过到了])(?=[\\u4e00-\\u9fffA-Za-z]{2})");
    /** "下午广汽埃安": the time of day before the name. */
    private static final Pattern TIME_OF_DAY = Patterns.compile("^(?:上午|下午|中午|晚上|早上)\\s*");
    /** "赴天津", "去上海", "到长沙": going to a place, not a visit. */
    private static final Pattern GOING = Patterns.compile("^(?:先)?(?:赴|去|到|前往|飞|转场|转战)");
    /** "一家叫寒武纪", "叫做X": the name after 叫. */
    private static final Pattern CALLED = Patterns.compile("^.{0,10}?(?:一家|一个|那家|的)\\s*叫(?:做)?\\s*");
    private static final Pattern VERB = Patterns.compile("(?:拜访|走访|对接|考察|看望|去看|参观|看看|看一看|看一下|回访)(?:一下)?");
    /** "X有限公司的李总", "X集团的人": a name in full, then whom the trip sees there. */
    private static final Pattern PERSON_AFTER_NAME = Patterns.compile("^(.{4,}?(?:有限公司|有限责任公司|股份公司|集团|研究院|研究所))的[\\u4e00-\\u9fff]{1,5}$");
    /** "X在青岛的研发中心": a site of X in another place. */
    private static final Pattern SITE_IN_PLACE = Patterns.compile("^([\\u4e00-\\u9fffA-Za-z（）()]{4,}?)在[\\u4e00-\\u9fff]{2,3}的[\\u4e00-\\u9fff]{0,4}(?:中心|基地|工厂|厂区|分公司|子公司|办事处|园区|总部|项目)$");
    private static final Pattern LEAD_WORDS = Patterns.compile("^(?:[\\u4e00-\\u9fff]{2,3}(?:这边|那边)(?:是|有|的话|呢)?|哦|噢|喔|呃|啊|那个|还有|以及|另外|然后|嗯|再一个是|再一家是|一个是|再加上|加上|顺带|顺便|顺路|再|和|及|与|跟|重点|主要|拟|计划|企业有|企业是|企业包括|的企业有|的企业是|的企业包括|包括|的有|的是|有)+");
    private static final Pattern TRAIL_WORDS = Patterns.compile("(?:等[\\u4e00-\\u9fff]{1,4}(?:企业|公司|单位)|等企业|等单位|等公司|等机构|等|几家|这几家|那边|吧|呢|啊"
            // "顺路去保定恒力电气看看": a look round said after the name
            + "|(?<=[\\u4e00-\\u9fffA-Za-z]{4})(?:看看|看一看|看一下|转转|转一转|坐坐)"
            // "…、士兰微三家企业", "…绿的谐波传动科技股份有限公司三家": the count after the last name
            + "|[共计]?(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})家(?:企业|公司|单位)?)+$");
    private static final Pattern VAGUE = Patterns.compile("^(?:几|一些|部分|相关|多|若干|有关|[0-9一二两三四五六七八九十]+)家|^[0-9一二两三四五六七八九十]+个人|家企业$|^企业$|^公司$|^朋友|^老朋友"
            // "就这两家": the list's close; "商会那边还没联系上": a body of no name
            + "|^就这|^(?:商会|协会|联络处|办事处|工商联)$");
    private static final Pattern OWN_DE = Patterns.compile("集团|公司|股份|控股|科技|电器|实业|有限");
    /** "长治—上海", "上海→杭州": a leg of the journey, not a visit. */
    private static final Pattern LEG = Patterns.compile("[\\u4e00-\\u9fff]{2,4}\\s*(?:—{1,2}|–|-|→|->|~|～|到|至)\\s*[\\u4e00-\\u9fff]{2,4}");
    private static final Pattern DOTTED = Patterns.compile("^(\\d{1,2})[./](\\d{1,2})(?![\\d./])");
    /** "科华数据12.1", "瑞芯微12/3": a month and day glued after the name. */
    private static final Pattern GLUED_DAY = Patterns.compile("(?<=[\\u4e00-\\u9fffA-Za-z]{2})(\\d{1,2})[./](\\d{1,2})$");
    /** "返程时间视对接情况定", "回来的日子看情况": when the trip comes back, not a visit. */
    private static final Pattern RETURN_TALK = Patterns.compile("(?:返程|返回|回程|回来)的?(?:时间|日期|日子)");

    private PlannedVisits() { }

    /** A piece of the list and whether a "；", "。" or line break came before it (a day written earlier no longer holds). */
    private record Piece(String text, boolean hardBefore) { }

    static List<TripPlanReport.PlannedVisit> read(String written, LocalDate reference) {
        List<TripPlanReport.PlannedVisit> out = new ArrayList<>();
        if (written == null || written.isBlank()) return out;
        LocalDate context = null;
        // the entry named last (a short form said again names it too), and whether 是 was said after it
        int named = -1;
        boolean copula = false;
        List<Piece> pieces = split(written);
        // "拟拜访 汇川技术 八号 还有亨通光电 九号": a list opened by a name whose days stand alone after names gives each
        // day to the name before it
        boolean daysAfter = daysAfterNames(pieces, reference);
        // whether the piece before named an entry
        boolean justNamed = false;
        // how many entries there were when a piece said the ones before it go along ("小孟一起"); -1 when none did
        int alongAt = -1;
        for (int pi = 0; pi < pieces.size(); pi++) {
            Piece piece = pieces.get(pi);
            boolean namedBefore = justNamed;
            justNamed = false;
            if (piece.hardBefore()) context = null;
            String item = FieldReader.stripNumbering(piece.text());
            if (item.isEmpty()) continue;
            // "西安汉唐数控 也是七号", "X 也在八号": the day said again for the one just named is its day, as after 是
            if (named >= 0 && ALSO_DAY.matcher(item).lookingAt() && item.length() > 2) item = "是" + item.substring(2);
            // "亿纬 是 二十七号": the day said after 是 is that of the one just named
            if (item.equals("是")) { copula = named >= 0; continue; }
            // "深圳市星耀无人机系统有限公司 四号当天": the day said after a name, 当天 pointing back to it
            if (named >= 0 && !copula && (item.endsWith("当天") || item.endsWith("那天")) && item.length() > 3) {
                ChineseDates.Reading back = ChineseDates.readWhole(ProseDates.arabic(item.substring(0, item.length() - 2)), reference, ChineseDates.Resolution.NEAREST);
                if (back != null && back.exists()) {
                    TripPlanReport.PlannedVisit v = out.get(named);
                    out.set(named, new TripPlanReport.PlannedVisit(v.enterprise(), back.date()));
                    continue;
                }
            }
            boolean isDay = !copula && item.startsWith("是") && named >= 0;
            ChineseDates.Reading day = copula || isDay || !Character.isDigit(item.charAt(0)) && "今明后本这下周星礼".indexOf(item.charAt(0)) < 0
                    ? ChineseDates.readWhole(isDay ? item.substring(1) : item, reference, ChineseDates.Resolution.NEAREST) : null;
            if (day != null && day.exists()) {
                if (daysAfter && namedBefore && !copula && !isDay && out.get(named).date() == null) {
                    out.set(named, new TripPlanReport.PlannedVisit(out.get(named).enterprise(), day.date()));
                    continue;
                }
                if (copula || isDay) {
                    TripPlanReport.PlannedVisit v = out.get(named);
                    out.set(named, new TripPlanReport.PlannedVisit(v.enterprise(), day.date()));
                } else context = day.date();
                copula = false;
                continue;
            }
            copula = false;
            item = DOTTED.matcher(item).replaceFirst("$1月$2日");
            // a day before the name: "12月2日比亚迪", "14日合肥晶合集成", "6日 天津中环", "1月7日（周四）上午 X"
            ChineseDates.Reading lead = Character.isDigit(item.charAt(0)) || "今明后本这下周星礼".indexOf(item.charAt(0)) >= 0
                    ? ChineseDates.read(item, 0, reference, ChineseDates.Resolution.NEAREST) : null;
            if (lead != null && lead.exists()) {
                item = item.substring(ChineseDates.skipTimeOfDay(item, lead.end())).strip();
                item = RX_LEADING_MARKS.matcher(item).replaceFirst("");
                // "深圳市大疆创新科技有限公司 11/30": a day alone closing the line is that of the name just before it
                boolean closes = pi + 1 == pieces.size() || pieces.get(pi + 1).hardBefore() || daysAfter;
                if (item.isEmpty() && namedBefore && !piece.hardBefore() && closes && out.get(named).date() == null) {
                    out.set(named, new TripPlanReport.PlannedVisit(out.get(named).enterprise(), lead.date()));
                    continue;
                }
                // "后天走 下周三回 太重 焦煤": the days of leaving and coming back are no day of the names after them
                if (GO_OR_BACK.matcher(item).matches()) { context = null; continue; }
                context = onOrAfter(lead, reference);
                if (item.isEmpty()) continue;
            }
            // "X公司（12月9日）等2家企业": the count after the last name, before its day in brackets is read
            item = withoutTrailWords(item).strip();
            if (item.isEmpty()) continue;
            LocalDate date = context;
            String name = item;
            char last = item.charAt(item.length() - 1);
            int open = Math.max(item.lastIndexOf('（'), item.lastIndexOf('('));
            if ((last == '）' || last == ')') && open > 0) {
                String inside = item.substring(open + 1, item.length() - 1).strip();
                // "（已约周四上午）": the day agreed, with its time of day
                if (inside.length() > 2 && AGREED.matcher(inside).find()) inside = AGREED.matcher(inside).replaceAll("");
                boolean weekday = RX_BARE_WEEKDAY.matcher(inside).matches();
                ChineseDates.Reading r = ChineseDates.readWhole(DOTTED.matcher(inside).replaceFirst("$1月$2日"), reference, ChineseDates.Resolution.NEAREST);
                if (r != null && r.exists()) date = weekday ? onOrAfter(r, reference) : r.date();
                // "千航无人机(28)", "中联重科（2）": a bare day of the month in brackets, the first such day from the departure on
                LocalDate bareDay = r == null || !r.exists() ? dayOfMonth(inside, reference) : null;
                if (bareDay != null) { date = bareDay; r = new ChineseDates.Reading(bareDay, inside.length(), inside); }
                // "（回访）", "（项目推进）", "（12月15日）": a note or a day after the name, not part of it
                if (r != null && r.exists() || !inside.isEmpty() && !ORG_IN_BRACKETS.matcher(item.substring(open)).matches()) {
                    name = item.substring(0, open).strip();
                }
            } else if (Character.isDigit(last) && GLUED_DAY.matcher(item).find()) {
                // "科华数据12.1": the day glued after the name
                Matcher glued = GLUED_DAY.matcher(item);
                glued.find();
                ChineseDates.Reading r = ChineseDates.readWhole(glued.group(1) + "月" + glued.group(2) + "日", reference, ChineseDates.Resolution.NEAREST);
                if (r != null && r.exists()) { date = r.date(); name = item.substring(0, glued.start()).strip(); }
            } else {
                int space = item.lastIndexOf(' ');
                if (space > 0) {
                    ChineseDates.Reading r = ChineseDates.readWhole(DOTTED.matcher(item.substring(space + 1)).replaceFirst("$1月$2日"), reference, ChineseDates.Resolution.NEAREST);
                    if (r != null && r.exists()) { date = r.date(); name = item.substring(0, space).strip(); }
                }
            }
            // "… 王鹏 小孟一起": the people named before 一起 go along
            if (ALONG.matcher(name).find()) alongAt = out.size();
            name = clean(name);
            if (name == null) continue;
            for (String one : runOn(name)) {
                // "亿纬锂能 亿纬", "西电电力系统 那个西安西电电力系统有限公司": one said again, shorter or in full, is the same entry
                int again = -1;
                for (int k = 0; k < out.size() && again < 0; k++) if (ProseRecord.same(out.get(k).enterprise(), one)) again = k;
                justNamed = true;
                if (again < 0) {
                    out.add(new TripPlanReport.PlannedVisit(one, date));
                    named = out.size() - 1;
                    continue;
                }
                TripPlanReport.PlannedVisit v = out.get(again);
                out.set(again, new TripPlanReport.PlannedVisit(one.length() > v.enterprise().length() ? one : v.enterprise(), v.date() != null ? v.date() : date));
                named = again;
            }
        }
        // "… 捷诺电子 刘伟 小周一起": people named right before 一起 that closes the list go along, whatever day ran on to them
        if (alongAt == out.size()) {
            int p = out.size();
            while (p > 1 && (goesAlong(out.get(p - 1).enterprise()) || ours(out.get(p - 1).enterprise()))) p--;
            if (p < out.size()) out.subList(p, out.size()).clear();
        }
        // "… 宁波甬江激光 牛志强 申佳琪", "… 山河智能 老郝 申建平": the people going, run on after the list
        int k = out.size();
        while (k > 0 && out.get(k - 1).date() == null && goesAlong(out.get(k - 1).enterprise())) k--;
        if (k > 0 && out.size() - k >= 2) out.subList(k, out.size()).clear();
        // "常浩、侯晓婷和我参加。拟拜访…": the people going, before the list
        int j = 0;
        while (j < out.size() && out.get(j).date() == null && goesAlong(out.get(j).enterprise())) j++;
        if (j >= 2 && j < out.size()) out.subList(0, j).clear();
        // "… 三一重工 中联重科 山河智能 老郝 申建平": ours who go, named after the list in a terse plan, are none of its visits
        int keep = out.size();
        while (keep > 1 && out.get(keep - 1).date() == null && ours(out.get(keep - 1).enterprise())) keep--;
        return keep == out.size() ? out : new ArrayList<>(out.subList(0, keep));
    }

    /**
     * The list's days are said after the names they belong to: it opens with a name, no piece opens with a day and goes
     * on with a name, and every day standing alone comes right after a name ("海康 二十四号 舜宇 二十五号").
     */
    private static boolean daysAfterNames(List<Piece> pieces, LocalDate reference) {
        boolean afterName = false;
        int alone = 0;
        for (Piece p : pieces) {
            String item = FieldReader.stripNumbering(p.text());
            if (item.isEmpty() || item.equals("是")) continue;
            boolean spoken = !Character.isDigit(item.charAt(0)) && "今明后本这下周星礼".indexOf(item.charAt(0)) < 0;
            ChineseDates.Reading day = spoken ? ChineseDates.readWhole(item, reference, ChineseDates.Resolution.NEAREST)
                    : ChineseDates.read(DOTTED.matcher(item).replaceFirst("$1月$2日"), 0, reference, ChineseDates.Resolution.NEAREST);
            if (day != null && day.exists()) {
                String d = DOTTED.matcher(item).replaceFirst("$1月$2日");
                String rest = spoken ? "" : RX_LEADING_MARKS.matcher(d.substring(ChineseDates.skipTimeOfDay(d, day.end()))).replaceFirst("");
                // "… 十四号 十五号回来": the day of coming back closes the list
                if (!rest.isBlank() && GO_OR_BACK.matcher(rest).matches()) break;
                if (!rest.isBlank()) return false;
                if (!afterName) return false;
                alone++;
                afterName = false;
                continue;
            }
            afterName = clean(item) != null;
        }
        return alone > 0;
    }

    private static final Pattern GO_OR_BACK = Patterns.compile("(?:出发|动身|走|回|回来|返回|返程|返)");
    /** "也是", "也在", "同在": a day said again, for the name before it. */
    private static final Pattern ALSO_DAY = Patterns.compile("^(?:也是|也在|同在|同是)(?=[0-9一二三四五六七八九十])");
    private static final Pattern ALONG = Patterns.compile("(?:一起|一同|同行|随行|同去|都去|也去)$");

    /** "郑敏台账", "小马后勤", "王强联络", "孙丽负责记录": one of ours and the part they take on the trip. */
    private static final Pattern DUTY = Patterns.compile("^(.{2,3}?)(?:负责|管)?(?:台账|后勤|记录|联络|联系|对接|拍照|会务|带队|订票)$");

    private static boolean duty(String p) {
        if (p.length() < 4 || p.length() > 7) return false;
        Matcher m = DUTY.matcher(p);
        return m.matches() && (ours(m.group(1)) || goesAlong(m.group(1)));
    }

    /** A bare weekday ("周一", "星期三") read before names is the first such day from the departure on; any other day as read. */
    private static LocalDate onOrAfter(ChineseDates.Reading lead, LocalDate reference) {
        String w = lead.written();
        if (!RX_BARE_WEEKDAY.matcher(w).matches()) return lead.date();
        int dow = lead.date().getDayOfWeek().getValue();
        return reference.plusDays(Math.floorMod(dow - reference.getDayOfWeek().getValue(), 7));
    }

    private static final Pattern AGREED = Patterns.compile("^(?:已约|已约定|约在|约定|约了|定在)|(?:上午|下午|中午|晚上)$");
    private static final Pattern RX_BARE_WEEKDAY = Patterns.compile("^(?:周|星期|礼拜)[一二三四五六日天]$");

    /** "28", "2号": a day of the month alone, the first such day from the reference on (null when it is none). */
    private static LocalDate dayOfMonth(String inside, LocalDate reference) {
        String d = inside.endsWith("号") || inside.endsWith("日") ? inside.substring(0, inside.length() - 1) : inside;
        if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(Character::isDigit)) return null;
        int n = Integer.parseInt(d);
        if (n < 1 || n > 31) return null;
        for (int k = 0; k <= 2; k++) {
            java.time.YearMonth ym = java.time.YearMonth.from(reference).plusMonths(k);
            if (n <= ym.lengthOfMonth() && !ym.atDay(n).isBefore(reference)) return ym.atDay(n);
        }
        return null;
    }

    /** A person going along with the trip, by name or familiar name. */
    static boolean companion(String w) {
        return goesAlong(w) || ours(w);
    }

    /** "老郝", "小宋", "申建平": one of ours by a familiar name or a person's full name of three characters. */
    private static boolean ours(String name) {
        return TerseLine.nickname(name)
                || name.length() == 3 && ProsePeople.ownName(name) && !Patterns.containsAnyChar(name, ENTERPRISE_CHARS);
    }

    /** Characters short enterprise names use and people's names hardly do ("华润微", "卓胜微", "钱江摩托"). */
    private static final String ENTERPRISE_CHARS = "微电芯材汽机器技业集团股份控药化矿钢铁网云数磁光伏储锂车";

    /** A person's name: one of ours going along, not a short enterprise name. */
    private static boolean goesAlong(String w) {
        return ProsePeople.ownName(w) || PersonNames.isName(w) && !Patterns.containsAnyChar(w, ENTERPRISE_CHARS);
    }

    /** "（集团）", "（上海）", "（中国）": brackets that belong to a name when a name goes on after them; at the end, a place. */
    private static final Pattern ORG_IN_BRACKETS = Patterns.compile("[（(](?:集团|控股|中国|北京|上海|天津|深圳|广州|苏州|杭州|香港)[)）]");

    /**
     * The text without TRAIL_WORDS at its end. Every match of them ends in one of the characters below (keep in step
     * with it): a text ending otherwise (and not in a line break, before which $ also matches) has none.
     */
    private static String withoutTrailWords(String s) {
        if (!s.isEmpty()) {
            char last = s.charAt(s.length() - 1);
            boolean lineEnd = last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
            if (!lineEnd && "业位司构等家边吧呢啊看转坐下".indexOf(last) < 0) return s;
        }
        return TRAIL_WORDS.matcher(s).replaceFirst("");
    }

    /** The enterprise a piece names, or null when it names none. */
    private static String clean(String piece) {
        String p = piece.strip();
        if (RETURN_TALK.matcher(p).find()) return null;
        // "16日返程途中拜访安徽江淮汽车集团股份有限公司", "顺路看一下X": what follows the last visiting verb
        var v = VERB.matcher(p);
        int after = -1;
        while (v.find()) after = v.end();
        if (after > 0 && after < p.length()) p = p.substring(after);
        // "… 粤芯半导体 对接": the verb alone, said after the last name
        else if (after == p.length() && VERB.matcher(p).matches()) return null;
        p = RX_LEADING_COLON.matcher(p).replaceFirst("");
        // "- 天合光能股份有限公司": a list's dash
        if (!p.isEmpty() && "-–—•·*".indexOf(p.charAt(0)) >= 0) p = p.substring(1).strip();
        p = LEAD_WORDS.matcher(p).replaceFirst("");
        // "的企业包括：X": the colon after the words that say what the list is
        p = RX_LEADING_COLON.matcher(p).replaceFirst("");
        p = TIME_OF_DAY.matcher(p).replaceFirst("");
        // "烟台蓝海复合材料在青岛的研发中心": the enterprise, not its site in another city
        if (p.indexOf('在') > 0) p = SITE_IN_PLACE.matcher(p).replaceFirst("$1");
        // "山西太钢不锈钢股份有限公司的李总", "X有限公司的人": whom they see there, after the name in full
        if (p.indexOf('的') > 0) p = PERSON_AFTER_NAME.matcher(p).replaceFirst("$1");
        if (p.indexOf('叫') >= 0) p = CALLED.matcher(p).replaceFirst("");
        if (EVENT.matcher(p).find()) return null;
        Matcher going = GOING.matcher(p);
        if (going.lookingAt() && place(p.substring(going.end()))) return null;
        p = SEE_FIRST.matcher(p).replaceFirst("");
        if (p.indexOf('见') > 1) {
            Matcher there = PLACE_THEN_SEE.matcher(p);
            if (there.lookingAt() && ProseTrips.placeAt(there.group(1), 0) == there.group(1).length()) p = p.substring(there.end());
        }
        // "下午去中铁装备": going to the firm itself
        if (p.length() >= 4 && p.charAt(0) == '去' && p.charAt(1) != '年') p = p.substring(1);
        if (p.chars().allMatch(Character::isDigit)) return null;
        p = withoutTrailWords(p).strip();
        // "亨通回访", "汇川洽谈": what the visit is for, said after a short name
        if (p.length() >= 4 && Patterns.containsAny(p, "访", "谈", "对接", "签约")) p = PURPOSE_AFTER.matcher(p).replaceFirst("");
        int de = p.indexOf("的");
        // "西安的隆基", "那边的拓普": the place before 的 is not part of the name ("美的集团", "苏州绿的谐波" keep theirs)
        if (de == 2 && de < p.length() - 2 && !OWN_DE.matcher(p.substring(de + 1)).lookingAt()) p = p.substring(de + 1);
        if (p.length() < 2 || VAGUE.matcher(p).find() || LEG.matcher(p).matches() || place(p)) return null;
        if (NOT_A_VISIT.matcher(p).find() && !FreeForm.isOrganisation(p)) return null;
        // "还是依托河南省山西商会": whom the trip leans on, said after the list
        if (p.contains("依托")) return null;
        if (duty(p)) return null;
        if (Patterns.containsAnyChar(p, "，。；！？") && RX_MARKED.matcher(p).matches()) return null;
        return p;
    }

    /**
     * Pieces separated by 、，；/ line breaks and spaces between words, and by 和/还有/以及/及 joining two names
     * ("国电南瑞和阳光电源", not "上海和辉光电股份有限公司"); brackets are kept whole.
     */
    private static List<Piece> split(String s) {
        List<Piece> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        boolean hard = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i == s.length() ? '\n' : s.charAt(i);
            if (c == '（' || c == '(') depth++;
            if ((c == '）' || c == ')') && depth > 0) depth--;
            boolean hardSep = c == '\n' || (depth == 0 && (c == '；' || c == ';' || c == '。'));
            boolean marker = depth == 0 && c >= '①' && c <= '⑳';
            boolean softSep = depth == 0 && (c == '、' || c == '，' || c == ',' || (c == '+' || c == '＋') && i > 0 && InputText.isCjk(s.charAt(i - 1)) || (c == '/' || c == '／') && !(i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) || c == '|'
                    || c == ' ' && i > 0 && i + 1 < s.length() && spaceParts(s.charAt(i - 1), s.charAt(i + 1)));
            int skip = 1;
            if (!hardSep && !marker && !softSep && depth == 0) {
                int j = joinerAt(s, i, start);
                if (j > 0) { softSep = true; skip = j; }
            }
            if (hardSep || softSep || marker) {
                String piece = s.substring(start, i).strip();
                if (!piece.isEmpty()) { out.add(new Piece(piece, hard)); hard = false; }
                if (hardSep) hard = true;
                start = marker ? i : i + skip;
                if (marker) start = i + 1;
                i += skip - 1;
            }
        }
        return out;
    }

    /**
     * "无锡芯泽半导体常州碳谷石墨烯苏州纳微光电子": voice input runs short names together; where a city opens another
     * name (four characters or more on each side), a new name starts. Names with a legal suffix or of a site are never
     * split ("国家电投集团山西新能源有限公司", "武汉光谷长江存储配套产业园").
     */
    private static List<String> runOn(String name) {
        if (name.length() < 8 || LEGAL.matcher(name).find()) return List.of(name);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 4; i + 4 <= name.length(); i++) {
            if (i - start < 4 || !city(name.substring(i, i + 2))) continue;
            out.add(name.substring(start, i));
            start = i;
        }
        out.add(name.substring(start));
        return out;
    }

    private static final Pattern LEGAL = Patterns.compile("公司|集团|有限|股份|协会|商会|大学|学院|研究院|研究所|中心|园|基地|[（(]");

    /** A city or province alone ("上海", "天津市"). */
    private static boolean place(String name) {
        return OrgNames.isPlaceName(name.strip());
    }

    private static boolean city(String two) {
        return OrgNames.isPlace(two);
    }

    private static boolean wordChar(char c) {
        return InputText.isCjk(c) || Character.isDigit(c);
    }

    /** A space between two words parts them; so does one between Chinese and Latin letters ("中科三环 TCL中环"). */
    private static boolean spaceParts(char before, char after) {
        if (wordChar(before) && wordChar(after)) return true;
        return InputText.isCjk(before) && latin(after) || latin(before) && InputText.isCjk(after);
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /** Length of 和/还有/以及/及 at i when it joins two names, else 0. */
    private static int joinerAt(String s, int i, int start) {
        int len = s.startsWith("还有", i) || s.startsWith("以及", i) ? 2 : (s.charAt(i) == '和' || s.charAt(i) == '及') ? 1 : 0;
        if (len == 0 || i - start < 2) return 0;
        // "在北京见颐和康养": the name after the verb of meeting has but one character before 和: one name
        int seen = Math.max(s.lastIndexOf('见', i - 1), s.lastIndexOf('访', i - 1));
        if (seen >= start && i - seen - 1 < 2) return 0;
        if (len == 2) return len;
        // "上海和辉光电股份有限公司": a short place before 和 and an organisation's suffix after it: one name
        int end = i + 1;
        while (end < s.length() && "、，,；;。\n/ ".indexOf(s.charAt(end)) < 0) end++;
        String right = s.substring(i + 1, end);
        if (i - start <= 2 && FreeForm.isOrganisation(right)) return 0;
        // "杭州和达声学": a city before 和 and no place after it: one name
        if (i - start == 2 && city(s.substring(start, i)) && (right.length() < 2 || !city(right.substring(0, 2)))) return 0;
        // "苏州钧和精工": a city and one character before 和, no place after it: one name
        if (i - start == 3 && city(s.substring(start, start + 2)) && (right.length() < 2 || !city(right.substring(0, 2)))) return 0;
        if (right.length() < 2) return 0;
        return len;
    }
}
