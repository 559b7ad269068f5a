package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a record's prose says beyond the fields read from it (issue 11 item 2: nothing a member wrote is silently
 * dropped). A kind whose ledger has no free-text column of its own for such words (a signing) keeps them in 备注:
 * "11月18日，总投资6.5亿元的X公司Y项目在京签约，落户高新区。项目达产后年产值10亿元，带动就业300人" →
 * "项目达产后年产值10亿元，带动就业300人".
 *
 * <p>A clause is placed when it holds a value read into a field (the enterprise, the project, the words of the date
 * and of the amount, the owner); the rest are kept unless they only say the kind, the place or a greeting
 * ("正式签约", "落户高新区", "喜报").
 */
final class ProseLeftovers {

    /** Words that tell nothing of their own beside the fields: the kind's verbs, the place, greetings, particles. */
    private static final Pattern FILLER = Patterns.compile(
            "喜报|报喜|好消息|喜讯频传|喜讯|汇报|近日|日前|刚收到消息|今日签约|嗯|那个|就是|正式|成功|顺利|同步|"
                    + "签约仪式|举行|签约了|签约|签了|签下|落户|落地|落在|落|长治|高新区|高新技术产业开发区|潞州区|潞州|"
                    + "项目|企业|双方|一个|我们|是|的|了|在|与|和|并|已|[\\s\\p{P}\\p{S}]");
    /** Fewer characters than this left after the filler: the clause said nothing of its own. */
    private static final int MIN_WORDS = 4;

    private ProseLeftovers() { }

    /**
     * The clauses of {@code own} (as {@link ProseRecord} joins them: each followed by "，") that hold none of the
     * {@code placed} values and say something of their own, joined with "，"; null when there are none.
     */
    static String of(String own, String... placed) {
        List<String> kept = new ArrayList<>();
        for (String clause : own.split("，")) {
            String c = clause.strip();
            if (c.isEmpty() || holdsAny(c, placed)) continue;
            if (FILLER.matcher(c).replaceAll("").length() < MIN_WORDS) continue;
            kept.add(c);
        }
        return kept.isEmpty() ? null : String.join("，", kept);
    }

    private static boolean holdsAny(String clause, String[] placed) {
        for (String p : placed) {
            if (p != null && !p.isBlank() && holds(clause, p.strip())) return true;
        }
        return false;
    }

    /** {@code value} in {@code clause}, not as the tail of a longer number ("2亿元" is not in "12亿元"). */
    private static boolean holds(String clause, String value) {
        for (int i = clause.indexOf(value); i >= 0; i = clause.indexOf(value, i + 1)) {
            boolean digitStart = Character.isDigit(value.charAt(0)) || value.charAt(0) == '.';
            char before = i > 0 ? clause.charAt(i - 1) : ' ';
            if (!digitStart || !(Character.isDigit(before) || before == '.')) return true;
        }
        return false;
    }
}
