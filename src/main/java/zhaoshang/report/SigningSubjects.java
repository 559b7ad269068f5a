package zhaoshang.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enterprise of a signing told by its project with the short name glued before it and the signing said after the
 * project ("中创新航储能电池Pack项目在潞州区签约了", "铭利达储能结构件项目定了 12月22日在高新区签约"), or the one signed
 * with before what was signed ("跟陕鼓动力把能源互联岛示范项目的投资协议签了").
 */
final class SigningSubjects {

    private SigningSubjects() { }

    /** A project opening the clause (after its time words), what is said of it after. */
    private static final Pattern PROJECT_OPENS = Patterns.compile("^([\\p{IsHan}A-Za-z0-9]{4,30}?项目)(.*)$");
    /** Its signing, in the clause after the project or the next one: "在潞州区签约了", "定了", "12月22日在高新区签约". */
    private static final Pattern SIGNED = Patterns.compile("^(?:今天|昨天|前天|上午|下午|已经|正式|也|终于)*(?:在[\\p{IsHan}]{2,6}?)?(?:正式|成功|顺利)?(?:签约|签了|签订|签署)");
    private static final Pattern FIXED = Patterns.compile("^(?:已经|已)?(?:定了|敲定了|谈定了|确定了)$");
    private static final Pattern SIGNING_LATER = Patterns.compile("签约|签订|签署");
    /** "跟陕鼓动力把…签了": the one signed with, before what was signed. */
    private static final Pattern WITH_THEM = Patterns.compile("(?:跟|和|与|同)([\\p{IsHan}A-Za-z0-9]{2,10}?)把[^，。；]{2,40}?签(?:了|订|署|约|下)");

    private static final Pattern PARTY_LATER = Patterns.compile("(?:企业|主体|方|单位)(?:为|是)");

    /** The enterprise the clause names that way, or null. */
    static String find(String clause, String next) {
        if (clause.indexOf('签') >= 0) {
            Matcher w = WITH_THEM.matcher(clause);
            if (w.find() && ShortNames.acceptableObject(w.group(1)) && !NameRecogniser.commonWord(w.group(1))) return w.group(1);
        }
        if (!clause.contains("项目")) return null;
        // "冷链物流中心项目在高新区签约，投资方为顺丰控股": the party named after the project is the enterprise
        if (PARTY_LATER.matcher(next).find() || !OrgNames.find(next).isEmpty()) return null;
        Matcher m = PROJECT_OPENS.matcher(ShortNames.trimLead(clause.strip()));
        if (!m.matches()) return null;
        String after = m.group(2).strip();
        boolean signed = SIGNED.matcher(after).find()
                || (after.isEmpty() || FIXED.matcher(after).matches()) && SIGNING_LATER.matcher(next).find()
                && SIGNED.matcher(ShortNames.trimLead(next.strip())).find();
        return signed ? headOf(m.group(1)) : null;
    }

    /** "新公司名称", "项目公司为", "注册成立了": the company set up for a project signed, named next. */
    // ("郑州宇航重工的子公司X有限公司": a subsidiary the owner already has, no company set up)
    private static final Pattern SET_UP = Patterns.compile("(?:(?:新公司|(?<!的)子公司|项目公司|合资公司)(?:名称|名字|名)?(?:为|是|叫)?|注册成立(?:了)?|注册为)[：:]?\\s*$");

    /** The organisation named at {@code start} of the clause is the company set up for the project (not the enterprise). */
    static boolean setUpFor(String clause, int start, String name) {
        if (!clause.contains("公司")) return false;
        // ("新公司名称长治X有限公司": read with the words naming it)
        if (SET_UP_OPENS.matcher(name).lookingAt()) return true;
        return start >= 2 && SET_UP.matcher(clause.substring(Math.max(0, start - 10), start)).find();
    }

    private static final Pattern SET_UP_OPENS = Patterns.compile("(?:新公司|子公司|项目公司|合资公司)(?:名称|名字|名)(?:为|是|叫)?[：:]?");

    /** Where a short name is most often cut: four characters, then three, five, six, two. */
    private static final int[] LENGTHS = {4, 3, 5, 6, 2};

    /**
     * The short name heading a project's words ("中创新航储能电池Pack项目" → 中创新航): cut where HanLP ends a word and a noun
     * of the product begins, at the length a short name most often has; null when no cut reads so.
     */
    static String headOf(String project) {
        String run = project.substring(0, project.length() - 2);
        if (run.indexOf('的') >= 0) return null;
        List<String[]> words = NameRecogniser.tagged(run);
        for (int len : LENGTHS) {
            int at = 0;
            for (int i = 0; i < words.size(); i++) {
                if (at == len && product(words.get(i)[1])) {
                    String head = run.substring(0, len);
                    if (ShortNames.acceptableObject(head) && !NameRecogniser.commonWord(head) && !plainWords(words, i)) return head;
                }
                at += words.get(i)[0].length();
            }
        }
        return null;
    }

    /** The first {@code count} words are all plain nouns or verbs ("冷链", "智能客服", "原料药"): a product, no name. */
    private static boolean plainWords(List<String[]> words, int count) {
        for (int i = 0; i < count; i++) {
            String n = words.get(i)[1];
            if (!(n.equals("n") || n.equals("vn") || n.equals("v") || n.equals("a") || n.equals("b"))) return false;
        }
        return true;
    }

    /** A word that opens what a project makes: a noun, a trade's noun or a Latin product word. */
    private static boolean product(String nature) {
        return nature.equals("n") || nature.equals("nz") || nature.equals("vn") || nature.equals("nx") || nature.equals("gm")
                || nature.equals("gi") || nature.equals("nnt") || nature.equals("nis") || nature.equals("nf");
    }
}
