package zhaoshang.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "拜访了海康威视的一个子公司 杭州海康智能科技有限公司", "去见了吉利的一个供应商 叫 台州X有限公司", "天津新宇航空的罗总说他们的一个
 * 供应商 天津Y有限公司 也在找地方": an organisation named only to place the next one — as its parent, partner, supplier,
 * customer or sister company — has no record of its own. Its words (the day, the verb, who said it) belong to the
 * record of the one it places.
 */
final class OwnerMentions {

    private OwnerMentions() { }

    /** What the one named next is to the one named before it. */
    private static final String RELATION = "(?:子公司|孙公司|分公司|母公司|集团公司|控股公司|参股公司|关联公司|兄弟公司|兄弟单位|供应商|供货商|合作方|合作伙伴|合作单位|合作企业|客户|上游企业|下游企业|上游|下游|配套企业|配套厂|代工厂)";
    /**
     * The words after the owner's name, up to the next name: "的一个子公司", "那边，罗总说他们还有个兄弟公司", "的罗总说他们的
     * 一个供应商" (no sentence ends between them), optionally "叫", "是", "名叫" before the next name.
     */
    private static final Pattern PLACES_NEXT = Patterns.compile(
            "^(?:的|那边|那里)[^。；;！!？?]{0,16}?" + RELATION + "(?:[，,\\s]*(?:叫|叫做|名叫|是|名字叫))?[，,\\s]*$");
    private static final Pattern PAUSES = Patterns.compile("[\\s，,]");
    private static final Pattern ATTACHED = Patterns.compile("^的?(?:一个|一家|个|家)?" + RELATION);
    private static final Pattern NEXT_OPENS = Patterns.compile("^[，,\\s]*(?:叫|叫做|名叫|是|名字叫)?[，,\\s]*");

    /** Folds each record whose words end by placing the next one into that next one. */
    static void fold(List<ProseRecord> records) {
        for (int i = records.size() - 2; i >= 0; i--) {
            ProseRecord owner = records.get(i);
            ProseRecord next = records.get(i + 1);
            if (owner.enterprise == null || next.enterprise == null || owner.item != next.item) continue;
            String words = owner.text.toString();
            int at = words.lastIndexOf(owner.enterprise);
            if (at < 0 || words.indexOf(owner.enterprise) != at) continue;
            // (voice input's pauses are commas: "华润微的一个，合作，方"; "北京中科瀚海那边" read with its 那边)
            String after = PAUSES.matcher(words.substring(at + owner.enterprise.length())).replaceAll("");
            if (owner.enterprise.endsWith("那边") || owner.enterprise.endsWith("那里")) after = "那边" + after;
            if (!containsRelation(after) || !PLACES_NEXT.matcher(after).matches()) continue;
            // "拜访了X的张总，他说他们的一个供应商Y要上项目，列入线索": a visit told, then a lead of another kind heard there, are
            // two; the owner's words placing the next one straight after its name ("X的一个子公司") or no kind of their own are not
            // (the owner only told of as a lead, "再报个线索 X那边 罗总说他们还有个兄弟公司 Y…", is no event of its own)
            if (!ATTACHED.matcher(after).lookingAt() && owner.kind != null && !owner.kindWeak && owner.kind != ReportKind.LEAD
                    && next.kind != null && !next.kindWeak && owner.kind != next.kind) continue;
            String nextWords = next.text.toString();
            if (!nextWords.startsWith(next.enterprise, endOf(NEXT_OPENS, nextWords))) continue;
            next.text.insert(0, words);
            if (next.kind == null || next.kindWeak && owner.kind != null && !owner.kindWeak) {
                next.kind = owner.kind;
                next.kindWeak = owner.kindWeak;
                next.weakWords = owner.weakWords;
                next.plannedVisit = owner.plannedVisit;
                next.leadByPlan = owner.leadByPlan;
            }
            if (next.source != null && next.source.equals(owner.enterprise)) next.fromVisit = false;
            records.remove(i);
        }
    }

    /**
     * "拜访了北京清研智行科技有限公司，见了CEO吴昊天，谈了…", "…以此次走访为契机…", "…董事长邹建华 还有副总裁曾晓 都出来了…": in one
     * paragraph telling an organisation named in full, a later name that is neither written in full nor told as a lead
     * is a word of that record misread as another organisation: its words go on with the record before it.
     */
    static void foldUnnamed(List<ProseRecord> records, boolean oneParagraph) {
        if (!oneParagraph || records.size() < 2) return;
        for (int i = records.size() - 1; i >= 1; i--) {
            ProseRecord r = records.get(i);
            ProseRecord prev = records.get(i - 1);
            if (r.enterprise == null || r.suffixed || !prev.suffixed || prev.enterprise == null || r.item != prev.item) continue;
            if (r.kind == ReportKind.LEAD || r.fromVisit || r.listed || r.opensSentence || toldOwn(r)) continue;
            prev.text.append(r.text);
            records.remove(i);
        }
    }

    /**
     * "下午又去了科达利，见了唐总", "下午科达利，唐总…": a name right after a visiting verb or a time of day is one visited in
     * its own right ("见了CEO吴昊天", "跑了两个地块" are not: 见 meets people, 跑 counts places).
     */
    private static final Pattern VISITED_BEFORE = Patterns.compile(
            "(?:拜访|走访|拜会|去|到|前往|对接|考察|来到|赶到|转到|上午|下午|中午|晚上|傍晚|随后|之后|接着|然后|又)(?:了|的是|是)?(?:一下)?$");

    private static boolean toldOwn(ProseRecord r) {
        String words = r.text.toString();
        int at = words.indexOf(r.enterprise);
        if (at <= 0) return false;
        int from = Math.max(words.lastIndexOf('，', at - 1) + 1, at - 8);
        return VISITED_BEFORE.matcher(PAUSES.matcher(words.substring(from, at)).replaceAll("")).find();
    }

    private static int endOf(Pattern p, String s) {
        java.util.regex.Matcher m = p.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }

    private static boolean containsRelation(String s) {
        return s.contains("公司") || s.contains("供") || s.contains("合作") || s.contains("客户") || s.contains("游") || s.contains("配套")
                || s.contains("兄弟") || s.contains("代工");
    }
}
