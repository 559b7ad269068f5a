package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the people readers share: title words ({@link #coreAt}, {@link #titleOnly}), voice input's glue words
 * ({@link #glued}), given names, nicknames and forms of address ("晓雯", "老潘", "王总", "刘科长"), and lists of names of
 * ours, bare or after their units and offices ({@link #list}, {@link #titledList}). The readers themselves are
 * {@link Contacts} (对接人员), {@link OurPeople} (我方人员 and an inspection's 陪同人员) and {@link Owners} (跟踪责任人).
 */
final class ProsePeople {

    private ProsePeople() { }

    private static final String[] CORE = {"首席技术官", "首席执行官", "首席财务官", "首席运营官", "首席科学家", "联合创始人", "创始人",
            "执行董事", "董事总经理", "首席架构师", "特别助理", "高级副总裁", "执行副总裁", "执行总裁", "高级副总经理", "常务副总经理", "常务副总裁", "常务副院长", "常务副所长", "常务副主任", "常务副部长", "常务副总", "执行副总", "常务副秘书长", "常务副会长", "总经理助理", "董事长助理", "总裁助理", "会长助理",
            "董事会秘书", "副总经理", "高级总监", "副总监", "副总工程师", "副总工", "副经理", "副厂长", "副行长", "副书记", "副局长", "副主席", "主席", "副董事长", "副秘书长", "高级经理", "副总裁", "总经理", "董事长", "秘书长", "副会长", "副部长", "副处长",
            "副院长", "副所长", "副主任", "总工程师", "CEO助理", "总裁", "董秘", "会长", "部长", "处长", "院长", "所长", "主任", "总监",
            "经理", "副课长", "课长", "负责人", "副总", "总工", "特助", "VP", "书记", "局长", "厂长", "行长", "主管", "合伙人", "CEO", "CTO", "CFO", "COO", "CMO", "CIO", "董事",
            // a university's or an institute's people ("机械工程学院 王教授", "研究员李明")
            "副教授", "教授", "副研究员", "研究员", "院士", "高级工程师", "工程师",
            // "老板 韦军", "许总 老板": the owner of a small firm, a title only beside a name (老板娘, 老总, and 粤 老细 alike)
            "老板娘", "老板", "老总", "老细",
            // "GM 陈立峰", "董助周倩", "总助 林佳", "gm 杜峰": the titles shortened as members type them, kept as written
            "GM助理", "GM", "gm", "vp", "ceo", "董助", "总助",
            // the titles of Japanese, Korean and Taiwanese firms ("社长金东焕", "代表理事朴贤宇", "常务董事藤原亮介", "大陆事业处协理许雅婷")
            "社长", "副社长", "代表理事", "法人代表", "常务董事", "专务董事", "专务", "协理", "总代表", "首席代表",
            // "副总裁兼首席战略官": the chief officers beside the common ones
            "首席战略官", "首席投资官", "首席信息官", "首席营销官", "首席商务官", "首席人才官", "首席法务官"};
    /** The title words by their first character, longest first. */
    private static final java.util.Map<Character, String[]> CORE_BY_FIRST = new java.util.HashMap<>();

    static {
        java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
        for (String c : CORE) m.computeIfAbsent(c.charAt(0), k -> new ArrayList<>()).add(c);
        m.forEach((k, v) -> {
            v.sort((a, b) -> b.length() - a.length());
            CORE_BY_FIRST.put(k, v.toArray(new String[0]));
        });
    }

    /** A clause that is a title and nothing more ("副总经理", "办公室主任", "投资部 经理"). */
    static boolean titleOnly(String clause) {
        String c = clause.strip();
        if (c.isEmpty() || c.length() > 12 || PersonNames.nameAt(c, 0) > 0 && PersonNames.isName(c.substring(0, PersonNames.nameAt(c, 0)))) return false;
        for (int k = 0; k < c.length(); k++) {
            String core = coreAt(c, k);
            if (core != null && c.substring(k + core.length()).isBlank()) return true;
        }
        return false;
    }

    /**
     * The title word at i, longest first ("副总裁助理" over "副总裁"), with 助理/秘书 after it ("董事长秘书", "主任助理",
     * "董事长 助理" in voice input); null when the word is part of a department ("董事会办公室", "总经理办公室主任").
     */
    static String coreAt(String s, int i) {
        if (i >= s.length()) return null;
        // "Managing Director 王立群", "HR VP陈女士", "Sales Director 刘洋": an English title of several words, whole
        if (s.charAt(i) < 128 && Character.isLetter(s.charAt(i)) && (i == 0 || !InputText.isLatin(s.charAt(i - 1)))) {
            java.util.regex.Matcher m = LATIN_TITLE.matcher(s).region(i, s.length());
            if (m.lookingAt() && (m.end() == s.length() || !InputText.isLatin(s.charAt(m.end())))) return m.group();
        }
        String[] cands = CORE_BY_FIRST.get(s.charAt(i));
        if (cands == null) return null;
        String best = null;
        for (String c : cands) if (s.startsWith(c, i)) { best = c; break; }
        if (best == null) return null;
        int e = i + best.length();
        if (s.startsWith("会", e) || s.startsWith("办", e) || s.startsWith("部", e) && !best.endsWith("部")) return null;
        if (!best.endsWith("助理") && !best.endsWith("秘书")) {
            int f = e;
            if (f < s.length() && s.charAt(f) == ' ') f++;
            for (String x : new String[]{"助理", "秘书", "特别助理"}) {
                if (s.startsWith(x, f) && !s.startsWith("秘书长", f)) return s.substring(i, f + x.length());
            }
        }
        return best;
    }

    /** An English title with the words before its head ("Managing Director", "HR VP", "Vice President"). */
    private static final Pattern LATIN_TITLE = Patterns.compile(
            "(?:(?:Managing|General|Vice|Senior|Executive|Deputy|Assistant|Regional|Country|Plant|Project|Technical|Sales|Marketing"
            + "|Finance|Financial|Operations|Purchasing|Procurement|Investment|Business|Development|Supply|Chain|HR|IR|BD|PR|R&D|Senior)\\s?)+"
            + "(?:Director|Manager|President|VP|Officer|Head|Lead|GM)|President|Chairman|Director|MD");

    // ---- names and lists of names ---------------------------------------------------------------------------

    /** An office title after one of ours named by the unit ("刘军科长", "王磊同志"). */
    static final Pattern OUR_TITLE_AFTER = Patterns.compile("(?:副)?(?:科长|局长|区长|主任|部长|处长|组长|书记|同志)");
    static final Pattern OUR_ORG = Patterns.compile(
            "(?:区|市|县)(?:委|政府|商务局|领导|里|人大|政协|招商|投促|投资促进|发改|工信)|管委会|我区|我市|投资促进部|投促局|招商局|商务局|高新区|潞州区");

    // patterns of the readers below, compiled once rather than on every call (String.split/replaceAll/matches compile theirs)
    static final Pattern CLAUSE_MARKS = Patterns.compile("[，。；;,！、]");
    private static final Pattern MANAGER_ADDRESS = Patterns.compile("总|董|总经理|董事长|总裁|副总|总监");
    private static final Pattern NAME_SEPARATORS = Patterns.compile("[、，,和及与 ]+");

    /** The glue words voice input says alone between pauses ("陪同 是 王振宇 和 我", "跟踪 人 王振宇", "韩雪 也 在"). */
    private static final String GLUE = "的是就人和跟与同我让由为也在";

    /**
     * Voice input with a pause around every word: a glue word said alone is joined to the words on both sides
     * ("陪同 的 是 周立峰" → 陪同的是周立峰, "李婷 和 我 一起" → 李婷和我一起), so the phrases that name our people read as
     * typed; other pauses stay (they end the names).
     */
    static String glued(String text) {
        if (text == null) return null;
        // voice input reaches here with its pauses as spaces, or as commas when every word is a clause of its own
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '，') commas++;
        boolean paused = commas >= 5 && text.length() <= 7 * (commas + 1);
        if (text.indexOf(' ') < 0 && !paused) return text;
        int n = text.length();
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == ' ' || paused && c == '，') && i > 0 && i + 1 < n && InputText.isCjk(text.charAt(i - 1)) && InputText.isCjk(text.charAt(i + 1))
                    && (loneGlue(text, i + 1, true, paused) || loneGlue(text, i - 1, false, paused))) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** A word of glue characters only ("是", "和我", "就") said alone between pauses, its first (or last) character at i. */
    private static boolean loneGlue(String text, int i, boolean first, boolean paused) {
        int s = i, e = i + 1;
        if (first) { while (e < text.length() && InputText.isCjk(text.charAt(e))) e++; }
        else { while (s > 0 && InputText.isCjk(text.charAt(s - 1))) s--; }
        if (e - s > 2) return false;
        for (int k = s; k < e; k++) if (GLUE.indexOf(text.charAt(k)) < 0) return false;
        return (s == 0 || pause(text.charAt(s - 1), paused)) && (e == text.length() || pause(text.charAt(e), paused));
    }

    private static boolean pause(char c, boolean paused) {
        // "3人 老潘陪": a figure's measure word is no glue said alone
        return c == ' ' || paused && c == '，' || !InputText.isCjk(c) && !Character.isLetterOrDigit(c);
    }

    /** A word of two characters between q and e that can only be a given name: no common word, place, organisation or pronoun. */
    static boolean givenName(String text, int q, int e) {
        String w = text.substring(q, e);
        if (w.length() != 2 || !InputText.isCjk(w.charAt(0)) || !InputText.isCjk(w.charAt(1)) || "他她它我你大各其该这那对同组全两三一".indexOf(w.charAt(0)) >= 0) return false;
        if (PersonNames.notAName(w) || NameRecogniser.commonWord(w)) return false;
        NameRecogniser.Guess g = NameRecogniser.guess(w);
        return g != NameRecogniser.Guess.ORGANISATION && g != NameRecogniser.Guess.PLACE;
    }

    /** A given name said alone where only one of ours stands: as {@link #givenName}, an organisation's tag allowed. */
    static boolean givenNameAlong(String text, int q, int e) {
        String w = text.substring(q, e);
        if (w.length() != 2 || !plainGiven(w) || PersonNames.notAName(w) || NameRecogniser.commonWord(w)) return false;
        return NameRecogniser.guess(w) != NameRecogniser.Guess.PLACE;
    }

    /** Characters given names are made of, both of them (a short enterprise name rarely is: "丽娟", "晓东", not "先导"). */
    private static final String GIVEN_CHARS = "丽娟晓东雪梅芳华敏静婷燕红霞玲琳艳萍莉娜丹妍颖倩雯慧佳欣怡琪瑶璐蕾洁琴英兰凤玉珍秀云霞月桂春秋冬夏志刚强伟军建国明亮宁斌鹏飞涛浩杰磊超勇峰辉俊宇文武波海洋平安新宏坤鑫森林";

    private static boolean plainGiven(String w) {
        return GIVEN_CHARS.indexOf(w.charAt(0)) >= 0 && GIVEN_CHARS.indexOf(w.charAt(1)) >= 0;
    }

    /** "陪同：待定", "跟踪责任人：暂无": nobody named yet — the field stays empty rather than holding the words. */
    static boolean nobodyYet(String value) {
        return value != null && NOBODY.matcher(value.strip()).matches();
    }

    private static final Pattern NOBODY = Patterns.compile("(?:暂|尚|还)?(?:" + FieldReader.NOT_YET + "|无|暂无|没有|未安排|待安排)[。.]?");

    /** A word that can only be a given name said alone ("晓雯"): no common word, place, organisation or pronoun. */
    static boolean givenNameWord(String w) {
        return w.length() == 2 && givenName(w, 0, 2);
    }

    /** A piece that is one name and nothing else as a list of ours reads it ("权海燕", "牛文斌"), no form of address. */
    static boolean oneName(String w) {
        if (w.length() < 2 || w.length() > 4) return false;
        int[] end = new int[1];
        List<String> l = list(w, 0, end);
        return l.size() == 1 && end[0] == w.length() && l.get(0).equals(w) && !enterpriseAddress(w) && !addressForm(w) && !w.endsWith("总");
    }

    /** A person's own name the recogniser reads as a person's, or a nickname ("郭蕾", "老潘"); not a short enterprise name. */
    static boolean ownName(String w) {
        return plainName(w) && (isNickname(w) || NameRecogniser.guess(w) == NameRecogniser.Guess.PERSON);
    }

    /** A person's own name, not a form of address ("程浩", "周立峰", "小王"; not 王总, 刘科长, 宁波). */
    static boolean plainName(String who) {
        return PersonNames.isName(who) && !enterpriseAddress(who) && !addressForm(who) && !who.endsWith("总") && !who.endsWith("董") && !who.endsWith("工");
    }

    /** "王总", "刘董", "陈总经理": how a surname and an enterprise's title address one of its managers. */
    static boolean enterpriseAddress(String who) {
        return who.length() >= 2 && who.length() <= 4 && PersonNames.isSurname(who.charAt(0))
                && MANAGER_ADDRESS.matcher(who.substring(1)).matches();
    }

    /** "刘科长", "王部长", "赵组长": a surname and an office rather than a name. */
    static boolean addressForm(String who) {
        return who.length() >= 2 && PersonNames.isSurname(who.charAt(0)) && OUR_TITLE_AFTER.matcher(who.substring(1)).matches();
    }

    /** A list may start at st: after punctuation, a space or a word that introduces people. */
    static boolean boundaryBefore(String text, int st) {
        char c = text.charAt(st - 1);
        if ("，、,；;：: （(\n｜|。！!".indexOf(c) >= 0) return true;
        String before = text.substring(Math.max(0, st - 4), st);
        for (String w : new String[]{"组", "组员", "同事", "成员", "我和", "我与", "我跟", "由", "和", "跟", "与", "及", "的", "是", "今天", "昨天", "前天", "上午", "下午",
                // "晚上田野和小贾去见了…", "到时候小苗和程亮陪同": the time of day or of the event said right before the names
                "晚上", "中午", "傍晚", "早上", "时候", "当天",
                // "届时郭强陪同", "届时请王建平、刘洋陪同", "区里安排周敏副区长陪同": who will go along, said of a visit to come
                "届时", "请", "安排"}) {
            if (before.endsWith(w)) return true;
        }
        return false;
    }

    private static final Pattern TITLED_ITEM = Patterns.compile("[\\u4e00-\\u9fff]{0,10}?(?:副区长|区长|常委|书记|局长|主任|部长|处长|组长|科长|部|局|委|办|组)");

    /** "陪同人员：区政府副区长阎鹏、投资促进部聂晶": each of ours named after their unit or title. */
    private static List<String> titledList(String s, int p) {
        return titledList(s, p, new int[2]);
    }

    /** The offices that end a title of ours ("副局长", "综合科科长", "党工委书记", "主任助理"). */
    static final String[] OFFICES = {"秘书长", "科员", "股长", "区长", "书记", "局长", "主任", "部长", "处长", "科长", "组长", "主席", "常委", "委员",
            "调研员", "专员", "干事", "站长", "县长", "市长", "镇长", "组员"};

    /**
     * Whether s[from, to) ends with an office, or an office and 助理 ("副局长", "主任助理"), as "(?:副)?(?:office)(?:助理)?$"
     * found in it would (its last character is a Chinese character or 、, never a line's end).
     */
    private static boolean officialEnd(String s, int from, int to) {
        if (endsWithOffice(s, from, to)) return true;
        return to - 2 >= from && s.startsWith("助理", to - 2) && endsWithOffice(s, from, to - 2);
    }

    private static boolean endsWithOffice(String s, int from, int to) {
        for (String o : OFFICES) if (to - o.length() >= from && s.startsWith(o, to - o.length())) return true;
        return false;
    }

    /**
     * "潞州区商务局副局长申晓东、投资促进部综合科科长武晓燕", "市政府副秘书长高志远，高新区党工委书记、管委会主任李建新": each of
     * ours named after their unit and office (an office of ours ending right before the name); end[0] is where it stops,
     * end[1] how many were named after an office (a list with none is for {@link #list} to read).
     */
    static List<String> titledList(String s, int p, int[] end) {
        List<String> out = new ArrayList<>();
        int q = p;
        end[0] = p;
        while (q < s.length()) {
            int at = -1;
            if (nameHere(s, q, false) >= 2) at = q;
            // "区商务局局长刘建和我组邓雨": one of ours by the unit, later in the list
            else if (!out.isEmpty() && unitBefore(s, q) > q) at = unitBefore(s, q);
            for (int k = q + 2; at < 0 && k < s.length() && k - q <= 20; k++) {
                char c = s.charAt(k - 1);
                if (!InputText.isCjk(c) && c != '、') break;
                if (c == '、' && !officialEnd(s, q, k - 1)) break;
                if ((officialEnd(s, q, k) || OUR_UNIT_ONLY.matcher(s).region(q, k).matches()) && nameHere(s, k, false) >= 2) at = k;
                // "管委会副主任（挂职）陈思远": a note in brackets between the office and the name
                else if (k < s.length() && (s.charAt(k) == '（' || s.charAt(k) == '(') && officialEnd(s, q, k) && bracketNoteEnd(s, k) > 0
                        && nameHere(s, bracketNoteEnd(s, k), false) >= 2) at = bracketNoteEnd(s, k);
                // "组长 郭卫东，组员 冯磊": a space between the office and the name
                else if (k < s.length() && s.charAt(k) == ' ' && k + 1 < s.length() && (officialEnd(s, q, k) || OUR_UNIT_ONLY.matcher(s).region(q, k).matches())
                        && nameHere(s, k + 1, false) >= 2) at = k + 1;
            }
            if (at < 0) break;
            // "…和区商务局的詹局长，战略发展部副主任裘宏接待了我们": after a comma, one of ours only with our unit said
            if (at > q && q > p && (s.charAt(q - 1) == '，' || s.charAt(q - 1) == ',') && !ourUnitWords(s.substring(q, at))) break;
            if (at > q) end[1]++;
            int n = nameHere(s, at, false);
            out.add(s.substring(at, at + n));
            q = at + n;
            Matcher title = OUR_TITLE_AFTER.matcher(s).region(q, s.length());
            if (title.lookingAt()) q = title.end();
            end[0] = q;
            if (q < s.length() && "、，,".indexOf(s.charAt(q)) >= 0) q++;
            else if (s.startsWith("和", q) || s.startsWith("及", q) || s.startsWith("与", q)) q++;
            else break;
        }
        return out;
    }

    /** The index after a short note in brackets at k ("（挂职）", "(兼)"): two to four Chinese characters; 0 when none. */
    private static int bracketNoteEnd(String s, int k) {
        for (int e = k + 3; e < s.length() && e <= k + 5; e++) {
            char c = s.charAt(e);
            if (c == '）' || c == ')') return e + 1;
            if (!InputText.isCjk(c)) return 0;
        }
        return 0;
    }

    /** Words naming a unit of ours ("投资促进部综合科", "第一工作组", "区商务局"), not an enterprise's department. */
    static boolean ourUnitWords(String unit) {
        return OUR_ORG.matcher(unit).find() || unit.contains("组") || unit.contains("局") || unit.contains("区") || unit.contains("市")
                || unit.contains("科") && !unit.contains("科技");
    }

    /** Our units said before one of ours with no office ("我们一科", "招商二科", "高新区投资促进部", "我们科的"). */
    private static final Pattern OUR_UNIT_ONLY = Patterns.compile(
            "[\\u4e00-\\u9fff]{0,12}?(?:[一二三四五六七八九十]科|投资促进部|投资促进中心|投促中心|投促局|投促部|商务局|管委会|我们科|我们组|招商组|工作组|我组|[一二三四五六七八九十]组)(?:的)?");

    /** A list of ours by their offices ending at {@code at} (before 陪同), from the start of its sentence or a later comma. */
    /**
     * Two whole names run together at q ("王鹏刘晓燕", "林琳冯双田"), the first read as n characters: the first name's
     * length when a name of two characters is followed by a surname opening a whole name of two or three characters
     * that ends the word; 0 otherwise.
     */
    private static int runTogether(String s, int q, int n) {
        if (n != 3 || q + 4 > s.length() || !PersonNames.isSurname(s.charAt(q + 2))) return 0;
        if (!PersonNames.isName(s.substring(q, q + 2)) || NameRecogniser.commonWord(s.substring(q, q + 2))) return 0;
        for (int len = 3; len >= 2; len--) {
            int e = q + 2 + len;
            if (e > s.length()) continue;
            boolean ends = e == s.length() || !InputText.isCjk(s.charAt(e)) || PersonNames.stopAt(s, e);
            String second = s.substring(q + 2, e);
            if (ends && PersonNames.isName(second) && !PersonNames.notAName(second) && NameRecogniser.guess(second) == NameRecogniser.Guess.PERSON) return 2;
        }
        return 0;
    }

    /**
     * Names listed from p on ("张三、李四", "小田 小黎", "晏军 和于倩", "钱进，单晓" as voice pauses, "甘霖和阮晓东"), each
     * a whole word: a name running into other words ("张三说") ends the list. end[0] is where the list stops.
     */
    static List<String> list(String s, int p, int[] end) {
        List<String> out = new ArrayList<>();
        int q = unitBefore(s, p);
        int last = p;
        while (q < s.length()) {
            int n = nameHere(s, q, !out.isEmpty());
            // "丽娟和小冯", "雪梅 晓东": a given name HanLP tags an organisation opens a list when a name follows it
            if (n < 2 && out.isEmpty() && q + 2 < s.length() && givenNameAlong(s, q, q + 2)) {
                int r = q + 2;
                while (r < s.length() && " 、，,和跟与及".indexOf(s.charAt(r)) >= 0 && r < q + 4) r++;
                if (r > q + 2 && nameHere(s, r, true) >= 2) n = 2;
            }
            if (n < 2) break;
            // "王鹏刘晓燕一起", "林琳冯双田": two whole names run together (voice input drops the pause between them)
            int together = runTogether(s, q, n);
            if (together > 0) n = together;
            String name = s.substring(q, q + n);
            out.add(name);
            q += n;
            last = q;
            // "杜明（本人）、许静": the sender is never added
            if (s.startsWith("（本人）", q) || s.startsWith("(本人)", q)) { out.remove(out.size() - 1); q += 4; last = q; }
            // "郭卫东（组长）、任晓宇（副组长）": an office of ours in brackets after the name
            Matcher bracketed = BRACKETED_OFFICE.matcher(s).region(q, s.length());
            if (bracketed.lookingAt()) { q = bracketed.end(); last = q; }
            // "赵文博组长、许静", "马建军科长和我": the office after the name is not the next name
            Matcher title = OUR_TITLE_AFTER.matcher(s).region(q, s.length());
            if (title.lookingAt() && (title.end() == s.length() || !InputText.isCjk(s.charAt(title.end())) || PersonNames.stopAt(s, title.end())
                    || s.startsWith("和", title.end()) || s.startsWith("陪", title.end()))) { q = title.end(); last = q; }
            int r = q;
            // "郑敏 / 刘伟", "老宋+小冯": a slash or a plus between names joins them as 、 does
            while (r < s.length() && " 、，,/／+＋".indexOf(s.charAt(r)) >= 0) r++;
            for (String w : new String[]{"还有", "以及", "和", "及", "与", "跟"}) {
                if (!s.startsWith(w, r)) continue;
                r += w.length();
                // "周立峰，还有，韩雪" in voice input, a pause after the word that joins them
                if (w.length() == 2 && r < s.length() && s.charAt(r) == '，') r++;
                break;
            }
            while (r < s.length() && s.charAt(r) == ' ') r++;
            // "跟小牛小秦去了": nicknames said one after the other need no separator
            boolean nicknames = r == q && (together > 0 || n == 2 && isNickname(name) && r + 1 < s.length() && isNickname(s.substring(r, r + 2))
                    // "郝鹏飞冯晓燕两位同志": two whole names of three characters run together
                    || n == 3 && plainName(name) && PersonNames.nameAt(s, r) == 3 && plainName(s.substring(r, r + 3))
                    // "和关贝贝王峰去了": a name of three characters, then one of two the recogniser reads as a person's
                    || n == 3 && plainName(name) && PersonNames.nameAt(s, r) == 2 && plainName(s.substring(r, r + 2))
                    && NameRecogniser.guess(s.substring(r, r + 2)) == NameRecogniser.Guess.PERSON);
            // "许静和区工信局的郝局长": one of ours by the unit, further on in the list
            if (r > q && nameHere(s, r, true) < 2) r = unitBefore(s, r);
            int nextLen = nameHere(s, r, true);
            if ((r == q && !nicknames) || nextLen < 2) break;
            // "我和侯晓婷，徐秘书长介绍了…": past a comma a form of address opens the next clause, not the list
            if (s.substring(q, r).indexOf('，') >= 0 && !plainName(s.substring(r, r + nextLen)) && !(nextLen == 2 && givenNameAlong(s, r, r + 2))) break;
            // "陪同：李卫东、陈立平 @王佳 请准备接待方案": a name asked to do something is spoken to, not one of the list
            int a2 = r + nextLen;
            while (a2 < s.length() && " ，,：:".indexOf(s.charAt(a2)) >= 0) a2++;
            Matcher asked = ADDRESSEE.matcher(s).region(a2, s.length());
            // not "赵敏，请投资促进部发邀请函": a request with its own addressee after 请
            if (asked.lookingAt() && !REQUEST_TO.matcher(s).region(asked.end(), s.length()).lookingAt() && nameHere(s, asked.end(), false) < 2) break;
            // "…郦红，杭州老板电器": a later name is a whole word, not the start of another ("杭州老")
            int m2 = r + nextLen;
            if (m2 < s.length() && InputText.isCjk(s.charAt(m2)) && !PersonNames.stopAt(s, m2) && "和及与跟一二两三四五六七八九几".indexOf(s.charAt(m2)) < 0 && !s.startsWith("我们", m2)
                    && !OUR_TITLE_AFTER.matcher(s).region(m2, s.length()).lookingAt() && !s.startsWith("（本人）", m2)) break;
            q = r;
        }
        if (end != null) end[0] = last;
        return out;
    }

    /** An office of ours in brackets after a name ("（组长）", "(副组长)", "（投促部部长）"). */
    private static final Pattern BRACKETED_OFFICE = Patterns.compile("[（(][\\u4e00-\\u9fff]{0,6}?(?:副)?(?:组长|组员|科长|局长|区长|主任|部长|处长|书记|科员)[）)]");

    /** What a message asks of a colleague it names ("请准备", "麻烦安排", "辛苦对接"). */
    private static final Pattern ADDRESSEE = Patterns.compile("请|麻烦|辛苦|劳烦|帮忙|帮我|帮着|抓紧|尽快|准备|注意|记得|收到|看一下|看下");

    private static final Pattern REQUEST_TO = Patterns.compile("[\\u4e00-\\u9fff]{0,6}?(?:部|局|办|委|中心|组|处|科|室|领导|同事|大家|各位|你们|你)");

    /** Our unit said before one of ours ("区工信局的", "投资促进部的", "市投促中心"): where the name starts, or p. */
    private static int unitBefore(String s, int p) {
        if (nameHere(s, p, false) >= 2) return p;
        Matcher u = OUR_UNIT.matcher(s).region(p, Math.min(s.length(), p + 12));
        if (u.lookingAt() && nameHere(s, u.end(), false) >= 2) return u.end();
        return p;
    }

    private static final Pattern OUR_UNIT = Patterns.compile(
            "(?:(?:潞州区|高新区|区|市|县)[\\u4e00-\\u9fff]{1,6}?(?:局|委|办|中心|部)|投资促进部|投促中心|投促部|投促局|管委会|我组|我们组|组里|招商组|组员|同事)(?:的)?\\s*");

    /** Characters that double as adverbs or measures rather than a given name ("刚刚", "常常", "天天", "明明"). */
    private static final String NOT_DOUBLED = "刚常天渐慢看谈聊想试走说问多好稍仅年人个统往纷匆悄默轻静久略明白早偏每一二三四五六七八九十两几万千百亿";
    /** Deputy offices of ours said after a surname ("孙副区长", "何副局长"): 副 alone ends a name for PersonNames. */
    private static final Pattern DEPUTY_OFFICE = Patterns.compile("副(?:区长|局长|主任|组长|书记|部长|科长|处长|县长|市长)");

    /**
     * A nickname given as the name in a slot of people ("芳姐", "明哥" — a given name's character and 姐/哥; "婷婷",
     * "佳佳" — a given name doubled) or a surname with a deputy office ("孙副区长"), ending where a word or a mark
     * starts: its length at q, or 0.
     */
    static int nickname(String s, int q) {
        if (q + 2 > s.length() || !InputText.isCjk(s.charAt(q)) || !InputText.isCjk(s.charAt(q + 1))) return 0;
        char a = s.charAt(q), b = s.charAt(q + 1);
        if (PersonNames.isSurname(a)) {
            Matcher d = DEPUTY_OFFICE.matcher(s).region(q + 1, s.length());
            if (d.lookingAt() && wordEnds(s, d.end())) return d.end() - q;
        }
        if (PersonNames.stopAt(s, q) || !wordEnds(s, q + 2)) return 0;
        if ((b == '姐' || b == '哥') && "小大表堂师老我你他她的是".indexOf(a) < 0) return 2;
        // "和大刘去的": 大 and a surname, a colleague's nickname as 老 and 小 make one, a word of its own before a verb
        if (a == '大' && PersonNames.isSurname(b) && q + 2 < s.length() && s.charAt(q + 2) != '的' && InputText.isCjk(s.charAt(q + 2))) return 2;
        if (a == b && NOT_DOUBLED.indexOf(a) < 0 && !PersonNames.isSurname(a)) return 2;
        return 0;
    }

    /** A word ends at p: the text's end, a mark, or a word that starts after a name. */
    private static boolean wordEnds(String s, int p) {
        return p >= s.length() || !InputText.isCjk(s.charAt(p)) || PersonNames.stopAt(s, p);
    }

    /** "小牛", "老秦": 小 or 老 and a surname. */
    static boolean isNickname(String t) {
        return t.length() == 2 && (t.charAt(0) == '小' || t.charAt(0) == '老') && PersonNames.isSurname(t.charAt(1));
    }

    /** A name at q that is a whole word; later in a list, a two- or three-character word the recogniser reads as a person. */
    static int nameHere(String s, int q, boolean inList) {
        int n = PersonNames.nameAt(s, q);
        if (n >= 2 && PersonNames.isName(s.substring(q, q + n))) return n;
        int nick = nickname(s, q);
        if (nick > 0) return nick;
        for (int w = 3; w >= 2; w--) {
            if (q + w > s.length()) continue;
            String c = s.substring(q, q + w);
            if (!c.chars().allMatch(ch -> InputText.isCjk((char) ch))) continue;
            // "晓雯陪的": a third character that opens a word said after a name is no part of it (as PersonNames reads)
            if (w == 3 && PersonNames.stopAt(s, q + 2)) continue;
            boolean ends = q + w == s.length() || !InputText.isCjk(s.charAt(q + w)) || PersonNames.stopAt(s, q + w);
            // the word lists before HanLP: a word they rule out needs no segmenting
            if (ends && !PersonNames.notAName(c) && NameRecogniser.guess(c) == NameRecogniser.Guess.PERSON) return w;
            // "晓东 丽娟一起": a further given name in a list of ours, though HanLP tags it an organisation
            if (ends && w == 2 && inList && givenNameAlong(s, q, q + 2)) return 2;
        }
        return 0;
    }

    /** A name of len characters at st: a surname and a given name or a form of address, or a nickname ("芳姐"). */
    static boolean namedAt(String text, int st, int len) {
        return PersonNames.nameAt(text, st) == len && PersonNames.isName(text.substring(st, st + len)) || nickname(text, st) == len;
    }

    /** The names in a list, dropping words that are not names ("全体成员", "两名同志"). */
    private static List<String> names(String t) {
        List<String> out = new ArrayList<>();
        for (String piece : NAME_SEPARATORS.split(t)) {
            String p = piece.strip();
            for (String prefix : new String[]{"组员", "同事", "组长"}) if (p.startsWith(prefix)) p = p.substring(prefix.length());
            if (p.endsWith("全程")) p = p.substring(0, p.length() - 2);
            if (PersonNames.isName(p)) out.add(p);
        }
        return out;
    }
}
