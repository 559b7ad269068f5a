package zhaoshang.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Company and project names laid out on whole words. Spreadsheet viewers wrap Chinese text at any character, so a
 * name wider than its column breaks mid-word (宁德时代新能源科 / 技股份有限公司). A name that does not fit gets its own
 * line breaks at word boundaries instead: before a legal form (股份有限公司, 有限责任公司, 有限公司, 集团…), after a
 * place (…省, …市) or an industry word (科技, 新能源, 技术…), and at spaces. A single word wider than the column is
 * left whole (the viewer wraps it); names that fit are left as they are.
 */
final class NameLines {

    /** Legal forms a line may start with, longest first. */
    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司",
            "有限公司", "（集团）", "(集团)", "集团", "控股", "研究院", "研究所", "分公司", "子公司");
    /** Words a line may end after. */
    private static final List<String> WORDS = List.of("新能源", "新材料", "科技", "技术", "电子", "信息", "智能", "数字",
            "能源", "材料", "生物", "医药", "医疗", "装备", "制造", "汽车", "光电", "光伏", "半导体", "实业",
            "发展", "投资", "产业", "网络", "软件", "通信", "环保", "化工", "精密", "机械", "电气", "国际", "中国", "贸易",
            "物流", "健康", "项目", "基地", "中心", "建设", "省", "市", "（中国）", "(中国)");

    private NameLines() { }

    /** The name with line breaks at word boundaries so that no line is wider than {@code width} character units. */
    static String wrap(String name, int width) {
        if (name.indexOf('\n') >= 0 || TextCells.width(name, Integer.MAX_VALUE) <= width) return name;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(name)) {
            String w = line.length() == 0 ? word.stripLeading() : word;
            if (line.length() > 0 && TextCells.width(line + w, Integer.MAX_VALUE) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                w = word.stripLeading();
            }
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString().stripTrailing());
        return String.join("\n", lines);
    }

    /** The name cut into words: each piece ends where a line may end. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < name.length()) {
            String suffix = startsWithAny(name, i, SUFFIXES);
            if (suffix != null && i > start) {            // a line may start with a legal form
                words.add(name.substring(start, i));
                start = i;
            }
            if (suffix != null) {
                i += suffix.length();
                continue;
            }
            char c = name.charAt(i);
            if (c == ' ') {
                words.add(name.substring(start, i + 1));
                start = ++i;
                continue;
            }
            String word = startsWithAny(name, i, WORDS);
            if (word != null) {
                i += word.length();
                words.add(name.substring(start, i));
                start = i;
                continue;
            }
            i++;
        }
        if (start < name.length()) words.add(name.substring(start));
        return words;
    }

    private static String startsWithAny(String s, int at, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, at)) return w;
        }
        return null;
    }
}
