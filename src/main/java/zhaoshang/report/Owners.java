package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who follows it up in prose (跟踪责任人/责任人): "由林琳负责", "跟踪责任人：李刚", "安排小赵负责后续跟进", "杨琦跟", voice
 * input's "于海洋，孙鹏，负责", a terse lead line's last piece ("程浩跟"), and an owner field as written. The names
 * themselves are read by {@link ProsePeople}.
 */
final class Owners {

    private Owners() { }

    /** An owner as written, or null when it says nobody is named yet. */
    static String ownerWritten(String value) {
        // "责任人：招商一组": a team names no person
        if (ProsePeople.nobodyYet(value) || value != null && value.indexOf('组') > 0 && TEAM_ONLY.matcher(value.strip()).matches()) return null;
        // "责任人：组长郭建平": our own title before the name is no part of it
        if (value != null && value.length() > 3) {
            Matcher t = OUR_TITLE_OPENING.matcher(value.strip());
            if (t.lookingAt() && PersonNames.isName(value.strip().substring(t.end()))) return value.strip().substring(t.end());
        }
        // "责任人：于海洋 孙鹏": names with spaces between, in the ledger's form
        if (value != null && value.indexOf(' ') > 0) {
            List<String> l = PersonNames.list(value.strip());
            if (l.size() >= 2) return String.join("、", l);
        }
        return value;
    }

    private static final Pattern OUR_TITLE_OPENING = Patterns.compile("^(?:副?组长|组员|同事|我组)(?=[\\u4e00-\\u9fff]{2,3}$)");

    /** "招商一组", "第二组", "三组", "第一工作组": a team and no one in it. */
    private static final Pattern TEAM_ONLY = Patterns.compile("^(?:招商)?第?[一二三四五六七八九十0-9]{1,2}(?:工作|招商)?小?组$");

    private static final Pattern OWNER_BEFORE = Patterns.compile("(?:交由|(?<=[已再])交给?|由|请|安排|让|指定|派)(?:我组|我们组|组员|同事|我组成员|组长|副组长|专人)?(?:我和|我与|我跟)?[\\s，]?\\s*");
    private static final Pattern OWNER_VERB = Patterns.compile("[\\s，]?\\s*(?:明天|明日|后天|下周|尽快|抓紧|马上|年后|节后|春节后|元旦后|近期)?(?:先|再|继续|持续|具体)?(?:来|共同|一起|一同|一并)?(?:一对一|全程|专门|登门|上门)?(?:负责|跟踪|跟进|牵头|对接|联系|跟|去(?=$|[，。；\\s]))");
    private static final Pattern OWNER_LABEL = Patterns.compile("(?:跟踪责任人|项目责任人|责任人|跟踪人|跟进人|牵头人|负责人[：:]|负责人为|负责人是|跟踪(?=[：:\\s])|跟进(?=[：:])|负责(?=[：:])|责任(?=[：:])"
            // "跟踪的是李刚和我": who follows it up, said as what they are
            + "|(?:跟踪|跟进|负责跟进|负责跟踪)的(?:人)?(?:就)?是)(?:就|都|先|暂|暂时|还|仍|也|依然|依旧)?(?:均为|写成|写为|填写|写|填|定为|定|为|是|请记|记为|记成|记|请写|请填|请定为)?[：:，]?\\s*"
            // "责任人写我和范卓吧": the sender is never added, the one named with them is the owner
            + "(?:我和|我与|我跟|我同)?");
    private static final Pattern OWNER_NAMED = Patterns.compile("(?:为|是|任|担任|作为|当)(?:本项目|项目|跟踪|跟进|后续)?(?:责任人|负责人)");
    private static final Pattern ROLE_MARK = Patterns.compile("(?<=[\\u4e00-\\u9fff])[（(](?:主|辅|主责|主要|协助|配合|辅助)[）)]");
    private static final Pattern OWNER_PAUSED = Patterns.compile("(?:跟踪|跟进|责任人|负责人)，");
    private static final Pattern OWNER_AFTER = Patterns.compile("(?:[，\\s]?(?:和我|跟我|与我)(?:一起|一同|共同)?[，\\s]?|(?:一起|一同|共同)[，\\s]?)?"
            // "小邵你跟一下", "贾晨在跟", "冯磊盯一下": the one spoken to, or already on it, then the spoken verb
            // "秦雯接手跟进", "郭建平先保持联系", "贺志远跟一下这个": taken over, kept in touch with, or "this one" after the verb
            + "(?:你|您|在|正在|一直在)?(?:接手|接着)?(?:来|将|会|继续|持续|具体|先)?(?:(?:负责|牵头)(?:项目|后续|后期|下一步|下步)?(?:的)?(?:跟踪|跟进|对接|联系|服务|落实|跟)?|(?:后续|后期)?(?:跟踪|跟进|跟着|跟|盯(?:着|紧|住)?)|保持联系)(?:服务|对接|工作|落实)?(?:一下|下)?(?:这个|这条|此事)?(?:吧)?(?=$|[，。；\\s])"
            // "韩建国负责对接会务", "马骏负责联系注册事宜": what is followed up, a few words after the verb
            + "|(?:负责|牵头)(?:对接|联系|协调|落实)[\\u4e00-\\u9fff]{1,4}(?=$|[，。；\\s])");
    private static final Pattern HANDED = Patterns.compile("(?:转给|交给|转交给|转交|移交给)");
    private static final Pattern HANDED_AFTER = Patterns.compile("[，,]?(?:由|让|请)(?:他|她)(?:来|负责)?(?:跟踪|跟进|跟|负责|对接)");

