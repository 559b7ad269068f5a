package zhaoshang.report;

/**
 * Enterprise names written without an organisation suffix ("拜访京东方", "去了欣旺达 见了方总", "BOE的投资经理",
 * "国轩高科的人来了"): the object of a visiting verb, or the owner before "的" at the start of a clause. A candidate
 * that {@link NameRecogniser} reads as a person or a place, a zone (…区, …市), a title (王总) or a generic word
 * (一家企业) is no name.
 */
final class ShortNames {

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final java.util.regex.Pattern RX_GROUP = Patterns.compile("一行|考察团|代表团|莅临");

    private static final String[] VERBS = {"拜访了", "拜访的", "拜访", "走访了", "走访", "调研了", "回访了", "回访", "拜会了", "拜会", "到访了", "到访", "去了", "去的", "跑了", "刚从", "从", "见了", "见的是", "见的", "另一家是", "一家是", "家是", "个是", "周一是", "周二是", "周三是", "周四是", "周五是", "周六是", "周日是", "对接了", "约到了", "约了",
            // "今天去奇安信，对接的是…", "去合肥蔚来": 去 with its object right after (not 回去, 去年, 去过, 去看)
            "去",
            // "人工智能数据标注基地项目签约，签约企业为百度智能云": the one named as the signing's party
            "签约企业为", "签约企业是", "签约主体为", "签约方为", "投资方为", "投资主体为", "签约单位为", "企业为",
            "签约了", "签约", "签了", "名叫", "叫做", "叫", "跟", "和", "与"};
    private static final String[] OWNED = {"的人", "的领导", "的投资", "的储能", "的项目", "的朋友", "的团队", "的技术", "的副总", "的董事",
            "的总经理", "的采购", "的负责人", "的老板", "的一位", "的两位", "的几位", "的专家",
            // "陪厦门钨业的客人在潞州区考察": the guests are the enterprise's people
            "的客人", "的客商"};
    private static final String[] NOT_NAMES = {"企业", "公司", "客商", "老板", "领导", "对方", "他们", "我们", "大家", "这家", "那家", "一家",
            "两家", "几家", "几个", "客户", "厂家", "项目", "现场", "园区", "厂房", "车间", "基地", "总部", "一下", "一趟", "组员", "同事",
            "商会", "协会", "人", "这个", "那个", "朋友", "老乡", "学校", "政府", "部门", "单位", "市里", "区里", "省里", "北京", "上海",
            "深圳", "广州", "苏州", "杭州", "天津", "企业家", "集团", "同学",
            // fillers of speech ("没有走访就是在酒店…")
            "就是", "然后", "还是", "就是说", "没有",
            // "对方老板临时去了外地": where someone went, no name
            "外地", "本地", "当地", "外省", "那边", "这边",
            // "这个是正式签约": how it was signed
            "正式",
            // "本周来区考察情况：": when, heading a list, no one who came
            "本周", "上周", "下周", "本月", "上月", "下月", "今天", "昨天", "前天", "明天", "今日", "昨日", "近日", "日前", "近期", "周末",
            // "我先把走访登上", "也作走访登记", "帮忙把考察录入": the report itself put into the ledger
            "登上", "登记", "录入", "录上", "报上", "补上", "登一下", "录一下",
            // "走访日期：…" read past its label; "里面那个项目": where in what was said, no name
            "日期", "里面", "里边", "上面", "下面", "原话", "稿子", "稿件",
            // "…有限公司 对接的是董秘": the verb after a pause, no name
            "对接"};

    /** Words no enterprise's short name holds: the report's own vocabulary. */
    private static final String[] WORDS = {"台账", "情况", "工作", "记录", "汇报", "小结", "总结", "计划", "企业", "项目", "意向", "线索",
            "时间", "资料", "材料", "政策", "问题", "怎么", "什么", "一下", "同志", "大家", "客户", "经理", "领导", "负责人", "团队",
            "业务", "部门", "开展", "补录", "补报",
            // "与郭建平一行座谈": our own party
            "一行",
            // "是上个月走访时候聊的", "上周已经报过了": when or whether it was told, no name
            "时候", "编号", "已经", "报过"};

    /** Verbs opening an office's own work items ("3. 安排元旦假期值班"), never a name. */
    private static final String[] WORK_VERBS = {"安排", "完成", "整理", "筹备", "参加", "配合", "协调", "组织", "召开", "撰写", "起草",
            "报送", "准备", "做好", "开展", "推进", "继续", "落实", "督促", "梳理", "更新", "核对"};

    private static final java.util.regex.Pattern PEOPLE_COUNT = Patterns.compile("[一二两三四五六七八九十几]+(?:个|位|名)?(?:人|同志|同事)");
    private static final java.util.regex.Pattern TITLE = Patterns.compile(
            "总经理|副总|总裁|董事|董秘|总助|秘书|会长|部长|处长|院长|所长|主任|总监|经理|助理|负责人|书记|局长|厂长|行长|主管|专家|老板|工程师|总工|首席|创始人|合伙人|[^\\s]总$");

    private ShortNames() { }

    /** A short name in the clause and whether it came from the recogniser alone; null when none. */
    static String find(String clause) {
        return MessageMemo.get(MessageMemo.Table.SHORT_NAMES, clause, ShortNames::read);
    }

    private static String read(String clause) {
        String s = untrimmed(clause);
        return s == null || s.length() < 4 ? s : endOfName(clause, s);
    }

    /** A day or a time of day, said after a name. */
    private static final java.util.regex.Pattern DAY_AFTER = Patterns.compile("今天|昨天|前天|明天|今日|昨日|上午|下午|晚上|中午|早上");
    /** A title, said after a name or a person's name. */
    private static final java.util.regex.Pattern TITLE_AFTER = Patterns.compile(
            "(?:常务|执行|首席)?副?(?:总经理|总裁|总监|总工|董事长|董事|院长|所长|会长|秘书长|部长|主任|经理|书记)|(?:常务|执行)?副总");

    /**
     * "中科智算今天来…", "能化院常青松副院长一行…", "中晟轴承常务副总带队…", "瑞亨科技黄浩然 一月六号…": a word that begins
     * inside the name read and runs past its end (a day, a title, a person's name before a title or a pause) ends the
     * name where it begins.
     */
    static String endOfName(String clause, String s) {
        int at = clause.indexOf(s);
        if (at < 0) return s;
        int end = at + s.length();
        for (int k = 2; k < s.length(); k++) {
            int p = at + k;
            java.util.regex.Matcher day = DAY_AFTER.matcher(clause).region(p, clause.length());
            if (day.lookingAt() && day.end() >= end) return s.substring(0, k);
            java.util.regex.Matcher title = TITLE_AFTER.matcher(clause).region(p, clause.length());
            if (title.lookingAt() && title.end() > end) return s.substring(0, k);
        }
        // a person's name: before a title, or a full name of three characters before a pause ("储能" is no one)
        for (int k = 2; k < s.length() - 1; k++) {
            int p = at + k;
            int n = PersonNames.nameAt(clause, p);
            if (n < 2 || p + n < end) continue;
            boolean paused = p + n == clause.length() || " ，。、,".indexOf(clause.charAt(p + n)) >= 0;
            if (n == 3 && paused || TITLE_AFTER.matcher(clause).region(p + n, clause.length()).lookingAt()) return s.substring(0, k);
        }
        return s;
    }

