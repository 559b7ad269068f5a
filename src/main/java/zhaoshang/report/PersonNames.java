package zhaoshang.report;

/**
 * Chinese personal names in prose: a common surname and one or two more characters ("林琳", "孙立新"), a surname
 * with a form of address ("刘总", "郭会长"), or a nickname ("小王", "老李").
 */
final class PersonNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
            + "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍"
            + "庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
            + "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄"
            + "丛仲虞敖巩佘池查麻苑迟邝乜习阎訾郜逯鄢闻郗钮宦冀郦蔺宓仝揭禹楚廉竺雍桓鞠荆帅晏栗隗茅芮钭缑厉滑佴郏嵇"
            + "洪傅萧奚郁裘杭诸荀储束韶邰赖屠胥贡庾匡晁阚巢暴冒恽浦惠过谈承";
    /** Two-character surnames (欧阳志远, 司马南). */
    private static final String[] COMPOUND = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "夏侯", "令狐", "司徒", "公孙", "尉迟",
            "长孙", "宇文", "端木", "独孤", "南宫", "西门", "申屠", "澹台", "呼延", "万俟", "轩辕"};
    /** Characters that end a name because a word starts there (接待, 陪同, 等, 一行 …). */
    private static final String[] STOPS = {"接待", "介绍", "陪同", "陪", "等", "一行", "带", "负责", "跟踪", "跟进", "跟", "全程", "也", "表示",
            "说", "和", "的", "在", "来", "去", "到", "牵头", "参加", "同志", "总经理", "副总", "董事", "部长", "处长", "经理", "总监", "主任",
            "秘书", "会长", "院长", "助理", "出席", "见证", "带队", "随行", "两人", "去了", "一起", "同行", "对接", "接洽", "主持", "发", "报", "座谈", "座", "交流", "交", "进行", "进", "聊", "说", "介", "接", "表", "谈",
            "还有", "还", "他", "她", "赴", "两位", "两名", "三位", "几位", "分别", "先后", "一同", "同去", "是", "为", "前往",
            "拜访", "走访", "考察", "叫", "姓", "去的", "陪的", "们", "及", "与", "三人", "四人", "五人", "二人", "等人",
            "意向", "意愿", "女士", "先生", "出面", "副", "见到", "见了", "见过", "洽谈", "洽", "共同", "牵头", "科长", "局长", "区长", "组长",
            // "韩磊开车一起去的", "由组员柯蓝一对一跟踪": what one of ours did, right after the name
            "开车", "驾车", "坐车", "一对一", "俩", "一道", "一块",
            // "区委书记赵刚亲切会见了…", "区长王强接见": news style's receiving, right after the official's name
            "亲切", "接见", "会晤",
            // "是我和贾婷两个人", "与总经理石磊签了意向书", "孔睿父子俩": how many, a signing, a family said right after the name
            "两个", "三个", "四个", "签了", "签署", "签订", "父子", "父女", "母子", "母女"};
    private static final String[] ADDRESS = {"总", "会长", "部长", "处长", "院长", "主任", "董", "书记", "秘书长", "厂长", "行长", "所长",
            "局长", "科长", "区长", "组长", "经理", "工", "女士", "先生", "局"};

    private static final java.util.regex.Pattern WORK_WORD = Patterns.compile("工(?:作|业|厂|地|艺|会|商|信|期)");

    private PersonNames() { }

    static boolean isSurname(char c) { return SURNAMES.indexOf(c) >= 0; }

    /** A two-character surname ("欧阳", "司马"). */
    static boolean isCompoundSurname(String t) {
        for (String cs : COMPOUND) if (cs.equals(t)) return true;
        return false;
    }

    /** The length of a name starting at p (2 or 3, "刘总", "郭会长", "小王"), or 0. */
    static int nameAt(String s, int p) {
        if (p >= s.length()) return 0;
        char c = s.charAt(p);
        if ((c == '小' || c == '老') && p + 1 < s.length() && isSurname(s.charAt(p + 1))) {
            return 2;
        }
        for (String cs : COMPOUND) {
            if (s.startsWith(cs, p) && p + 2 < s.length() && InputText.isCjk(s.charAt(p + 2)) && !stopAt(s, p + 2)) {
                for (String a : ADDRESS) if (s.startsWith(a, p + 2)) return 2 + a.length();
                return p + 3 < s.length() && InputText.isCjk(s.charAt(p + 3)) && !stopAt(s, p + 3) ? 4 : 3;
            }
        }
        if (!isSurname(c)) return 0;
        for (String a : ADDRESS) {
            // "周工作小结", "高工业园": 工 opening a word of its own is no engineer addressed
            if (!s.startsWith(a, p + 1)) continue;
            if (a.equals("工") && WORK_WORD.matcher(s).region(p + 1, s.length()).lookingAt()) return 0;
            return 1 + a.length();
        }
        // "张处": a division head by the unit's name, only as a word of its own (not 何处, 高处); not 科, which
        // short company names use (金科, 华科)
        if (p + 1 < s.length() && s.charAt(p + 1) == '处' && c != '何' && c != '高'
                && (p + 2 == s.length() || !InputText.isCjk(s.charAt(p + 2)) || stopAt(s, p + 2))) return 2;
        if (p + 1 >= s.length() || !InputText.isCjk(s.charAt(p + 1)) || stopAt(s, p + 1)) return 0;
        if (p + 2 < s.length() && InputText.isCjk(s.charAt(p + 2)) && !stopAt(s, p + 2)) return 3;
        return 2;
    }

    /**
     * Words that start right after a name in running text ("徐晨就车载镜头…", "邵明会谈", "陈璐主要谈的是", "赵磊不对是赵雷",
     * "刘波风电整机…"): a character that opens one of them is no part of the name.
     */
    private static final String[] FOLLOWERS = {"就", "不", "都", "又", "已", "称", "会谈", "会见", "会面", "会上", "会后", "主要", "主动",
            "认为", "希望", "提出", "提到", "强调", "指出", "透露", "意向", "意愿", "风电", "光伏", "储能", "电池", "动力", "锂电", "芯片", "封测", "封装", "隔膜", "负极", "正极", "半导体", "新能源", "汽车",
            "项目", "对接", "对方", "对我", "对此", "对长治", "对高新区", "对园区",
            // "董事会秘书邱蕾然后我们是…" (voice input, no punctuation): a pronoun or filler after the name
            "然后", "我", "他们", "她们", "亲自", "热情",
            // "秦雯你跟一下", "秦雯接手跟进", "郭涛先跟着": the one spoken to, or taking it over, right after the name
            "你", "您", "接手", "先跟", "先对接", "先联系", "先保持",
            // "责任人写杨琦吧": a spoken particle closes the sentence right after the name
            "吧", "啊", "呢", "嘛",
            // "我让马骏明天联系一下", "刘凯出差不在": the day or an absence said right after the name
            "明天", "今天", "昨天", "后天", "上午", "下午", "晚上", "出差", "不在",
            // "冯磊盯一下": who keeps an eye on it
            "盯",
            // "由牛瑞联系凯格的副总", "庞伟讲长治的算力中心": who gets in touch, or what the one met said (讲 is 说 in the south)
            "联系", "联络", "讲",
            // "阮这边负责跟" (阮 is 我们 in Minnan, and a surname too): a side, not a name
            "这边", "那边",
            // "冯佳随崔红霞组长走访": going along with the one named next
            "随",
            // "与办公室主任钱丽见面", "跟采购总监高峰碰了个头": the meeting said right after the one met
            "见面", "见了面", "碰面", "碰头", "碰了", "面谈", "座谈", "洽谈", "商谈", "交流", "沟通", "聊了", "聊天", "吃饭", "通话", "通了电话",
            // "与总工程师钱斌深入交流", "和创始人罗斌吃了个饭": how they talked, or the meal, said right after the one met
            "深入", "深度", "详细", "详谈", "共进", "吃了", "吃个", "吃顿", "喝茶", "喝了",
            // "我带着赵鹏 李春生上门见了…", "陪同的有王睿看了园区": going to them, or what the ones who came were shown, right after the name
            "上门", "登门", "看了", "看过",
            // "总经理江涛确认…", "闫冬梅本周在太原", "刘敏市场总监": a verb of saying, the week, or a department before a
            // title right after the name
            "确认", "确定", "本周", "本月", "市场", "销售", "技术", "财务"};

    /** The first characters of STOPS and FOLLOWERS: most places are ruled out by one look-up. */
    private static final String STOP_STARTS = firstChars(STOPS) + firstChars(FOLLOWERS);

    private static String firstChars(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) if (b.indexOf(w.substring(0, 1)) < 0) b.append(w.charAt(0));
        return b.toString();
    }

    /** The length of the longest word of STOPS or FOLLOWERS that starts at p ("一行" → 2, "也" → 1), or 0. */
    static int stopLength(String s, int p) {
        if (p < 0 || p >= s.length() || STOP_STARTS.indexOf(s.charAt(p)) < 0) return 0;
        int n = 0;
        for (String w : STOPS) if (w.length() > n && s.startsWith(w, p)) n = w.length();
        for (String w : FOLLOWERS) if (w.length() > n && s.startsWith(w, p)) n = w.length();
        return n;
    }

    static boolean stopAt(String s, int p) {
        if (p < 0 || p >= s.length() || STOP_STARTS.indexOf(s.charAt(p)) < 0) return false;
        char c = s.charAt(p);
        for (String w : STOPS) if (w.charAt(0) == c && s.startsWith(w, p)) return true;
        for (String w : FOLLOWERS) if (w.charAt(0) == c && s.startsWith(w, p)) return true;
        return false;
    }

    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末",
            "周天", "马上", "高新", "全体", "同志", "成员", "万元", "方面", "方总部", "陆续", "金额", "江苏", "安徽", "山西", "广东", "石家", "常州", "温州",
            "齐全", "杭州", "苏州", "徐州", "成都", "武汉", "金华", "江门", "江阴", "宁德", "包头", "高级", "诸如", "储能", "储备", "赖以", "傅里", "萧山", "华北", "华东", "华南", "西安", "宁波", "宁夏", "于是", "和平", "关于", "向前", "应该", "单位",
            "常委", "管委", "管委会", "那条", "这条", "那家", "这家", "董事长", "董事会", "董秘", "董事", "党委", "党工委", "区委", "市委", "商务局", "高新区", "潞州区", "经开区", "开发区", "招商局", "投促局");

    /** Words of a report that read like a surname and a name ("成员孟…", "同志", "区长"). */
    private static final String[] NOT_NAME_STARTS = {"成员", "组员", "同事", "全体", "同志", "领导", "区长", "区委", "高新", "方面", "单位",
            "公司", "企业", "项目", "对方", "我方", "双方", "年产", "投资", "全程", "一同", "一起", "陪同", "员", "包括", "其中", "分别", "安排", "届时"};

    static boolean notAName(String t) {
        if (NOT_NAMES.contains(t)) return true;
        for (String w : NOT_NAME_STARTS) if (t.startsWith(w)) return true;
        return false;
    }

    /** Whether the whole text is one name. */
    static boolean isName(String t) {
        return t != null && t.length() >= 2 && t.length() <= 4 && nameAt(t, 0) == t.length() && !notAName(t);
    }

    /** What separates the names of a {@link #list}. */
    private static final String SEPARATORS = "、，,和及与 ";

    /** Names joined by 、，和 in a short text ("赵斌、韦宁", "宋志芳和王峰"); empty when any piece is not a name. */
    static java.util.List<String> list(String t) {
        if (!piecesOfNameLength(t)) return java.util.List.of();
        java.util.List<String> out = new java.util.ArrayList<>();
        // the pieces between the separators, as a split at "[、，,和及与 ]+" gives them (without compiling it on every call)
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && SEPARATORS.indexOf(t.charAt(i)) < 0) continue;
            String p = t.substring(start, i).strip();
            start = i + 1;
            if (p.isEmpty()) continue;
            if (!isName(p)) return java.util.List.of();
            out.add(p);
        }
        return out;
    }

    /**
     * Every piece of t between the separators of {@link #list} is, stripped, empty or 2 to 4 characters long (as
     * {@link #isName} needs): a cheap scan that spares the split and the name checks of most short texts.
     */
    private static boolean piecesOfNameLength(String t) {
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && SEPARATORS.indexOf(t.charAt(i)) < 0) continue;
            int from = start, to = i;
            while (from < to && Character.isWhitespace(t.charAt(from))) from++;
            while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
            int n = to - from;
            if (n == 1 || n > 4) return false;
            start = i + 1;
        }
        return true;
    }
}
