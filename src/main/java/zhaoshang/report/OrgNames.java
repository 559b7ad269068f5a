package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Organisation names inside a sentence. A name is anchored on its suffix (有限公司, 集团, 研究院, 协会, 大学 …): the
 * characters before it back to a punctuation mark, then the words that introduce it cut off (time, place,
 * "拜访了", "和林琳", "省属企业", "总投资6.5亿元的"). A branch or institute after a name ("…有限公司山西分公司",
 * "…有限公司第二研究院") belongs to it; a site or department after it does not. Names with no suffix ("京东方",
 * "欣旺达") are read by {@link ShortNames}.
 */
final class OrgNames {

    /** A name found in a text: where it starts and ends. */
    record Found(String name, int start, int end, boolean suffixed) { }

    static final String[] SUFFIXES = {"有限责任公司", "股份有限公司", "有限公司", "分公司", "子公司", "公司", "集团", "研究院", "研究所",
            "设计院", "科学院", "研究总院", "株式会社", "协会", "商会", "工商联", "联合会", "促进会", "校友会", "同乡会", "联盟", "大学", "学院", "医院", "银行"};

    /** Words after which a name starts (the last one before the suffix wins). */
    private static final String[] INTRODUCERS = {"的是", "家是", "个是", "包括", "包含", "回访了", "回访", "约见了", "约见", "约好了", "约了", "拜访了", "拜访", "走访了", "走访",
            // "赴江苏江阴拜会远景能源有限公司": other verbs of calling on the enterprise
            "拜会了", "拜会", "拜见了", "拜见", "造访了", "造访", "探访了", "探访",
            // "顺访X有限公司": a visit on the way
            "顺访了", "顺访", "顺道拜访",
            // "同志前往X大学", "书记刚见完X有限公司董事长", "记一条线索X有限公司": going there, a meeting just ended, the
            // words that announce a lead
            "前往", "见完了", "见完", "线索",
            // "以天津市X协会会长张华为团长的…": 以 before a place that opens the name (only then, see introducerEnd)
            "以",
            "现在叫", "中文名称", "中文名", "中文全称", "名叫", "叫做", "家叫", "个叫", "的叫", "中介机构", "中介", "现名为", "现名", "更名为", "改名为", "改名叫", "全称是", "全称为", "全称", "也就是", "即", "见了", "见到了", "见到", "去了", "到了", "对接了",
            "对接", "接待了", "接待", "送走了", "送走", "参加了", "参加", "出席", "邀请了", "邀请", "签约了", "签约", "签署", "签订", "签了", "获悉", "了解到", "听说", "据悉",
            // "得知X有限公司拟…", "推介会上认识了X有限公司的副总": a verb of hearing or meeting before the name
            "得知", "获知", "知悉", "打听到", "听到", "听取了", "听取", "听了", "认识了", "认识", "结识了", "结识", "碰到了", "碰到", "遇到了", "遇到", "陪同", "陪着", "陪", "带着", "带",
            // "工作组见证了X有限公司签约": a verb of witnessing before the name
            "见证了", "见证",
            // "今天聊了聊X有限公司", "整了趟X有限公司" (去了趟): a talk or a trip told before the name
            "聊了聊", "聊了", "去了趟", "去了一趟",
            // news style: "…一行深入X有限公司走访调研", "带队走进X有限公司": the going into the enterprise
            "深入到", "深入", "走进了", "走进",
            "考察了", "考察", "座谈", "来自", "来源为", "来源于", "来源", "通过", "经由", "依托", "借助", "根据", "分别与", "分别和", "共同与", "其中", "企业为", "企业是", "单位为", "单位是", "主体为", "分别为", "分别是", "全称为", "全称是", "全称", "即", "接到了", "接到", "收到了", "收到", "举行了", "举行", "联系了", "介绍了", "介绍", "推荐了", "推荐", "提到了", "提到", "透露", "表示", "引进的", "引进了", "引进", "引入了", "引入", "招引了", "招引", "下属的", "下属", "省属企业", "市属企业", "央企",
            "国企",
            // "其合作伙伴X", "电池供应商X", "孵化企业X": the role the one named plays is no part of its name
            "合作伙伴", "供应商", "客户", "配套企业", "孵化企业", "被投企业", "下游企业", "上游企业", "龙头企业", "朋友", "老乡",
            // "会长单位苏州X有限公司", "省招商局转来天津X有限公司": a chamber's member by its rank, or passed on by the one before
            "会长单位", "理事单位", "会员单位", "转来了", "转来", "推送了", "推送", "转办",
            // speech before a name in voice input ("走访啊无锡微联…", "报个线索啊就是南京汇智…"): particles and fillers
            "就是", "然后", "那个", "这个", "啊", "呀", "吧", "呢", "哦", "嘛",
            "的", "是", "为", "和", "与", "跟", "同", "向", "从", "据", "在", "喺", "赴", "去", "到", "随", "将", "把", "其", "由", "请", "约",
            // "听朋友说上海X有限公司…", "老王讲苏州X…": what someone said, before a registered name that opens with its place
            "说", "讲",
            // "有个企业 叫中电建新能源集团": the name said after 叫
            "叫",
            // "关于X有限公司来区考察的情况": the title of a Word paper before the name
            "关于",
            "：", "“", "\"", "《", "「", "喜报", "签约仪式"};

    /** Stems that are no name: "该公司", "项目公司", "一家公司". */
    private static final String[] GENERIC = {"该", "本", "这家", "那家", "一家", "某", "项目", "区域", "新", "子", "分", "母", "贵", "对方",
            "其", "这个", "那个", "上市", "科技", "投资", "合资", "新设", "平台", "运营", "外资", "民营", "国有", "全资", "控股",
            "集团", "总", "在", "两家", "几家", "多家", "各", "该集团", "XX", "xx", "某某",
            // "某央企二级子公司": the level of a subsidiary, no name
            "一级", "二级", "三级"};