    private static String untrimmed(String clause) {
        // the clause after its opening time words, as each reader below looks at it (read once for them all)
        String lead = trimLead(clause.strip());
        String owned = ownedAtStart(clause, lead);
        if (owned != null) return owned;
        String subject = projectSubject(lead);
        if (subject != null) return subject;
        String city = cityLedSubject(lead);
        if (city != null) return city;
        String place = placeOfVisit(clause, lead);
        if (place != null) return place;
        String planner = planSubject(lead);
        if (planner != null) return planner;
        String comer = comerSubject(clause, lead);
        if (comer != null) return comer;
        for (String v : VERBS) {
            int i = clause.indexOf(v);
            while (i >= 0) {
                // "今天去的中创新航", "周四去的阳光电源": 去的 visits only right after the day it was (not "一起去的是老韩")
                if (v.equals("去的") && !SPOKEN_GONE.matcher(clause.substring(0, i)).find()) { i = clause.indexOf(v, i + 1); continue; }
                if (v.equals("去") && !plainGo(clause, i)) { i = clause.indexOf(v, i + 1); continue; }
                // "签约仪式在哪个会议室": after 签约 only a name glued to its project
                // "签了签了 奇瑞的…项目": the verb said twice
                int from = i + v.length();
                while (v.length() > 1 && clause.startsWith(v, from)) from += v.length();
                while (from < clause.length() && clause.charAt(from) == ' ' && v.length() > 1 && clause.startsWith(v, from + 1)) from += 1 + v.length();
                // "跟龙净环保签了火电环保设备服务中心项目": the partner named before the verb, not the words of the project after it
                String partner = v.startsWith("签") ? signingPartner(clause, i) : null;
                if (partner != null) return partner;
                String c = v.startsWith("签约") && !v.endsWith("为") ? projectAt(clause, from) : objectAt(clause, from, v.length() == 1 && !v.equals("去"));
                if (c != null) return c;
                i = clause.indexOf(v, i + 1);
            }
        }
        return null;
    }

    /** The day or time of day right before a spoken 去的 ("今天去的", "上午去的", "周四去的", "十八号去的"). */
    private static final java.util.regex.Pattern SPOKEN_GONE = Patterns.compile("(?:[天午上早]|[周期拜][一二三四五六日天]|[0-9一二三四五六七八九十][号日]|周末)$"
            // "上周五跟秦雪去的天津的…": who went along, then 去的
            + "|(?:跟|和|同)[\\p{IsHan}]{1,3}$");

    /**
     * 去 as the verb of a visit with its object right after it: not 去了/去的 (their own entries), 回去, 过去, 去年, 去过,
     * 去掉, 去看 or 去考察 (a verb after it).
     */
    private static boolean plainGo(String clause, int i) {
        if (i > 0 && "回出过上下进失离来除".indexOf(clause.charAt(i - 1)) >= 0) return false;
        return i + 1 < clause.length() && "了的年过掉看考调参走拜找谈见听说问做哪这那一趟我他们往向".indexOf(clause.charAt(i + 1)) < 0;
    }

    private static final java.util.regex.Pattern OWNER_OF_PERSON = Patterns.compile("的[\\u4e00-\\u9fff](?:总|董|会长|部长|博士|教授)");

    /** "BOE的投资经理…", "周六阳光电源的储能团队…", "科陆电子的黄总": the owner at the start of the clause. */
    private static final java.util.regex.Pattern OWNER_OF_STAFF = Patterns.compile(
            "^([\\p{IsHan}A-Za-z0-9]{2,8}?)的[\\p{IsHan}]{0,8}?(?:一个|一位|[两三四五六七八九十几]个人|[两三四五六七八九十几]位|总监|经理|负责人|部长|副总|主任|董事|领导|团队)");

    /** "奇瑞的汽车零部件产业园项目 今天下午 签了": the owner of the project that opens the clause. */
    private static final java.util.regex.Pattern OWNER_OF_PROJECT = Patterns.compile(
            "^([\\p{IsHan}A-Za-z0-9]{2,8}?)的[\\p{IsHan}A-Za-z0-9]{2,20}?项目$");

    /** "宁德的朋友说 CATL 要在山西…", "X的朋友透露：Y有个…项目": a friend's word, then the one with the plan. */
    private static final java.util.regex.Pattern FRIEND_SAYS = Patterns.compile("的(?:朋友|同学|同事|老乡)(?:说|透露|讲)[：:，,\\s]*");
    private static final java.util.regex.Pattern PLANNER = Patterns.compile(
            "^([\\p{IsHan}A-Za-z]{2,8}?)\\s?(?:那边)?(?:明年|今年)?(?:要在|要建|要搞|要投|想找|想在|想投|有个|有一个|计划|拟|打算|准备)");

    /** @param lead the clause after its opening time words ({@link #trimLead} of it stripped) */
    private static String ownedAtStart(String clause, String lead) {
        // each way of owning below holds a 的 (keep in step with them)
        if (clause.indexOf('的') < 0) return null;
        java.util.regex.Matcher says = FRIEND_SAYS.matcher(clause);
        if (says.find()) {
            java.util.regex.Matcher pl = PLANNER.matcher(clause.substring(says.end()));
            if (pl.find() && acceptableObject(pl.group(1)) && !NameRecogniser.commonWord(pl.group(1))) return pl.group(1);
        }
        java.util.regex.Matcher pr = OWNER_OF_PROJECT.matcher(lead);
        if (pr.find() && acceptableObject(owner(pr.group(1)))) return owner(pr.group(1));
        // "信达生物的一个副总裁", "蔚来的供应链的一个高级总监": the owner of the staff met (a name HanLP takes for a
        // person's is taken when it does not start with a common surname)
        java.util.regex.Matcher st = OWNER_OF_STAFF.matcher(afterLastVerb(lead));
        if (st.find() && acceptableObject(owner(st.group(1)))) return owner(st.group(1));
        java.util.regex.Matcher pm = OWNER_OF_PERSON.matcher(clause);
        if (pm.find() && pm.start() > 0) {
            int s = pm.start();
            while (s > 0 && OrgNames.nameChar(clause.charAt(s - 1))) s--;
            String c = afterLastVerb(trimLead(clause.substring(s, pm.start())));
            if (acceptable(c)) return c;
        }
        for (String o : OWNED) {
            int i = clause.indexOf(o);
            if (i <= 0) continue;
            int s = i;
            while (s > 0 && OrgNames.nameChar(clause.charAt(s - 1))) s--;
            String c = afterLastVerb(trimLead(clause.substring(s, i)));
            // "中汽研天津的朋友说": the city after the name is where the friend is
            if (acceptable(c)) return withoutUnit(c);
        }
        return null;
    }

    /**
     * "听国氢科技的韩总说…", "苏州恒驰那边的邵主任": the owner before 的 without the hearing before it or the locative after
     * it.
     */
    private static String owner(String c) {
        if (c.startsWith("听说") || c.startsWith("听到")) c = c.substring(2);
        else if (c.startsWith("听")) c = c.substring(1);
        return withoutThere(c);
    }

    /** "见了能源业务的王总" → "能源业务": the words after the last verb. */
    private static String afterLastVerb(String c) {
        for (String v : new String[]{"拜访了", "拜访", "见了", "去了", "陪着", "陪同", "陪", "和", "与", "跟", "是", "了", "听到", "听", "把",
                // "上午见廊坊X的庞董": the verb of meeting said alone
                "见"}) {
            int k = c.lastIndexOf(v);
            if (k >= 0 && k + v.length() < c.length()) c = c.substring(k + v.length());
        }
        return c;
    }

