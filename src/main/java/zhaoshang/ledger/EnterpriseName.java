package zhaoshang.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Recognises the same enterprise across ledgers although people write its name differently.
 *
 * <p><b>Step 1, the key</b> ({@link #normalize}), stored as {@code enterprise_key}:
 * <ol>
 *   <li>full-width characters become half-width, Latin letters lower case;</li>
 *   <li>a bracketed part that names a place is dropped — （天津）, (深圳), （中国）, (广东省) — other brackets are
 *       unwrapped, keeping their content: 康佳(集团) → 康佳集团;</li>
 *   <li>whitespace and punctuation are dropped;</li>
 *   <li>集团 inside the name is dropped (比亚迪集团深圳弗迪电池 → 比亚迪深圳弗迪电池);</li>
 *   <li>legal-form suffixes are stripped from the end, repeatedly: 股份有限公司, 有限责任公司, 有限公司, 集团, 公司,
 *       控股, 股份, Co., Ltd. …; then one generic trade word: 科技, 实业, 技术, 科技发展, 实业发展; and again legal
 *       forms. Stripping stops when fewer than 2 characters would remain.</li>
 * </ol>
 * So 康佳集团 and 康佳集团股份有限公司 both become 康佳.
 *
 * <p><b>Step 2, matching</b> ({@link #sameEnterprise}) of two keys: they match when they are equal, or when —
 * after removing a leading place name (山西, 深圳市 …) from each — the rests are equal or the shorter one
 * (at least {@value #MIN_PREFIX} characters) is a prefix of the longer one. Two names that start with different
 * places never match by step 2 (上海新材料协会 ≠ 北京新材料协会). So 深圳欣迪新能源 matches 深圳欣迪新能源装备技术有限公司
 * and 华耀亿嘉集成电路 matches 山西华耀亿嘉集成电路有限公司; 康佳 does not match 康佳达 (too short a prefix).
 */
public final class EnterpriseName {

    /** Shortest key part that may match a longer name as its prefix. */
    public static final int MIN_PREFIX = 4;

    private static final List<String> LEGAL_FORMS = sortedLongestFirst(List.of(
            "股份有限公司", "有限责任公司", "有限公司", "集团公司", "股份公司", "总公司", "公司", "集团", "控股", "股份",
            "coltd", "colimited", "limited", "ltd", "inc", "corporation", "corp", "company", "group"));

    private static final List<String> TRADE_WORDS = sortedLongestFirst(List.of(
            "科技发展", "实业发展", "科技", "实业", "技术"));

    private static final List<String> PLACES = sortedLongestFirst(List.of(
            "中国", "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
            "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南",
            "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
            "深圳", "广州", "东莞", "佛山", "珠海", "惠州", "中山", "江门", "肇庆", "杭州", "宁波", "温州", "嘉兴",
            "绍兴", "金华", "台州", "湖州", "苏州", "无锡", "常州", "南京", "南通", "扬州", "徐州", "合肥", "芜湖",
            "太原", "长治", "晋城", "临汾", "大同", "运城", "晋中", "吕梁", "忻州", "朔州", "阳泉", "潞州", "上党",
            "石家庄", "保定", "唐山", "廊坊", "雄安", "郑州", "洛阳", "武汉", "长沙", "成都", "西安", "济南", "青岛",
            "烟台", "潍坊", "厦门", "福州", "南昌", "沈阳", "大连", "哈尔滨", "长春", "昆明", "贵阳", "南宁", "兰州",
            "乌鲁木齐", "呼和浩特", "银川", "西宁", "拉萨", "海口"));

    private static final Set<String> PLACE_SUFFIXES = Set.of("省", "市", "区", "县", "州", "自治区", "特别行政区");

    private EnterpriseName() { }

    /** The normalised key of an enterprise name; "" for null or blank. */
    public static String normalize(String name) {
        if (name == null) return "";
        String s = foldWidth(name).toLowerCase();
        s = dropPlaceBrackets(s);
        s = dropPunctuation(s);
        if (s.length() > 2) s = s.charAt(0) + s.substring(1).replace("集团", "");
        String before;
        do {
            before = s;
            s = stripSuffixes(s, LEGAL_FORMS, true);
            s = stripSuffixes(s, TRADE_WORDS, false);
        } while (!s.equals(before));
        return s;
    }

    /** Whether two keys (from {@link #normalize}) name the same enterprise, by the rule in the class comment. */
    public static boolean sameEnterprise(String keyA, String keyB) {
        if (keyA == null || keyB == null || keyA.isEmpty() || keyB.isEmpty()) return false;
        if (keyA.equals(keyB)) return true;
        String placeA = leadingPlace(keyA);
        String placeB = leadingPlace(keyB);
        if (!placeA.isEmpty() && !placeB.isEmpty() && !withoutSuffix(placeA).equals(withoutSuffix(placeB))) {
            return false;
        }
        if (prefixMatch(keyA, keyB)) return true;
        String coreA = keyA.substring(placeA.length());
        String coreB = keyB.substring(placeB.length());
        return coreA.equals(coreB) || prefixMatch(coreA, coreB);
    }

    /** Convenience: whether two names as written name the same enterprise. */
    public static boolean sameName(String nameA, String nameB) {
        return sameEnterprise(normalize(nameA), normalize(nameB));
    }

    private static String withoutSuffix(String place) {
        return place.endsWith("省") || place.endsWith("市") ? place.substring(0, place.length() - 1) : place;
    }

    private static boolean prefixMatch(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }

    /** The place name (with 省/市 when written) a key starts with, when at least 2 characters follow it; else "". */
    static String leadingPlace(String key) {
        for (String place : PLACES) {
            if (key.startsWith(place)) {
                String withSuffix = place;
                for (String suffix : List.of("省", "市")) {
                    if (key.startsWith(place + suffix)) withSuffix = place + suffix;
                }
                return key.length() - withSuffix.length() >= 2 ? withSuffix : "";
            }
        }
        return "";
    }

    static String foldWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            else if (c == '【' || c == '〔' || c == '［' || c == '〖') c = '[';
            else if (c == '】' || c == '〕' || c == '］' || c == '〗') c = ']';
            b.append(c);
        }
        return b.toString();
    }

    private static String dropPlaceBrackets(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int close = c == '(' ? s.indexOf(')', i) : c == '[' ? s.indexOf(']', i) : -1;
            if (close > i) {
                String inside = s.substring(i + 1, close).strip();
                if (!isPlace(inside)) b.append(inside);
                i = close + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isPlace(String text) {
        if (text.isEmpty()) return true;
        if (PLACES.contains(text)) return true;
        for (String suffix : PLACE_SUFFIXES) {
            if (text.endsWith(suffix) && text.length() > suffix.length() && text.length() <= 8) {
                String stem = text.substring(0, text.length() - suffix.length());
                if (stem.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String dropPunctuation(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String stripSuffixes(String s, List<String> suffixes, boolean repeat) {
        boolean stripped;
        do {
            stripped = false;
            for (String suffix : suffixes) {
                if (s.endsWith(suffix) && s.length() - suffix.length() >= 2) {
                    s = s.substring(0, s.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        } while (stripped && repeat);
        return s;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
