package zhaoshang.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in prose: 对接人员 as "姓名（职务）" ("总经理助理刘总", "副总裁刘建平", "徐斌副总经理接待", "王总（副总经理）",
 * a title alone: "副总经理"); our own people ("和王峰一起", "我和杨琦", "同行：赵斌、韦宁"); companions of an inspection
 * ("赵彦武、徐小飞全程陪同", "陪同人员：乜琳、林琳", "我和冯双田陪的"); who follows a lead up ("由林琳负责", "杨琦跟").
 */
final class ProsePeople {

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final Pattern RX_CALLED = Pattern.compile("^(?:叫|是|就是|姓(?=\\S{3}))");
    private static final Pattern RX_TRAILING_ONE_OF = Pattern.compile("(?:的)?(?:一个|一位)?$");
    private static final Pattern RX_SURNAME_SAID = Pattern.compile("(?:姓|叫).");
    private static final Pattern RX_DEMONSTRATIVE = Pattern.compile("(?:这|那|该|本|贵|我|其).*");

    private ProsePeople() { }

    private static final String[] CORE = {"首席技术官", "首席执行官", "首席财务官", "首席运营官", "首席科学家", "联合创始人", "创始人",
            "执行董事", "首席架构师", "特别助理", "高级副总裁", "执行副总裁", "执行总裁", "高级副总经理", "常务副总经理", "常务副总裁", "常务副院长", "常务副所长", "常务副主任", "常务副部长", "常务副总", "执行副总", "常务副秘书长", "常务副会长", "总经理助理", "董事长助理", "总裁助理", "会长助理",
            "董事会秘书", "副总经理", "高级总监", "副总监", "副总工程师", "副总工", "副经理", "副厂长", "副行长", "副书记", "副局长", "副主席", "主席", "副董事长", "副秘书长", "高级经理", "副总裁", "总经理", "董事长", "秘书长", "副会长", "副部长", "副处长",
            "副院长", "副所长", "副主任", "总工程师", "CEO助理", "总裁", "董秘", "会长", "部长", "处长", "院长", "所长", "主任", "总监",
            "经理", "副课长", "课长", "负责人", "副总", "总工", "特助", "VP", "书记", "局长", "厂长", "行长", "主管", "合伙人", "CEO", "CTO", "CFO", "COO", "CMO", "CIO", "董事",
            // a university's or an institute's people ("机械工程学院 王教授", "研究员李明")
            "副教授", "教授", "副研究员", "研究员", "院士", "高级工程师", "工程师",
            // "老板 韦军", "许总 老板": the owner of a small firm, a title only beside a name (老板娘, 老总, and 粤 老细 alike)
            "老板娘", "老板", "老总", "老细",
            // "GM 陈立峰", "董助周倩", "总助 林佳", "gm 杜峰": the titles shortened as members type them, kept as written
            "GM助理", "GM", "gm", "vp", "ceo", "董助", "总助"};
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

    private static final String[] INTRO = {"对接人员", "接待人员", "接待人", "对方人员", "企业人员", "联系人", "对接人是", "对接人为", "对接人", "对接", "接待", "见了", "见到了", "见到", "约见了", "约到了", "与", "和",
            "是", "为", "的", "了", "公司", "集团", "对方", "由", "带队", "拜访", "见", "找", "姓", "其中", "以及", "及", "包括", "跟", "同",
            "还有", "他们", "叫", "企业", "那个", "这个", "那位", "这位", "先后", "分别", "一个", "一位", "两位", "的有", "的是", "出席",
            // the verbs of meeting someone, whose object is the one met ("回访许文博副总经理", "会见了董事长王强")
            "回访", "会见", "会晤", "拜会", "拜见", "看望", "约谈", "面见", "宴请", "邀请", "访问", "接洽", "请教", "结识", "认识", "约了", "约到",
            // "董事长出差不在，委托副总经理常玥接待": who was sent in one's place
            "委托", "安排", "指派", "派了"};
    private static final String[] OUR_SIDE = {"高新区", "潞州区", "管委会", "区领导", "我方", "我组", "投资促进部", "区委", "区长", "市领导", "组长", "商务局",
            "区政府", "区里", "投促局", "招商局"};

    /** 对接人员: "姓名（职务）" or the title alone, joined by 、; names in ours are our people, not theirs. */
    static String contacts(String text, Set<String> ours) {
        return contacts(text, ours, null);
    }

    /**
     * @param enterprise the record's enterprise: its short form before a title is no department ("凯盛科技副总经理蒋振华"
     *                   → 蒋振华（副总经理）, "长城汽车采购中心副总经理" → 采购中心副总经理); null when unknown
     */
    static String contacts(String text, Set<String> ours, String enterprise) {
        Set<String> out = new LinkedHashSet<>();
        text = fieldSeparators(text);
        String[] clauses = CLAUSE_MARKS.split(text);
        int words = 0;
        int chars = 0;
        for (String c : clauses) if (!c.isBlank()) { words++; chars += c.strip().length(); }
        boolean pauses = words >= 5 && chars <= 6 * words; // voice input, its pauses written as commas
        // the mark after each clause: "副总经理、董事会秘书胡宇翔" holds two titles of one person
        char[] markAfter = new char[clauses.length];
        for (int k = 0, pos = 0; k < clauses.length; k++) {
            pos += clauses[k].length();
            markAfter[k] = pos < text.length() ? text.charAt(pos) : 0;
            pos++;
        }
        String bareTitle = null;
        int titledClause = -2; // the clause the last named contact with a title was read in
        for (int ci = 0; ci < clauses.length; ci++) {
            String clause = clauses[ci];
            // a title alone that ended the clause before, joined to this one by 、
            String heldTitle = ci > 0 && markAfter[ci - 1] == '、' ? bareTitle : null;
            bareTitle = null;
            int i = 0;
            int floor = 0;
            int namedEnd = -1;
            while (i < clause.length()) {
                String core = coreAt(clause, i);
                if (core == null) {
                    int n = addressAt(clause, i);
                    if (n > 0) {
                        String who = clause.substring(i, i + n);
                        // "对接的是阮志坚 阮总", "，管永春，管总，": the whole name said right before its address
                        String whole = fullNameBefore(clause, i);
                        if (whole == null && ci > 0 && clause.substring(0, i).isBlank() && markAfter[ci - 1] != '、') {
                            String prev = clauses[ci - 1].stripTrailing();
                            whole = fullNameBefore(prev + clause.charAt(i), prev.length());
                        }
                        if (whole != null) who = whole;
                        // "明天去常州见锦程的谈总": one addressed in a plan is whom we will meet, not whom we met
                        if (!ours.contains(who) && !ourSide(clause.substring(0, i)) && !PLAN_AHEAD.matcher(clause.substring(0, i)).find()) {
                            // "投资部 钱总", "采购中心何经理": the unit said right before the one addressed is where they work
                            String unit = unitBefore(clause, i, enterprise);
                            // "，投资部，钱总，": the words of a terse line or voice input, their pauses written as commas
                            if (unit.isEmpty() && ci > 0 && clause.substring(0, i).isBlank() && markAfter[ci - 1] != '、')
                                unit = unitBefore(clauses[ci - 1], clauses[ci - 1].length(), enterprise);
                            int full = sameSurnameAfter(clause, i + n, who.charAt(0));
                            if (full > 0) {
                                // "投资部 的 林总 林晓东": the address, then the whole name
                                who = clause.substring(InputText.skipSpaces(clause, i + n), full);
                                n = full - i;
                            } else if (clause.substring(i + n).isBlank() && ci + 1 < clauses.length
                                    && sameSurnameAfter(clauses[ci + 1].strip(), 0, who.charAt(0)) == clauses[ci + 1].strip().length()) {
                                who = clauses[ci + 1].strip();
                            }
                            out.add(unit.isEmpty() ? who : who + "（" + unit + "）");
                        }
                        i += n;
                        continue;
                    }
                    int latin = givenLatinAt(clause, i);
                    if (latin > 0 && clause.substring(0, i).isBlank() && ci > 0 && markAfter[ci - 1] != '、') {
                        // "，政府关系，Tina，", "战投部 Amy": an English name said after the unit the one met works in
                        String unit = unitBefore(clauses[ci - 1], clauses[ci - 1].length(), enterprise);
                        if (!unit.isEmpty()) out.add(clause.substring(i, i + latin) + "（" + unit + "）");
                    }
                    i += Math.max(latin, 1);
                    continue;
                }
                int te = i + core.length();
                if (i == namedEnd && HONORIFIC.matcher(core).matches()) {
                    // "副院长 闫明辉教授": an academic rank said after the name that has its title already
                    i = te;
                    floor = te;
                    continue;
                }
                te = concurrent(clause, te);
                int ts = Math.max(floor, deptStart(clause, i));
                String dept = withoutEnterprise(cleanDept(clause.substring(ts, i)), enterprise, text);
                if (dept.length() >= 4 && endsLikeDept(dept)) {
                    // "已约好战略部副总经理": the verbs before the department are not part of it
                    int v = NameRecogniser.leadingVerbs(dept);
                    if (v > 0 && dept.length() - v >= 2) dept = dept.substring(v);
                }
                String coreWords = withoutPauses(clause.substring(i, te));
                int next = ci + 1;
                boolean ends = clause.substring(te).isBlank();
                if (pauses && ends && next < clauses.length && (clauses[next].strip().equals("助理") || clauses[next].strip().equals("秘书"))
                        && !coreWords.endsWith("助理")) {
                    // voice pauses as commas: "，董事长，助理，白雪，"
                    coreWords += clauses[next].strip();
                    next++;
                }
                if (pauses && dept.isEmpty() && clause.substring(0, i).isBlank() && ci > 0) dept = withoutEnterprise(prevDept(clauses, ci), enterprise, text);
                else if (pauses && !dept.isEmpty() && clause.substring(0, ts).isBlank() && ci > 0 && endsLikeDept(dept)) dept = shortWord(clauses, ci) + dept;
                String name = null;
                String title = dept + coreWords;
                int after = te;
                while (after < clause.length() && clause.charAt(after) == ' ') after++;
                if (clause.startsWith("叫", after) || clause.startsWith("是", after)) after++;
                while (after < clause.length() && clause.charAt(after) == ' ') after++;
                // a name after the title; one of a rarer surname when the recogniser reads it as a person ("董事会秘书冒小燕")
                int n = clause.startsWith("一行", after) || clause.startsWith("等", after) ? 0 : PersonNames.nameAt(clause, after);
                if (n == 0 && !clause.startsWith("一行", after) && !clause.startsWith("等", after) && after > i) n = nameHere(clause, after, true);
                // "采购中心总监Tony陈", "副总裁Jason周": an English given name and the surname
                if (n == 0) n = latinNameAt(clause, after);
                // "中国区总经理Thomas Becker": a Western name, two capitalised words
                if (n == 0) n = westernNameAt(clause, after);
                boolean ends0 = clause.substring(te).isBlank();
                if (n == 0 && ends0 && ci + 1 < clauses.length && markAfter[ci] != '、') {
                    // "，采购总监，Eric，": an English name alone after the title, the pause written as a comma
                    String nx = clauses[ci + 1].strip();
                    int g = givenLatinAt(nx, 0);
                    if (g > 0 && g == nx.length()) {
                        name = nx;
                        clauses[ci + 1] = "";
                    }
                }
                if (n >= 2 && n <= 3) {
                    // "生产副总 欧阳 欧阳志刚" in voice input: the surname said first, then the whole name after a pause
                    int again = after + n;
                    while (again < clause.length() && clause.charAt(again) == ' ') again++;
                    if (again > after + n && clause.startsWith(clause.substring(after, after + n), again) && PersonNames.nameAt(clause, again) > n) {
                        after = again;
                        n = PersonNames.nameAt(clause, again);
                    }
                }
                if (after + 1 < clause.length() && PersonNames.isSurname(clause.charAt(after))
                        && (n == 0 && clause.charAt(after + 1) == ' ' || n == 2 && addressAt(clause, after) == 2)) {
                    // "总经理 田 田军" in voice input, "总监 罗总 罗志勇": the surname or the address, then the whole name
                    int full = sameSurnameAfter(clause, after + Math.max(n, 1), clause.charAt(after));
                    if (full > 0) {
                        after = InputText.skipSpaces(clause, after + Math.max(n, 1));
                        n = full - after;
                    }
                }
                int surname = clause.startsWith("姓", after) && after + 1 < clause.length() ? after + 2 : -1;
                while (surname > 0 && surname < clause.length() && clause.charAt(surname) == ' ') surname++;
                if (surname > 0 && surname < clause.length() && clause.charAt(surname) == clause.charAt(after + 1)
                        && PersonNames.nameAt(clause, surname) >= 2) {
                    // "投资总监 姓方 方总"
                    n = PersonNames.nameAt(clause, surname);
                    after = surname;
                }
                if (name != null) {
                    // an English name in the next clause, read above
                } else if (n > 0) {
                    name = clause.substring(after, after + n);
                    te = after + n;
                    namedEnd = te;
                    if (ABSENT.matcher(clause).region(te, clause.length()).lookingAt()) {
                        // "董事长刘凯出差不在，委托副总经理常玥接待": one not there is no one met
                        i = te;
                        floor = te;
                        continue;
                    }
                } else if (ts > 0 && (clause.charAt(ts - 1) == '（' || clause.charAt(ts - 1) == '(')) {
                    if (te < clause.length() && clause.charAt(te) != '）' && clause.charAt(te) != ')') {
                        // "副总 钟晓峰（总经理之子）": a note in the brackets, not the title of the name before them
                        i = te;
                        floor = te;
                        continue;
                    }
                    int s0 = ts - 1;
                    int s = s0;
                    while (s > 0 && InputText.isCjk(clause.charAt(s - 1)) && s0 - s < 3) s--;
                    // "孙总（董事长）", "的孙总（董事长）": the name right before the bracket
                    for (int w = s0 - s; w >= 2 && name == null; w--) {
                        String who = clause.substring(s0 - w, s0);
                        if (PersonNames.nameAt(who, 0) == who.length() && PersonNames.isName(who)) name = who;
                    }
                    // "戴军戴总（投资总监）": the whole name said right before the address
                    String whole = name != null && name.length() == 2 ? fullNameBefore(clause, s0 - 2) : null;
                    if (whole != null) name = whole;
                } else if (!dept.isEmpty() && PersonNames.isName(dept) && !dept.endsWith("区")) {
                    name = dept;
                    title = withoutPauses(clause.substring(i, te));
                } else if ((name = nameAfterDept(dept)) != null) {
                    // "采购中心王明经理": the department, the name, then the title
                    title = dept.substring(0, dept.length() - name.length()) + coreWords;
                } else if (!dept.isEmpty() && wordStart(clause, ts) && (name = nameBefore(dept)) != null) {
                    // "李红投资部长": the name, then the department
                    title = title.substring(name.length());
                } else if (dept.length() == 1 && PersonNames.isSurname(dept.charAt(0))) {
                    String who = dept + clause.substring(i, te);
                    if (!ours.contains(who) && !ALONG_US.matcher(clause.substring(0, ts)).find()) {
                        // "采购部 段经理", "物流的石经理", "，研发中心，潘主任，": the unit said right before the surname
                        // addressed by the title is where they work
                        String unit = ADDRESSED.matcher(coreWords).matches() ? unitBefore(clause, ts, enterprise) : "";
                        if (unit.isEmpty() && ADDRESSED.matcher(coreWords).matches() && ci > 0 && clause.substring(0, ts).isBlank()
                                && markAfter[ci - 1] != '、') unit = unitBefore(clauses[ci - 1], clauses[ci - 1].length(), enterprise);
                        // "西北工业大学材料学院 韩教授": the school is the university's, the enterprise itself
                        out.add(unit.isEmpty() || school(unit) ? who : who + "（" + unit + "）");
                    }
                    i = te;
                    continue;
                } else if (ts >= 3 && PersonNames.isName(clause.substring(ts - 3, ts).strip()) && wordStart(clause, ts - 3)) {
                    name = clause.substring(ts - 3, ts).strip();
                } else if (ts >= 2 && PersonNames.isName(clause.substring(ts - 2, ts)) && wordStart(clause, ts - 2)) {
                    name = clause.substring(ts - 2, ts);
                } else if (ends && ts == 0 && ci > 0 && next + 1 < clauses.length && trailingName(clauses[ci - 1]) != null
                        && PersonNames.isName(clauses[next].strip()) && titleOnly(clauses[next + 1])
                        && !out.contains(trailingName(clauses[ci - 1]))) {
                    // "王强，副总经理，李梅，办公室主任": names before their titles, each title after its own name
                    name = trailingName(clauses[ci - 1]);
                } else if (ends && next + 1 < clauses.length && (name = spacedName(clauses[next], clauses[next + 1])) != null) {
                    // "副总经理，胡，斌，" in voice input: the surname and the given name said apart
                    clauses[next + 1] = "";
                } else if (ends && next + 1 < clauses.length && (name = stutteredName(clauses, next)) != null) {
                    // "副总裁兼董秘，喻，喻宁", "副总裁，黄，黄什么来着，黄建国" in voice input: the surname said first, then the name
                } else if (ends && next < clauses.length && leadingName(clauses[next]) != null) {
                    // "副总裁 杨勇" in voice input, "对接：副总裁 李军、投资总监 王蕾", "，处长，叫范文，", "CEO 沈一帆亲自接待"
                    name = leadingName(clauses[next]);
                } else if (ends && next + 1 < clauses.length && RX_SURNAME_SAID.matcher(clauses[next].strip()).matches()
                        && PersonNames.isName(called(clauses[next + 1])) && called(clauses[next + 1]).charAt(0) == clauses[next].strip().charAt(1)) {
                    // "生产副总 姓余 余总", "副总经理，姓谢，叫谢振华"
                    name = called(clauses[next + 1]);
                } else if (ts == 0 && ci > 0 && trailingName(clauses[ci - 1]) != null) {
                    // "见了徐晓东，董事会秘书"
                    name = trailingName(clauses[ci - 1]);
                }
                if (name != null && dept.length() >= 2 && i >= 1 && clause.charAt(i - 1) == name.charAt(0) && dept.charAt(dept.length() - 1) == name.charAt(0)) {
                    // "投资部 的 刘处长 刘洋": the surname addressed by the title, then the whole name
                    title = unitBefore(clause, i - 1, enterprise) + coreWords;
                } else if (name == null && dept.length() >= 3 && i >= 1 && clause.charAt(i - 1) == dept.charAt(dept.length() - 1)
                        && PersonNames.isSurname(dept.charAt(dept.length() - 1)) && ADDRESSED.matcher(coreWords).matches()) {
                    // "战略投资部孙经理", "投资部 许部长": the department, then the surname addressed by the title
                    String unit = unitBefore(clause, i - 1, enterprise);
                    String who = dept.charAt(dept.length() - 1) + coreWords;
                    if (!unit.isEmpty() && !ours.contains(who)) {
                        out.add(who + "（" + unit + "）");
                        i = te;
                        floor = te;
                        continue;
                    }
                }
                if (name == null && dept.length() >= 2 && PersonNames.isSurname(dept.charAt(dept.length() - 1))
                        && (ADDRESSED.matcher(coreWords).matches() || ADDRESSED_TOP.matcher(coreWords).matches() && i >= 1 && clause.charAt(i - 1) == dept.charAt(dept.length() - 1) && wordStart(clause, i - 1))
                        && !endsLikeDept(dept.substring(0, dept.length() - 1)) && !ourSide(dept.substring(0, dept.length() - 1))) {
                    // "交流中闫院长透露", "据叶处长介绍", "前天王部长带着我去": a surname and the title, the words before it no department
                    String who = dept.charAt(dept.length() - 1) + coreWords;
                    // "陪同的有深圳山西商会的刘秘书长": one who came along with us is no one we met; "请韩部长那边发邀请函": asked of ours
                    boolean asked = i >= 2 && (clause.charAt(i - 2) == '请' || clause.charAt(i - 2) == '让');
                    if (!ours.contains(who) && !asked && !ALONG_US.matcher(clause.substring(0, i)).find()) out.add(who);
                    i = te;
                    floor = te;
                    continue;
                }
                i = te;
                floor = te;
                // "董事长郝宏伟、技术中心主任褚建新陪同参观": a name with its title listed right after one of theirs is
                // theirs too, though the list ends with 陪同
                boolean listedWithTheirs = titledClause == ci - 1 && markAfter[ci - 1] == '、' && clause.substring(0, ts).isBlank();
                if (ourSide(dept) || name != null && ours.contains(name) && !listedWithTheirs) continue;
                // "老板说要等等": the owner told of, no one named
                if (name == null && coreWords.startsWith("老")) continue;
                // "投资的事她说要等董事长回国", "对接几个教授团队": a title told of in speech or counted, no one met
                if (name == null && (MENTIONED.matcher(dept).find() || COUNTED.matcher(dept).matches())) continue;
                // "副总裁 不对 是 总经理 俞洪": a title taken back at once
                if (name == null && ends && next < clauses.length && TAKEN_BACK.matcher(clauses[next].strip()).lookingAt()) continue;
                // "陪同的还有绍兴山西商会的秘书长任国栋": one who came along with us is no one we met
                if (ALONG_US.matcher(clause.substring(0, ts)).find()) continue;
                // "明天约了他们董事长助理再谈一次": a title alone in a plan is whom we will meet, not whom we met
                if (name == null && PLAN_AHEAD.matcher(clause).find()) continue;
                if (name == null && REPORTS_TO_BEFORE.matcher(clause.substring(0, ts)).find()
                        && REPORTS_TO_AFTER.matcher(clause.substring(te).strip()).find()) continue;
                String last = out.isEmpty() ? null : new ArrayList<>(out).get(out.size() - 1);
                boolean heIs = HE_IS.matcher(clause.substring(0, ts)).find()
                        || clause.substring(0, ts).isBlank() && ci > 0 && clauses[ci - 1].strip().length() <= 6 && HE_IS.matcher(clauses[ci - 1].strip()).find();
                // "王总是他们的分管副总": the one just named, then what they are
                if (!heIs && last != null && !last.contains("（")) {
                    String lead = clause.substring(0, ts).strip();
                    heIs = lead.endsWith(last + "是") || lead.matches(".*" + Pattern.quote(last) + "是(?:他们|公司|企业|对方|该公司)?(?:的)?");
                }
                if (name == null && last != null && !last.contains("（") && heIs) {
                    // "见了孙总 他是总经理助理": the title of the one just named
                    out.remove(last);
                    out.add(last + "（" + title + "）");
                    continue;
                }
                if (name != null && heldTitle != null && clause.substring(0, ts).isBlank() && last != null && last.equals(heldTitle)) {
                    // "公司副总经理、董事会秘书胡宇翔", "党委副书记、副总裁钟雨": the titles before the name are all its own
                    out.remove(heldTitle);
                    title = heldTitle + "、" + title;
                }
                heldTitle = null;
                // "副院长，闫明辉教授" in voice input: the rank after a name already given its title
                String titled = name + "（";
                if (name != null && HONORIFIC.matcher(title).matches() && out.stream().anyMatch(o -> o.startsWith(titled))) continue;
                out.add(name == null ? title : name + "（" + title + "）");
                if (name != null) titledClause = ci;
                if (name == null && clause.substring(te).isBlank()) bareTitle = title;
            }
        }
        if (out.isEmpty()) {
            Matcher z = SURNAME_ADDRESS.matcher(text);
            while (z.find()) {
                String who = z.group(1);
                if (PersonNames.isSurname(who.charAt(0)) && !ours.contains(who)) { out.add(who); break; }
            }
        }
        // "吴总（封装事业部负责人）" makes a bare "吴总", a bare title inside someone's brackets says nothing more
        List<String> all = new ArrayList<>(out);
        all.removeIf(c -> !c.contains("（") && all.stream().anyMatch(o -> o != c && o.contains("（") && (o.startsWith(c + "（") || o.contains(c))));
        // "对接了李振华副总裁。李总介绍了…": 李总 is the same person
        // "方亮（工业工程事业部经理）… 方经理": the same person by surname and the title's last word
        // "董事长金海涛…金董事长": the surname and the whole title
        all.removeIf(c -> !c.contains("（") && c.length() >= 2 && c.length() <= 5 && PersonNames.isSurname(c.charAt(0))
                && all.stream().anyMatch(o -> o != c && o.charAt(0) == c.charAt(0) && o.contains("（")
                        && (c.substring(1).equals("总") || o.endsWith(c.substring(1) + "）") || titleOf(o).startsWith(c.substring(1))
                        // "冯卫（总工程师）… 冯工": the engineer addressed by the surname
                        || c.substring(1).equals("工") && titleOf(o).contains("工")
                        // "副院长穆青 穆教授", "产业促进处处长方圆…方处": the rank, or a word of the title, after the surname
                        || HONORIFIC.matcher(c.substring(1)).matches() || c.length() == 2 && titleOf(o).contains(c.substring(1)))));
        // "硬质合金事业部的魏总 嗯 魏国强 事业部总经理": the address with its unit, then the whole name with its title
        all.removeIf(c -> c.indexOf('（') >= 2 && c.indexOf('（') <= 3 && PersonNames.isSurname(c.charAt(0)) && addressAt(c, 0) > 0
                && all.stream().anyMatch(o -> o != c && o.charAt(0) == c.charAt(0) && o.indexOf('（') > 1 && addressAt(o, 0) == 0
                        && PersonNames.isName(o.substring(0, o.indexOf('（')))));
        return all.isEmpty() ? null : String.join("、", all);
    }