    private static String objectAt(String clause, int from, boolean needsSignVerb) {
        int p = from;
        // "今天走访：恒晟重工", "走访两家：恒晟重工": a colon after the verb (and its count) opens what was visited
        if (!needsSignVerb && p < clause.length()) {
            java.util.regex.Matcher opens = LIST_OPENS.matcher(clause).region(p, clause.length());
            if (opens.lookingAt()) p = opens.end();
        }
        while (p < clause.length() && clause.charAt(p) == ' ') p++;
        // "去了趟太原", "去了一趟宁德": the trip, then the place
        if (clause.startsWith("一趟", p)) p += 2;
        else if (clause.startsWith("趟", p)) p++;
        p = afterPlaceOf(clause, p);
        int s = p;
        while (p < clause.length() && OrgNames.nameChar(clause.charAt(p)) && p - s < 12) p++;
        if (p == s) return null;
        String c = clause.substring(s, p);
        // "见了OmniSense中国区负责人": a Latin brand ends where the Chinese words after it start
        int latin = 0;
        while (latin < c.length() && c.charAt(latin) < 128 && Character.isLetter(c.charAt(latin))) latin++;
        if (latin >= 4 && latin < c.length() && InputText.isCjk(c.charAt(latin)) && camelCase(c.substring(0, latin))) c = c.substring(0, latin);
        // "和宁德时代签了", "与X签约": only with a signing verb after
        if (needsSignVerb) {
            int sign = firstOf(c, "签", "达成", "座谈", "洽谈");
            if (sign <= 0) return null;
            c = c.substring(0, sign);
        }
        // "签约格力电器空调零部件配套产业园项目": a name glued to its project
        String glued = gluedToProject(clause, s, c);
        if (glued != null) return glued;
        // "宁德时代" is one organisation for the recogniser: no cut at its 时
        if (NameRecogniser.guess(c) != NameRecogniser.Guess.ORGANISATION) c = cutAtVerb(c);
        c = withoutThere(c);
        c = withoutSite(c);
        c = withoutUnit(c);
        c = afterDescription(c);
        // "先导智能和海目星": two named one after the other, the first is this clause's
        int and = firstOf(c, "和", "与", "及");
        if (and >= 2 && c.length() - and - 1 >= 2 && acceptableObject(c.substring(0, and)) && acceptableObject(c.substring(and + 1))) c = c.substring(0, and);
        return acceptableObject(c) ? c : null;
    }

    private static final java.util.regex.Pattern LIST_OPENS = Patterns.compile(
            "(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})?(?:家)?(?:企业|公司)?[：:]");

    /** "拜访了深圳的大疆创新", "周二是广州的亿航智能": a city and 的 before the name say where it is; the name follows. */
    private static int afterPlaceOf(String clause, int p) {
        for (int len = 2; len <= 5 && p + len < clause.length(); len++) {
            if (clause.charAt(p + len) != '的') continue;
            String place = clause.substring(p, p + len);
            if (!place.chars().allMatch(ch -> InputText.isCjk((char) ch))) return p;
            // "天津滨海的三星电机", "亦庄的北汽蓝谷": a city with its district, or a quarter named by its ending
            boolean city = "市省县区庄村园港湾镇".indexOf(place.charAt(len - 1)) >= 0 || java.util.Arrays.asList(NOT_NAMES).contains(place)
                    || NameRecogniser.guess(place) == NameRecogniser.Guess.PLACE || twoPlaceWords(place);
            return city ? p + len + 1 : p;
        }
        return p;
    }

    /** "天津滨海", "上海张江": a city and its district run together (not "宁德时代": 时代 is no place). */
    private static boolean twoPlaceWords(String place) {
        int first = place.length() >= 4 ? NameRecogniser.placeAt(place, 0) : 0;
        if (first < 2 || place.length() - first < 2) return false;
        String rest = place.substring(first);
        return NameRecogniser.placeWord(rest) || NameRecogniser.guess(rest) == NameRecogniser.Guess.PLACE;
    }

    /**
     * The name at the head of a run of name characters that ends in a project ("格力电器空调零部件配套产业园项目",
     * "比亚迪刀片电池配套项目"): the longest head the recogniser reads as an organisation (or a transliterated name),
     * with a project's words after it; null when the run is no project or its head no name.
     */
    private static String gluedToProject(String clause, int s, String c) {
        int e = s;
        while (e < clause.length() && OrgNames.nameChar(clause.charAt(e))) e++;
        String run = clause.substring(s, e);
        int project = run.indexOf("项目");
        if (project < 4) return null;
        for (int len = Math.min(6, project - 2); len >= 2; len--) {
            String head = run.substring(0, len);
            NameRecogniser.Guess g = NameRecogniser.guess(head);
            if ((g == NameRecogniser.Guess.ORGANISATION || g == NameRecogniser.Guess.FOREIGN) && acceptable(head)) return head;
            // "华海清科CMP耗材项目": the name ends where a Latin product word starts
            char next = run.charAt(len);
            if (next < 128 && Character.isLetter(next) && run.charAt(len - 1) >= 128 && acceptableObject(head)) return head;
        }
        return null;
    }

    private static final java.util.regex.Pattern PLACE_OF_VISIT = Patterns.compile(
            "[去到赴在]([\\p{IsHan}A-Za-z0-9]{2,10}?)(?:拜访|走访|对接|调研|座谈|交流|洽谈|考察|参观)");
    /**
     * Who comes: the words before a group of visitors ("一行", "考察团") or before coming into our zone ("来高新区",
     * "过来看", "莅临"), at the start of the clause after a label ("长治考察：…").
     */
    private static final java.util.regex.Pattern COMING = Patterns.compile(
            "一行|考察团|代表团|莅临|过来(?=了|考察|调研|参观|看|转)|(?<=客人|客商)(?:都|已经|也)?(?:到了|来了)|(?:带队|率队|率团)?(?:来了|到了|来到|来|到)(?=了?(?:高新区|潞州区|长治|我区|我市|我们|咱|这|园区|开发区|产业园"
                    + "|[^，。；]{0,12}?(?:考察|调研|参观|看|察看|踏勘)))");
    /** The people who came, said after their enterprise: "的人", "3人", "的两位经理", "副总经理张华", "刘总", "等". */
    private static final java.util.regex.Pattern PEOPLE_AFTER = Patterns.compile(
            "(?:的)?(?:人|[一二两三四五六七八九十几0-9]+(?:个人|人|位|名)(?:[\\p{IsHan}]{0,4})?|团队|一行|等|等人|他们|带队|率队)$"
                    // "带了两个技术人员", "和三名工程师": the ones brought along
                    + "|(?:的)?(?:带了|带着|带领|和|与|及)?[一二两三四五六七八九十几0-9]+(?:个|名|位)?[\\p{IsHan}]{0,4}?(?:人员|专家|同事|工程师|技术员)$"
                    // "带着技术人员", "带了几个工程师": the ones brought along, uncounted
                    + "|(?:带了|带着|带领)(?:几个|一些|一帮)?[\\p{IsHan}]{0,4}?(?:人员|专家|同事|工程师|技术员|团队)$"
                    + "|(?:的)?[\\p{IsHan}]{1,2}(?:总|董|工|经理|总监|主任|部长|院长|会长|秘书|厂长|所长)$"
                    + "|(?:的)?(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|总监|负责人|副总|董秘|高管|领导|专家|团队|技术团队|考察团|代表团|客人|客商|老板)$");
    private static final java.util.regex.Pattern LABEL = Patterns.compile("^[^：:，。；]{1,12}[：:]");