    private static final java.util.regex.Pattern UNDER_PARENT = Patterns.compile("(?:下面|底下|旗下|下属)(?:的)?");

    /** "销售公司副总经理": a unit of the enterprise named by what it does, not an organisation of its own. */
    static final java.util.Set<String> UNITS = java.util.Set.of("营销", "销售", "贸易", "物流", "采购", "工程", "研发", "技术",
            "服务", "运营", "财务", "商用车", "乘用车", "进出口", "电商", "销售服务");

    private OrgNames() { }

    /** Every suffix-anchored name in the text, in order, overlapping ones merged into the longest. */
    static List<Found> find(String text) {
        // kept for the message: the readers of a message look for names in the same words several times (the template
        // and the prose reading, a clause and the record it opens), and what is found depends on the words alone;
        // a list of the caller's own, as a scan gives (some callers change theirs)
        return new ArrayList<>(MessageMemo.get(MessageMemo.Table.ORG_NAMES, text, t -> List.copyOf(scan(t))));
    }

    private static List<Found> scan(String text) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String suffix = suffixAt(text, i);
            if (suffix == null) { i++; continue; }
            int end = i + suffix.length();
            int start = nameStart(text, i);
            // "中国科学院苏州纳米技术与纳米仿生研究所": an institute of the academy named in one run with it is one name,
            // whatever words (与, 和) its own name holds
            if (!out.isEmpty() && (suffix.equals("研究所") || suffix.equals("研究院")) && out.get(out.size() - 1).name().endsWith("科学院")
                    && start > out.get(out.size() - 1).end() && i - out.get(out.size() - 1).end() <= 20
                    && allCjk(text, out.get(out.size() - 1).end(), i)) {
                start = out.remove(out.size() - 1).start();
            }
            if (start >= 0 && end - start > suffix.length() + 1) {
                String name = text.substring(start, end);
                String stem = name.substring(0, name.length() - suffix.length());
                // "工作组一行与公司新能源事业部副总经理…座谈": 公司 right after 与/和 is the one just named, said again
                boolean again = suffix.equals("公司") && "与和同跟及向".indexOf(stem.charAt(stem.length() - 1)) >= 0;
                if (!generic(stem) && !isProject(text, end) && !(suffix.equals("公司") && UNITS.contains(stem)) && !again) {
                    Found f = new Found(name, start, end, true);
                    // "比亚迪集团深圳弗迪电池有限公司": the later, longer name replaces the one inside it
                    // "山西省焦化行业协会组织山西华泰焦化有限公司": a verb after a name, then a name opening with its place: the one
                    // the verb acts on is meant (the one organising, leading or introducing it is no record of its own)
                    int split = out.isEmpty() || out.get(out.size() - 1).end() <= start ? -1 : verbThenPlace(text, out.get(out.size() - 1).end(), i);
                    if (split > 0) {
                        out.remove(out.size() - 1);
                        f = new Found(text.substring(split, end), split, end, true);
                    } else if (!out.isEmpty() && out.get(out.size() - 1).end() > start) {
                        // "天能控股集团有限公司集团副总裁", "三一重工股份有限公司智能制造研究院院长助理": the group or institute
                        // the one met works in, said between the legal name and the title, is no part of the name
                        if (unitBeforeTitle(text, out.get(out.size() - 1), end)) { i = end; continue; }
                        // "中国光伏行业协会副秘书长刘译阳率协会调研组": a person of the one named, then the one said again
                        java.util.regex.Matcher title = TITLE_AFTER.matcher(text).region(out.get(out.size() - 1).end(), end);
                        if (out.get(out.size() - 1).suffixed() && title.lookingAt() && i - title.end() >= 2) { i = end; continue; }
                        Found prior = out.remove(out.size() - 1);
                        // "中国中车集团有限公司所属中车永济电机有限公司": the one belonging to the first is meant
                        for (String w : new String[]{"所属", "旗下", "下属的", "下属"}) {
                            if (text.startsWith(w, prior.end()) && end - prior.end() - w.length() > suffix.length() + 1) {
                                f = new Found(text.substring(prior.end() + w.length(), end), prior.end() + w.length(), end, true);
                                break;
                            }
                        }
                    }
                    // "比亚迪下面弗迪科技有限公司", "华为旗下华为数字能源技术有限公司": the parent said before the one it owns
                    Matcher under = f.name().indexOf('下') < 0 ? null : UNDER_PARENT.matcher(f.name());
                    if (under != null && under.find() && under.start() >= 2 && f.name().length() - under.end() > suffix.length() + 1) {
                        f = new Found(f.name().substring(under.end()), f.start() + under.end(), f.end(), true);
                    }
                    String institution = university(f.name());
                    if (institution.length() < f.name().length()) {
                        f = new Found(institution, f.start(), f.start() + institution.length(), true);
                    }
                    int city = cityBeforeProvince(f.name());
                    if (city > 0) f = new Found(f.name().substring(city), f.start() + city, f.end(), true);
                    out.add(f);
                }
            }
            i = end;
        }
        return out;
    }

    /** The provinces and regions a registered name may open with (the municipalities open names as cities do). */
    private static final java.util.Set<String> PROVINCES = java.util.Set.of("山西", "河北", "河南", "山东", "江苏", "浙江", "安徽",
            "福建", "江西", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "辽宁", "吉林",
            "黑龙江", "内蒙古", "宁夏", "新疆", "西藏");

    /**
     * "常州江苏恒安储能科技有限公司", "郑州河南卓越碳素有限公司": the city where the member was, said right before a company's
     * registered name that opens with its province; a registered name opens with one place, so the city is no part of it
     * (a chamber or association may be named by both, "珠海市山西商会", and keeps them). The city's length, or 0.
     */
    private static int cityBeforeProvince(String name) {
        if (!name.endsWith("公司") || name.endsWith("分公司") || name.length() < 10) return 0;
        int city = NameRecogniser.placeAt(name, 0);
        if (city == 0) return 0;
        String place = name.substring(0, city);
        if (PROVINCES.contains(place) || place.startsWith("中国") || place.endsWith("省")) return 0;
        int at = name.startsWith("市", city) ? city + 1 : city;
        for (int len = 3; len >= 2; len--) {
            if (at + len + 6 <= name.length() && PROVINCES.contains(name.substring(at, at + len))) return at;
        }
        return 0;
    }

    /** Where a name opening with its place starts after a verb of one or two characters at {@code from} ("组织", "率"), or -1. */
    private static int verbThenPlace(String text, int from, int suffixAt) {
        for (int len = 2; len >= 1; len--) {
            int p = from + len;
            if (suffixAt - p < 4 || !InputText.isCjk(text.charAt(from))) continue;
            String w = text.substring(from, p);
            if (NameRecogniser.placeAt(text, p) > 0 && NameRecogniser.sentenceWord(w) && NameRecogniser.placeAt(text, from) == 0) return p;
        }
        return -1;
    }

    /** Titles said right after a unit of the enterprise ("集团副总裁", "研究院院长助理"). */
    private static final java.util.regex.Pattern TITLE_AFTER = Patterns.compile(
            "(?:常务|执行|高级)?副?(?:总裁|院长|所长|主任|总经理|总工|总监|董事长|董事|书记|部长|秘书长|负责人|经理|处长|会长|理事长|主席)");

    /** A 集团 right after a legal name, or an institute or school between it and a title, is where the one met works. */
    private static boolean unitBeforeTitle(String text, Found prior, int end) {
        String legal = prior.name();
        if (!prior.suffixed() || !legal.endsWith("有限公司") || prior.end() >= end || end - prior.end() > 12) return false;
        String unit = text.substring(prior.end(), end);
        if (unit.equals("集团")) return true;
        if (!unit.endsWith("研究院") && !unit.endsWith("研究所") && !unit.endsWith("学院") && !unit.endsWith("设计院")) return false;
        return TITLE_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * "太原理工大学材料科学与工程学院", "中北大学科学技术研究院": a school or institute of a university is its department,
     * the university is meant; an institute the university set up in another city ("清华大学天津高端装备研究院",
     * the place right after 大学) is an organisation of its own.
     */
    static String university(String name) {
        int uni = name.indexOf("大学");
        boolean school = name.endsWith("学院") || name.endsWith("研究院") || name.endsWith("研究所");
        if (!school || uni <= 1 || uni + 2 >= name.length() - 2) return name;
        if (!name.endsWith("学院") && NameRecogniser.placeAt(name, uni + 2) > 0) return name;
        return name.substring(0, uni + 2);
    }

    private static boolean allCjk(String text, int from, int to) {
        for (int k = from; k < to; k++) if (!InputText.isCjk(text.charAt(k))) return false;
        return true;
    }

    /** Where a site or office of a company is, after its registered name: "…有限公司深圳办公室", "…股份有限公司东莞基地". */
    private static final java.util.regex.Pattern SITE = Patterns.compile(
            "[\\u4e00-\\u9fff]{0,6}(?:办公室|办事处|代表处|代表办事处|生产基地|基地|工厂|厂区|总部|园区|研发中心)");

    /**
     * The enterprise as a form's field gives it, its registered name kept: "伯特利 芜湖伯特利汽车安全系统股份有限公司" (the
     * short form, then the name in full) is the name in full; "霍尼韦尔（中国）有限公司深圳办公室" (a site after it) is the name.
     */
    static String registered(String v) {
        if (v.length() < 8) return v;
        int space = v.indexOf(' ');
        if (space > 0 && v.indexOf(' ', space + 1) < 0) {
            String tail = v.substring(space + 1);
            List<Found> f = find(tail);
            String head = v.substring(0, space);
            if (f.size() == 1 && f.get(0).start() == 0 && f.get(0).end() == tail.length()
                    && (tail.contains(head) || head.chars().allMatch(c -> c < 128))) return tail;
        }
        List<Found> f = find(v);
        if (f.size() == 1 && f.get(0).start() == 0 && f.get(0).end() < v.length() && f.get(0).name().endsWith("公司")
                && !f.get(0).name().endsWith("分公司") && SITE.matcher(v.substring(f.get(0).end())).matches()) return f.get(0).name();
        // "太原理工大学材料科学与工程学院" in the form's field: the school is the university's department
        if (f.size() == 1 && f.get(0).start() == 0 && f.get(0).name().endsWith("大学") && f.get(0).end() < v.length()) return f.get(0).name();
        return v;
    }

    /** The text is one registered name and nothing else ("广东拓斯达科技股份有限公司", "明阳智慧能源集团股份公司"). */
    static boolean legalAlone(String t) {
        if (t.length() < 6 || !t.endsWith("公司") || t.endsWith("分公司")) return false;
        List<Found> f = find(t);
        return f.size() == 1 && f.get(0).start() == 0 && f.get(0).end() == t.length();
    }

    /** "…有限公司" followed by "项目" is a project's name part; none of ours reads like that. */
    private static boolean isProject(String text, int end) {
        return false;
    }

    /** The first characters of the SUFFIXES: most positions of a text start none of them. */
    private static final java.util.BitSet SUFFIX_FIRST = new java.util.BitSet();

    static {
        for (String s : SUFFIXES) SUFFIX_FIRST.set(s.charAt(0));
    }

    private static String suffixAt(String text, int i) {
        if (i < 0 || i >= text.length()) return null;
        char c = text.charAt(i);
        if (!SUFFIX_FIRST.get(c)) return null;
        for (String s : SUFFIXES) {
            // the first character compared first: most positions start no suffix
            if (s.charAt(0) == c && text.startsWith(s, i)) {
                // "集团有限公司": let the longer suffix match from its own start
                if (s.equals("集团") && text.startsWith("有限公司", i + 2)) return null;
                if (s.equals("集团") && text.startsWith("股份有限公司", i + 2)) return null;
                if (s.equals("公司") && i > 0 && text.charAt(i - 1) == '分') return null;
                // "株式会社丸井化成": 株式会社 written first opens the name and ends none; after a name it is followed by
                // a mark or the words of the sentence ("小松精机株式会社的", "…株式会社来潞州区", "…株式会社社长")
                if (s.equals("株式会社") && i + 4 < text.length() && Character.UnicodeScript.of(text.charAt(i + 4)) == Character.UnicodeScript.HAN
                        && "的来在于与和同签拟计有是一社总董副等已将".indexOf(text.charAt(i + 4)) < 0) return null;
                return s;
            }
        }
        return null;
    }

    /** Where the name ending before {@code suffixAt} starts, or -1. */
    private static int nameStart(String text, int suffixAt) {
        int p = suffixAt;
        int depth = 0;
        while (p > 0) {
            char c = text.charAt(p - 1);
            if (c == '）' || c == ')') { depth++; p--; continue; }
            if ((c == '（' || c == '(') && depth > 0) { depth--; p--; continue; }
            if (!nameChar(c)) break;
            if (suffixAt - p > 40) break;
            p--;
        }
        int start = p;
        // cut after the last introducing word
        int best = start;
        for (int q = suffixAt - 1; q >= start; q--) {
            int cut = introducerEnd(text, q, start, suffixAt);
            if (cut > 0) { best = cut; break; }
        }
        start = best;
        // "跑了一家东莞恒晟包装材料有限公司", "另一家苏州X有限公司": a count before a registered name, which opens with its place
        int counted = start;
        // (every COUNT ends with 家: none in the words, no count)
        int jia = text.indexOf('家', start);
        if (jia >= 0 && jia < suffixAt) {
            java.util.regex.Matcher count = COUNT.matcher(text).region(start, suffixAt);
            while (count.find()) if (suffixAt - count.end() >= 4 && NameRecogniser.placeAt(text, count.end()) > 0) counted = count.end();
        }
        start = counted;
        // "去惠州大亚湾看了惠州市鹏程锂电设备有限公司": a verb done (了) right before a place that opens the registered name
        // ends the sentence's words; no registered name holds 了 before a place
        for (int q = suffixAt - 5; q >= start; q--) {
            if (text.charAt(q) == '了' && NameRecogniser.placeAt(text, q + 1) > 0) { start = q + 1; break; }
        }
        start = skipLeadingTime(text, start, suffixAt);
        start = afterDate(text, start, suffixAt);
        start = afterRole(text, start, suffixAt);
        start = afterKind(text, start, suffixAt);
        start = afterOrigin(text, start, suffixAt);
        start = afterSentenceWord(text, start, suffixAt);
        while (start < suffixAt - 2 && (text.charAt(start) == '）' || text.charAt(start) == ')')) start++;
        // "（12月3日）浙江华海药业…": a bracket before the name is not part of it
        while (start < suffixAt && (text.charAt(start) == '（' || text.charAt(start) == '(')) {
            int close = text.indexOf(text.charAt(start) == '（' ? '）' : ')', start);
            if (close < 0 || close >= suffixAt) break;
            start = close + 1;
        }
        // a name whose own words hold a suffix ("集团") before the real suffix is fine; a stem of one char is not
        return suffixAt - start >= 1 ? start : -1;
    }

    private static final java.util.regex.Pattern COUNT = Patterns.compile("(?:另外|另)?(?:[一两二三四五六七八九几这那每]|第[一二三四五六七八九])家");

    private static final java.util.regex.Pattern DATE_IN_STEM = Patterns.compile(
            "[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{1,2}\\.[0-9]{1,2}(?![0-9]|月)|(?:本|上|下)周[一二三四五六日天]");

    /** A character every match of DATE_IN_STEM holds (keep in step with it). */
    private static final Patterns.Chars DATE_CHARS = new Patterns.Chars("月.周");

    /** "已确定12月16日山东新华医疗器械…": a date inside the words before the name ends what introduces it. */
    private static int afterDate(String text, int start, int suffixAt) {
        if (!DATE_CHARS.in(text, start, suffixAt)) return start;
        java.util.regex.Matcher m = DATE_IN_STEM.matcher(text).region(start, suffixAt);
        int cut = start;
        while (m.find()) if (suffixAt - m.end() >= 2) cut = m.end();
        return cut;
    }

    /** Words naming what the organisation is to another one: "其合作伙伴X", "其客户X", "其配套企业X", "其电池供应商X". */
    private static final java.util.regex.Pattern ROLE = Patterns.compile(
            "(?:合作伙伴|客户|供应商|配套商|配套企业|孵化企业|会员企业|会员单位|(?<=他们|其|商会|协会|的)会员|关联企业|下属企业|成员企业|投资方|合作方|股东|母公司|成员包括|成员为|成员有|成员是)");

    /** The first characters of the words of ROLE (keep in step with it). */
    private static final Patterns.Chars ROLE_CHARS = new Patterns.Chars("合客供配孵会关下成投股母");

    private static int afterRole(String text, int start, int suffixAt) {
        if (suffixAt - start < 6 || !ROLE_CHARS.in(text, start, suffixAt)) return start;
        java.util.regex.Matcher m = ROLE.matcher(text).region(start, suffixAt);
        int cut = start;
        while (m.find()) if (suffixAt - m.end() >= 3 && m.start() - start <= 8) cut = m.end();
        return cut;
    }

    /**
     * "校友企业中科睿驰（北京）机器人…", "德资企业凯斯托（太仓）…", "郑州宇航重工的子公司河南宇航…": what kind of enterprise it
     * is (…企业, 子公司, 上市公司), said before a registered name that opens with its place or holds it in brackets.
     */
    private static int afterKind(String text, int start, int suffixAt) {
        if (suffixAt - start < 7 || text.startsWith("分公司", suffixAt) || text.startsWith("子公司", suffixAt)) return start;
        int cut = start;
        for (String kind : new String[]{"企业", "公司"}) {
            int k = text.lastIndexOf(kind, suffixAt - 1);
            if (k < start + 1 && !(k == start && kind.equals("企业")) || suffixAt - (k + 2) < 4) continue;
            // a legal name before it ("…有限公司深圳X有限公司") is a name of its own, read as such
            if (kind.equals("公司") && (text.startsWith("有限", k - 2) || text.startsWith("股份", k - 2) || text.startsWith("集团", k - 2))) continue;
            int rest = k + 2;
            boolean opensWithPlace = NameRecogniser.placeAt(text, rest) > 0;
            boolean bracketedPlace = false;
            int open = text.indexOf('（', rest);
            if (open < 0 || open > suffixAt) open = text.indexOf('(', rest);
            if (open > rest + 1 && open < suffixAt && NameRecogniser.placeAt(text, open + 1) > 0
                    && !NameRecogniser.plainNoun(text.substring(rest, Math.min(open, rest + 2)))) bracketedPlace = true;
            if (opensWithPlace || bracketedPlace) cut = Math.max(cut, rest);
        }
        return cut;
    }

    /**
     * "了山西华阳新材料…", "现将东莞市中科晶源…", "北京见北京燕山石化…", "见珠海市瀚星…", "1.北京清研…": a registered name
     * opens with its place, so the words of the sentence glued before that place (a verb, preposition, particle or adverb
     * for HanLP, or an item's number) are no part of it. Only a place within the first characters is looked for, and only
     * the words before it are asked about: a word of the sentence after the place ("北京合锐", "苏州汇成真空") is the name's
     * own, and so is a place after a name's own word ("中国能建山西…": HanLP joins 建 to what follows).
     */
    private static int afterSentenceWord(String text, int start, int suffixAt) {
        if (suffixAt - start < 6) return start;
        int place = -1;
        for (int p = start + 1; p <= start + 4 && suffixAt - p >= 4; p++) {
            if (NameRecogniser.placeAt(text, p) > 0) { place = p; break; }
        }
        if (place < 0) return start;
        int pos = start;
        int cut = start;
        for (String[] t : NameRecogniser.tagged(text.substring(start, suffixAt))) {
            pos += t[0].length();
            if (pos - start > 4 || suffixAt - pos < 4) break;
            if ((NameRecogniser.sentenceNature(t[1]) || numbering(t[0])) && NameRecogniser.placeAt(text, pos) > 0) cut = pos;
        }
        if (cut > start) return cut;
        // "见珠海市瀚星光学…", "天津见天津海晟…": HanLP reads the words and the name as one organisation's name; a word of
        // the sentence right before the place, alone or after a place of its own, is asked of the dictionary
        int opening = NameRecogniser.placeAt(text, start);
        for (int p = place; p <= start + 4 && suffixAt - p >= 4; p++) {
            if (p > place && NameRecogniser.placeAt(text, p) == 0) continue;
            for (int w = 1; w <= 2; w++) {
                int ws = p - w;
                if (ws < start || !(ws == start || opening == ws - start)) continue;
                if (NameRecogniser.sentenceWord(text.substring(ws, p))) return p;
            }
        }
        return start;
    }

    /** "1", ".", "、": an item's number and its mark. */
    private static boolean numbering(String word) {
        for (int k = 0; k < word.length(); k++) if ("0123456789.、".indexOf(word.charAt(k)) < 0) return false;
        return true;
    }

    /** "台资", "日资企业", "中外合资", "外商独资的": where the capital comes from, said before a name; no name opens with it. */
    private static final java.util.regex.Pattern ORIGIN = Patterns.compile(
            "(?:[台日港澳韩美德法意英欧外侨]资|中外合资|外商独资)(?:企业|公司|的)?");

    private static int afterOrigin(String text, int start, int suffixAt) {
        if (suffixAt - start >= 6 && COUNTRY_FIRST.indexOf(text.charAt(start)) >= 0) {
            java.util.regex.Matcher c = COUNTRY.matcher(text).region(start, suffixAt);
            if (c.lookingAt() && suffixAt - c.end() >= 4) return c.end();
        }
        int zi = text.indexOf('资', start);
        if (suffixAt - start < 4 || zi < 0 || zi > start + 3) return start;
        java.util.regex.Matcher m = ORIGIN.matcher(text).region(start, suffixAt);
        return m.lookingAt() && suffixAt - m.end() >= 2 ? m.end() : start;
    }

    /**
     * "新加坡企业盛德环境…", "韩国大元精密株式会社", "台商宏昱能源…", "台湾的永晟…": the country an enterprise comes from, or its
     * investors' (台商, 港商, 外商), said before its name is no part of it when a name of four characters or more follows
     * ("日本电产株式会社" keeps its country; 香港 and 澳门 open Hong Kong and Macao names and are kept).
     */
    private static final java.util.regex.Pattern COUNTRY = Patterns.compile(
            "(?:日本|韩国|新加坡|德国|美国|法国|英国|意大利|瑞士|瑞典|荷兰|比利时|丹麦|芬兰|挪威|奥地利|西班牙|以色列|加拿大|澳大利亚|马来西亚|泰国|越南|印度|印尼|俄罗斯|台湾|[台港澳侨外]商)"
                    + "(?:独资|投资)?(?:企业|公司|的)?");

    /** The first characters of COUNTRY's words (keep in step with it). */
    private static final String COUNTRY_FIRST = "日韩新德美法英意瑞荷比丹芬挪奥西以加澳马泰越印俄台港侨外";

    /** The last characters of INTRODUCERS: an introducer ending at q ends with the character at q. */
    private static final String INTRODUCER_ENDS = lastChars(INTRODUCERS);

    private static String lastChars(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) if (b.indexOf(w.substring(w.length() - 1)) < 0) b.append(w.charAt(w.length() - 1));
        return b.toString();
    }

    private static int introducerEnd(String text, int q, int min, int suffixAt) {
        if (q < 0 || q >= text.length() || INTRODUCER_ENDS.indexOf(text.charAt(q)) < 0) return -1;
        for (String w : INTRODUCERS) {
            int s = q - w.length() + 1;
            if (s < min || !text.startsWith(w, s)) continue;
            // single characters inside a name ("同方", "裕同包装", "在沪企业") only cut at the run's start or after a word
            // that ends a phrase ("高新区与…", "今天和…", "我和…")
            // a short stem ("山西大学") only after a time ("今天下午到山西大学")
            boolean shortStem = suffixAt - (q + 1) < 4
                    && !(suffixAt - (q + 1) >= 2 && s > min && "天午日号晚".indexOf(text.charAt(s - 1)) >= 0)
                    // "王艺霏、暴振华到中北大学": or after one of ours going there, named right before the verb
                    && !(suffixAt - (q + 1) >= 2 && "到赴".contains(w) && nameEndsAt(text, min, s))
                    // "对接人是比亚迪股份有限公司": a copula after a phrase's end introduces even a short stem
                    && !(suffixAt - (q + 1) >= 2 && s > min && "是为".contains(w) && "区市省县们人方组长员部业家个别司体称位".indexOf(text.charAt(s - 1)) >= 0);
            // "广东美的暖通…", "苏州绿的谐波…", "美的集团…": 的 after a lone character (at the start, after a place or a
            // verb) is inside the name
            if (w.equals("的") && inNameDe(text, s, min)) continue;
            // "陈立平同志到北京键凯…", "和刘宇航一起赴杭州福斯特…": a verb of going or accompanying followed by a place
            // opens a legal name (a registered name starts with its place), whatever stands before the verb
            if (w.length() == 1 && "到赴去往至在和与同跟说讲即叫陪带以".contains(w) && !(s > min && inPlace(text, s))) {
                int place = NameRecogniser.placeAt(text, q + 1);
                if (place > 0 && suffixAt - (q + 1) >= place + 2) return q + 1;
            }
            if (w.equals("以")) continue;
            // "中车大同电力机车…": the character is part of a place's name
            if (w.length() == 1 && s > min && inPlace(text, s)) continue;
            if (w.length() == 1 && (shortStem || insideName(text, s, w)
                    || s > min && !endsPhrase(text, min, s) && !isMark(w))) continue;
            if (w.equals("的") && brandDe(text, min, s)) continue;
            return q + 1;
        }
        return -1;
    }

    /** A person's name of two or three characters ends at s, after the start or a mark ("暴振华到", "、王芳赴"). */
    private static boolean nameEndsAt(String text, int min, int s) {
        for (int n = 3; n >= 2; n--) {
            int st = s - n;
            if (st < min || PersonNames.nameAt(text, st) != n) continue;
            if (st == min || "、，,；;：: \n天日午组".indexOf(text.charAt(st - 1)) >= 0) return true;
        }
        return false;
    }

    /** The words before a one-character introducer end a phrase: a zone, a time, a person, an adverb ("杨琦到", "已与"). */
    private static boolean endsPhrase(String text, int min, int s) {
        char c = text.charAt(s - 1);
        // "…股份有限公司和上海晨光文具股份有限公司": a name ends before the next one is joined on
        if ("区市省县我们天午组长员部方人日号已也还又都会导五六四三二一末晚早报喜司刚才".indexOf(c) >= 0) return true;
        // "今天晚上跟台鼎电子…", "早上和X": a time of day ends the phrase
        for (String t : TIMES) if (s - t.length() >= min && text.startsWith(t, s - t.length())) return true;
        // "第一家是X", "一个是X", "分别是X", "签约企业为X": a count or a noun before the copula
        if ("家个别业体称位".indexOf(c) >= 0 && "是为".indexOf(text.charAt(s)) >= 0) return true;
        // "…第二研究院和北京京东方…": an organisation's suffix ends the name before the one joined on
        for (String suffix : SUFFIXES) if (s - suffix.length() >= min && text.startsWith(suffix, s - suffix.length())) return true;
        // "在天津与X", "在合肥和X": a place after 在 ends before the name joined on
        for (int len = 2; len <= 3; len++) {
            if (s - len - 1 >= min && text.charAt(s - len - 1) == '在') return true;
        }
        for (int len = 2; len <= 3; len++) {
            // "苏州迈为…": characters that begin with a place ("苏州迈") are a name's place and 字号, not a person
            if (s - len >= min && PersonNames.isName(text.substring(s - len, s)) && !inPlaceWord(text, s - len, min)) return true;
        }
        return false;
    }

    /** Whether the character at {@code i} is part of a place name (HanLP's dictionary) starting at or before it. */
    private static boolean inPlaceWord(String text, int i, int min) {
        for (int j = Math.max(min, i - 3); j <= i; j++) {
            int len = NameRecogniser.placeAt(text, j);
            if (len > 0 && j + len > i) return true;
        }
        return false;
    }

    /** "广东美的暖通…", "苏州绿的谐波…": 的 is the brand's own character when a place and one character come before it. */
    private static boolean brandDe(String text, int min, int s) {
        // "上海见的X", "中化旗下的X": a verb or a place word before 的 ends a phrase
        if (s - min < 3 || PLACE_ENDS.contains(text.charAt(s - 1)) || "见下里边面家们方个说了到去来做搞上中内外后前旁谈访".indexOf(text.charAt(s - 1)) >= 0) return false;
        for (int len = 2; len <= 3 && s - 1 - len >= min; len++) {
            String place = text.substring(s - 1 - len, s - 1);
            if (place.endsWith("省") || place.endsWith("市") || NameRecogniser.guess(place) == NameRecogniser.Guess.PLACE) return true;
        }
        return false;
    }

    private static final java.util.Set<Character> PLACE_ENDS = java.util.Set.of('省', '市', '区', '县', '州', '镇', '乡');

    static final String[] PLACES = {"北京", "上海", "天津", "重庆", "山西", "河北", "河南", "山东", "江苏", "浙江", "安徽", "福建",
            "江西", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "辽宁", "吉林", "黑龙江",
            "内蒙古", "宁夏", "新疆", "中国", "苏州", "无锡", "常州", "南京", "杭州", "宁波", "合肥", "深圳", "广州", "东莞", "佛山", "厦门",
            "青岛", "济南", "武汉", "长沙", "成都", "西安", "郑州", "太原", "长治", "大同", "沈阳", "大连", "珠海", "温州", "绍兴", "嘉兴"};

    private static final java.util.Set<String> PLACE_SET = java.util.Set.of(PLACES);

    /** Whether the words are one of {@link #PLACES} as written ("苏州", "江苏"). */
    static boolean isPlace(String words) {
        return PLACE_SET.contains(words);
    }

    /** A place as a name alone: one of {@link #PLACES}, or one with 市 or 省 after it ("苏州市", "江苏省"). */
    static boolean isPlaceName(String words) {
        if (PLACE_SET.contains(words)) return true;
        int n = words.length();
        return n > 1 && (words.charAt(n - 1) == '市' || words.charAt(n - 1) == '省') && PLACE_SET.contains(words.substring(0, n - 1));
    }

    /** The 的 at {@code s} follows one character that stands alone: at the run's start, after a place or an introducer. */
    private static boolean inNameDe(String text, int s, int min) {
        int c = s - 1;
        if (c < min || !InputText.isCjk(text.charAt(c))) return false;
        if ("市省区县镇乡了们".indexOf(text.charAt(c)) >= 0) return false;
        // "上海见的X": a verb before 的 ends the words that introduce the name
        if ("我你他她它其该这那贵见访去到约谈签在说做看聊找来过".indexOf(text.charAt(c)) >= 0) return false;
        if (c == min) return true;
        String before = text.substring(Math.max(min, c - 3), c);
        for (String p : PLACES) if (before.endsWith(p)) return true;
        if ("市省".indexOf(before.charAt(before.length() - 1)) >= 0) return true;
        for (String w : new String[]{"拜访了", "拜访", "走访了", "走访", "见了", "去了", "对接了", "签约了", "是"}) if (before.endsWith(w)) return true;
        return false;
    }

    private static boolean inPlace(String text, int s) {
        return isPlace(text.substring(s - 1, s + 1));
    }

    private static boolean isMark(String w) {
        return w.equals("的") || w.equals("：") || w.equals("“") || w.equals("\"") || w.equals("《") || w.equals("「") || particle(w);
    }

    /** A particle of speech ("啊", "呢"): no name holds one, so it ends what comes before a name like a mark. */
    private static boolean particle(String w) {
        return w.length() == 1 && "啊呀吧呢哦嘛".contains(w);
    }

    /** "各地在沪企业（商会）联合会": 在 inside a name is preceded by other name characters that are no verb. */
    private static boolean insideName(String text, int s, String w) {
        if (w.equals("的") || w.equals("：") || w.equals("“") || w.equals("\"") || w.equals("《") || w.equals("「")) return false;
        if (s == 0) return false;
        // "与"/"和"/"在" right after a place or zone word ("高新区与…", "潞州区在…") introduce the name
        return text.startsWith("各地", Math.max(0, s - 2));
    }

    private static final java.util.Set<String> TIMES = java.util.Set.of("今天", "昨天", "前天", "上午", "下午", "中午", "晚上", "当天", "当日", "同日", "同一天", "元旦", "周末",
            // "今日湘电集团…", "上半天深圳市X股份有限公司…": the day or the half of it said glued to the name
            "今日", "昨日", "前日", "上半天", "下半天", "早上", "傍晚");

    private static final String[] LEAD = {"今天", "昨天", "前天", "上午", "下午", "中午", "晚上", "今日", "昨日", "前日", "上半天", "下半天", "早上", "傍晚", "刚才", "当天", "当日", "同日", "同一天", "元旦", "周末", "近日", "日前", "目前", "同时", "已", "又",
            "也", "还", "共", "我组", "我们", "我", "第一工作组", "第二工作组", "第三工作组", "第四工作组", "一是", "二是", "三是", "其合作伙伴", "其中",
            // "其合作伙伴X", "配套企业X", "考察团成员包括X", "一个是X", "另一家是X", "回访X", "确定12月16日X": the words
            // that say what the organisation is to the story, not its name
            "合作伙伴", "配套企业", "孵化企业", "关联企业", "下游企业", "上游企业", "供应商", "客户", "团成员包括", "成员包括", "包括",
            "一个是", "另一个是", "一家是", "另一家是", "第一家是", "第二家是", "第三家是", "一是", "回访了", "回访", "确定", "已确定",
            // "另外今天北京X有限公司…在潞州区考察", "从中国建设银行…获悉", "他们的同行大连X有限公司": a connective, where
            // a tip came from, or what the one named is to the one before, opening the clause
            "另外", "此外", "另", "从", "同行", "还有",
            // "会后X有限公司到园区看了厂房": the time of a meeting's end or its course
            "会后", "会上", "会前", "随后"};

    private static int skipLeadingTime(String text, int start, int end) {
        boolean moved = true;
        while (moved && start < end) {
            moved = false;
            for (String l : LEAD) {
                // a time word leaves a stem of two ("今天下午山西大学"); other words only a longer one ("共达电声")
                if (!text.startsWith(l, start)) continue;
                int keep = TIMES.contains(l) ? 1 : 3;
                if (end - start - l.length() > keep) { start += l.length(); moved = true; }
            }
            ChineseDates.Reading d = ChineseDates.read(text, start, java.time.LocalDate.of(2026, 1, 1), ChineseDates.Resolution.NEAREST);
            // a date of three characters or more ("本周三", "11月20日") leaves a stem of two like a time word
            // ("本周三清华大学"); a two-character one does not ("周六福珠宝") unless a stem of two is left ("周四艾华集团")
            int keep = d != null && (d.end() - start >= 3 || end - d.end() == 2) ? 1 : 3;
            // "2.11月20日X": an item's number before a month is no dotted date
            if (d != null && text.charAt(d.end()) == '月') d = null;
            if (d != null && d.end() < end - keep) { start = ChineseDates.skipTimeOfDay(text, d.end()); moved = true; }
        }
        return start;
    }

    /** "两个", "三家", "十几所", "5个": a count and its measure word only. */
    private static boolean counted(String stem) {
        if (stem.length() > 4 || "个家所位".indexOf(stem.charAt(stem.length() - 1)) < 0) return false;
        for (int i = 0; i < stem.length() - 1; i++) if ("0123456789一二两三四五六七八九十几多数".indexOf(stem.charAt(i)) < 0) return false;
        return true;
    }

    static boolean nameChar(char c) {
        return InputText.isCjk(c) || Character.isLetterOrDigit(c) || c == '·' || c == '&' || c == '-' || c == '.';
    }

    private static final String[] NOT_IN_NAMES = {"对方", "说", "总监", "经理", "总裁", "董事长", "表示", "我们", "他们", "认为", "觉得",
            "这家", "那家", "一家", "一个", "介绍", "接待", "意向", "想", "要", "共建", "筹建", "组建", "成立", "双方", "拟建", "拟在", "设立", "注册资本",
            // "项目已报集团投资委员会": the group a plan goes up to, not a name
            "已报", "上报", "报送",
            // "但具体还得集团定", "建议投促部后续跟协会签…", "把推介材料放到协会的群里": a sentence running into the word
            "具体", "还得", "建议", "后续", "答应", "放到",
            // "张总讲一季度集团会定…": what someone said
            "讲", "季度", "明年", "今年", "年底", "年初"};

    private static boolean generic(String stem) {
        if (stem.length() < 2) return true;
        // "对方表示会向集团汇报", "要跟集团商量": a modal and a preposition before the bare word, the group itself said
        if (stem.length() == 2 && "会要将已再都也还又就需得".indexOf(stem.charAt(0)) >= 0 && "向和与跟同对给".indexOf(stem.charAt(1)) >= 0) return true;
        for (String w : NOT_IN_NAMES) if (stem.contains(w)) return true;
        // "见了两个商会", "跑了三家协会", "几所大学": how many, no name
        if (counted(stem)) return true;
        // "听朋友讲X…", "听了X的汇报", "打听到…": hearing told before the word ("慧听医疗", "听云科技": a name's own 听)
        int heard = stem.indexOf('听');
        if (heard == 0 || heard > 0 && (stem.charAt(heard - 1) == '打' || heard + 1 < stem.length() && "说到取了闻过".indexOf(stem.charAt(heard + 1)) >= 0)) return true;
        for (String g : GENERIC) if (stem.equals(g)) return true;
        // "晚上商会聚餐", "今天公司开会": a time of day before the word, no name
        if (TIMES.contains(stem)) return true;
        // "…基地项目已报集团": a project told of, not a name ("…项目管理有限公司" is one)
        int project = stem.indexOf("项目");
        if (project >= 0 && !stem.startsWith("管理", project + 2) && !stem.startsWith("投资", project + 2)
                && !stem.startsWith("咨询", project + 2) && !stem.startsWith("建设", project + 2)) return true;
        if (stem.startsWith("某") || stem.startsWith("一家") || stem.startsWith("这家") || stem.startsWith("那家") || stem.endsWith("的")
                || stem.endsWith("该") || stem.endsWith("在") || stem.endsWith("跟") || stem.endsWith("把") || stem.endsWith("这家") || stem.endsWith("那家")) return true;
        if (stem.equalsIgnoreCase("xx")) return true;
        // "见了两个商会", "三家协会": how many, no name
        if (stem.length() <= 3 && "两二三四五六七八九十几多数".indexOf(stem.charAt(0)) >= 0 && "个家所".indexOf(stem.charAt(stem.length() - 1)) >= 0) return true;
        // ("XX", "xxx": a name left out; a loop, no stream, as every stem passes here)
        for (int k = 0; k < stem.length(); k++) if (stem.charAt(k) != 'X' && stem.charAt(k) != 'x') return false;
        return true;
    }
}