    /**
     * A line whose fields are set apart by dashes, slashes or a plus ("X公司-沈立群-战略发展部总监-…", "X公司 / 总经理 蒋涛 /
     * …", "赵东 副总 + 刘静 投资部经理"): each mark between Chinese words is a pause like a comma; a mark touching Latin
     * letters or figures ("TCL-华星", "A/B", "12-08") is kept.
     */
    static String fieldSeparators(String text) {
        if (text.indexOf('-') < 0 && text.indexOf('/') < 0 && text.indexOf('—') < 0 && text.indexOf('／') < 0
                && text.indexOf('+') < 0 && text.indexOf('＋') < 0 && text.indexOf('|') < 0 && text.indexOf('｜') < 0) return text;
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (SEPARATOR_MARKS.indexOf(c) < 0) { b.append(c); i++; continue; }
            int e = i;
            while (e < n && SEPARATOR_MARKS.indexOf(text.charAt(e)) >= 0) e++;
            int l = b.length();
            while (l > 0 && b.charAt(l - 1) == ' ') l--;
            int r = e;
            while (r < n && text.charAt(r) == ' ') r++;
            boolean cjkBefore = l > 0 && (InputText.isCjk(b.charAt(l - 1)) || b.charAt(l - 1) == '）');
            boolean cjkAfter = r < n && InputText.isCjk(text.charAt(r));
            // "，-邵文杰-", "葛明远，-，投资发展部部长": a mark beside a pause (or a line's start) adds nothing to it
            boolean pauseBefore = l == 0 || PAUSES.indexOf(b.charAt(l - 1)) >= 0;
            boolean pauseAfter = r >= n || PAUSES.indexOf(text.charAt(r)) >= 0;
            if ((cjkBefore || pauseBefore) && (cjkAfter || pauseAfter)) {
                b.setLength(l);
                if (!pauseBefore && !pauseAfter) b.append('，');
                // "，-，": one pause
                i = pauseBefore && pauseAfter && l > 0 && r < n ? r + 1 : r;
            } else {
                b.append(text, i, e);
                i = e;
            }
        }
        return b.toString();
    }

    private static final String SEPARATOR_MARKS = "-—－/／+＋|｜";
    private static final String PAUSES = "，。；;,！、：:\n";

    private static final Pattern MENTIONED = Pattern.compile("说|她|他|讲|表示");
    private static final Pattern COUNTED = Pattern.compile("(?:几|多|若干|一些|两|三|四|五)(?:个|位|名)?");
    private static final Pattern TAKEN_BACK = Pattern.compile("(?:哦|噢)?(?:不对|说错了|说错)");

    /** Said right after a name: the one named was not there ("出差不在", "不在公司", "在外地"). */
    private static final Pattern ABSENT = Pattern.compile("(?:正在|在)?(?:出差|外出|不在|没在|缺席|未能出席|休假)");
    /** Academic ranks said after a name that has its title ("闫明辉教授"). */
    private static final Pattern HONORIFIC = Pattern.compile("教授|副教授|研究员|院士|博士");

    /**
     * "Tony陈", "Jason周": an English given name of two to ten letters, capitalised, and a surname, a word of its own;
     * its length, or 0.
     */
    static int latinNameAt(String s, int p) {
        if (p >= s.length() || s.charAt(p) < 'A' || s.charAt(p) > 'Z') return 0;
        int e = p + 1;
        while (e < s.length() && s.charAt(e) >= 'a' && s.charAt(e) <= 'z') e++;
        if (e - p < 2 || e - p > 10 || e >= s.length() || !PersonNames.isSurname(s.charAt(e))) return 0;
        if (p > 0 && Character.isLetter(s.charAt(p - 1)) && s.charAt(p - 1) < 128) return 0;
        int end = e + 1;
        return end == s.length() || !InputText.isCjk(s.charAt(end)) || PersonNames.stopAt(s, end) ? end - p : 0;
    }

    /** "Eric", "Tony Wang": an English given name (with a surname word) standing alone at p; its length, or 0. */
    static int givenLatinAt(String s, int p) {
        int w = westernNameAt(s, p);
        if (w > 0) return w;
        if (p >= s.length() || s.charAt(p) < 'A' || s.charAt(p) > 'Z' || p > 0 && InputText.isLatin(s.charAt(p - 1))) return 0;
        int e = p + 1;
        while (e < s.length() && s.charAt(e) >= 'a' && s.charAt(e) <= 'z') e++;
        if (e - p < 3 || e - p > 10 || e < s.length() && s.charAt(e) < 128 && Character.isLetterOrDigit(s.charAt(e))) return 0;
        return e - p;
    }

    /** "Thomas Becker": two capitalised words of letters, a word of its own; its length, or 0. */
    static int westernNameAt(String s, int p) {
        if (p >= s.length() || s.charAt(p) < 'A' || s.charAt(p) > 'Z' || p > 0 && InputText.isLatin(s.charAt(p - 1))) return 0;
        int e = p + 1;
        while (e < s.length() && s.charAt(e) >= 'a' && s.charAt(e) <= 'z') e++;
        if (e - p < 2 || e + 2 >= s.length() || s.charAt(e) != ' ' || s.charAt(e + 1) < 'A' || s.charAt(e + 1) > 'Z') return 0;
        int f = e + 2;
        while (f < s.length() && s.charAt(f) >= 'a' && s.charAt(f) <= 'z') f++;
        if (f - e - 1 < 2 || f < s.length() && s.charAt(f) < 128 && Character.isLetterOrDigit(s.charAt(f))) return 0;
        return f - p;
    }

    /** Voice input's surname alone, then the given name alone ("胡，斌", "孟，凡"): the whole name, or null. */
    private static String spacedName(String surname, String given) {
        String s = surname.strip();
        String g = given.strip();
        if (s.length() != 1 || !PersonNames.isSurname(s.charAt(0)) || g.isEmpty() || g.length() > 2) return null;
        for (int k = 0; k < g.length(); k++) if (!InputText.isCjk(g.charAt(k))) return null;
        String who = s + g;
        return PersonNames.isName(who) && addressAt(who, 0) == 0 && NameRecogniser.guess(who) == NameRecogniser.Guess.PERSON ? who : null;
    }

    /** Voice input's surname said alone and then the whole name within the next clauses ("喻，喻宁"); null otherwise. */
    private static String stutteredName(String[] clauses, int next) {
        String first = clauses[next].strip();
        // "司马，司马俊峰": a two-character surname said alone as well
        if (!(first.length() == 1 && PersonNames.isSurname(first.charAt(0)) || PersonNames.isCompoundSurname(first))) return null;
        for (int k = next + 1; k < clauses.length && k <= next + 3; k++) {
            String c = clauses[k].strip();
            if (c.isEmpty() || !c.startsWith(first)) return null;
            // "黄什么来着": the speaker searching for the name
            if (c.contains("什么") || c.contains("来着") || c.contains("叫啥")) continue;
            if (PersonNames.isName(c) && !c.endsWith("总") && c.length() > first.length()) return c;
            String lead = leadingName(c);
            if (lead != null && lead.startsWith(first) && lead.length() >= 2 && lead.length() > first.length()) return lead;
        }
        return null;
    }

    /**
     * The name a clause opens with when the name is a word of its own: the whole clause ("杨勇", "叫范文") or a name
     * followed by what the one named does ("沈一帆亲自接待", "王强介绍了…"); null otherwise.
     */
    private static String leadingName(String clause) {
        String c = RX_CALLED.matcher(clause.strip()).replaceFirst("");
        if (PersonNames.isName(c)) return c;
        int n = PersonNames.nameAt(c, 0);
        // "钟晓峰（总经理之子）": a note in brackets after the name
        if (n < 2 || n >= c.length() || !PersonNames.stopAt(c, n) && c.charAt(n) != '（' && c.charAt(n) != '('
                && !HONORIFIC.matcher(c.substring(n)).matches()) return null;
        String who = c.substring(0, n);
        return PersonNames.isName(who) ? who : null;
    }

    /** A clause without the 叫/是 that says a name ("叫谢振华" → 谢振华). */
    private static String called(String clause) {
        return RX_CALLED.matcher(clause.strip()).replaceFirst("");
    }

    /** The title in a contact's brackets ("谢婷婷（董事长）" → 董事长), or "". */
    private static String titleOf(String contact) {
        int b = contact.indexOf('（');
        return b < 0 || !contact.endsWith("）") ? "" : contact.substring(b + 1, contact.length() - 1);
    }

    /**
     * "回去跟董事长汇报", "需向集团总部领导请示": someone the one met answers to, named as whom a report goes to, not a
     * person met: 向/跟/给/和 before the title and a verb of reporting upward after it.
     */
    private static final Pattern REPORTS_TO_BEFORE = Pattern.compile("(?:向|跟|给|和|同|与)(?:他们|他|她|公司|集团|企业|总部)?(?:的)?$");
    private static final Pattern REPORTS_TO_AFTER = Pattern.compile("^(?:再|进一步)?(?:汇报|请示|报告|报批|商量|商议|沟通|反映|研究|确认|申请|通报)");

    private static final Pattern ALONG_US = Pattern.compile("陪同(?:的|人员|我们的)?(?:还有|有|是|为|[：:])");
    private static final Pattern PLAN_AHEAD = Pattern.compile("明天|后天|下周|下次|改天|下个月|下月|再谈|再约");

    /** Titles a surname alone is addressed by ("闫院长", "王部长", "刘总经理"). */
    private static final Pattern ADDRESSED = Pattern.compile("院长|部长|处长|主任|局长|总经理|经理|总监|书记|会长|秘书长|董事长|所长|厂长|行长|科长|课长|教授|副教授|研究员|院士");
    /** Top titles a surname addressed is said with only as a word of its own ("深圳 张副总", not 分管副总). */
    private static final Pattern ADDRESSED_TOP = Pattern.compile("副总|副总经理|副总裁|总裁");
    private static final Pattern HE_IS = Pattern.compile("(?:他|她)(?:是|为)(?:他们|公司|企业|对方)?(?:的)?\\s*$");

    private static boolean notPersonOrPlace(String p) {
        NameRecogniser.Guess g = NameRecogniser.guess(p);
        return g != NameRecogniser.Guess.PLACE && g != NameRecogniser.Guess.PERSON;
    }

    private static boolean unitWord(String word) {
        NameRecogniser.Guess g = NameRecogniser.guess(word);
        return g != NameRecogniser.Guess.ORGANISATION && g != NameRecogniser.Guess.PLACE;
    }

    /**
     * The department or business function said right before a person at {@code at}, a word of its own or glued to the
     * words that introduce the person ("投资部 钱总", "战略投资部孙经理", "储能BU 邹总", "供应链 许总", "投资部 的 刘处长");
     * "" when the word before is none (the enterprise, a place, a day, our side).
     */
    static String unitBefore(String clause, int at, String enterprise) {
        int j = at;
        while (j > 0 && clause.charAt(j - 1) == ' ') j--;
        if (j > 0 && clause.charAt(j - 1) == '的') {
            j--;
            while (j > 0 && clause.charAt(j - 1) == ' ') j--;
        }
        int e = j;
        while (j > 0 && (InputText.isCjk(clause.charAt(j - 1)) || InputText.isLatin(clause.charAt(j - 1)))) j--;
        if (e - j < 2) return "";
        String word = clause.substring(j, e);
        String d = cleanDept(word.substring(deptStart(word, word.length())));
        d = withoutEnterprise(d, enterprise, clause);
        if (d.length() < 2 || d.length() > 10 || ourSide(d) || enterprise != null && (enterprise.contains(d) || ProseRecord.same(d, enterprise))) return "";
        if (!endsLikeDept(d) && !BUSINESS_FUNCTION.matcher(d).matches()) return "";
        // "欣旺达电子股份有限公司东莞基地" is where, "高新区" ours; a place or a whole organisation is no department
        if (d.contains("公司") || d.contains("集团") || d.endsWith("区") || d.endsWith("市") || d.endsWith("省")) return "";
        return d;
    }

    /** A business function a company's people are named by when no department word follows ("供应链 许总", "政府事务 何经理"). */
    private static final Pattern BUSINESS_FUNCTION = Pattern.compile("[\\u4e00-\\u9fff]{0,2}(?:采购|销售|营销|生产|研发|运营|投资|战投|规划|招商|物流|制造|质量"
            + "|供应链|基建|政府事务|政府关系|公共事务|法务|财务|人力|人事|行政|市场|品牌|证券|董办)|[\\u4e00-\\u9fff]{0,4}BU");

    /** The end of a whole name of the given surname said right after p ("林总 林晓东", "刘处长 刘洋"), or -1. */
    private static int sameSurnameAfter(String clause, int p, char surname) {
        int q = InputText.skipSpaces(clause, p);
        if (q >= clause.length() || clause.charAt(q) != surname) return -1;
        int n = PersonNames.nameAt(clause, q);
        if (n < 2 || n > 3) return -1;
        String who = clause.substring(q, q + n);
        if (!PersonNames.isName(who) || addressAt(clause, q) > 0) return -1;
        return q + n;
    }

    /** "采购中心王明" → 王明: department words, then a full name (not a surname alone, as in "采购部王部长"). */
    private static String nameAfterDept(String dept) {
        for (int len = 3; len >= 2; len--) {
            if (dept.length() < len + 2) continue;
            String who = dept.substring(dept.length() - len);
            String unit = dept.substring(0, dept.length() - len);
            if (PersonNames.nameAt(who, 0) == len && PersonNames.isName(who) && endsLikeDept(unit) && !ourSide(unit)) return who;
        }
        return null;
    }

    /** "李红投资部" → 李红: a name of two or three characters the recogniser reads as a person, then department words. */
    private static String nameBefore(String dept) {
        for (int len = 3; len >= 2; len--) {
            if (dept.length() <= len) continue;
            String c = dept.substring(0, len);
            if (PersonNames.nameAt(dept, 0) >= len && PersonNames.isName(c) && NameRecogniser.guess(c) == NameRecogniser.Guess.PERSON) return c;
        }
        return null;
    }

    /**
     * Voice input reaches here with its pauses as commas: the department said just before the title ("，战略规划部的一个，
     * 处长，", "，电子材料板块，总经理，"), or a short word right after the enterprise or 见了 ("，，采购，部长，").
     */
    private static String prevDept(String[] clauses, int ci) {
        String p = RX_TRAILING_ONE_OF.matcher(clauses[ci - 1].strip()).replaceFirst("");
        if (p.isEmpty() || p.length() > 12) return "";
        String d = p.substring(deptStart(p, p.length()));
        // "，华北区，总经理，", "，工程起重机公司的，副总经理，": a region or a company of the group said before the title
        if (REGION_UNIT.matcher(d).matches()) return d;
        if (d.endsWith("公司") && d.length() >= 4 && d.length() <= 10 && !d.contains("有限") && !d.contains("股份")
                && !RX_DEMONSTRATIVE.matcher(d).matches() && unitWord(d.substring(0, d.length() - 2))) return d;
        for (String suffix : DEPT_ENDS) {
            if (d.length() > suffix.length() && d.endsWith(suffix)) {
                if (ourSide(d)) return "";
                // "，覆铜板，事业部，总经理，"
                return d.equals(p) && ci >= 2 && d.length() <= 4 ? shortWord(clauses, ci - 1) + d : d;
            }
        }
        return d.equals(p) ? shortWord(clauses, ci) : "";
    }

    /** A region of the enterprise's organisation ("华北区", "华东区域", "西南大区", "亚太区"). */
    private static final Pattern REGION_UNIT = Pattern.compile("(?:华北|华东|华南|华中|华西|西南|西北|东北|亚太|中国|大中华|海外|国际|北方|南方)(?:区域|大区|区)");

    /** "，，中药，事业部的副总，": a word of two to four characters said right after the enterprise or 见了, before a department. */
    private static String shortWord(String[] clauses, int ci) {
        String p = clauses[ci - 1].strip();
        String before = ci >= 2 ? clauses[ci - 2].strip() : "";
        if (p.length() >= 2 && p.length() <= 4 && (before.isEmpty() || before.endsWith("见了") || before.endsWith("对接") || before.endsWith("是") || before.equals("还有"))
                && !LEADING_DAY.matcher(p).matches()
                && !p.startsWith("他") && !p.startsWith("她") && !p.startsWith("对方") && !p.startsWith("公司") && PersonNames.nameAt(p, 0) == 0
                && deptStart(p, p.length()) == 0 && notPersonOrPlace(p)) return p;
        return "";
    }

    /** "副总经理兼董事会秘书", "副总裁 兼 财务总监", "副总裁兼华北区域负责人": where the last of the titles held together ends. */
    private static int concurrent(String clause, int te) {
        while (true) {
            int j = te;
            while (j < clause.length() && clause.charAt(j) == ' ') j++;
            if (!clause.startsWith("兼", j)) return te;
            j++;
            int found = -1;
            for (int k = j; k < clause.length() && k - j <= 10 && (InputText.isCjk(clause.charAt(k)) || InputText.isLatin(clause.charAt(k)))
                    || k < clause.length() && clause.charAt(k) == ' '; k++) {
                String c = coreAt(clause, k);
                if (c != null) { found = k + c.length(); break; }
            }
            if (found < 0) return te;
            te = found;
        }
    }

    /**
     * A 对接人 value written on a label line, in the ledger's form: "骆斌 执行董事" → 骆斌（执行董事）, "王总 副总经理、李经理"
     * → 王总（副总经理）、李经理, "副总裁 钱峰" → 钱峰（副总裁）. Kept as written when it is already in that form or when
     * the reading would drop or add any word of it.
     */
    static String labelled(String written) {
        if (written == null || written.isBlank() || written.indexOf('（') >= 0 || written.indexOf('(') >= 0) return written;
        // "接待人为该公司副总裁梁锐": the words that point back to the enterprise name no one
        written = ENTERPRISE_ITSELF.matcher(written.strip()).replaceFirst("");
        String read = contacts(written, Set.of());
        if (read == null || !sameWords(read, written)) return written;
        return read;
    }

    private static final Pattern ENTERPRISE_ITSELF = Pattern.compile("^(?:为|是)?(?:该公司|该企业|该集团|公司|企业|集团|对方|其)(?:的)?(?=\\S{3,})");

    /** Whether a value is people and nothing else: names, or names with titles as {@link #labelled} reads them. */
    static boolean onlyPeople(String line) {
        if (!PersonNames.list(line).isEmpty()) return true;
        String read = contacts(line, Set.of());
        return read != null && sameWords(read, line);
    }

    private static boolean sameWords(String a, String b) {
        return letters(a).equals(letters(b));
    }

    private static String letters(String s) {
        int[] cs = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if ("（）()、，,；;：: \t的".indexOf(c) < 0 && SEPARATOR_MARKS.indexOf(c) < 0) cs[n++] = c;
        }
        java.util.Arrays.sort(cs, 0, n);
        return new String(cs, 0, n);
    }

    /** "蓝总", "汪董", "刘工" at a word's start and not before a bracketed title ("任总（副总经理）"): its length, or 0. */
    private static int addressAt(String clause, int i) {
        if (!PersonNames.isSurname(clause.charAt(i)) || i + 1 >= clause.length()) return 0;
        char a = clause.charAt(i + 1);
        int len = clause.startsWith("女士", i + 1) || clause.startsWith("先生", i + 1) || clause.startsWith("小姐", i + 1) ? 3 : 2;
        // "张处" (a division head), but not 何处 / 高处
        boolean division = a == '处' && clause.charAt(i) != '何' && clause.charAt(i) != '高';
        // "李生", "谭生": how Cantonese speech addresses a man (先生), not 卫生, 余生 nor a word the 生 begins (生产)
        boolean mister = a == '生' && "卫余".indexOf(clause.charAt(i)) < 0;
        if (len == 2 && a != '总' && a != '董' && a != '工' && !division && !mister) return 0;
        int e = i + len;
        if (e < clause.length() && (InputText.isCjk(clause.charAt(e)) && !clause.startsWith("和", e) && !clause.startsWith("及", e)
                && !clause.startsWith("参加", e) && !clause.startsWith("出席", e) && !clause.startsWith("陪同", e) && !clause.startsWith("一起", e)
                && !clause.startsWith("亲自", e) && !clause.startsWith("热情", e) && !clause.startsWith("也", e) && !clause.startsWith("都", e)
                && !clause.startsWith("说", e) && !clause.startsWith("接待", e) && !clause.startsWith("介绍", e)
                && !clause.startsWith("表示", e) && !(clause.startsWith("是", e) && !clause.startsWith("是否", e)) || clause.charAt(e) == '（' || clause.charAt(e) == '(')) return 0;
        // "拜访了公司刘总和王总": a surname and 总 right after the enterprise's word is one of its people
        // "采购中心孙总", "战略规划部金总": the department glued before the one addressed
        // "阮志坚阮总": the whole name glued before its address
        return wordStart(clause, i) || clause.startsWith("公司", i - 2) || clause.startsWith("集团", i - 2) || deptGlued(clause, i)
                || len == 2 && fullNameBefore(clause, i) != null ? len : 0;
    }

    /**
     * The whole name of the surname at i said right before it, a word of its own ("阮志坚阮总", "管永春 管总", "戴军戴总"):
     * the name, or null.
     */
    private static String fullNameBefore(String s, int i) {
        if (i < 2 || i >= s.length()) return null;
        char surname = s.charAt(i);
        int e = i;
        while (e > 0 && s.charAt(e - 1) == ' ') e--;
        for (int len = 3; len >= 2; len--) {
            int st = e - len;
            if (st < 0 || s.charAt(st) != surname) continue;
            String who = s.substring(st, e);
            if (PersonNames.isName(who) && "总董工处".indexOf(who.charAt(1)) < 0 && PersonNames.nameAt(s, st) >= len
                    && (st == 0 || !InputText.isCjk(s.charAt(st - 1)) || wordStart(s, st))) return who;
        }
        return null;
    }

    /** A department word ("采购中心", "战略规划部", "总裁办") ends right before i. */
    private static boolean deptGlued(String clause, int i) {
        if (i < 2) return false;
        char c = clause.charAt(i - 1);
        if (c != '部' && c != '心' && c != '办' && c != '处' && c != '室' && c != '群') return false;
        String unit = unitBefore(clause, i, null);
        return !unit.isEmpty() && endsLikeDept(unit);
    }

    /** A name may start at i: the clause's start, after a space or mark, or after a word that introduces a person. */
    private static boolean wordStart(String clause, int i) {
        if (i == 0 || !InputText.isCjk(clause.charAt(i - 1))) return true;
        for (String w : INTRO) if (w.length() > 0 && clause.startsWith(w, i - w.length()) && !w.equals("公司") && !w.equals("集团")) return true;
        return false;
    }

    /** A clause that is a title and nothing more ("副总经理", "办公室主任", "投资部 经理"). */
    private static boolean titleOnly(String clause) {
        String c = clause.strip();
        if (c.isEmpty() || c.length() > 12 || PersonNames.nameAt(c, 0) > 0 && PersonNames.isName(c.substring(0, PersonNames.nameAt(c, 0)))) return false;
        for (int k = 0; k < c.length(); k++) {
            String core = coreAt(c, k);
            if (core != null && c.substring(k + core.length()).isBlank()) return true;
        }
        return false;
    }

    private static String trailingName(String clause) {
        String c = clause.strip();
        // "见了管永春管总": the whole name, then its address
        if (c.length() >= 4 && addressAt(c, c.length() - 2) == 2) {
            String whole = fullNameBefore(c, c.length() - 2);
            if (whole != null) return whole;
        }
        for (int len = 3; len >= 2; len--) {
            if (c.length() < len) continue;
            String t = c.substring(c.length() - len);
            String before = c.substring(0, c.length() - len);
            if (PersonNames.isName(t) && (before.isEmpty() || before.endsWith("见了") || before.endsWith("对接") || before.endsWith("见到")
                    || before.endsWith("约了") || before.endsWith("是") || before.endsWith("：") || before.endsWith(":")
                    || before.endsWith("的") || before.endsWith("还有") || before.endsWith("以及"))) return t;
        }
        return null;
    }

    /**
     * The title word at i, longest first ("副总裁助理" over "副总裁"), with 助理/秘书 after it ("董事长秘书", "主任助理",
     * "董事长 助理" in voice input); null when the word is part of a department ("董事会办公室", "总经理办公室主任").
     */
    private static String coreAt(String s, int i) {
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

    /** A title without the pauses of voice input ("董事长 助理"); the spaces between English words stay ("Managing Director"). */
    private static String withoutPauses(String title) {
        if (title.indexOf(' ') < 0) return title;
        StringBuilder b = new StringBuilder(title.length());
        for (int k = 0; k < title.length(); k++) {
            char c = title.charAt(k);
            if (c == ' ' && !(k > 0 && InputText.isLatin(title.charAt(k - 1)) && k + 1 < title.length() && InputText.isLatin(title.charAt(k + 1)))) continue;
            b.append(c);
        }
        return b.toString();
    }

    /** An English title with the words before its head ("Managing Director", "HR VP", "Vice President"). */
    private static final Pattern LATIN_TITLE = Pattern.compile(
            "(?:(?:Managing|General|Vice|Senior|Executive|Deputy|Assistant|Regional|Country|Plant|Project|Technical|Sales|Marketing"
            + "|Finance|Financial|Operations|Purchasing|Procurement|Investment|Business|Development|Supply|Chain|HR|IR|BD|PR|R&D|Senior)\\s?)+"
            + "(?:Director|Manager|President|VP|Officer|Head|Lead|GM)|President|Chairman|Director");

    /** Where the title's department words start ("战略投资部总经理"): after the last word that introduces it. */
    private static int deptStart(String clause, int at) {
        int p = at;
        int chars = 0;
        while (p > 0 && chars < 20) {
            char c = clause.charAt(p - 1);
            // voice input pauses between the words of a department ("汽车 事业部 的 副总经理")
            if (c == ' ' && p - 1 > 0 && InputText.isCjk(clause.charAt(p - 2)) && p < clause.length() && InputText.isCjk(clause.charAt(p))) { p--; continue; }
            if (!(InputText.isCjk(c) || InputText.isLatin(c))) break;
            p--;
            chars++;
        }
        while (p < at && clause.charAt(p) == ' ') p++;
        int best = p;
        int start = at;
        while (start > p && clause.charAt(start - 1) == ' ') start--;
        // "战略部的一个副部长": 一个 after a department's 的 does not end the department
        for (String w : new String[]{"一个", "一位"}) {
            if (start - 2 >= p && clause.startsWith(w, start - 2)) {
                int r = start - 2;
                while (r > p && clause.charAt(r - 1) == ' ') r--;
                if (deptBefore(clause, r, p)) start = r;
                break;
            }
        }
        for (int q = start; q > p; q--) {
            boolean cut = false;
            for (String w : INTRO) {
                if (w.equals("的") && deptBefore(clause, q, p)) continue;
                // "材料科学与工程学院副院长": 与 inside the name of a school
                if (w.equals("与") && q - 1 > p && school(clause.substring(q, start))) continue;
                // "品牌与政府事务中心总经理", "储能及新型电池事业部总监": two words joined into one department
                if ((w.equals("与") || w.equals("及") || w.equals("和")) && clause.startsWith(w, q - 1) && joinedDept(clause, q - 1, p, start)) continue;
                if (q - w.length() >= p && clause.startsWith(w, q - w.length())) {
                    // "分公司副总经理", "子公司总经理": the branch the one met heads is part of the title
                    if (w.equals("公司") && q - 3 >= p && (clause.charAt(q - 3) == '分' || clause.charAt(q - 3) == '子')) continue;
                    // "与集团战略部总监", "企业发展部总监": 集团/企业 opening a department's name is part of it
                    if ((w.equals("集团") || w.equals("企业")) && deptWordAfter(clause, q, start)) continue;
                    // "与集团副总经理严明": 集团 a word of its own right before the title is kept as written (README)
                    if (w.equals("集团") && clause.substring(q, start).isBlank() && (q - 2 == p || wordStart(clause, q - 2))) continue;
                    if (w.equals("公司") && q - w.length() > p || w.equals("集团") && clause.startsWith("业务", q - 4)) {
                        // "营销公司副总经理", "业务集团华北区总经理": a unit of the enterprise, not the enterprise
                        int ws = deptStart(clause, q - w.length());
                        String word = clause.substring(ws, q - w.length()).replace(" ", "");
                        if (ws < q - w.length() && word.length() >= 2 && word.length() <= 8 && !RX_DEMONSTRATIVE.matcher(word).matches() && !word.contains("有限") && !word.contains("股份")
                                && unitWord(word) && !VERB_BEFORE_UNIT.matcher(word).find()) return ws;
                    }
                    best = q;
                    cut = true;
                    break;
                }
            }
            if (cut) break;
        }
        return best;
    }

    /** "受到公司副总裁…的热情接待", "得到集团…": a verb before the enterprise's word, which is then no unit's name. */
    private static final Pattern VERB_BEFORE_UNIT = Pattern.compile("(?:受到|得到|获得|听取|会同|联系|拜访|走访|访问|前往|来到|到访)$");

    /** A department's own name right after a group's or enterprise's word ("战略部", "发展部", "政府事务部"), up to start. */
    private static boolean deptWordAfter(String clause, int q, int start) {
        String after = clause.substring(q, start).strip();
        return after.length() >= 2 && after.length() <= 8 && DEPT_NAME.matcher(after).matches() && !ourSide(after);
    }

    private static final Pattern DEPT_NAME = Pattern.compile("[\\u4e00-\\u9fff]{1,6}(?:部|中心|事业部|事业群|办公室)");

    /** Words departments are named by that read as verbs ("采购与供应链管理部", "研发及测试中心"). */
    private static final Pattern DEPT_WORD = Pattern.compile("(?:采购|销售|营销|生产|研发|运营|投资|规划|招商|物流|制造|质量|测试|设计)");

    /** Whether the 与/及/和 at c joins two words of one department: a short plain noun before it, a department after it. */
    private static boolean joinedDept(String clause, int c, int p, int start) {
        String after = clause.substring(c + 1, start).strip();
        if (after.length() < 3 || !endsLikeDept(after) || ourSide(after)) return false;
        // "对接人是采购与供应链管理部": a word departments are named by, right after the word that introduces the person
        if (c - 2 >= p && DEPT_WORD.matcher(clause.substring(c - 2, c)).matches() && wordStart(clause, c - 2)) return true;
        int b = c;
        while (b > p && b > c - 4 && InputText.isCjk(clause.charAt(b - 1))) b--;
        String before = clause.substring(b, c);
        if (before.length() < 2 || b > p && InputText.isCjk(clause.charAt(b - 1)) && !wordStart(clause, b)) return false;
        return !PersonNames.isName(before) && !ourSide(before) && (DEPT_WORD.matcher(before).matches() || NameRecogniser.plainNoun(before));
    }

    /** The department without the record's enterprise said before it ("凯盛科技", "长城汽车采购中心" → 采购中心). */
    private static String withoutEnterprise(String dept, String enterprise, String text) {
        if (enterprise == null || dept.length() < 2) return dept;
        // "走访X协会，与协会常务副会长…", "公司副总经理": the organisation's own kind word names the enterprise, not a unit;
        // also the kind word of the organisation as written, when the record keeps only its parent ("走访上海交通大学先进
        // 产业技术研究院，与研究院副院长孙浩座谈" at 上海交通大学)
        // "分公司负责人" at a branch: the writers keep the branch word with the title
        if (dept.equals("分公司") || dept.equals("子公司") || dept.equals("集团")) return dept;
        for (String kind : OrgNames.SUFFIXES) {
            if (!dept.equals(kind)) continue;
            if (enterprise.endsWith(kind)) return "";
            // the text here has the record's name cut out: the longer name is a word ending in the kind, said before
            int first = text.indexOf(kind);
            if (first > 0 && InputText.isCjk(text.charAt(first - 1)) && first != text.lastIndexOf(kind)) return "";
        }
        // "十八所副所长" at 中国电子科技集团公司第十八研究所: the enterprise's short form, its characters in order and its last one
        if (dept.length() < enterprise.length() && dept.charAt(dept.length() - 1) == enterprise.charAt(enterprise.length() - 1)
                && endsLikeDept(dept) && inOrder(dept, enterprise)) return "";
        for (int k = Math.min(dept.length(), 8); k >= 2; k--) {
            String head = dept.substring(0, k);
            String rest = dept.substring(k);
            // "南瑞继保总经理助理" at 国电南瑞: a unit of its own after the short name, not a department
            // "百度智能云华北区域": a region of the enterprise after its short name
            if (rest.length() == 1 || endsLikeDept(head) && !rest.isEmpty() || !rest.isEmpty() && !endsLikeDept(rest) && !rest.endsWith("区域") && !rest.endsWith("大区")) continue;
            if (enterprise.startsWith(head) || enterprise.length() > 4 && ProseRecord.same(head, enterprise) && enterprise.indexOf(head.charAt(0)) <= 3
                    && enterprise.indexOf(head.charAt(head.length() - 1)) > enterprise.indexOf(head.charAt(0))) return rest;
        }
        return dept;
    }

    /** Whether the characters of a occur in b in their order. */
    private static boolean inOrder(String a, String b) {
        int p = 0;
        for (int i = 0; i < b.length() && p < a.length(); i++) if (b.charAt(i) == a.charAt(p)) p++;
        return p == a.length();
    }

    private static boolean school(String dept) {
        return dept.length() >= 4 && (dept.endsWith("学院") || dept.endsWith("研究院") || dept.endsWith("系"));
    }

    /** "董事会办公室的主任", "汽车 事业部 的 副总经理": a 的 at q joins a department word to its title. */
    private static boolean deptBefore(String clause, int q, int p) {
        if (q - 1 < p || clause.charAt(q - 1) != '的') return false;
        int e = q - 1;
        while (e > p && clause.charAt(e - 1) == ' ') e--;
        for (String suffix : DEPT_ENDS) {
            if (e - suffix.length() >= p && clause.startsWith(suffix, e - suffix.length())) return true;
        }
        // "工程起重机公司的副总经理": a company of the group, named by what it makes (the enterprise's own name is cut later)
        if (e - 6 >= p && clause.startsWith("公司", e - 2)) {
            String word = clause.substring(Math.max(p, e - 8), e - 2);
            int ws = word.length();
            while (ws > 0 && InputText.isCjk(word.charAt(ws - 1))) ws--;
            word = word.substring(ws);
            return word.length() >= 3 && !word.contains("有限") && !word.contains("股份") && !RX_DEMONSTRATIVE.matcher(word).matches()
                    && unitWord(word) && PersonNames.nameAt(word, 0) == 0;
        }
        return false;
    }

    private static final String[] DEPT_ENDS = {"部", "中心", "产品线", "平台", "处", "办公室", "办", "科", "室", "板块", "事业群", "分公司", "子公司", "院", "所", "基地"};

    private static boolean endsLikeDept(String d) {
        for (String suffix : DEPT_ENDS) if (d.endsWith(suffix)) return true;
        return false;
    }

    /** The department as written, without voice pauses, 的 and "一个" ("战略部的一个副部长" → 战略部). */
    private static String cleanDept(String dept) {
        String d = dept.replace(" ", "");
        d = TRAILING_ONE.matcher(d).replaceAll("");
        // "大族激光 今天 副总王磊" in a terse line: the day said before the title is no department
        d = LEADING_DAY.matcher(d).replaceFirst("");
        if (d.endsWith("的")) d = d.substring(0, d.length() - 1);
        // "该所科技处副处长", "该院副院长": the words pointing back to the organisation are no part of the department,
        // nor a department when they are all that is written before the title
        d = POINTS_BACK.matcher(d).replaceFirst("");
        // "显示事业群的投资总监", "行业应用部的渠道总监": the 的 after a department joins it to the title
        if (d.indexOf('的') > 0) d = DEPT_OF.matcher(d).replaceAll("");
        if (d.equals("公司") || d.equals("企业") || d.equals("对方") || d.equals("他们") || d.equals("其")) return "";
        return d;
    }

    private static final Pattern POINTS_BACK = Pattern.compile("^(?:该|本|其)(?:所|院|公司|集团|企业|中心|校|会|协会|单位)?(?=[\\u4e00-\\u9fff]{2}|$)");
    private static final Pattern DEPT_OF = Pattern.compile("(?<=部|群|中心|处|室|院|所|科|组|线|平台)的(?=[\\u4e00-\\u9fff])");

    private static final Pattern LEADING_DAY = Pattern.compile("^(?:今天|昨天|前天|今日|昨日|明天|上午|下午|中午|晚上)+");

    private static boolean ourSide(String dept) {
        for (String w : OUR_SIDE) if (dept.contains(w)) return true;
        // "区卫健局", "区农业农村局": a bureau of the district's (or city's) government is ours
        return dept.length() >= 3 && (dept.charAt(0) == '区' || dept.charAt(0) == '市') && OUR_BUREAU.matcher(dept).matches();
    }

    private static final Pattern OUR_BUREAU = Pattern.compile("[区市][\\u4e00-\\u9fff]{1,6}(?:局|委)");

    // ---- our side -------------------------------------------------------------------------------------------

    /** Words after which our own people are listed ("我组张三、李四", "和同事宋佳、马骁", "参加人员：钱进、单晓"). */
    private static final String[] OUR_LABELS = {"我方出席人员", "我方出席", "我方参会人员", "随同人员", "走访人员", "走访人", "拜访人员", "拜访人",
            "出访人员", "陪同的是", "陪同人是", "带队的是", "带队的有", "带队领导", "领队", "我组", "我们组", "本组", "我方", "我和", "我与", "我跟", "我同", "组员",
            "同事", "组长", "成员", "带着", "带领", "同去的还有", "去的还有", "去的有", "同行的还有", "一起去的还有", "同去的有", "一同前往的还有", "一同前往的有", "一起前往的还有",
            "一同去的还有", "同去的", "同去", "工作组", "招商组", "我、", "参加的有", "陪同的有", "还有我们组的", "我方人员", "我方参加人员", "参加人员",
            "参与人员", "陪同人员", "同行人员", "随行人员", "同行", "随行", "陪同是", "陪同为", "陪同的话", "陪同由",
            // "我+老宋+小冯" ending a terse line: the sender and the ones who went with them
            "我[+＋]",
            // "接待了我们（郭晓东、樊建平）": who "we" were, in brackets after the word
            "(?:我们|咱们)(?=[（(])",
            // "我们一行郭卫东 任晓宇", "我们三个人 我 小任 小韩": who "we" were, named right after
            "我们一行", "我们[两三四五六]个人", "我们[两三四五六]人",
            // "老铁张磊陪着", "哥们儿小罗负责接": a colleague by the word friends call each other in the north
            "老铁", "哥们儿", "哥们",
            // "咱这边是于海洋组长、曲丽丽", "我们这边有老韩": our side, said as where we stand
            "咱们这边是", "咱们这边有", "咱这边是", "咱这边有", "我们这边是", "我们这边有",
            // "跟我一起的是徐小飞", "和我一块儿的有小崔": who was with the sender
            "跟我一起的是", "和我一起的是", "跟我一起的有", "和我一起的有", "跟我一块儿的是", "和我一块儿的是", "一起的还有",
            // "我们：林琳、赵彦武" as a label of its own
            "我们(?=[：:])"};
    /**
     * A label naming who took part, then a colon ("参加人：", "出席人员：", "随行同志：", "带队领导："): the roles our side
     * plays at a meeting (taking part, going, accompanying, leading) with a word for the people who played them.
     */
    private static final String OUR_ROLE_LABEL = "(?:我方|我组|本组)?(?:参加|参与|参会|出席|走访|拜访|出访|陪同|陪访|随同|随行|同行|同去|带队|出差|外出)"
            + "(?:人员|人|者|同志|领导|名单)(?=\\s*[：:])";
    /** Words after which our own people are listed ("我组张三、李四", "和同事宋佳、马骁", "参加人员：钱进、单晓"), longest first. */
    private static final Pattern OUR_LIST = Patterns.compile("(?:" + OUR_ROLE_LABEL + "|"
            + java.util.Arrays.stream(OUR_LABELS).sorted((a, b) -> b.length() - a.length()).collect(java.util.stream.Collectors.joining("|"))
            + "|(?:陪同|参加|参与|负责)(?:接待|考察|参观|走访|拜访|调研|洽谈)的(?:还有|有|是)"
            + "|参加(?=[：:])|参与(?=[：:])|陪同(?=[：:\\s]))"
            + "(?:的有|的是|的|有|为|是)?[：:（(，】]?\\s*");
    /** "1. 韩雪、刘洋：拜访…" in a team leader's list: who went, then what they did. */
    private static final Pattern WHO_WENT = Pattern.compile("(?:^|[\\n，。；;：:])\\s*");
    private static final Pattern VISITED = Pattern.compile("\\s*(?:[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+[日号]\\s*)?(?:在[^，。；\\s]{1,10}?)?(?:拜访|走访|对接|赴|去了|到|前往|调研|考察|陪同)");

    /** A colon within a few names' length after p, nothing but names and 、 before it; -1 when none. */
    private static int colonAfter(String text, int p) {
        for (int q = p; q < text.length() && q - p <= 14; q++) {
            char c = text.charAt(q);
            if (InputText.isColon(c)) return q - p >= 2 ? q : -1;
            if (!InputText.isCjk(c) && c != '、' && c != ' ') return -1;
        }
        return -1;
    }

    /** "和X一起", "跟小田 小黎一起去了": 和 introduces our people only when they went along. */
    private static final Pattern WITH = Pattern.compile("(?:跟随|跟着|随同|陪着|陪|和|跟|与|同)(?:我们组的|我们组里的|组里的|组里|组内的|我们的|组员|同事|组长)?");
    /** "在张组长带领下", "在王主任的陪同下": ours, by the phrase that makes them lead or accompany us. */
    private static final Pattern LED_BY = Pattern.compile("在(?:我组|我们组|组长|组员|同事)?");
    private static final Pattern LED_BY_AFTER = Pattern.compile("(?:的)?(?:带领|带队|率领|陪同|带动)下");
    private static final Pattern ALONG = Pattern.compile("[，、\\s]?(?:在[^，。；\\s]{1,10}?(?:拜访|走访|对接|调研|见了|见到)|一起|一同|一道|一块儿?|同志|两位同志|二人|两人|俩人|[两三四五]个人|全程陪同|见到了(?!面)|见到(?!面)|见了(?!面)|约见了|会见了|陪同|陪的|去的|去了(?!另|别的)|去(?!年|了另|了别的)|前往|赴|到|拜访|走访|参加|随行|同行|调研|出差|带队|带领|带着|率)");
    /** Ours named after these words ("温涛、姬妍全程陪同", "我和谭浩陪的", voice's "郝文斌一起" ending what was said). */
    private static final Pattern BEFORE_ALONG = Patterns.compile(
            "[，\\s]?(?:一起|一同|共同|一块)(?=拜访|走访|去|前往|赴|到|见|参加|出差|$|[，。；\\s])"
            // "韩雪也在", "崔向阳、关贝贝同去。", "韩磊开车一起去的": ours, said after their names
            + "|(?:也在|也在场|都在|都在场|在场|也去了|同去|同行|一起的|一同去的)(?=$|[，。；！!\\s])|(?:开车|坐车|驾车)(?:一起|一同)?(?:去的|去了|前往|过去的)|"
            + "(?:组长|副组长|局长|副局长|主任|副主任|区长|副区长|书记|部长|副部长|科长|副科长|处长|副处长)?(?:等人|等|二人|两人|三人|两位|二位|三位|几位)?(?:同志)?(?:和我|与我|跟我)?(?:分别|先后)?(?:全程|一同|一起|共同)?(?:负责接待|负责|接待)?(?:接站|接机|接送)?(?:陪同|陪的|陪着我|陪着|陪我|陪(?=$|[，。；\\s])|带着我|带我|带(?=组员|同事)|随行|带队|同行|一起去的|去的|去(?=[，,]?$|[。；;！!\n])|参加(?!座谈|会谈|会议|洽谈|交流|了座谈))");
    /**
     * Every match of BEFORE_ALONG holds one of these words (keep them in step when adding to it): a text with none is
     * not scanned.
     */
    private static final String[] ALONG_WORDS = {"一起", "一同", "共同", "一块", "也在", "都在", "在场", "也去了", "同去", "同行", "开车", "坐车", "驾车", "陪",
            "带着我", "带我", "带组员", "带同事", "随行", "带队", "去", "参加"};
    /** Our officials by their titles ("区商务局副局长赵国庆", "区领导孙志强", "管委会副主任黄建军", "区里的副区长 尚文"). */
    private static final Pattern OUR_TITLE = Patterns.compile(
            "(?:区领导|区长|副区长|区委常委|区委书记|副书记|书记|局长|副局长|部长|副部长|主任|副主任|组长|副组长|处长|副处长|领导)");
    private static final Pattern OURS_PAUSED = Pattern.compile("(?:陪同|同去|同行)，");
    private static final Pattern WORD_ALONG = Pattern.compile("(?<=^|[\\s，。；;]|[^园社]区)陪同(?=[\\u4e00-\\u9fff])");
    /** Said of ours before 走访/拜访 ("赵斌、杨琦同志走访了…"), longest first. */
    private static final String[] COMRADES = {"二位同志", "两位同志", "等同志", "同志"};
    /** "和我一起", "跟我去了", "与我一同前往": who went with the sender. */
    private static final Pattern AND_ME = Pattern.compile("(?:和|跟|与|同)我(?!方|区|市|组|们组)(?:们)?(?:俩|两个|两人|二人|三人)?(?:一起|一同|一块|去|前往|赴|到|拜访|走访|陪同|参加|同行|$|[，。；\\s])");
    /** An office title after one of ours named by the unit ("刘军科长", "王磊同志"). */
    static final Pattern OUR_TITLE_AFTER = Pattern.compile("(?:副)?(?:科长|局长|区长|主任|部长|处长|组长|书记|同志)");
    private static final Pattern OUR_ORG = Patterns.compile(
            "(?:区|市|县)(?:委|政府|商务局|领导|里|人大|政协|招商|投促|投资促进|发改|工信)|管委会|我区|我市|投资促进部|投促局|招商局|商务局|高新区|潞州区");

    // patterns of the readers below, compiled once rather than on every call (String.split/replaceAll/matches compile theirs)
    private static final Pattern CLAUSE_MARKS = Pattern.compile("[，。；;,！、]");
    private static final Pattern SURNAME_ADDRESS = Pattern.compile("([\\u4e00-\\u9fff](?:总|会长|部长|董))");
    private static final Pattern TRAILING_ONE = Pattern.compile("(?:的)?(?:一个|一位|那个|这个)$");
    private static final Pattern LIST_MARKS = Pattern.compile("[、，,。；;\\s]");
    private static final Pattern MANAGER_ADDRESS = Pattern.compile("总|董|总经理|董事长|总裁|副总|总监");
    private static final Pattern AND_OTHERS = Pattern.compile("等人|等同志|等");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,和及与 ]+");

    /** Our people on a visit ("和王峰一起", "我和杨琦", "同行：赵斌、韦宁", "区商务局副局长赵国庆带队"), never the sender. */
    static List<String> ours(String text) {
        Set<String> out = new LinkedHashSet<>();
        collectOurs(glued(text), out, false);
        if (out.isEmpty()) out.addAll(pausedOurs(text, false));
        return new ArrayList<>(out);
    }

    /** Companions of an inspection: everyone of ours named ("宋开、王建安陪同", "陪同：冯双田", "我和冯双田陪的"). */
    static List<String> companions(String text) {
        Set<String> out = new LinkedHashSet<>();
        collectOurs(glued(text), out, true);
        if (out.isEmpty()) out.addAll(pausedOurs(text, true));
        return new ArrayList<>(out);
    }

    /** Voice input's words before a run of our names: "我们 这边 是", "陪同 的 有", "接待 的 我们". */
    private static final Pattern PAUSED_BEFORE = Pattern.compile("(?:我们这边是|我们这边有|我们这边|这边是|陪同的有|陪同的是|陪同的|接待的我们|我们组是|我方是|我方)$");
    /** Voice input's words after a run of our names: "组长 带队", "部长 陪同", "陪 着", "负责 接待", "也 在", "我们 三 个 去的". */
    private static final Pattern PAUSED_AFTER = Pattern.compile("(?:副)?(?:组长|部长|主任|科长|局长|处长|区长)?(?:负责|全程|一起|一同)?"
            + "(?:陪同|陪着|陪的|陪(?:$|[，])|接待|带队|也在|都在|在场|同去|同行|一起去|一同去|去的)|我们[两三四五]?个?去的|(?:和我)?[两三四五]个人");
    private static final Pattern PAUSED_AFTER_GATE = Pattern.compile("陪|接待|带队|在|去的|同行|同去");

    /**
     * Voice input read with a pause after every word (its pauses as commas): a run of our names, "还有" and "我" between
     * them and an office after a name, told as ours by the words before it ("我们，这边，是，付建平，组长，还有，常浩") or
     * after it ("付建平，牛志强，还有，韩立新，部长，陪同", "申佳琪，常浩，陪，着", "付建平，组长带队").
     */
    private static List<String> pausedOurs(String text, boolean inspection) {
        List<String> none = List.of();
        if (text == null || !PAUSED_AFTER_GATE.matcher(text).find() && !text.contains("我们") && !text.contains("我方")) return none;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '，') commas++;
        if (commas < 5 || text.length() > 7 * (commas + 1)) return none;
        String[] pieces = text.split("，", -1);
        for (int i = 0; i < pieces.length; i++) {
            List<String> run = new ArrayList<>();
            int j = i;
            String rest = "";
            boolean lastName = false;
            for (; j < pieces.length; j++) {
                String p = pieces[j].strip();
                if (p.equals("还有") || p.equals("和") || p.equals("跟") || p.equals("以及") || p.equals("我") || p.equals("及")) { lastName = false; continue; }
                if (lastName && OUR_TITLE_AFTER.matcher(p).matches()) { lastName = false; continue; }
                int n = PersonNames.nameAt(p, 0);
                String who = n >= 2 ? p.substring(0, n) : "";
                if (n < 2 || !PersonNames.isName(who) || enterpriseAddress(who) || addressForm(who)) break;
                run.add(who);
                lastName = true;
                // "付建平组长": the office said with the name, the run goes on
                if (n < p.length() && OUR_TITLE_AFTER.matcher(p).region(n, p.length()).matches()) { lastName = false; continue; }
                if (n < p.length()) { rest = p.substring(n); j++; break; }
            }
            if (run.isEmpty()) continue;
            StringBuilder after = new StringBuilder(rest);
            for (int k = j; k < pieces.length && k < j + 4; k++) after.append(pieces[k].strip()).append(k < j + 3 ? "" : "，");
            StringBuilder before = new StringBuilder();
            for (int k = Math.max(0, i - 3); k < i; k++) before.append(pieces[k].strip());
            String prev = i > 0 ? pieces[i - 1].strip() : "";
            // "区域，经理，小邹", "董事长，江涛": the one met, after their title
            boolean met = titleOnly(prev) || prev.endsWith("见了") || prev.endsWith("见的是") || prev.endsWith("对接");
            Matcher am = PAUSED_AFTER.matcher(after);
            // "商务拓展总监，王莉莎，接待的": on a visit, the one who receives us is theirs
            boolean ours = PAUSED_BEFORE.matcher(before).find() || am.lookingAt() && (inspection || !am.group().contains("接待"));
            // "见的董事长，高志远，付建平，组长，也，在": the first name is the one met, the rest are ours
            if (met && run.size() > 1) { run = new ArrayList<>(run.subList(1, run.size())); met = false; }
            if (!met && ours && (!rest.isEmpty() || j > i)) {
                // the names' own words only: "常浩负责" leaves 负责 for the words after the run
                if (rest.isEmpty() || am.lookingAt()) return run;
            }
            i = Math.max(i, j - 1);
        }
        return none;
    }

    private static final Pattern WITH_CLAUSE_END = Pattern.compile("(?:一起|一道|一块儿?|一同)?(?:的)?(?=$|[，。；;！!\\n ])");

    /** Whether text[start, end) is a clause of its own made of 和/跟 and names only (its end: the text's, a mark or a pause). */
    private static boolean withClause(String text, int start, int end) {
        if (start > 0 && "，。；;！!\n ".indexOf(text.charAt(start - 1)) < 0) return false;
        char w = text.charAt(start);
        return (w == '和' || w == '跟') && WITH_CLAUSE_END.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The sender opening a list of ours ("我 / 郑敏", "我、刘伟", "我 小周"): where the names after it start, or p. */
    private static int senderFirst(String text, int p) {
        // voice input's pause after 我 may have been glued away ("我方：我 小周" → 我方：我小周)
        if (!text.startsWith("我", p) || p + 1 >= text.length() || text.startsWith("我们", p)) return p;
        int q = p + 1;
        while (q < text.length() && "/／、，, +＋".indexOf(text.charAt(q)) >= 0) q++;
        return nameHere(text, q, false) >= 2 ? q : p;
    }

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

    /** Titles only our side holds, which may lead a group of ours ("宋志芳组长带队", "赵区长带队"). */
    private static final Pattern OUR_LEADER = Pattern.compile("组长|副组长|区长|副区长|书记|局长|副局长");

    private static void collectOurs(String text, Set<String> out, boolean inspection) {
        java.util.TreeMap<Integer, List<String>> found = new java.util.TreeMap<>();
        Matcher m = OUR_LIST.matcher(text);
        while (m.find()) {
            // "后续由我组杜明对接": who follows it up, not who went
            if (m.start() > 0 && (text.charAt(m.start() - 1) == '由' || text.startsWith("安排", Math.max(0, m.start() - 2)))) continue;
            // "对方参加的有董事长刘振东": their people
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            if (before.contains("对方") || before.endsWith("企业") || before.endsWith("公司")) continue;
            // "我方：我 / 郑敏", "【我方】我 小周": the sender first in the list, never added; the names after
            int from = senderFirst(text, m.end());
            List<String> l = list(text, from, null);
            int[] te = new int[2];
            List<String> titled = titledList(text, from, te);
            if (te[1] > 0 && titled.size() > l.size()) l = titled;
            if (!l.isEmpty()) found.putIfAbsent(from, l);
        }
        m = WHO_WENT.matcher(text);
        while (m.find()) {
            int colon = colonAfter(text, m.end());
            if (colon < 0 || !VISITED.matcher(text).region(colon + 1, text.length()).lookingAt()) continue;
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            // "蔚来：对接…" is an enterprise the recogniser may take for a person: names before an item's colon have a surname
            if (!l.isEmpty() && end[0] == colon && l.stream().allMatch(PersonNames::isName)) found.putIfAbsent(m.end(), l);
        }
        m = WITH.matcher(text);
        while (m.find()) {
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (l.isEmpty() || found.containsKey(m.end())) continue;
            Matcher a = ALONG.matcher(text).region(end[0], text.length());
            if (a.lookingAt()) found.put(m.end(), l);
            // "…以向一般 和于海洋", "跟孙鹏。", "和李刚一道，": a clause of its own that is only who went along
            else if (withClause(text, m.start(), end[0]) && l.stream().allMatch(ProsePeople::plainName)) found.put(m.end(), l);
        }
        m = LED_BY.matcher(text);
        // what LED_BY opens counts only when LED_BY_AFTER closes it: a 下 after one of its verbs (keep in step)
        boolean led = text.indexOf('下') >= 0 && Patterns.containsAny(text, "带领", "带队", "率领", "陪同", "带动");
        while (led && m.find()) {
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (l.isEmpty()) l = titledList(text, m.end(), end = new int[2]);
            if (!l.isEmpty() && LED_BY_AFTER.matcher(text).region(end[0], text.length()).lookingAt()) found.putIfAbsent(m.end(), l);
        }
        m = OURS_PAUSED.matcher(text);
        boolean paused = Patterns.containsAny(text, "陪同，", "同去，", "同行，");
        while (paused && m.find()) {
            // "…中试基地陪同，孟丽": the label's pause read as a comma; the names and nothing more
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        m = WORD_ALONG.matcher(text.contains("陪同") ? text : "");
        while (m.find()) {
            // "考察 11月29日 X公司 潞州区 陪同常俊 看…": 陪同 a word of its own (or right after the zone a terse line names), the names right after it and nothing more
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        m = GONE_WERE.matcher(text.contains("去的") ? text : "");
        while (m.find()) {
            // "跟我去的是老韩", "我们这边去的是老韩跟小程": who went, the names and nothing more up to the clause's end
            int[] end = new int[1];
            List<String> l = list(text, m.end(), end);
            if (!l.isEmpty() && (end[0] == text.length() || "，。；;！\n ".indexOf(text.charAt(end[0])) >= 0)) found.putIfAbsent(m.end(), l);
        }
        for (int v = text.indexOf("去了", 1); v > 0; v = text.indexOf("去了", v + 2)) {
            // "小任和小韩去了另一家（单独报）": the others of the team went elsewhere, not on this visit
            if (text.startsWith("另", v + 2) || text.startsWith("别的", v + 2)) continue;
            // "下午小孙、晓雯去了X公司": ours, the subject of going there, a list opening its clause
            boolean named = PersonNames.nameAt(text, Math.max(0, v - 2)) == 2 || v >= 3 && PersonNames.nameAt(text, v - 3) == 3 || v >= 2 && givenName(text, v - 2, v);
            if (!(named && listEndingAt(text, v, v, found)) && !inspection) goersBefore(text, v, found);
        }
        for (int v = text.indexOf('访', 1); v > 0; v = text.indexOf('访', v + 1)) {
            // "上周五下午，赵斌、杨琦同志走访了X": ours, the subject of our going to see an enterprise
            char c = text.charAt(v - 1);
            if (c != '走' && c != '拜') continue;
            int at = v - 1;
            int orAt = at;
            for (String w : COMRADES) if (text.startsWith(w, at - w.length())) { orAt = at; at -= w.length(); break; }
            // most visits open with the day or 我们 before the verb: look for a list only where a name ends
            boolean named = (at >= 2 && PersonNames.nameAt(text, at - 2) == 2 || at >= 3 && PersonNames.nameAt(text, at - 3) == 3) && listEndingAt(text, at, orAt, found);
            if (!named && !inspection) goersBefore(text, v - 1, found);
        }
        m = AND_ME.matcher(text);
        while (m.find()) {
            // "小王和我一起去的", "李娜跟我去了": the names just before 和我 ("李婷 和我一起" in voice input, a pause between)
            int at = m.start();
            while (at > 0 && text.charAt(at - 1) == ' ') at--;
            // "…，李婷，和我一起" in voice input read with its pauses as commas: the name said alone right before
            if (at > 2 && at == m.start() && text.charAt(at - 1) == '，') {
                int st = at - 1;
                while (st > 0 && InputText.isCjk(text.charAt(st - 1))) st--;
                if (st < at - 1 && PersonNames.isName(text.substring(st, at - 1)) && (st == 0 || !InputText.isCjk(text.charAt(st - 1)))) {
                    found.putIfAbsent(st, List.of(text.substring(st, at - 1)));
                    continue;
                }
            }
            listEndingAt(text, at, at, found);
        }
        m = OUR_ORG.matcher(text);
        while (m.find()) {
            // "与区商务局刘军科长一起", "区商务局的刘科长、我组王磊陪同", "管委会王主任带队": one of ours by the unit
            int p = m.end();
            if (p < text.length() && text.charAt(p) == '的') p++;
            int n = nameHere(text, p, false);
            if (n < 2) continue;
            int e = p + n;
            Matcher t = OUR_TITLE_AFTER.matcher(text).region(e, text.length());
            if (t.lookingAt()) e = t.end();
            boolean whole = e >= text.length() || !InputText.isCjk(text.charAt(e)) || text.startsWith("和", e) || text.startsWith("及", e)
                    || addressForm(text.substring(p, p + n)) || e > p + n || text.startsWith("去", e) || text.startsWith("陪", e)
                    || BEFORE_ALONG.matcher(text).region(e, text.length()).lookingAt() || ALONG.matcher(text).region(e, text.length()).lookingAt();
            if (whole) found.putIfAbsent(p, List.of(text.substring(p, p + n)));
        }
        m = OUR_TITLE.matcher(text);
        while (m.find()) {
            int p = m.end();
            if (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '，')) p++;
            int n = nameHere(text, p, false);
            if (n < 2) continue;
            // "区长杨建国会见考察团一行": our official receiving the ones who came is with them too
            boolean whole = p + n >= text.length() || !InputText.isCjk(text.charAt(p + n)) || MEETS.matcher(text).region(p + n, text.length()).lookingAt()
                    || BEFORE_ALONG.matcher(text).region(p + n, text.length()).lookingAt() || ALONG.matcher(text).region(p + n, text.length()).lookingAt();
            if (!whole) continue;
            String title = text.substring(Math.max(0, m.start() - 12), m.start());
            int cut = Math.max(title.lastIndexOf('。'), Math.max(title.lastIndexOf('；'), title.lastIndexOf('，')));
            String before = title.substring(cut + 1);
            boolean ourOrg = m.group().contains("区") || m.group().contains("组长") || OUR_ORG.matcher(before).find();
            boolean theirs = before.contains("公司") || before.contains("集团") || before.contains("对方") || before.contains("企业");
            if (ourOrg && !theirs) found.putIfAbsent(p, List.of(text.substring(p, p + n)));
        }
        m = BEFORE_ALONG.matcher(text);
        boolean along = Patterns.containsAny(text, ALONG_WORDS);
        while (along && m.find()) {
            // the list may have taken the office said before the verb ("宋志芳组长带队", "蒲建国副区长全程陪同")
            Matcher t = OUR_TITLE_AFTER.matcher(text).region(m.start(), m.end());
            // an inspection's visitors are led by one of theirs ("董事长助理 应晓峰 带队", "樊部长带队"): one of ours leads
            // only when our unit or an office only ours hold is said with the name
            if (inspection && LEADS.matcher(m.group()).find() && !ourLeader(text, m.start(), t.lookingAt() ? t.group() : "")) continue;
            listEndingAt(text, m.start(), t.lookingAt() ? t.end() : m.start(), found);
            titledListEndingAt(text, m.start(), found);
            // "我和思雨陪同", "赵组长带队、思雨陪同": a given name alone, said where only one of ours can stand
            int g = m.start() - 2;
            // "… 丽娟一块去的", "，晓东一起": a given name alone opening the clause before the word of going along; HanLP may
            // tag a given name an organisation ("丽娟"), so only a place or a common word rules it out here
            boolean alone = g >= 1 && (text.charAt(g - 1) == '、' || text.startsWith("我和", g - 2) || text.startsWith("我跟", g - 2) || text.startsWith("我与", g - 2));
            if (g >= 0 && !found.containsKey(g) && (alone && givenName(text, g, m.start()) || (alone || g == 0 || text.charAt(g - 1) == ' '
                    || text.charAt(g - 1) == '，') && givenNameAlong(text, g, m.start()))) {
                found.put(g, List.of(text.substring(g, m.start())));
            }
        }
        // "老王、老牛负责接待": ours, receiving the ones who come to inspect
        for (int r = inspection ? text.indexOf("负责接待") : -1; r > 0; r = text.indexOf("负责接待", r + 4)) listEndingAt(text, r, r, found);
        // "赵斌牵头接待": the same, one of ours leading the reception
        for (int r = inspection ? text.indexOf("牵头接待") : -1; r > 0; r = text.indexOf("牵头接待", r + 4)) listEndingAt(text, r, r, found);
        if (inspection) hosts(text, found);
        if (inspection) leadersMeeting(text, found);
        if (!inspection) {
            ledAlong(text, found);
            unitThenGo(text, found);
            GoersOpening.collect(text, found);
            GroupSubject.collect(text, found);
            leadersOpening(text, found);
            terseNicknames(text, found);
        }
        for (List<String> l : found.values()) out.addAll(l);
        // "我跟王总聊了很久", "王总带我们参观了车间": 总 and 董 address the enterprise's managers, not our officials
        out.removeIf(ProsePeople::enterpriseAddress);
        // "刘科长，就是区商务局的刘志刚科长": the full name stands for the form of address
        out.removeIf(a -> addressForm(a) && out.stream().anyMatch(o -> !o.equals(a) && o.length() >= 2 && !addressForm(o) && o.charAt(0) == a.charAt(0)
                && (text.contains(o + a.substring(1)) || text.contains(a.substring(1) + o))));
    }

    /**
     * What is said between a list of ours opening its clause and the verb of their visit: how many they were, alone or
     * together, where ("侯晓东、原媛三位同志在深圳走访", "杨琦在广州 走访了", "郑治国单独走访", "徐小飞他们去了",
     * "宋志芳、关贝贝到X公司拜访", "郝鹏飞还是按约定去走访了"); never a place of ours, where the ones met come to us.
     */
    private static final Pattern GOERS_TAIL = Pattern.compile("\\s*(?:[两二三四五]位同志|同志|他们俩|他们两个|他们两人|他们|俩人|两人|二人|[三四五]人|[两三四五]个人|等同志|等人|一行)?\\s*"
            // "韩雪、我今天下午在昆山走访了": the sender last in the list, the day after it
            + "(?:[、，,]我(?!们))?(?:今天|今日|昨天|上午|下午|晚上|中午){0,2}(?:还是|也|又|都)?(?:按约定|如约)?(?:单独|一起|一同|专程|分别|先后|共同)?\\s*"
            + "(?:(?:在|去|到|赴|前往)(?!我区|我市|长治|潞州|高新区|我们|这边|区里)[^，。；;！!？?\\n]{1,24}?\\s*)?(?:去)?");
    /** The verbs after which {@link #GOERS_TAIL} ends in a visit ("走访", "拜访", "去了"). */
    private static final Pattern GOERS_GATE = Pattern.compile("同志|他们|俩人|两人|二人|[三四五]人|一行|单独|一起|一同|专程|分别|先后|共同|按约定|如约|在|去|到|赴|前往");

    /**
     * A list of ours opening the clause of a visit, the words of {@link #GOERS_TAIL} between it and the verb at
     * {@code verb} (走访/拜访/去了): ours, the ones who went.
     */
    private static void goersBefore(String text, int verb, java.util.Map<Integer, List<String>> found) {
        int cs = verb;
        while (cs > 0 && verb - cs < 40) {
            char c = text.charAt(cs - 1);
            if ("。；;！!？?\n".indexOf(c) >= 0) break;
            // voice input's pauses written as commas ("侯晓东，原媛，在东莞走访了"): the clause runs on past a piece of a name's length
            if (c == '，' || c == ',') {
                int ps = cs - 1;
                while (ps > 0 && "，,。；;！!？?\n".indexOf(text.charAt(ps - 1)) < 0) ps--;
                if (cs - 1 - ps > 6 || cs - 1 == ps) break;
            }
            cs--;
        }
        if (cs == verb || !GOERS_GATE.matcher(text).region(cs, verb).find()) return;
        // the pauses read as the spaces they were ("侯晓东 原媛 在东莞"), the text's places kept
        String said = text.substring(0, cs) + text.substring(cs, verb).replace('，', ' ').replace(',', ' ');
        for (int st = cs; st < verb - 1; st++) {
            if (st > cs && !boundaryBefore(said, st)) continue;
            int[] end = new int[1];
            List<String> l = list(said, st, end);
            if (l.isEmpty() || end[0] >= verb) continue;
            if (!GOERS_TAIL.matcher(said).region(end[0], verb).matches()) continue;
            // "王总在深圳走访": the enterprise's manager addressed, no one of ours; "对接的是，葛洪波，" the one met
            if (l.stream().anyMatch(w -> enterpriseAddress(w) || addressForm(w)) || MET_RIGHT_BEFORE.matcher(text.substring(Math.max(0, st - 6), st)).find()) return;
            found.putIfAbsent(st, l);
            return;
        }
    }

    /** After the names one of ours took along: the going to see the enterprise ("去了北京", "拜访了", "两个人在苏州走访"). */
    private static final Pattern LED_GOING = Pattern.compile("(?:[两三四五]个人|两人|二人|三人|一起|一同)?(?:在[^，。；\\s]{1,10}?)?(?:去了|拜访|走访|前往|赴)");
    private static final Pattern LED_TAKES = Pattern.compile("带(?:着|了|领)?");

    /**
     * "老秦带冯磊去了北京", "上午带小任、小韩拜访了…": the ones taken along to see an enterprise are ours, and so is the
     * colleague who took them (a name opening the clause; the sender is never added). A manager of theirs taking
     * someone round ("王总带小李去车间") is no visit of ours.
     */
    private static void ledAlong(String text, java.util.Map<Integer, List<String>> found) {
        if (text.indexOf('带') < 0) return;
        Matcher t = LED_TAKES.matcher(text);
        while (t.find()) {
            int[] end = new int[1];
            List<String> taken = list(text, t.end(), end);
            if (taken.isEmpty() || !taken.stream().allMatch(ProsePeople::plainName)
                    || !LED_GOING.matcher(text).region(end[0], text.length()).lookingAt()) continue;
            int cs = t.start();
            while (cs > 0 && "，。；;！!\n".indexOf(text.charAt(cs - 1)) < 0) cs--;
            Matcher day = DAY_OPENING.matcher(text).region(cs, t.start());
            int st = day.lookingAt() ? day.end() : cs;
            if (text.startsWith("我", st) && st + 1 == t.start()) st++;
            if (st < t.start()) {
                // a colleague who took them, named alone before 带
                int[] e2 = new int[1];
                List<String> leader = list(text, st, e2);
                if (leader.isEmpty() || e2[0] != t.start() || !leader.stream().allMatch(ProsePeople::plainName)) continue;
                found.putIfAbsent(st, leader);
            }
            found.putIfAbsent(t.end(), taken);
        }
    }

    /** The words that introduce the one met, right before a name ("见了", "对接的是，"). */
    private static final Pattern MET_RIGHT_BEFORE = Pattern.compile("(?:见了|见到|对接|接待|是|为)[，\\s]*$");

    private static final Pattern LEADS = Pattern.compile("带队|带领|带着");
    /** An official's receiving a delegation in news style ("会见考察团一行", "亲切接见了…", "会见了…董事长"). */
    private static final Pattern MEETS = Pattern.compile("(?:在[\\u4e00-\\u9fff]{1,6}?)?(?:亲切)?(?:会见|接见|会晤)");
    /** One of ours named before their office, then receiving the ones who came ("王海鹰副主任会见", "薛振华主任在管委会会见"). */
    private static final Pattern OFFICE_MEETS = Pattern.compile("(?:副)?(?:区长|主任|局长|书记|部长|组长)(?=(?:在[\\u4e00-\\u9fff]{1,6}?)?(?:亲切)?(?:会见|接见|会晤))");

    /**
     * An inspection's host of ours named before the office ("改由王海鹰副主任会见", "崔永红区长会见客商"): the one receiving
     * the ones who came is with them too.
     */
    private static void leadersMeeting(String text, java.util.Map<Integer, List<String>> found) {
        if (!Patterns.containsAny(text, "会见", "接见", "会晤")) return;
        Matcher m = OFFICE_MEETS.matcher(text);
        while (m.find()) {
            int at = m.start();
            for (int len = 3; len >= 2; len--) {
                int st = at - len;
                if (st < 0 || found.containsKey(st) || nameHere(text, st, false) != len || !plainName(text.substring(st, at))) continue;
                if (st > 0 && InputText.isCjk(text.charAt(st - 1)) && !boundaryBefore(text, st)) continue;
                found.putIfAbsent(st, List.of(text.substring(st, at)));
                break;
            }
        }
    }

    /** What one of ours does for the ones who come to inspect, ending the clause ("小葛接", "邓洁对接", "老冯在园区陪的"). */
    private static final Pattern HOSTS = Pattern.compile("(?:在[\\u4e00-\\u9fff]{1,4}?)?(?:负责)?(?:接待|对接|接|陪的|陪着|陪)(?:的)?(?=$|[，。；！\\s])");

    /**
     * An inspection's hosts: a name said alone (no title of theirs before it) right before the verb of receiving or
     * accompanying at a clause's end is ours; the ones who come are named with their titles or as 某总.
     */
    private static void hosts(String text, java.util.Map<Integer, List<String>> found) {
        if (text.indexOf('接') < 0 && text.indexOf('陪') < 0) return;
        Matcher m = HOSTS.matcher(text);
        while (m.find()) {
            int at = m.start();
            for (int len = 3; len >= 2; len--) {
                int st = at - len;
                if (st < 0 || found.containsKey(st) || !namedAt(text, st, len) && nameHere(text, st, false) != len) continue;
                String who = text.substring(st, at);
                if (enterpriseAddress(who) || st > 0 && InputText.isCjk(text.charAt(st - 1))) continue;
                // "采购总监 邓伟 接": one of theirs named after a title
                int b = st;
                while (b > 0 && text.charAt(b - 1) == ' ') b--;
                int w = b;
                while (w > 0 && b - w < 8 && InputText.isCjk(text.charAt(w - 1))) w--;
                if (w < b && titleOnly(text.substring(w, b))) continue;
                found.putIfAbsent(st, List.of(who));
                break;
            }
        }
    }

    /** The verbs of our going to see an enterprise, after the names of those who went ("二科原媛在厦门拜访"). */
    private static final Pattern GO_VISIT = Pattern.compile("赴|拜访|走访|前往");
    /** The day and the part of it said at a clause's opening ("今天下午", "本周三", "12月8日", "周日加班"). */
    private static final String DAY_WORDS = "(?:(?:今天|昨天|前天|今日|昨日|当天|当日|本周[一二三四五六日天]|上周[一二三四五六日天]|周[一二三四五六日天]"
            + "|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]|上午|下午|中午|晚上|傍晚|加班)[，,\\s]?)";
    private static final Pattern DAY_OPENING = Pattern.compile("\\s*" + DAY_WORDS + "+");
    /** Said between the names and the going: how many, who led, where ("一行", "带队", "在苏州"). */
    private static final Pattern GO_BETWEEN = Pattern.compile("(?:一行|等同志|等人|等|同志|二人|两人)?(?:带队|带领招商[一二三四五六七八九]?科)?"
            // "明哥和我今天走访了": the sender named with them, and the day said after the names
            + "(?:(?:和我|跟我|与我)(?:一起|一同)?)?" + DAY_WORDS + "?"
            // "在苏州", "赴成都", "在无锡参加完展会后顺路": where they were, and what they did there first
            + "(?:(?:在|赴|到)[\\u4e00-\\u9fff]{1,8}?(?:[\\u4e00-\\u9fff]{1,8}?(?:后|之后|之余))?(?:顺路|顺道|顺便|又|，)?)?$");
    /** Our units and offices opening the clause before those who went ("潞州区投资促进中心招商三科科长", "二科", "副区长"). */
    private static final Pattern OUR_UNIT_CHAIN = Pattern.compile(
            "(?:[\\u4e00-\\u9fff]{0,9}?(?:[一二三四五六七八九十]科|[一二三四五六七八九十]组|局|中心|投资促进部|投促部|人民政府|管委会)(?:的)?){1,3}(?:副)?(?:主任|科长|局长|部长|组长|处长|区长|书记|科员)?"
            + "|(?:副)?(?:区长|主任|科长|局长|组长)");

    /**
     * News and headed reports: "招商三科科长靳卫红一行赴长沙", "二科段文博、陈子豪在苏州拜访", "12月8日，任晓东、郝佳在北京走访":
     * ours, named after our unit (or opening the clause) before they go to see the enterprise.
     */
    private static void unitThenGo(String text, java.util.Map<Integer, List<String>> found) {
        if (!Patterns.containsAny(text, "赴", "拜访", "走访", "前往")) return;
        Matcher v = GO_VISIT.matcher(text);
        while (v.find()) {
            int cs = v.start();
            while (cs > 0 && "，。；;\n：:）)】｜|".indexOf(text.charAt(cs - 1)) < 0) cs--;
            if (v.start() - cs < 3) continue;
            String clause = text.substring(cs, v.start());
            // "X公司董事长一行赴长治": theirs coming to us
            if (clause.contains("公司") || clause.contains("集团") || clause.contains("企业") || Patterns.containsAny(text.substring(v.end(), Math.min(text.length(), v.end() + 4)), "长治", "潞州", "高新区", "我区", "我市")) continue;
            Matcher b = GO_BETWEEN.matcher(clause);
            if (!b.find()) continue;
            int at = cs + b.start();
            // "今天下午宋佳、马骁在苏州走访了": the names open the clause after the day
            Matcher day = DAY_OPENING.matcher(text).region(cs, at);
            int opens = day.lookingAt() ? day.end() : cs;
            for (int st = cs; st <= at - 2; st++) {
                if (st > cs && st != opens && !OUR_UNIT_CHAIN.matcher(text).region(cs, st).matches()) continue;
                // the names opening the clause go only to see an enterprise (走访/拜访), not anywhere
                if ((st == cs || st == opens) && v.group().length() == 1) continue;
                int[] end = new int[1];
                List<String> l = list(text, st, end);
                if (!l.isEmpty() && end[0] == at && l.stream().noneMatch(ProsePeople::enterpriseAddress)) {
                    found.putIfAbsent(st, l);
                    break;
                }
            }
        }
    }

    /** A news sentence's opening before its subject: the day, then "受…委托" (who asked is not one who went). */
    private static final Pattern NEWS_OPENING = Pattern.compile("\\s*" + DAY_WORDS + "*(?:受[^，。；]{2,30}?委托[，,]?)?");
    /** Between a list of our officials and what they did: "带队", "一行", "等同志", then the going or where they were. */
    private static final Pattern LEADERS_THEN = Pattern.compile("(?:等同志|等人|等|同志)?(?:一行)?(?:带队|率队|带领)?(?:一行)?(?=[，,]|赴|到|在|深入|走访|拜访|前往|调研|先后|专程)");
    /** The going of a sentence told in news style: the officials listed before it went to see an enterprise. */
    private static final Pattern NEWS_GO = Pattern.compile("赴|走访|拜访|深入|前往|调研|专程");

    /**
     * News style: a sentence opening (after its day) with our officials listed by unit and office ("区委常委、副区长刘志刚带队，
     * 区商务局局长陈立斌、高新区投资促进部部长赵磊一行赴常州", "区商务局招商股股长郭晓燕、科员韩宇赴太原", "区商务局局长陈立斌在深圳参加
     * …期间，走访了…"): every one of them went. The lists may follow each other after 带队/一行 and a comma; the sentence
     * must tell a going (赴/走访/拜访/深入/前往), and no enterprise's word stands before the first name.
     */
    private static void leadersOpening(String text, java.util.Map<Integer, List<String>> found) {
        if (!Patterns.containsAny(text, "赴", "走访", "拜访", "深入", "前往", "调研")) return;
        int ss = 0;
        while (ss < text.length()) {
            int se = ss;
            while (se < text.length() && "。；;！!\n".indexOf(text.charAt(se)) < 0) se++;
            String sentence = text.substring(ss, se);
            if (NEWS_GO.matcher(sentence).find()) leadersAt(text, ss, se, found);
            ss = se + 1;
        }
    }

    private static void leadersAt(String text, int ss, int se, java.util.Map<Integer, List<String>> found) {
        Matcher o = NEWS_OPENING.matcher(text).region(ss, se);
        int q = o.lookingAt() ? o.end() : ss;
        List<String> all = new ArrayList<>();
        int first = q;
        boolean went = false;
        while (q < se) {
            int[] end = new int[2];
            List<String> l = titledList(text, q, end);
            if (l.isEmpty() || end[1] == 0 || end[0] > se) break;
            // the first name's unit and office are ours ("区委常委、副区长", "区商务局招商股股长"), no enterprise's word
            String unit = text.substring(q, text.indexOf(l.get(0), q));
            if (unit.contains("公司") || unit.contains("集团") || unit.contains("企业") || unit.contains("对方")) break;
            if (!ourUnitWords(unit) && !OUR_TITLE.matcher(unit).find()) break;
            Matcher t = LEADERS_THEN.matcher(text).region(end[0], se);
            if (!t.lookingAt()) break;
            all.addAll(l);
            q = t.end();
            if (q < se && (text.charAt(q) == '，' || text.charAt(q) == ',')) { q++; continue; }
            went = true;
            break;
        }
        // "…局长陈立斌在深圳参加…期间，走访了": the going told after a comma of the same sentence
        if (!all.isEmpty() && (went || NEWS_GO.matcher(text).region(q, se).find())) {
            // "X公司董事长一行赴长治": theirs coming to us
            Matcher g = NEWS_GO.matcher(text).region(q, se);
            if (g.find() && Patterns.containsAny(text.substring(g.end(), Math.min(se, g.end() + 4)), "长治", "潞州", "高新区", "我区", "我市")) return;
            // another reading may have taken the first list alone ("副区长刘志刚带队"): the whole opening stands for it
            found.merge(first, all, (had, now) -> now.size() > had.size() && now.containsAll(had) ? now : had);
        }
    }

    /** Said after a colleague's name in a terse note: they were there too ("冯磊都在", "老申一直跟着", "小宋同去"). */
    private static final Pattern TERSE_ALONG = Pattern.compile("(?:都在|也在|都去了|一直跟着|跟着|同去|一起)$");

    /**
     * A terse note or voice input, its words as short pieces: "蓝思科技 采购总监 邓伟 … 意向无 老潘 小宋", "… 小李 冯磊都在",
     * "老王小李都去了": a nickname said alone (not right after a title or 见了, where it is the one met) is one of ours,
     * and so is a name said with the words that say they went along.
     */
    private static void terseNicknames(String text, java.util.Map<Integer, List<String>> found) {
        if (text.indexOf('老') < 0 && text.indexOf('小') < 0 && !Patterns.containsAny(text, "都在", "也在", "都去了", "跟着", "同去", "一起")) return;
        String[] pieces = CLAUSE_MARKS.split(text);
        int n = 0;
        boolean longer = false;
        for (String p : pieces) {
            if (p.strip().length() > 14) longer = true;
            if (!p.isBlank()) n++;
        }
        // prose or a short note: only names said with the words that say they went along ("小侯跟着", "老王小李都去了")
        boolean terse = !longer && n >= 4;
        int pos = 0;
        String prev = "";
        for (String raw : pieces) {
            int at = pos;
            pos += raw.length() + 1;
            String p = raw.strip();
            if (p.isEmpty()) continue;
            Matcher a = TERSE_ALONG.matcher(p);
            boolean along = a.find();
            if (!along && !terse) { prev = p; continue; }
            String who = along ? p.substring(0, a.start()) : p;
            List<String> names = new ArrayList<>();
            for (int q = 0; q < who.length(); ) {
                if (q + 2 <= who.length() && isNickname(who.substring(q, q + 2))) { names.add(who.substring(q, q + 2)); q += 2; continue; }
                // "老郑+小戴": a plus between nicknames joins them
                if (!names.isEmpty() && q + 1 < who.length() && (who.charAt(q) == '+' || who.charAt(q) == '＋')) { q++; continue; }
                if (along && q == 0 && PersonNames.isName(who) && !enterpriseAddress(who) && !addressForm(who)) { names.add(who); q = who.length(); continue; }
                names.clear();
                break;
            }
            boolean met = titleOnly(prev) || prev.endsWith("见了") || prev.endsWith("是") || prev.endsWith("对接") || prev.endsWith("接待")
                    || coreAt(prev, Math.max(0, prev.length() - 2)) != null;
            if (!names.isEmpty() && !met) found.putIfAbsent(at + text.substring(at).indexOf(p), names);
            prev = p;
        }
    }
    /** "跟我去的是", "我们这边去的是", "一起去的人是": the names after it are who went. */
    private static final Pattern GONE_WERE = Pattern.compile("去的(?:人)?(?:是|有)");

    /** One of ours leads at {@code at}: an office only ours hold right before, or our unit earlier in the clause. */
    private static boolean ourLeader(String text, int at, String office) {
        if (OUR_LEADER.matcher(office).matches()) return true;
        // the words before the names, back to a mark or a pause (voice input's pauses end its phrases): one word more
        // when the names stand alone between pauses ("投资促进部 王磊 带队")
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && "，。；;\n, ".indexOf(text.charAt(s - 1)) < 0 && e - s < 24) s--;
        if (s > 0 && text.charAt(s - 1) == ' ' && e - s <= 4) {
            s--;
            while (s > 0 && "，。；;\n, ".indexOf(text.charAt(s - 1)) < 0 && e - s < 24) s--;
        }
        String clause = text.substring(s, e);
        if (OUR_ORG.matcher(clause).find() || clause.contains("我组") || clause.contains("区领导")) return true;
        for (int k = Math.max(s, at - 5); k < at; k++) if (PersonNames.nameAt(text, k) == at - k && OUR_LEADER.matcher(text.substring(k + 1, at)).matches()) return true;
        return false;
    }

    /** Names listed right before {@code at} ("温涛、姬妍" before 全程陪同), starting after a boundary; whether any were. */
    private static boolean listEndingAt(String text, int at, int orAt, java.util.Map<Integer, List<String>> found) {
        for (int st = Math.max(0, at - 24); st <= Math.max(at, orAt) - 2; st++) {
            if (st > 0 && !boundaryBefore(text, st)) continue;
            // "潞州区的智造谷，孟庆华全程陪同": after 的 one of ours is named by a surname, not a word the recogniser guesses
            if (st > 0 && text.charAt(st - 1) == '的' && PersonNames.nameAt(text, st) < 2) continue;
            int[] end = new int[1];
            List<String> l = list(text, st, end);
            if (!l.isEmpty() && (end[0] == at || end[0] == orAt)) {
                found.putIfAbsent(st, l);
                return true;
            }
        }
        return false;
    }

    /** A word of two characters between q and e that can only be a given name: no common word, place, organisation or pronoun. */
    private static boolean givenName(String text, int q, int e) {
        String w = text.substring(q, e);
        if (w.length() != 2 || !InputText.isCjk(w.charAt(0)) || !InputText.isCjk(w.charAt(1)) || "他她它我你大各其该这那对同组全两三一".indexOf(w.charAt(0)) >= 0) return false;
        if (PersonNames.notAName(w) || NameRecogniser.commonWord(w)) return false;
        NameRecogniser.Guess g = NameRecogniser.guess(w);
        return g != NameRecogniser.Guess.ORGANISATION && g != NameRecogniser.Guess.PLACE;
    }

    private static final Pattern LABEL_GLUE = Pattern.compile("^的(?:还有|有|是|为)\\s*");

    /** A given name said alone where only one of ours stands: as {@link #givenName}, an organisation's tag allowed. */
    private static boolean givenNameAlong(String text, int q, int e) {
        String w = text.substring(q, e);
        if (w.length() != 2 || !plainGiven(w) || PersonNames.notAName(w) || NameRecogniser.commonWord(w)) return false;
        return NameRecogniser.guess(w) != NameRecogniser.Guess.PLACE;
    }

    /** Characters given names are made of, both of them (a short enterprise name rarely is: "丽娟", "晓东", not "先导"). */
    private static final String GIVEN_CHARS = "丽娟晓东雪梅芳华敏静婷燕红霞玲琳艳萍莉娜丹妍颖倩雯慧佳欣怡琪瑶璐蕾洁琴英兰凤玉珍秀云霞月桂春秋冬夏志刚强伟军建国明亮宁斌鹏飞涛浩杰磊超勇峰辉俊宇文武波海洋平安新宏坤鑫森林";

    private static boolean plainGiven(String w) {
        return GIVEN_CHARS.indexOf(w.charAt(0)) >= 0 && GIVEN_CHARS.indexOf(w.charAt(1)) >= 0;
    }

    /**
     * A 我方人员 / 陪同人员 value written on a label line, names only: "市投促中心王磊、许静" → 王磊、许静, "杜明（本人）、许静" → 许静.
     * Kept as written unless the whole value reads as such a list.
     */
    static String labelledOurs(String written) {
        if (written == null || written.isBlank()) return written;
        // "同行：马骏、孙凯  跟进：马骏": another label on the same line, after a wide gap, ends the value
        Matcher next = NEXT_LABEL.matcher(written);
        String w = (next.find() ? written.substring(0, next.start()) : written).strip();
        // "陪同 的有牛志刚和我": voice input's label read without its colon, the words that join it to the names ahead
        if (w.startsWith("的")) w = LABEL_GLUE.matcher(w).replaceFirst("");
        if (nobodyYet(w)) return null;
        w = withoutSender(w);
        if (w.isEmpty()) return null;
        int[] end = new int[1];
        List<String> l = list(w, 0, end);
        // "陪同：郝静、权海燕 看催化剂再生项目用地": a terse line goes on after a space with what they did, no name
        if (!l.isEmpty() && end[0] < w.length() && (w.charAt(end[0]) == ' ' || w.charAt(end[0] - 1) == ' ')
                && l.stream().noneMatch(ProsePeople::enterpriseAddress) && PersonNames.list(w.substring(end[0]).strip()).isEmpty()) return String.join("、", l);
        if (l.isEmpty() || !LIST_MARKS.matcher(w.substring(end[0])).replaceAll("").isEmpty()) {
            // "陪同：郭蕾、潞州区工信局副局长赵红": ours by their unit and office, the names only
            int[] te = new int[2];
            List<String> titled = titledList(w, 0, te);
            if (te[1] == 0 || !LIST_MARKS.matcher(w.substring(te[0])).replaceAll("").isEmpty()) return written;
            l = titled;
        }
        return String.join("、", l);
    }

    /** Whether a piece is ours and nothing else: names, or names after our units and offices ("招商三组侯晓东、原媛", "组员栗文博"). */
    static boolean oursOnly(String piece) {
        String w = piece.strip();
        if (w.isEmpty()) return false;
        int[] end = new int[1];
        if (!list(w, 0, end).isEmpty() && LIST_MARKS.matcher(w.substring(end[0])).replaceAll("").isEmpty()) return true;
        int[] te = new int[2];
        return !titledList(w, 0, te).isEmpty() && te[1] > 0 && LIST_MARKS.matcher(w.substring(te[0])).replaceAll("").isEmpty();
    }

    /** "我 / 郑敏", "刘伟、我", "我 小周": the sender written as an item of a list of ours, with the marks that set it off. */
    private static final Pattern SENDER_ITEM = Pattern.compile("^我(?:本人)?\\s*[/／+＋、，,和与跟及\\s]\\s*|\\s*[/／+＋、，,和与跟及\\s]\\s*我(?:本人)?$|(?<=[、，,])我(?:本人)?[、，,]");
    /** A list item joined by a slash or a plus ("郑敏 / 刘伟", "老宋+小冯"): read as 、. */
    private static final Pattern SLASH = Pattern.compile("\\s*[/／+＋]\\s*");

    /** A written list of ours without the sender (never added, README) and with slashes as 、; "我" alone is nobody. */
    static String withoutSender(String w) {
        if (w.equals("我") || w.equals("我本人")) return "";
        if (w.indexOf('我') < 0 && w.indexOf('/') < 0 && w.indexOf('／') < 0 && w.indexOf('+') < 0 && w.indexOf('＋') < 0) return w;
        String out = SENDER_ITEM.matcher(w).replaceAll("");
        return SLASH.matcher(out).replaceAll("、").strip();
    }

    private static final Pattern NEXT_LABEL = Pattern.compile("\\s{2,}[\\u4e00-\\u9fff]{1,6}[：:]");

    /** "陪同：待定", "跟踪责任人：暂无": nobody named yet — the field stays empty rather than holding the words. */
    static boolean nobodyYet(String value) {
        return value != null && NOBODY.matcher(value.strip()).matches();
    }

    private static final Pattern NOBODY = Pattern.compile("(?:暂|尚|还)?(?:" + FieldReader.NOT_YET + "|无|暂无|没有|未安排|待安排)[。.]?");

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

    /**
     * The last piece of a terse inspection naming who receives the visitors ("小葛接", "邓洁对接", "芳姐负责接待"): that
     * one of ours, or null.
     */
    static String hostPiece(String piece) {
        Matcher m = HOSTS.matcher(piece);
        if (!m.find() || m.end() != piece.length() || m.start() < 2) return null;
        String who = piece.substring(0, m.start());
        return ownName(who) || nickname(who, 0) == who.length() ? who : null;
    }

    /** A person's own name, not a form of address ("程浩", "周立峰", "小王"; not 王总, 刘科长, 宁波). */
    static boolean plainName(String who) {
        return PersonNames.isName(who) && !enterpriseAddress(who) && !addressForm(who) && !who.endsWith("总") && !who.endsWith("董") && !who.endsWith("工");
    }

    /** "王总", "刘董", "陈总经理": how a surname and an enterprise's title address one of its managers. */
    private static boolean enterpriseAddress(String who) {
        return who.length() >= 2 && who.length() <= 4 && PersonNames.isSurname(who.charAt(0))
                && MANAGER_ADDRESS.matcher(who.substring(1)).matches();
    }

    /** "刘科长", "王部长", "赵组长": a surname and an office rather than a name. */
    private static boolean addressForm(String who) {
        return who.length() >= 2 && PersonNames.isSurname(who.charAt(0)) && OUR_TITLE_AFTER.matcher(who.substring(1)).matches();
    }

    /** A list may start at st: after punctuation, a space or a word that introduces people. */
    static boolean boundaryBefore(String text, int st) {
        char c = text.charAt(st - 1);
        if ("，、,；;：: （(\n｜|。！!".indexOf(c) >= 0) return true;
        String before = text.substring(Math.max(0, st - 4), st);
        for (String w : new String[]{"组", "组员", "同事", "成员", "我和", "我与", "我跟", "由", "和", "跟", "与", "及", "的", "是", "今天", "昨天", "前天", "上午", "下午",
                // "届时郭强陪同", "届时请王建平、刘洋陪同", "区里安排周敏副区长陪同": who will go along, said of a visit to come
                "届时", "请", "安排"}) {
            if (before.endsWith(w)) return true;
        }
        return false;
    }

    private static final Pattern TITLED_ITEM = Pattern.compile("[\\u4e00-\\u9fff]{0,10}?(?:副区长|区长|常委|书记|局长|主任|部长|处长|组长|科长|部|局|委|办|组)");

    /** "陪同人员：区政府副区长阎鹏、投资促进部聂晶": each of ours named after their unit or title. */
    private static List<String> titledList(String s, int p) {
        return titledList(s, p, new int[2]);
    }

    /** The offices that end a title of ours ("副局长", "综合科科长", "党工委书记", "主任助理"). */
    private static final String[] OFFICES = {"秘书长", "科员", "股长", "区长", "书记", "局长", "主任", "部长", "处长", "科长", "组长", "主席", "常委", "委员",
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

    /** Words naming a unit of ours ("投资促进部综合科", "第一工作组", "区商务局"), not an enterprise's department. */
    private static boolean ourUnitWords(String unit) {
        return OUR_ORG.matcher(unit).find() || unit.contains("组") || unit.contains("局") || unit.contains("区") || unit.contains("市")
                || unit.contains("科") && !unit.contains("科技");
    }

    /** Our units said before one of ours with no office ("我们一科", "招商二科", "高新区投资促进部", "我们科的"). */
    private static final Pattern OUR_UNIT_ONLY = Pattern.compile(
            "[\\u4e00-\\u9fff]{0,12}?(?:[一二三四五六七八九十]科|投资促进部|投资促进中心|投促中心|投促局|投促部|商务局|管委会|我们科|我们组|招商组|工作组|我组|[一二三四五六七八九十]组)(?:的)?");
    /** "区应急局、生态环境分局相关负责同志": others of ours, not named, at the end of a list before 陪同. */
    private static final Pattern UNNAMED_OTHERS = Pattern.compile("[，,、][^，。；]{0,20}?(?:相关负责|相关|负责)(?:同志|负责人)?");
    /** The one met, introduced before their title ("见了成果转化处处长孔令军"): no list of ours starts there. */
    private static final Pattern MET_BEFORE = Pattern.compile("见了|见到|对接|会见|拜访|走访|接待|公司|集团|企业|对方");

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

    /** Whether s[st, at) is a unit not ours and then an office ("生产运营中心主任", "办公室主任"); a bare office is no unit. */
    private static boolean theirUnit(String s, int st, int at) {
        for (String o : OFFICES) {
            if (at - o.length() < st || !s.startsWith(o, at - o.length())) continue;
            int u = at - o.length();
            if (u > st && s.charAt(u - 1) == '副') u--;
            String unit = s.substring(st, u);
            return u > st && !ourUnitWords(unit) && !OUR_TITLE.matcher(unit).find() && !GOVERNMENT_WORDS.matcher(unit).find();
        }
        return false;
    }

    /** Words of a government unit's name without 区/局/科 in it ("招商服务中心", "政务服务中心", "园区发展中心"). */
    private static final Pattern GOVERNMENT_WORDS = Pattern.compile("招商|投促|投资促进|政府|政务|发改|工信|商务|党工委|开发区|园区|人才");

    private static void titledListEndingAt(String text, int at, java.util.Map<Integer, List<String>> found) {
        int s0 = at;
        while (s0 > 0 && "。；;\n：:".indexOf(text.charAt(s0 - 1)) < 0 && at - s0 < 120) s0--;
        for (int st = s0; st < at - 1; st++) {
            if (st > s0 && "，,、".indexOf(text.charAt(st - 1)) < 0) continue;
            int[] end = new int[2];
            List<String> l = titledList(text, st, end);
            if (l.isEmpty() || end[1] == 0) continue;
            int first = text.indexOf(l.get(0), st);
            if (first > st && MET_BEFORE.matcher(text).region(st, first).find()) continue;
            // "生产运营中心主任马骁陪同参观": an office after a unit that is not ours is the enterprise's
            if (first > st && theirUnit(text, st, first)) continue;
            int e = end[0];
            Matcher more = AND_OTHERS.matcher(text).region(e, text.length());
            if (more.lookingAt()) e = more.end();
            if (e < at && UNNAMED_OTHERS.matcher(text).region(e, at).matches()) e = at;
            if (e == at) { found.putIfAbsent(st, l); return; }
        }
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
    private static final Pattern BRACKETED_OFFICE = Pattern.compile("[（(][\\u4e00-\\u9fff]{0,6}?(?:副)?(?:组长|组员|科长|局长|区长|主任|部长|处长|书记|科员)[）)]");

    /** What a message asks of a colleague it names ("请准备", "麻烦安排", "辛苦对接"). */
    private static final Pattern ADDRESSEE = Pattern.compile("请|麻烦|辛苦|劳烦|帮忙|帮我|帮着|抓紧|尽快|准备|注意|记得|收到|看一下|看下");

    private static final Pattern REQUEST_TO = Pattern.compile("[\\u4e00-\\u9fff]{0,6}?(?:部|局|办|委|中心|组|处|科|室|领导|同事|大家|各位|你们|你)");

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
    private static final Pattern DEPUTY_OFFICE = Pattern.compile("副(?:区长|局长|主任|组长|书记|部长|科长|处长|县长|市长)");

    /**
     * A nickname given as the name in a slot of people ("芳姐", "明哥" — a given name's character and 姐/哥; "婷婷",
     * "佳佳" — a given name doubled) or a surname with a deputy office ("孙副区长"), ending where a word or a mark
     * starts: its length at q, or 0.
     */
    private static int nickname(String s, int q) {
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
    private static boolean isNickname(String t) {
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

    // ---- who follows it up ------------------------------------------------------------------------------------

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