    /**
     * "蜂巢能源副总经理一行来高新区考察", "汇川技术3人来高新区看地块", "华为数字能源的两位经理过来看项目地块": the
     * enterprise whose people come, the words before them with the people, their number and the time taken off.
     */
    static String visitors(String clause) {
        String t = clause.strip();
        java.util.regex.Matcher label = LABEL.matcher(t);
        // LABEL is anchored at the start: looking at the start finds what a scan would
        if (label.lookingAt() && label.end() < t.length()) t = t.substring(label.end()).strip();
        t = trimLead(InspectionComers.withoutTeamTag(t));
        // "下周三（11月25日）X的林主任一行要来…": the day put right in brackets after the weekday
        java.util.regex.Matcher dated = BRACKETED_DAY.matcher(t);
        if (dated.lookingAt() && dated.end() < t.length()) t = t.substring(dated.end());
        // every COMING holds 来, 到, 莅临, 一行 or a 团 (keep in step with it)
        if (!Patterns.containsAnyChar(t, "来到莅") && !t.contains("一行") && !t.contains("考察团") && !t.contains("代表团")) return null;
        java.util.regex.Matcher m = COMING.matcher(t);
        if (!m.find() || m.start() < 2) return null;
        String head = t.substring(0, m.start());
        // "X何总说下周二来…": one of them saying the day they come (a day fixed, not a wish), the saying no part of it
        java.util.regex.Matcher said = SAID_DAY.matcher(head);
        if (said.find() && PEOPLE_AFTER.matcher(head.substring(0, said.start())).find()) head = head.substring(0, said.start()) + said.group(1);
        // "希望下月来潞州区考察", "对方月底派人来", "说可以组织会员企业春节后来": a plan or someone sent, not who came ("X王总下周三来"
        // names the day they come)
        head = InspectionComers.withoutBrought(head);
        if (NOT_VISITORS.matcher(withoutTimeAtEnd(head)).find()) return null;
        // the people named with their enterprise ("X副总经理一行", "X的人", "X3人") or as a group: "X来高新区" alone may
        // be anything that comes
        boolean group = RX_GROUP.matcher(m.group()).matches();
        boolean owner = false;
        boolean toCome = false;
        for (int round = 0; round < 6; round++) {
            String before = head;
            head = withoutTimeAtEnd(head);
            // "中科曙光确定11月26日来…", "X初步定在一月二十号来…": when it was fixed, said before the day
            java.util.regex.Matcher fixed = FIXED_AT_END.matcher(head);
            if (fixed.find() && fixed.start() >= 2) { head = head.substring(0, fixed.start()); toCome = true; }
            java.util.regex.Matcher p = PEOPLE_AFTER.matcher(head);
            boolean found = p.find();
            // "奇安信汤总一行", "锦浪科技汪总": a surname alone before 总, the character before it is the name's (also after a
            // name of two: "拓邦严总")
            int start = found ? p.start() : -1;
            if (found && p.group().length() == 3 && !p.group().startsWith("的") && PersonNames.isSurname(p.group().charAt(1))
                    && "总董工".indexOf(p.group().charAt(2)) >= 0) start++;
            // "东莞宏达塑胶制品卢厂长": a surname before a longer title, the character before it no surname, is the name's
            else if (found && !p.group().startsWith("的") && p.group().length() >= 4 && PersonNames.isSurname(p.group().charAt(1))
                    && !PersonNames.isSurname(p.group().charAt(0)) && SURNAME_TITLE.matcher(p.group().substring(1)).matches()) start++;
            boolean people = found && start >= 2;
            if (people) {
                // "杭叉的赵总一行", "景嘉微的曾总跟廖董秘": the one owning a titled person who comes is their enterprise
                if (p.group().startsWith("的") && p.group().length() >= 3) owner = true;
                head = head.substring(0, start);
                group = true;
                // "曾总跟廖董秘": a second person by surname and title, joined to the first
                int k = head.length() - 2;
                if (k >= 2 && "跟和与及".indexOf(head.charAt(k)) >= 0 && PersonNames.isSurname(head.charAt(k + 1))) head = head.substring(0, k);
                // "晋城富泰精工周经理": one by surname and title is all of their people; what is left is the name ("精工" no 王工)
                if (start > p.start()) { head = withoutTimeAtEnd(head); break; }
            }
            // "副总经理张华", "X的杨晓冬带了…", "X郝建国他们": a person's name after the title, after 的, or before the
            // people who came with them
            for (int len = 3; len >= 2; len--) {
                if (head.length() - len < 2 || !PersonNames.isName(head.substring(head.length() - len))) continue;
                String rest = head.substring(0, head.length() - len);
                // (a name of two only after a title or 的: "国轩高科3人" keeps its 高科)
                if (PEOPLE_AFTER.matcher(rest).find() || rest.endsWith("的") || people && len == 3) {
                    if (rest.endsWith("的")) owner = true;
                    head = rest.endsWith("的") ? rest.substring(0, rest.length() - 1) : rest;
                    break;
                }
            }
            if (head.equals(before)) break;
        }
        head = afterLastVerb(HOSTS.matcher(head).replaceFirst(""));
        // "陪那个深圳的X一行": the word pointing at it and the city it is from are no part of the name
        head = trimLead(head);
        head = head.substring(afterPlaceOf(head, 0));
        // "苏州恒驰那边的邵主任带队来…": where they are, after the name
        head = withoutThere(head);
        // "华润三九中药事业部韦宏副总经理带队", "科大讯飞山西区域总经理石磊": the unit the people are of
        if (group) head = InspectionComers.withoutUnit(head);
        // "中科曙光确定11月26日来潞州区考察": an enterprise fixed to come and look, no one of it named yet
        if (!group && toCome && INSPECTS.matcher(t.substring(m.end())).find() && acceptableObject(head) && !NameRecogniser.commonWord(head)) return head;
        if (!group) return InspectionComers.bare(head, t.substring(m.end()));
        return acceptableObject(head) || owner && ownerOfStaff(head) ? head : null;
    }

    /** "A和B一起来高新区", "A同B一齐来", "A+B 一块儿到潞州区": two of them, then their coming together. */
    private static final java.util.regex.Pattern TOGETHER = Patterns.compile(
            "^(.{2,30}?)(?:\\s*(?:和|同|与|跟|及|还有|[+＋、])\\s*|\\s+)(.{2,30}?)\\s*(两家|二家|2家)?(?:都)?(?:一起|一块儿|一块|一同|一齐|一道)(?:来|到|过来)");