    /**
     * Words that open the clause of who follows it up ("后续小王跟进", "下一步李红梅负责对接"), and the fillers speech puts
     * before a name ("这个小周来跟", "那个段晓鹏来跟").
     */
    private static final Pattern OWNER_OPENS = Patterns.compile("(?:后续|后期|后面|后边|下一步|下步|之后|随后|接下来|目前|现在|现|此事|该项目|项目|该线索|线索|专人|这个|那个|就是|然后呢?|嗯|啊)$");

    /** Who follows it up ("由林琳负责", "跟踪责任人：李刚", "安排小赵负责后续跟进", "杨琦跟"); null when nobody is named (我来跟). */
    static String owner(String text) {
        text = ProsePeople.glued(text);
        // "秦雯（主）、贺志远（辅）": who leads and who helps, both follow it up
        if (text != null && (text.indexOf('主') >= 0 || text.indexOf('辅') >= 0)) text = ROLE_MARK.matcher(text).replaceAll("");
        // each owner pattern below holds one of the words of its gate (keep them in step): a text without is not scanned
        boolean follow = text.indexOf('跟') >= 0;
        boolean role = text.contains("责任人") || text.contains("负责人");
        Matcher m = OWNER_LABEL.matcher(text);
        boolean labelled = follow || text.contains("负责") || text.contains("责任") || text.contains("牵头人");
        while (labelled && m.find()) {
            int n = ProsePeople.nameHere(text, m.end(), false);
            // "跟踪人：原媛，刚接到…": the names up to the clause's end, not a word of the next clause read as a name
            if (n >= 2) return String.join("、", pausedOn(text, ProsePeople.list(text.substring(0, clauseEnd(text, m.end())), m.end(), null), clauseEnd(text, m.end())));
            // "跟踪责任人为潞州区商务局王卫东同志": one of ours named after the unit
            int u = ourPrefixEnd(text, m.end());
            if (u > 0) {
                int e = u + ProsePeople.nameHere(text, u, false);
                Matcher t = ProsePeople.OUR_TITLE_AFTER.matcher(text).region(e, text.length());
                if (t.lookingAt()) e = t.end();
                if (e == text.length() || !InputText.isCjk(text.charAt(e))) return text.substring(u, u + ProsePeople.nameHere(text, u, false));
            }
            // "跟踪责任人：潞州区商务局副局长申晓东"
            int[] te = new int[2];
            List<String> titled = ProsePeople.titledList(text, m.end(), te);
            if (te[1] > 0) return String.join("、", titled);
        }
        // "跟踪 甘霖" in a terse line, its space read as a pause: the label, then the names and nothing more
        m = OWNER_PAUSED.matcher(text);
        while ((role || follow) && m.find()) {
            // "见了他们区域发展部的负责人，孙浩": a title of theirs, not the label, when words run into it
            if (m.start() > 0 && InputText.isCjk(text.charAt(m.start() - 1))) continue;
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) return String.join("、", l);
        }
        // "高新区 跟踪郝丽君", "列入线索，跟进秦雅文": the verb opening its clause, the names right after it up to the clause's end
        for (int b = follow ? text.indexOf("跟") : -1; b >= 0; b = text.indexOf("跟", b + 1)) {
            // (voice input's pause before 跟踪 is closed as between a name and its verb: "列入线索 跟踪X" → 列入线索跟踪X)
            if (!text.startsWith("跟踪", b) && !text.startsWith("跟进", b)
                    || b > 0 && "，,。；;\n ｜|".indexOf(text.charAt(b - 1)) < 0 && !text.startsWith("线索", b - 2) && !text.startsWith("跟进", b - 2)) continue;
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, b + 2, end);
            if (!l.isEmpty() && l.stream().allMatch(ProsePeople::plainName)
                    && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) return String.join("、", l);
        }
        // "企业已完成工商注册，负责人李婷": 负责人 opening a clause, the name right after it
        for (int b = text.indexOf("负责人"); b >= 0; b = text.indexOf("负责人", b + 3)) {
            if (b > 0 && "，,。；;\n ".indexOf(text.charAt(b - 1)) < 0) continue;
            int[] end = new int[1];
            List<String> l = ProsePeople.list(text, b + 3, end);
            if (!l.isEmpty() && (end[0] == text.length() || !InputText.isCjk(text.charAt(end[0])))) return String.join("、", l);
        }
        // "于海洋，孙鹏，负责" (voice input's pauses as commas): names said alone, then the verb said alone
        String paused = pausedBefore(text);
        if (paused != null) return paused;
        m = OWNER_NAMED.matcher(text);
        while (role && m.find()) {
            // "组长张建国为责任人", "小赵任项目负责人": the name, then the role it is given
            // "贺建平组长是责任人", "贾晨阳同志为项目责任人": our office said between the name and its role
            int at = beforeOurTitle(text, m.start());
            for (int len = 3; len >= 2; len--) {
                int st = at - len;
                if (st < 0) continue;
                String who = text.substring(st, at);
                if (ProsePeople.namedAt(text, st, len) && (st == 0 || !InputText.isCjk(text.charAt(st - 1))
                        || ProsePeople.boundaryBefore(text, st) || ProsePeople.OUR_TITLE_AFTER.matcher(text.substring(Math.max(0, st - 3), st)).find())) return who;
            }
        }
        m = OWNER_BEFORE.matcher(text);
        boolean before = Patterns.containsAnyChar(text, "由请安让指派交");
        while (before && m.find()) {
            int n = ProsePeople.nameHere(text, m.end(), false);
            // "由招商一科暴志刚负责跟踪", "由中心副主任申丽萍牵头", "建议由一组任晓东对接": the unit or office said before the name
            int u = n < 2 ? ourPrefixEnd(text, m.end()) : -1;
            if (u > 0) {
                int e = u + ProsePeople.nameHere(text, u, false);
                int v = e;
                Matcher t = ProsePeople.OUR_TITLE_AFTER.matcher(text).region(e, text.length());
                if (t.lookingAt()) v = t.end();
                if (OWNER_VERB.matcher(text).region(v, text.length()).lookingAt()) return text.substring(u, e);
            }
            if (n < 2) continue;
            int e = m.end() + n;
            int[] end = new int[1];
            List<String> all = ProsePeople.list(text, m.end(), end);
            if (OWNER_VERB.matcher(text).region(e, text.length()).lookingAt()) return text.substring(m.end(), e);
            // "安排贾晨阳同志年后登门对接": our office said between the name and the verb
            Matcher office = ProsePeople.OUR_TITLE_AFTER.matcher(text).region(e, text.length());
            if (office.lookingAt() && OWNER_VERB.matcher(text).region(office.end(), text.length()).lookingAt()) return text.substring(m.end(), e);
            // "由秦雨、申浩负责": two who follow it up together
            if (OWNER_VERB.matcher(text).region(end[0], text.length()).lookingAt()) return String.join("、", all);
        }
        // "我把资料转给韦晓东，由他跟进": handed to a colleague, who follows it up
        m = HANDED.matcher(text);
        while (m.find()) {
            int n = ProsePeople.nameHere(text, m.end(), false);
            if (n >= 2 && HANDED_AFTER.matcher(text).region(m.end() + n, text.length()).lookingAt()) return text.substring(m.end(), m.end() + n);
        }
        m = OWNER_AFTER.matcher(text);
        boolean after = follow || text.contains("负责") || text.contains("牵头") || text.indexOf('盯') >= 0;
        while (after && m.find()) {
            // "我和贺建平组长一起跟踪": our office said between the name and the verb
            int at = beforeOurTitle(text, m.start());
            for (int len = 3; len >= 2; len--) {
                if (at - len < 0) continue;
                int st = at - len;
                if (ProsePeople.namedAt(text, st, len)
                        && (st == 0 || !InputText.isCjk(text.charAt(st - 1)) || ProsePeople.boundaryBefore(text, st)
                        || OWNER_OPENS.matcher(text.substring(Math.max(0, st - 4), st)).find())) return namesBefore(text, st, at);
                // "韩子墨蔺晓东负责", "付红梅韩子墨一起跟": voice input drops the pause between two full names, the
                // pair said alone after a pause (a space, a comma or the start) before the verb
                int s2 = st - 3;
                if (len == 3 && s2 >= 0 && ProsePeople.namedAt(text, st, 3) && ProsePeople.namedAt(text, s2, 3)
                        && (s2 == 0 || !InputText.isCjk(text.charAt(s2 - 1)))) {
                    List<String> pair = ProsePeople.list(text.substring(s2, at), 0, new int[1]);
                    if (pair.size() == 2 && pair.get(0).length() == 3 && pair.get(1).length() == 3) return pair.get(0) + "、" + pair.get(1);
                }
            }
        }
        return after ? closing(text) : null;
    }

    /** The words of following up that close a message: "宋佳跟一下", "阿斌跟", "陈主任盯着", "孙主任负责后续对接". */
    private static final Pattern CLOSING_VERB = Patterns.compile(
            // "阿斌在家里跟": where they follow it up from, said between
            "[\\s，,]?(?:在[\\u4e00-\\u9fff]{1,3}?)?(?:来|先|继续|负责)?(?:跟(?:进|踪|着)?|盯(?:着|紧|住)?|负责|负责(?:后续|后期)?(?:的)?(?:跟进|跟踪|对接|联系))(?:一下|下)?(?:吧|了)?[\\s。.!！，,；;]*$");

    /**
     * One of ours named right before the words of following up that end the message, whatever runs into the name
     * (voice input writes no pause: "想落高新区宋佳跟一下", "信息是合肥山西商会给的孙主任跟"): a name, a nickname or a
     * surname with an office of ours ("陈主任盯着"). The sender ("我跟", "我来跟") names nobody.
     */
    static String closing(String text) {
        Matcher v = CLOSING_VERB.matcher(text);
        if (!v.find()) return null;
        int at = v.start();
        for (int len = 3; len >= 2; len--) {
            int st = at - len;
            if (st < 0) continue;
            String who = text.substring(st, at);
            if (!who.chars().allMatch(ch -> InputText.isCjk((char) ch))) continue;
            // "区宋佳": a place's last character is no surname of the name after it
            if (len == 3 && "区县市省镇村园港的给了是说跟和同".indexOf(who.charAt(0)) >= 0) continue;
            // (a nickname too: "阿斌")
            if (ProsePeople.namedAt(text, st, len) && !ProsePeople.enterpriseAddress(who) && !who.endsWith("总") && !who.endsWith("董")
                    && !who.endsWith("工") || ProsePeople.addressForm(who)) return who;
        }
        return null;
    }

    /** Where an office of ours ending at at starts, said right after a name ("贺建平组长是责任人" → at 组), or at itself. */
    private static int beforeOurTitle(String text, int at) {
        for (int len = 3; len >= 2; len--) {
            if (at - len >= 2 && ProsePeople.OUR_TITLE_AFTER.matcher(text).region(at - len, at).matches()) return at - len;
        }
        return at;
    }

    /** The name at [st, at) with the names listed before it ("郭建平、秦雯负责" → 郭建平、秦雯). */
    private static String namesBefore(String text, int st, int at) {
        String out = text.substring(st, at);
        while (st >= 3 && text.charAt(st - 1) == '、') {
            int found = -1;
            for (int len = 3; len >= 2 && found < 0; len--) {
                int b = st - 1 - len;
                if (b >= 0 && ProsePeople.namedAt(text, b, len) && (b == 0 || !InputText.isCjk(text.charAt(b - 1)) || ProsePeople.boundaryBefore(text, b))) found = b;
            }
            if (found < 0) break;
            out = text.substring(found, st - 1) + "、" + out;
            st = found;
        }
        return out;
    }

    /**
     * The names a label heads, and more names each said alone in the pieces after a pause ("责任人赵斌，杨琦" from voice
     * input), up to the first piece that is not one name.
     */
    private static List<String> pausedOn(String text, List<String> names, int e) {
        if (names.isEmpty() || e >= text.length() || text.charAt(e) != '，') return names;
        List<String> out = new ArrayList<>(names);
        while (e < text.length() && text.charAt(e) == '，') {
            int next = clauseEnd(text, e + 1);
            String piece = text.substring(e + 1, next).strip();
            if (!ProsePeople.plainName(piece) || NameRecogniser.guess(piece) != NameRecogniser.Guess.PERSON || out.contains(piece)) break;
            out.add(piece);
            e = next;
        }
        return out;
    }

    private static final Pattern PAUSED_OWNER_VERB = Patterns.compile("(?:负责|跟进|跟踪|牵头)(?=$|[。；;！\\n])");

    /** Owners said in voice input's pauses: pieces of one name each, then a piece that is only the verb ("于海洋，孙鹏，负责"). */
    private static String pausedBefore(String text) {
        Matcher v = PAUSED_OWNER_VERB.matcher(text);
        while (v.find()) {
            if (v.start() == 0 || text.charAt(v.start() - 1) != '，') continue;
            List<String> out = new ArrayList<>();
            int e = v.start() - 1;
            while (e > 0) {
                int st = e;
                while (st > 0 && "，,。；;\n".indexOf(text.charAt(st - 1)) < 0) st--;
                String piece = text.substring(st, e).strip();
                if (!ProsePeople.plainName(piece) || NameRecogniser.guess(piece) != NameRecogniser.Guess.PERSON) break;
                out.add(0, piece);
                if (st == 0 || text.charAt(st - 1) != '，') break;
                e = st - 1;
            }
            if (!out.isEmpty()) return String.join("、", out);
        }
        return null;
    }

    /** A unit or office of ours said before one of ours ("招商一科", "中心副主任", "一组", "潞州区商务局"). */
    private static final Pattern OUR_PREFIX = Patterns.compile(
            "(?:[\\u4e00-\\u9fff]{0,8}?(?:[一二三四五六七八九十]科|[一二三四五六七八九十]组|[一二三四五六七八九十]部|局|中心|投资促进部|投促部)(?:的)?)?(?:副)?(?:主任|科长|局长|部长|组长|处长|区长|书记|科员)?");

    /** Where one of ours starts after a unit or office of ours at p ("招商一科暴志刚" → at 暴), or -1. */
    private static int ourPrefixEnd(String text, int p) {
        for (int k = p + 2; k <= Math.min(text.length(), p + 14) && InputText.isCjk(text.charAt(k - 1)); k++) {
            if (ProsePeople.nameHere(text, k, false) >= 2 && OUR_PREFIX.matcher(text).region(p, k).matches()) return k;
        }
        return -1;
    }

    /** The end of the clause that p is in: the next mark, or the text's end. */
    private static int clauseEnd(String text, int p) {
        for (int i = p; i < text.length(); i++) if ("，。；;,\n！".indexOf(text.charAt(i)) >= 0) return i;
        return text.length();
    }

    private static final Pattern TERSE_PIECES = Patterns.compile("[｜|\\s]+");
    private static final Pattern ROW_CELLS = Patterns.compile("[｜|\\s，,]+");
    private static final Pattern WITH_ME = Patterns.compile("^我(?:和|跟|与|同)|(?:和|跟|与|同)我$|(?:一起|一块)$");
    private static final Pattern OWNER_HEAD = Patterns.compile("^(?:跟踪责任人|跟踪人|跟进人|责任人|负责人|跟踪|跟进)(?:为|是)?(?=[\\u4e00-\\u9fff]{2})");
    private static final Pattern OWNER_TAIL = Patterns.compile("(?:来跟|跟进|跟踪|负责|跟)$");

    /**
     * A terse line of a lead ending with who follows it up: "线索｜博世｜…｜高新区｜韩磊", "线索 X … 潞州区 程浩跟" (four
     * pieces or more, the last a name alone or with 跟/负责); null otherwise.
     */
    static String terseOwner(String text) {
        String t = text.strip();
        if (t.indexOf('\n') >= 0 || t.indexOf('。') >= 0) return null;
        String[] pieces = TERSE_PIECES.split(t);
        // "X项目，Y公司，12月28日，1.5亿，潞州区，签约，宋开": a row of a ledger pasted without its head, its cells read as pauses
        if (pieces.length < 4 && t.indexOf('，') >= 0) pieces = ROW_CELLS.split(t);
        if (pieces.length < 4) return null;
        return ownerPiece(pieces[pieces.length - 1]);
    }

    /** The last piece of a terse lead line as its owner: a name alone or with 跟/负责 ("韩磊", "程浩跟"); null otherwise. */
    static String ownerPiece(String piece) {
        // "跟踪郝丽君", "责任人秦雅文": the label glued to the name it heads
        String who = OWNER_TAIL.matcher(OWNER_HEAD.matcher(piece).replaceFirst("")).replaceFirst("");
        // "我和郑敏一起跟", "郑敏和我跟": the sender is never added, the one named with them follows it up
        if (who.startsWith("我") || who.endsWith("我") || who.endsWith("一起") || who.endsWith("一块")) who = WITH_ME.matcher(who).replaceAll("");
        return ProsePeople.plainName(who) ? who : null;
    }
}
