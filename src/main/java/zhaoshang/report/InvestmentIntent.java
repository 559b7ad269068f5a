package zhaoshang.report;

import java.util.HashMap;
import java.util.Map;

/** 投资意向 normalised to 无 / 一般 / 较强 / 明确 when it says so; anything else is kept as written. */
final class InvestmentIntent {

    private static final Map<String, String> LEVELS = new HashMap<>();

    static {
        levels("较强", "较强", "强烈", "很强", "强", "比较强", "非常强烈", "意向较强", "意向强烈", "意向很强", "较强烈", "比较强烈", "非常强", "高", "较高", "意愿强烈");
        levels("明确", "明确", "已明确", "确定", "已确定", "很明确", "非常明确", "意向明确", "明确投资", "已确认", "确认");
        levels("一般", "一般", "有意向", "有一定意向", "初步意向", "意向一般", "有兴趣", "初步", "待观察", "中等");
        levels("无", "无", "暂无", "没有", "无意向", "暂无意向", "没有意向", "暂时没有", "不明确", "否", "暂无投资意向", "无投资意向", "没有投资意向");
    }

    private static void levels(String level, String... words) {
        for (String w : words) LEVELS.put(w, level);
    }

    private InvestmentIntent() { }

    /** The level when the text is one of the level words, else the text itself (trimmed). */
    static String normalise(String text) {
        if (text == null) return null;
        String t = stripBrackets(text.strip());
        String level = LEVELS.get(t);
        if (level == null) {
            // "暂无 下步：保持联系", "较强，对方希望尽快来考察": the level the value starts with, before a pause
            int cut = 0;
            while (cut < t.length() && " ，,。；;（(".indexOf(t.charAt(cut)) < 0) cut++;
            if (cut > 0 && cut < t.length()) level = LEVELS.get(t.substring(0, cut));
        }
        return level != null ? level : text.strip();
    }

    static boolean isLevel(String text) {
        return text != null && LEVELS.containsKey(stripBrackets(text.strip()));
    }

    private static String stripBrackets(String t) {
        if (t.length() > 2 && (t.charAt(0) == '（' || t.charAt(0) == '(')
                && (t.charAt(t.length() - 1) == '）' || t.charAt(t.length() - 1) == ')')) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
