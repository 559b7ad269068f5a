package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a trip plan works through, named by what they do rather than by 依托: "对接长治市人民政府驻太原办事处，拜访…",
 * "去对接省专精特新企业联合会", "去省工商联对接一下", "对接单位为山西省驻香港经贸联络处", "由长治市人民政府驻天津联络处协调",
 * "对接珠海高新区管委会", "主要靠长治市驻深圳招商联络处帮忙约企业".
 * Only a body that arranges (商会, 联络处, 办事处, 工商联, 协会, 招商局 …) is read so; "对接国轩高科" is a visit.
 */
final class PartnerPhrases {

    /** A body that arranges visits rather than is visited, ending in the word for what it is. */
    private static final String BODY = "(?!依托)[\\u4e00-\\u9fffA-Za-z（）()]{1,24}?(?:商会|联络处|联络组|联络中心|办事处|工商联|联合会|协会|促进会|招商局|投促局|投资促进局|商务局|管委会)";
    /** "对接X", "对接单位为X". */
    private static final Pattern AFTER_WORK = Patterns.compile("对接(?:单位)?(?:为|是)?[：:]?\\s*(" + BODY + ")(?![\\u4e00-\\u9fffA-Za-z])");
    /** "由X协调", "去X对接一下", "请X帮忙联系". */
    private static final String HELPS = "(?:帮忙|帮助|出面|协助|负责)?(?:对接|协调|牵线|联系|安排|约)";
    /** "由X协助对接", "请X帮忙联系". */
    private static final Pattern BEFORE_WORK = Patterns.compile("(?:由|请|去|到|在|经|找|靠)(" + BODY + ")" + HELPS);
    /** "…，陕西省山西商会帮忙约的": a body opening its clause (read after the others, which it never overrides). */
    private static final Pattern OPENS_CLAUSE = Patterns.compile("(?:^|(?<=[，,。；;\\s]))(" + BODY + ")" + HELPS);

    private PartnerPhrases() { }

    /** A body found: its name and the words that name it with what it does (start and end in the text). */
    record Found(String name, int start, int end) { }

    /** The bodies the text names by what they do, in the order written. */
    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (!text.contains("对接") && !Patterns.containsAny(text, "协调", "牵线", "联系", "安排", "约")) return out;
        for (Pattern p : new Pattern[]{AFTER_WORK, BEFORE_WORK, OPENS_CLAUSE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start();
                boolean inside = out.stream().anyMatch(f -> s < f.end() && m.end() > f.start());
                if (!inside) out.add(new Found(m.group(1), m.start(), m.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The names joined by "、", or null when there are none. */
    static String names(List<Found> found) {
        if (found.isEmpty()) return null;
        List<String> names = new ArrayList<>();
        for (Found f : found) if (!names.contains(f.name())) names.add(f.name());
        return String.join("、", names);
    }

    /** The text with the words naming each body blanked by a comma (so no list of visits runs into them). */
    static String without(String text, List<Found> found) {
        if (found.isEmpty()) return text;
        StringBuilder b = new StringBuilder(text);
        for (int k = found.size() - 1; k >= 0; k--) b.replace(found.get(k).start(), found.get(k).end(), "，");
        return b.toString();
    }
}