    /**
     * "今天A和B一起来高新区看了厂房", "A同B的王总一块儿来潞州区": two enterprises coming to us together, each as written (the
     * people after a name taken off); null when the clause tells no such coming or a part is no name.
     */
    static java.util.List<String> together(String clause) {
        if (!Patterns.containsAny(clause, "一起", "一块", "一同", "一齐", "一道")) return null;
        java.util.regex.Matcher m = TOGETHER.matcher(trimLead(clause.strip()));
        if (!m.find()) return null;
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int g = 1; g <= 2; g++) {
            String part = m.group(g).strip();
            java.util.regex.Matcher p = PEOPLE_AFTER.matcher(part);
            if (p.find() && p.start() >= 2) part = part.substring(0, p.start());
            if (part.endsWith("的")) part = part.substring(0, part.length() - 1);
            java.util.List<OrgNames.Found> full = OrgNames.find(part);
            if (full.size() == 1 && full.get(0).start() == 0) part = full.get(0).name();
            // ("科士达跟盛弘两家一起来": counted as two enterprises, a name the recogniser takes for a person's is one)
            else if (!full.isEmpty() || !acceptableObject(part) && !(m.group(3) != null && ownerOfStaff(part)) || NameRecogniser.commonWord(part)) return null;
            out.add(part);
        }
        return out.get(0).equals(out.get(1)) ? null : out;
    }

    private static final java.util.regex.Pattern FIXED_AT_END = Patterns.compile("(?:已经|已)?(?:确定|确认|定于|定在|初步定在|初步定于|约定|约好|将于)$");
    private static final java.util.regex.Pattern INSPECTS = Patterns.compile("考察|调研|参观|看地|看厂房|选址");
    private static final java.util.regex.Pattern BRACKETED_DAY = Patterns.compile("[（(][^）)]{1,12}[）)]");

    /**
     * A short name the recogniser takes for a person's ("杭叉", "景嘉微"), standing where the owner of a titled person
     * coming to us does ("X的赵总一行到高新区"): a person owns no 赵总, an enterprise does.
     */
    private static boolean ownerOfStaff(String head) {
        return acceptableWords(head) && head.length() <= 6 && "小老阿大".indexOf(head.charAt(0)) < 0
                && head.chars().allMatch(Character::isIdeographic) && NameRecogniser.guess(head) != NameRecogniser.Guess.PLACE;
    }

    /** "陪同X考察团", "接待了X一行": we who host, before the ones who came. */
    private static final java.util.regex.Pattern HOSTS = Patterns.compile("^(?:全程)?(?:陪同了|陪同|陪着|陪|接待了|接待|迎接了|迎接|带着|带领|带)");
    private static final java.util.regex.Pattern NOT_VISITORS = Patterns.compile(
            "希望|计划|准备|打算|约定|邀请|欢迎|表示|说|称|派|组织|安排|争取|可以|可能|会员|对方|我们|^他们|咱们|我|再|下月|下周|月底|年后|节后|明年|以后|之后|后续|由|负责"
                    // a next step after the meeting: "下一步请他们来长治看看", "下个月带人过来看"
                    + "|下一步|下步|下个月|请他们|请对方|带人");

    /** "卢厂长", "黎经理": a surname and a title. */
    private static final java.util.regex.Pattern SURNAME_TITLE = Patterns.compile("[\\p{IsHan}](?:经理|总监|主任|部长|院长|会长|秘书|厂长|所长)");
    /** "说下周二", "话下礼拜五", "表示12月5日": saying the day they come, right before their coming. */
    private static final java.util.regex.Pattern SAID_DAY = Patterns.compile(
            "(?:说|讲|话|表示)((?:本|下|这)(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|[0-9]{1,2}月[0-9]{1,2}[日号])$");
    /** "如期", "按计划", "专程": how the coming went by its plan, said between the day and the coming. */
    private static final java.util.regex.Pattern KEPT_AT_END = Patterns.compile(
            "(?<=今天|昨天|前天|明天|后天|上午|下午|晚上|中午|[一二三四五六日天]|[日号])(?:如期|如约|按期|按时|按约|准时|按计划|按原计划|专程)$");
    private static final java.util.regex.Pattern TIME_AT_END = Patterns.compile(
            "(?:今天|昨天|前天|明天|后天|上午|下午|晚上|中午|(?:本|上|下|这)?(?:周|星期|礼拜)[一二三四五六日天]|[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{1,2}[日号]"
                    // "十二月十九号", "十九号": the day said in words
                    + "|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]|[一二三四五六七八九十]{1,3}[日号])$");

    private static String withoutTimeAtEnd(String head) {
        // "汇智新能源今天如期来…": how the coming kept its plan, said after the day, is no part of the name either
        java.util.regex.Matcher kept = KEPT_AT_END.matcher(head);
        if (kept.find() && kept.start() >= 4) head = head.substring(0, kept.start());
        java.util.regex.Matcher m = TIME_AT_END.matcher(head);
        return m.find() && m.start() >= 2 ? head.substring(0, m.start()) : head;
    }

    /**
     * "天津津芯半导体来高新区考察了", "…获悉 杭州易联云仓要在中西部找…", "北京奇点云途 想在长治设…": a city other than ours, then
     * a brand and trade run together (2-8 characters, no space), then a verb of coming or planning. A city opening such a
     * run is how a short enterprise name is written ("杭州X", "深圳X"); the city is kept as written. The run opens the
     * clause (after its time words), or follows a space or a word of hearing (获悉, 听说); people (王总), zones, our
     * own units and generic words (客商, 政府) are no name.
     */
    private static final java.util.regex.Pattern CITY_LED = Patterns.compile(
            "(?:^|(?<=[\\s，,。；：:]|获悉|得知|了解到|听说|那个|这个|有个|一家))(" + String.join("|", cityPrefixes()) + ")([\\p{IsHan}A-Za-z0-9]{2,8}?) ?"
                    + "(?:(?:要|想|将|准备|计划|拟|打算|有意|正在|也|又|还)(?:来|到|过来|在|去|投资|建|设|新建|扩建|布局|落地|找)"
                    + "|(?:来了|过来了|来|到|过来)(?=了?(?:高新区|潞州区|长治|我区|我市|我们|咱|这|园区|开发区|产业园|[^，。；]{0,12}?(?:考察|调研|参观|看|察看|踏勘))))");

    private static String[] cityPrefixes() {
        return java.util.Arrays.stream(OrgNames.PLACES).filter(p -> !p.equals("长治") && !p.equals("山西") && !p.equals("中国"))
                .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);
    }

    /**
     * "北京奇点云途 想在长治设…" (a voice pause between the name and its verb): the city-led name that makes up the clause,
     * its verb of coming or planning opening the next; null otherwise.
     */
    static String cityLedAcrossPause(String clause, String next) {
        String t = trimLead(clause.strip());
        String n = next.strip();
        if (t.length() < 4 || t.length() > 10 || n.isEmpty() || !t.chars().allMatch(ch -> OrgNames.nameChar((char) ch))) return null;
        String s = cityLedSubject(t + n);
        return t.equals(s) ? s : null;
    }

    /**
     * "18号 三一重能 来潞州区考察", "三一重能 要来高新区看地": a terse pause between the short name and its coming to look
     * round ours; the name when the two read together as {@link #visitors}, else null.
     */
    static String comerAcrossPause(String clause, String next) {
        String t = trimLead(clause.strip());
        String n = next.strip();
        if (t.length() < 2 || t.length() > 10 || n.isEmpty() || "来到要将也又".indexOf(n.charAt(0)) < 0
                || !t.chars().allMatch(ch -> OrgNames.nameChar((char) ch))) return null;
        return t.equals(visitors(t + n)) ? t : null;
    }

    /** @param clause the clause after its opening time words */
    private static String cityLedSubject(String clause) {
        // every CITY_LED verb holds one of these characters (keep in step with it)
        if (!Patterns.containsAnyChar(clause, "来到在去建设找投布落")) return null;
        java.util.regex.Matcher m = CITY_LED.matcher(clause);
        while (m.find()) {
            String rest = m.group(2);
            String name = m.group(1) + rest;
            // "北京那边要来", "天津明天过来", "深圳客商来了": where or when, or who in general, no brand
            if (Patterns.containsAny(rest, "那边", "这边", "方面", "今天", "明天", "昨天", "下周", "上周", "本周", "月底", "客商", "客人", "朋友", "考察团", "代表团", "团队", "一行", "的")) continue;
            if (trimLead(rest).length() != rest.length()) continue;
            if (!acceptable(rest) || !acceptableWords(name) || NameRecogniser.commonWord(rest)) continue;
            return name;
        }
        return null;
    }

    /** "去阳光电源拜访了…", "到国轩高科对接", "蜂巢能源副总经理一行来高新区考察": the place visited, or the visitors' company. */
    private static String placeOfVisit(String clause, String t) {
        String v = visitors(clause);
        if (v != null) return v;
        // PLACE_OF_VISIT opens with one of these characters
        if (!Patterns.containsAnyChar(t, "去到赴在")) return null;
        java.util.regex.Matcher m = PLACE_OF_VISIT.matcher(t);
        while (m.find()) {
            // "赴长治实地考察": where we are is no enterprise visited
            if (ProseCues.OURS.matcher(m.group(1)).find()) continue;
            // "去亦庄拜访了中芯京城", "在泰达拜访了凯莱英": the verb has its own object, the words before it are where
            int after = m.end();
            if (after < t.length() && t.charAt(after) == '了') after++;
            if (after < t.length() && objectAt(t, after, false) != null) continue;
            if (acceptable(m.group(1))) return m.group(1);
        }
        return null;
    }

    private static final java.util.regex.Pattern PLAN_SUBJECT = Patterns.compile(
            "^([\\p{IsHan}A-Za-z0-9]{2,8}?)(?:拟|计划|准备|打算|正在|有意)(?:在|投资|建设|扩建|新建|布局|设立|落地)");

    /** "凯赛生物拟在山西扩建…" (a tip heard during a visit): the one whose plan the clause tells. */
    /** "汉维光电昨天来了", "无锡博涛那边定了": the enterprise opening the clause as the one who comes (or has fixed when). */
    private static final java.util.regex.Pattern COMER = Patterns.compile(
            "^([\\p{IsHan}A-Za-z0-9]{2,8}?)(?:那边|这边)?(?:昨天|今天|前天|上午|下午|上周[一二三四五六日天]?|周[一二三四五六日天])?(?:又)?(?:来了|过来了|定了|来看了)");

    /** @param lead the clause after its opening time words */
    private static String comerSubject(String clause, String lead) {
        if (clause.indexOf('了') < 0) return null;
        java.util.regex.Matcher m = COMER.matcher(lead);
        if (!m.find() || m.group(1).endsWith("那边")) return null;
        // "今天到保定了": the verb's 定 is the end of a word the name would cut ("保定"), no one fixed anything
        String n = m.group(1);
        if (lead.startsWith("定", m.end(1)) && NameRecogniser.dictionaryWord(n.substring(n.length() - 1) + "定")) return null;
        return acceptableObject(n) ? n : null;
    }

    /** @param t the clause after its opening time words */
    private static String planSubject(String t) {
        // PLAN_SUBJECT holds one of its planning words
        if (!Patterns.containsAny(t, "拟", "计划", "准备", "打算", "正在", "有意")) return null;
        java.util.regex.Matcher m = PLAN_SUBJECT.matcher(t);
        if (!m.find() || !acceptable(m.group(1))) return null;
        for (String w : new String[]{"对方", "确认", "表示", "说", "介绍", "透露", "称", "企业", "公司", "集团", "他们", "我们", "目前", "已经", "正在",
                // "初步考虑拟投资…", "今年预计…": how or when the enterprise plans, its name left out
                "考虑", "初步", "希望", "预计", "今年", "明年"}) {
            if (m.group(1).contains(w)) return null;
        }
        return m.group(1);
    }

    /** "跟X签了", "和X正式签约", "在潞州区和X签了": the one signing with us, named right before the verb. */
    private static final java.util.regex.Pattern PARTNER_BEFORE = Patterns.compile(
            "(?:跟|和|与|同)\\s?([\\p{IsHan}A-Za-z0-9]{2,10}?)\\s?(?:正式|成功|顺利|已经|也)?$");

    private static String signingPartner(String clause, int verbAt) {
        java.util.regex.Matcher m = PARTNER_BEFORE.matcher(clause).region(Math.max(0, verbAt - 14), verbAt);
        if (!m.find()) return null;
        String c = m.group(1);
        return acceptableObject(c) && !NameRecogniser.commonWord(c) ? c : null;
    }

    private static String projectAt(String clause, int from) {
        int p = from;
        while (p < clause.length() && clause.charAt(p) == ' ') p++;
        return gluedToProject(clause, p, null);
    }

    private static final java.util.regex.Pattern PROJECT_SUBJECT = Patterns.compile(
            "^([\\p{IsHan}A-Za-z0-9]+?项目)(?:正式|成功|顺利)?(?:落户|签约|落地|开工)"
                    // "正泰新能的TOPCon电池片项目在高新区签约啦": an owned project, where it was signed said before the verb
                    + "|^([\\p{IsHan}A-Za-z0-9]{2,8}?的[\\p{IsHan}A-Za-z0-9]+?项目)在[\\p{IsHan}]{2,6}?(?:正式|成功|顺利)?(?:落户|签约|落地|开工)"
                    // spoken: "X的Y项目今天签了", "X项目昨天下午签下来了" (the day said between the project and its verb)
                    + "|^([\\p{IsHan}A-Za-z0-9]+?项目)(?:今天|昨天|前天|刚刚|刚才|已经|终于|也)?(?:上午|下午|晚上|中午)?(?:已经|终于|也|正式)?签(?:了|下来了|下了|完了|好了|掉了)");

    /** "比亚迪刀片电池配套项目正式落户潞州区": the name heading the project that lands or is signed. */
    /** @param t the clause after its opening time words */
    private static String projectSubject(String t) {
        if (!t.contains("项目")) return null;
        java.util.regex.Matcher m = PROJECT_SUBJECT.matcher(t);
        if (!m.find()) return null;
        int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        // "杭州云帆光电的光纤器件项目签了": the owner of the project signed, whatever the recogniser makes of it
        int of = m.group(g).indexOf('的');
        if (of >= 2 && acceptableObject(m.group(g).substring(0, of))) return m.group(g).substring(0, of);
        return g == 2 ? null : gluedToProject(t, m.start(g), null);
    }

    private static int firstOf(String c, String... words) {
        int best = -1;
        for (String w : words) {
            int i = c.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private static final String[] SITES = {"生产基地", "基地", "总部", "工厂", "厂区", "园区", "研发中心"};

    /** "比亚迪西安基地", "BOE北京总部": a site named by its place after the name is not part of it. */
    private static String withoutSite(String c) {
        for (String site : SITES) {
            if (!c.endsWith(site)) continue;
            int at = c.length() - site.length();
            for (int len = 2; len <= 3 && at - len >= 2; len++) {
                String place = c.substring(at - len, at);
                boolean isPlace = len == 3 && (place.endsWith("市") || place.endsWith("省")) || OrgNames.isPlace(place);
                if (isPlace) return c.substring(0, at - len);
            }
        }
        return c;
    }

    /** A unit or site of an enterprise said after its name, longest first. */
    private static final String[] UNIT_TAILS = {"研发中心", "研究中心", "事业部", "办事处", "分公司", "子公司", "研究院", "研究所", "北研所",
            "部门", "工厂", "总部", "基地", "分院", "厂"};
    private static final String[] REGIONS = {"华北", "华东", "华南", "华中", "西南", "西北", "东北"};

    /**
     * "中创新航北京办事处", "科大讯飞北京研究院", "海尔天津洗衣机互联工厂", "EVE华北基地", "美团低空物流部门", "优必选北京": the
     * enterprise's unit or site, told by a place or a region after the name, or a department after it, is not part of it.
     */
    static String withoutUnit(String c) {
        if (c.length() < 4) return c;
        for (String u : UNIT_TAILS) {
            if (!c.endsWith(u) || c.length() - u.length() < 2) continue;
            String head = c.substring(0, c.length() - u.length());
            for (int i = 2; i < head.length(); i++) {
                int len = regionAt(head, i);
                if (len == 0) continue;
                String n = head.substring(0, i);
                return acceptableObject(n) ? n : c;
            }
            // "美团低空物流部门", "华为总部": a department after the name, its first word; the head office, the name before it
            if (u.equals("部门") || u.equals("事业部")) {
                String first = NameRecogniser.firstWord(head);
                if (first.length() >= 2 && first.length() < head.length() && acceptableObject(first)) return first;
            } else if (u.equals("总部") || u.equals("办事处") || u.equals("北研所")) {
                if (acceptableObject(head)) return head;
            }
            return c;
        }
        // "优必选北京", "中汽研天津": the city where it was met, after the name
        for (String p : OrgNames.PLACES) {
            if (c.endsWith(p) && c.length() - p.length() >= 2) {
                String head = c.substring(0, c.length() - p.length());
                return acceptableObject(head) && regionAt(head, head.length() - 2) == 0 ? head : c;
            }
        }
        return c;
    }

    /** The length of the place or region ("天津", "华北") the text has at {@code at}, or 0. */
    private static int regionAt(String text, int at) {
        if (at < 0) return 0;
        for (String r : REGIONS) if (text.startsWith(r, at)) return r.length();
        for (String p : OrgNames.PLACES) if (text.startsWith(p, at)) return p.length();
        return NameRecogniser.placeAt(text, at);
    }

    /**
     * "汇川技术苏州那边的基地", "宁德时代那边": a locative after the name (那边, 这边) and the place before it say where
     * the enterprise was met, not its name.
     */
    private static String withoutThere(String c) {
        int at = firstOf(c, "那边", "这边", "那里", "这里");
        if (at < 2) return c;
        c = c.substring(0, at);
        for (int len = 3; len >= 2; len--) {
            if (c.length() - len >= 2 && NameRecogniser.placeWord(c.substring(c.length() - len))) return c.substring(0, c.length() - len);
        }
        return c;
    }

    /** "山西本地企业美锦能源", "上市公司X": what kind of enterprise it is, said before its name. */
    private static String afterDescription(String c) {
        int at = Math.max(c.lastIndexOf("企业"), c.lastIndexOf("公司"));
        return at >= 1 && c.length() - at - 2 >= 2 ? c.substring(at + 2) : c;
    }

    /** "京东方见了李杰" (no punctuation in voice input): the name ends where a verb or a title starts. */
    private static String cutAtVerb(String c) {
        int cut = firstOf(c, "见了", "聊了", "聊", "拜访", "走访", "洽谈", "今天", "昨天", "前天", "上午", "下午", "回电", "来电", "打电话", "说", "谈了", "对接", "签", "的", "意向", "总经理", "董事长", "副总", "经理", "接待",
                "座谈", "交流", "考察", "调研", "看了", "参观", "了解", "介绍", "表示", "项目", "在", "时", "开会", "汇报", "沟通",
                // "刚从杭州中策环保出来": leaving the place named
                "出来",
                // "去长治转转", "去深圳看看": a doubled verb of looking round
                "转转", "看看", "走走", "逛逛", "聊聊",
                "约的是", "约了", "转了", "坐了", "走了一趟", "跑了一趟", "负责人", "总监", "总裁", "主任", "部长", "院长", "所长", "华北区", "华东区", "华南区", "华中区", "西南区", "西北区", "东北区", "大区");
        return cut > 0 ? c.substring(0, cut) : c;
    }

    private static final String[] LEAD = {"今天", "昨天", "前天", "上午", "下午", "晚上", "中午", "刚才", "那个", "嗯", "就是",
            // "不过X的王总还是来了", "后来X的人又来…": a connective opening the clause is no part of the name after it
            "不过", "但是", "可是", "而且", "另外", "此外", "后来", "结果", "其实", "所以", "然后",
            // "今天把曙光的智算中心项目签了": what was done to the project, before its owner
            "把"};

    static String trimLead(String c) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String l : LEAD) {
                if (c.startsWith(l) && c.length() > l.length()) { c = c.substring(l.length()); moved = true; }
            }
            ChineseDates.Reading d = ChineseDates.read(c, 0, java.time.LocalDate.of(2026, 1, 1), ChineseDates.Resolution.NEAREST);
            if (d != null && d.end() < c.length()) { c = c.substring(d.end()); moved = true; }
        }
        return c;
    }

    /** Words that open a title ("与高级副总裁蒋海青座谈"), never a name. */
    private static final java.util.Set<String> TITLE_OPENERS = java.util.Set.of("高级", "常务", "执行", "首席", "资深", "营销", "销售", "技术",
            "生产", "财务", "人力", "行政", "投资", "战略", "运营", "市场", "采购", "供应链", "研发", "质量", "物流", "品牌", "政府事务");

    /** A short form taken from a recorded full name: no generic word, title, zone or person's name. */
    static boolean acceptableForm(String c) {
        for (String n : NOT_NAMES) if (c.equals(n)) return false;
        for (String w : WORDS) if (c.contains(w)) return false;
        return !TITLE.matcher(c).find() && "区市省县镇村园厅局处部委办".indexOf(c.charAt(c.length() - 1)) < 0;
    }

    /**
     * The object of a visiting verb or the owner of the staff met: as {@link #acceptable}, but a word HanLP reads as a
     * person's name ("蔚来", "隆基", "拓普") is a name when its first character is no common surname — a person met is
     * written with a surname and a title.
     */
    static boolean acceptableObject(String c) {
        if (!acceptableWords(c)) {
            return false;
        }
        if (c.chars().allMatch(ch -> ch < 128) || c.chars().anyMatch(Character::isDigit)) return acceptable(c);
        NameRecogniser.Guess g = NameRecogniser.guess(c); // once: HanLP is most of a short name's cost
        if (g != NameRecogniser.Guess.PERSON && g != NameRecogniser.Guess.PLACE) return true;
        if (c.length() > 6 || PersonNames.isSurname(c.charAt(0)) || "小老阿大".indexOf(c.charAt(0)) >= 0) return false;
        if (!c.chars().allMatch(ch -> Character.isIdeographic(ch))) return false;
        return g == NameRecogniser.Guess.PERSON && acceptableForm(c);
    }

    private static final java.util.regex.Pattern COUNTED_THINGS = Patterns.compile("[0-9一二两三四五六七八九十几]{1,3}(?:个|块|处|栋|座|间|片|亩|条)(?=地|厂|园|楼|载体|场地|标准|办公|仓)");
    private static final java.util.regex.Pattern HEADCOUNT = Patterns.compile("[0-9一二两三四五六七八九十]{1,3}(?:个)?(?:人|位|名)(?:同志|同事)?");

    private static final java.util.regex.Pattern PLANNED = Patterns.compile(
            "^(?:想|要|准备|打算|计划|拟|考虑)|(?:一个|一座|一条|一批|一套)");

    static boolean acceptable(String c) {
        if (!acceptableWords(c)) return false;
        if (c.chars().allMatch(ch -> ch < 128)) {
            // "见了CTO黎sir": a title in Latin letters, no name
            if (LATIN_TITLES.contains(c)) return false;
            // BOE, TCL, ABB: an acronym; "sdfsdfg": keyboard noise
            return c.length() <= 6 && c.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch)) || camelCase(c);
        }
        if (c.chars().anyMatch(Character::isDigit)) return false;
        NameRecogniser.Guess g = NameRecogniser.guess(c);
        return g != NameRecogniser.Guess.PERSON && g != NameRecogniser.Guess.PLACE && !twoPlaces(c);
    }

    private static final java.util.Set<String> LATIN_TITLES = java.util.Set.of("CEO", "CTO", "CFO", "COO", "CMO", "CIO", "VP", "GM", "HR", "PM", "BD");

    /**
     * "OmniSense", "SinoVolt": a brand written in Latin letters with a capital inside the word (a person's Latin name,
     * "Kevin", has none).
     */
    static boolean camelCase(String c) {
        if (c.length() < 4 || c.length() > 12 || !Character.isUpperCase(c.charAt(0)) || !c.chars().allMatch(Character::isLetter)) return false;
        for (int i = 2; i < c.length(); i++) {
            if (Character.isUpperCase(c.charAt(i)) && Character.isLowerCase(c.charAt(i - 1)) && i + 1 < c.length() && Character.isLowerCase(c.charAt(i + 1))) return true;
        }
        return false;
    }

    /** "湖南长沙", "江苏苏州", "广东东莞": a province and its city run together, where the enterprise is, no name. */
    private static boolean twoPlaces(String c) {
        if (c.length() < 4 || c.length() > 6) return false;
        for (String p : OrgNames.PLACES) {
            if (p.length() != 2 || !c.startsWith(p)) continue;
            String rest = c.substring(2);
            if (rest.endsWith("市")) rest = rest.substring(0, rest.length() - 1);
            return OrgNames.isPlace(rest);
        }
        return false;
    }

    /** The checks of {@link #acceptable} before the recogniser is asked. */
    /** "市委", "省政府", "区人大", "县政协": a body of the party or the government opening the word. */
    private static final java.util.regex.Pattern GOVERNMENT = Patterns.compile(
            "[省市区县镇乡]委|[省市区县镇乡](?:人民)?政府|[省市区县](?:人大|政协|纪委)|党委|党组");

    /** "宁德那边", "苏州这里": a place pointed at, no name. */
    private static final String[] POINTED_PLACES = {"那边", "这边", "那里", "这里", "那儿", "这儿"};
    /** "下步拟邀请来长治考察", "暂时不定区域", "后续再对接": what is still to be done, opening a clause that names no one. */
    private static final String[] STILL_TO_DO = {"下步", "下一步", "后续", "暂时", "暂不", "暂未", "暂无"};

    private static boolean acceptableWords(String c) {
        if (c == null || c.length() < 2 || c.length() > 10) return false;
        // "（杜宏伟：正常", "“今天": a bracket, a quotation mark or a label's colon is no part of a short name
        if ("（(【[“\"'‘《".indexOf(c.charAt(0)) >= 0 || c.indexOf('：') >= 0 || c.indexOf(':') >= 0) return false;
        for (String p : POINTED_PLACES) if (c.endsWith(p)) return false;
        for (String t : STILL_TO_DO) if (c.startsWith(t)) return false;
        // "他们是做CRO的", "做海洋生物医药的": what the enterprise does, said in its place
        if (c.charAt(0) == '做') return false;
        // "去过了啊", "报过了吧": a particle of speech closing the words (哈 ends brands: 娃哈哈)
        if ("呀啊呢嘛吧啦哦噢".indexOf(c.charAt(c.length() - 1)) >= 0) return false;
        // "以经是第三次去了哈哈": laughter after the verb, no name
        if (c.equals("哈哈") || c.equals("呵呵") || c.equals("嘿嘿")) return false;
        // "长治高新区投资促进部", "潞州区商务局": a body of our own zone, never the enterprise
        if (c.contains("高新区") || c.contains("潞州区")) return false;
        if (TITLE_OPENERS.contains(c)) return false;
        // "下午与管委会座谈", "并在管委会召开座谈会": the zone's own committee, where guests are received, is never visited
        if (c.startsWith("管委会") || c.endsWith("管委会") || c.startsWith("党工委")) return false;
        // "市委主要领导到高新区调研", "省政府领导一行": the party or the government and its leaders, no enterprise
        if (c.endsWith("主要") || GOVERNMENT.matcher(c).lookingAt()) return false;
        // "对接了销售公司副总经理": a unit of the enterprise
        if (c.endsWith("公司") && OrgNames.UNITS.contains(c.substring(0, c.length() - 2))) return false;
        // "张总和李经理": a person by surname and address
        if (PersonNames.isSurname(c.charAt(0)) && c.length() >= 2 && "总董".indexOf(c.charAt(1)) >= 0) return false;
        for (String n : NOT_NAMES) if (c.equals(n) || c.endsWith(n) && c.length() <= n.length() + 1) return false;
        // ("吉林化纤碳谷新材料": 新材料 is a trade ending many short names, no paper handed over)
        for (String w : WORDS) if (c.contains(w) && !(w.equals("材料") && c.endsWith("新材料") && c.length() >= 5)) return false;
        if (TITLE.matcher(c).find()) return false;
        if ("的了这那我他她它你们和与在是有".indexOf(c.charAt(0)) >= 0) return false;
        // "一起", "一家", "一行人": 一 and a measure or an adverb's second character ("一诺光电", "一汽" are names)
        if (c.charAt(0) == '一' && (c.length() < 3 || "个家位名条批套座次下些点起同直定般样行再共边面路并切天早旦时会连向度期号".indexOf(c.charAt(1)) >= 0)) return false;
        // "安排元旦假期值班", "完成全年数据核对": an office's own work, told by its verb
        for (String v : WORK_VERBS) if (c.startsWith(v)) return false;
        // "签了签了 奇瑞的…": a verb said twice is no name
        if (c.endsWith("了")) return false;
        // "今天在西安的对接": a place and 的 before what was done there
        if (c.endsWith("的")) return false;
        // "想搞一个储能电池回收的项目": a clause whose subject is left out opens with the verb, no name
        if (c.startsWith("想") || c.startsWith("拟") || c.startsWith("要") || c.startsWith("搞") || c.startsWith("计划") || c.startsWith("打算")
                || c.startsWith("准备") || c.contains("一个")) return false;
        // "和消费电子事业群的徐总见了面": a business unit of the one visited
        if (c.endsWith("事业群") || c.endsWith("板块")) return false;
        // "我们去了三个人": how many went, no one's name
        if (PEOPLE_COUNT.matcher(c).matches()) return false;
        if (c.startsWith("一家") || c.startsWith("两家") || c.startsWith("几家") || c.startsWith("某") || c.startsWith("一个") || c.startsWith("一位") || c.startsWith("几")) return false;
        // "我们去了三个人": how many went, no name
        if (HEADCOUNT.matcher(c).matches()) return false;
        // "跑了两个地块", "看了三块地", "转了几处厂房": how many of a thing were looked at, no name
        if (COUNTED_THINGS.matcher(c).lookingAt()) return false;
        // "想搞一个储能电池回收的项目": what is planned, told with a count or a wish, is no one's name
        if (PLANNED.matcher(c).find()) return false;
        char last = c.charAt(c.length() - 1);
        // "国轩高科", "中硅高科": 高科 ends many short names, 科 alone a department
        // "国轩高科", "华海清科": 科 ends many short names, 科 after a plain word a department ("招商科", "综合科")
        return "区市省县镇村园厅局处部委办总长心组室科队".indexOf(last) < 0 || c.endsWith("高科")
                || last == '科' && c.length() >= 4 && !NameRecogniser.plainNoun(c.substring(0, c.length() - 1));
    }
}
