package zhaoshang.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enterprise's people met (对接人员) in prose, as "姓名（职务）" ("总经理助理刘总", "副总裁刘建平", "徐斌副总经理接待",
 * "王总（副总经理）", a title alone: "副总经理"), with the department words before a title; a written 对接人员 value
 * ({@link #labelled}) and whether a value is people only ({@link #onlyPeople}). Title words and names are read by
 * {@link ProsePeople}.
 */
final class Contacts {

    private Contacts() { }

    // the patterns of String.split/matches/replaceAll calls below, compiled once rather than on every call
    private static final Pattern RX_CALLED = Patterns.compile("^(?:叫|是|就是|姓(?=\\S{3}))");
    private static final Pattern RX_TRAILING_ONE_OF = Patterns.compile("(?:的)?(?:一个|一位)?$");
    private static final Pattern RX_SURNAME_SAID = Patterns.compile("(?:姓|叫).");
    private static final Pattern RX_DEMONSTRATIVE = Patterns.compile("(?:这|那|该|本|贵|我|其).*");

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
        String[] clauses = ProsePeople.CLAUSE_MARKS.split(text);
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
                String core = ProsePeople.coreAt(clause, i);
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
                if (n == 0 && !clause.startsWith("一行", after) && !clause.startsWith("等", after) && after > i) n = ProsePeople.nameHere(clause, after, true);
                // "总经理伊藤大辅", "总经理小林正树一行", "董事长马丁·霍夫曼": a Japanese or transliterated name, by HanLP's own
                // recognisers, longer than the Chinese name its first characters would make (小林, 高木翔)
                if (!clause.startsWith("一行", after) && !clause.startsWith("等", after)) n = Math.max(n, NameRecogniser.foreignNameAt(clause, after));
                // "采购中心总监Tony陈", "副总裁Jason周": an English given name and the surname
                if (n == 0) n = latinNameAt(clause, after);
                // "中国区总经理Thomas Becker": a Western name, two capitalised words
                if (n == 0) n = westernNameAt(clause, after);
                // "BD总监Vivian", "总经理助理Kelly话…": an English given name alone, right after the title
                // (not after a title in Latin letters: "VP Operations" is one title)
                if (n == 0 && InputText.isCjk(clause.charAt(te - 1))) n = givenLatinAt(clause, after);
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
                } else if (dept.length() >= 3 && dept.length() <= 6 && NameRecogniser.foreignNameAt(dept + coreWords, 0) == dept.length()) {
                    // "丸井隆社长", "佐藤裕一 副总经理": a Japanese or transliterated name before its title
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
                    // "刘敏市场总监": the name ends where the department word of the title starts
                    if (name.length() == 3 && PersonNames.nameAt(clause, ts - 3) == 2) {
                        name = name.substring(0, 2);
                        title = clause.charAt(ts - 1) + title;
                    }
                } else if (ts >= 2 && PersonNames.isName(clause.substring(ts - 2, ts)) && wordStart(clause, ts - 2)) {
                    name = clause.substring(ts - 2, ts);
                } else if (ends && ts == 0 && ci > 0 && next + 1 < clauses.length && trailingName(clauses[ci - 1]) != null
                        && PersonNames.isName(clauses[next].strip()) && ProsePeople.titleOnly(clauses[next + 1])
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
                    heIs = lead.endsWith(last + "是") || lead.contains(last + "是") && lead.matches(".*" + Pattern.quote(last) + "是(?:他们|公司|企业|对方|该公司)?(?:的)?");
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
        // "副总裁梁晨 聊的是信创适配中心 梁总说…": the one named in full, addressed again by the surname and 总 or 董
        // with words before it read as a unit
        if (all.size() >= 2) all.removeIf(c -> c.indexOf('（') == 2 && "总董".indexOf(c.charAt(1)) >= 0 && PersonNames.isSurname(c.charAt(0))
                && all.stream().anyMatch(o -> o != c && o.charAt(0) == c.charAt(0) && o.indexOf('（') >= 2 && "总董工".indexOf(o.charAt(1)) < 0
                        && PersonNames.isName(o.substring(0, o.indexOf('（')))));
        // "书记今天见了X公司的总经理Y", "赵卫东（党工委书记）", "刘处长（省国资委产权处）": our government's officials (and
        // the province's) are no one the enterprise sent; "刘总（书记）" keeps the one addressed
        List<String> kept = new ArrayList<>();
        for (String c : all) {
            int b = c.indexOf('（');
            String title = b < 0 ? c : titleOf(c);
            String who = b < 0 ? "" : c.substring(0, b);
            if (!government(title, b < 0)) kept.add(c);
            else if (b > 0 && ProsePeople.enterpriseAddress(who)) kept.add(who);
        }
        kept.removeIf(c -> c.indexOf('（') < 0 && GOVERNMENT_ADDRESS.matcher(c).matches() && PersonNames.isSurname(c.charAt(0)));
        return kept.isEmpty() ? null : String.join("、", kept);
    }

    /** Offices only a government holds, at a title's end ("书记", "党工委书记", "副区长", "市长", "局长"). */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(".*(?:书记|区长|市长|县长|局长)");
    /** A government's units in a title ("省国资委产权处", "高新区管委会", "发改委"). */
    private static final Pattern GOVERNMENT_UNIT = Pattern.compile(".*(?:国资委|发改委|党工委|管委会|人民政府|区政府|市政府|县政府|[省市区县]委|商务局|招商局|投促局|工信局|商务厅|工信厅).*");
    /** A surname addressed by a government's office ("王局长", "王局", "赵书记", "韩区长", "冯市长"). */
    private static final Pattern GOVERNMENT_ADDRESS = Pattern.compile(".(?:副)?(?:局长|局|书记|区长|市长|县长)");

    /**
     * Whether a contact's title (or a bare title) is our government's: an office only it holds with nothing of an
     * enterprise before it (not "党委书记", "集团党委副书记"), or one of its units named.
     */
    private static boolean government(String title, boolean bare) {
        if (title.isEmpty() || title.contains("公司") || title.contains("集团") || title.contains("企业") || title.contains("党委") || title.contains("党支部")) return false;
        if (GOVERNMENT_UNIT.matcher(title).matches()) return true;
        return GOVERNMENT_OFFICE.matcher(title).matches() && title.length() <= (bare ? 8 : 6) && !title.contains("部") && !title.contains("院");
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

    private static final Pattern MENTIONED = Patterns.compile("说|她|他|讲|表示");
    private static final Pattern COUNTED = Patterns.compile("(?:几|多|若干|一些|两|三|四|五)(?:个|位|名)?");
    private static final Pattern TAKEN_BACK = Patterns.compile("(?:哦|噢)?(?:不对|说错了|说错)");

    /** Said right after a name: the one named was not there ("出差不在", "不在公司", "在外地"). */
    private static final Pattern ABSENT = Patterns.compile("(?:正在|在)?(?:出差|外出|不在|没在|缺席|未能出席|休假)");
    /** Academic ranks said after a name that has its title ("闫明辉教授"). */
    private static final Pattern HONORIFIC = Patterns.compile("教授|副教授|研究员|院士|博士");

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

    /**
     * A Western name written in Latin letters, a word of its own: two capitalised words or more, with the particles
     * between them ("Thomas Becker", "Jürgen Kraus", "Peter de Vries", "Jan van der Berg"), or one word or more after
     * Mr./Ms./Dr. ("Mr. Tanaka", "Mr. Tan Wei Ming"), the honorific kept as written; its length, or 0.
     */
    static int westernNameAt(String s, int p) {
        if (p >= s.length() || p > 0 && latinLetter(s.charAt(p - 1))) return 0;
        int at = p + honorificAt(s, p);
        boolean honoured = at > p;
        int words = 0;
        int end = -1;
        while (words < 5) {
            int w = capitalisedWordAt(s, at);
            if (w == 0) {
                // "de", "van der": lower-case particles between the words of the name
                int q = at;
                while (particleAt(s, q) > 0 && q + particleAt(s, q) < s.length() && s.charAt(q + particleAt(s, q)) == ' ') q += particleAt(s, q) + 1;
                if (q == at || words == 0 || (w = capitalisedWordAt(s, q)) == 0) break;
                at = q;
            }
            words++;
            end = at + w;
            if (end + 1 < s.length() && s.charAt(end) == ' ') at = end + 1;
            else break;
        }
        return words >= 2 || honoured && words >= 1 ? end - p : 0;
    }

    private static boolean latinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    /** A capitalised word of Latin letters at p ("Müller", "Tan"), ended by no further letter or figure; its length, or 0. */
    private static int capitalisedWordAt(String s, int p) {
        if (p >= s.length() || !latinLetter(s.charAt(p)) || !Character.isUpperCase(s.charAt(p))) return 0;
        int e = p + 1;
        while (e < s.length() && latinLetter(s.charAt(e)) && Character.isLowerCase(s.charAt(e))) e++;
        if (e - p < 2 || e < s.length() && (latinLetter(s.charAt(e)) || Character.isDigit(s.charAt(e)))) return 0;
        return e - p;
    }

    private static final String[] NAME_PARTICLES = {"de", "van", "der", "von", "den", "da", "di", "du", "le", "la", "del", "bin", "binti"};

    private static int particleAt(String s, int p) {
        for (String w : NAME_PARTICLES) {
            int e = p + w.length();
            if (s.startsWith(w, p) && (e == s.length() || !latinLetter(s.charAt(e)))) return w.length();
        }
        return 0;
    }

    private static final String[] HONORIFICS = {"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr.", "Ms.", "Mrs.", "Dr.", "Mr ", "Ms ", "Mrs ", "Dr "};

    /** The length of "Mr. " or the like at p, or 0. */
    private static int honorificAt(String s, int p) {
        for (String h : HONORIFICS) if (s.startsWith(h, p)) return h.length();
        return 0;
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
    private static final Pattern REPORTS_TO_BEFORE = Patterns.compile("(?:向|跟|给|和|同|与)(?:他们|他|她|公司|集团|企业|总部)?(?:的)?$");
    private static final Pattern REPORTS_TO_AFTER = Patterns.compile("^(?:再|进一步)?(?:汇报|请示|报告|报批|商量|商议|沟通|反映|研究|确认|申请|通报)");

    private static final Pattern ALONG_US = Patterns.compile("陪同(?:的|人员|我们的)?(?:还有|有|是|为|[：:])");
    private static final Pattern PLAN_AHEAD = Patterns.compile("明天|后天|下周|下次|改天|下个月|下月|再谈|再约");

    /** Titles a surname alone is addressed by ("闫院长", "王部长", "刘总经理"). */
    private static final Pattern ADDRESSED = Patterns.compile("院长|部长|处长|主任|局长|总经理|经理|总监|书记|会长|秘书长|董事长|所长|厂长|行长|科长|课长|教授|副教授|研究员|院士");
    /** Top titles a surname addressed is said with only as a word of its own ("深圳 张副总", not 分管副总). */
    private static final Pattern ADDRESSED_TOP = Patterns.compile("副总|副总经理|副总裁|总裁");
    private static final Pattern HE_IS = Patterns.compile("(?:他|她)(?:是|为)(?:他们|公司|企业|对方)?(?:的)?\\s*$");

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
    private static final Pattern BUSINESS_FUNCTION = Patterns.compile("[\\u4e00-\\u9fff]{0,2}(?:采购|销售|营销|生产|研发|运营|投资|战投|规划|招商|物流|制造|质量"
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
    private static final Pattern REGION_UNIT = Patterns.compile("(?:华北|华东|华南|华中|华西|西南|西北|东北|亚太|中国|大中华|海外|国际|北方|南方)(?:区域|大区|区)");

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
                String c = ProsePeople.coreAt(clause, k);
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
        if (written == null || written.isBlank()) return written;
        // "黎国栋(营销副总)" from a table or a phone's keyboard: the ledger's brackets
        if (written.indexOf('(') >= 0) written = HALF_BRACKETS.matcher(written).replaceAll("（$1）");
        if (written.indexOf('（') >= 0 || written.indexOf('(') >= 0) return written;
        // "接待人为该公司副总裁梁锐": the words that point back to the enterprise name no one
        written = ENTERPRISE_ITSELF.matcher(written.strip()).replaceFirst("");
        String read = contacts(written, Set.of());
        if (read == null) return written;
        if (sameWords(read, written)) return read;
        // "董事长助理 吉祥 和 项目部经理 闫伟": two people joined by 和 between pauses
        if (written.indexOf('和') >= 0 || written.indexOf('及') >= 0 || written.indexOf('与') >= 0) {
            String joined = SPACED_AND.matcher(written).replaceAll("、");
            String again = joined.equals(written) ? null : contacts(joined, Set.of());
            if (again != null && sameWords(again, joined)) return again;
        }
        return written;
    }

    private static final Pattern HALF_BRACKETS = Patterns.compile("\\(([\\u4e00-\\u9fff、]{2,16})\\)");
    private static final Pattern SPACED_AND = Patterns.compile("\\s+(?:和|及|与|以及)\\s*|\\s*(?:和|及|与|以及)\\s+");

    private static final Pattern ENTERPRISE_ITSELF = Patterns.compile("^(?:为|是)?(?:该公司|该企业|该集团|公司|企业|集团|对方|其)(?:的)?(?=\\S{3,})");

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
    private static final Pattern VERB_BEFORE_UNIT = Patterns.compile("(?:受到|得到|获得|听取|会同|联系|拜访|走访|访问|前往|来到|到访)$");

    /** A department's own name right after a group's or enterprise's word ("战略部", "发展部", "政府事务部"), up to start. */
    private static boolean deptWordAfter(String clause, int q, int start) {
        String after = clause.substring(q, start).strip();
        return after.length() >= 2 && after.length() <= 8 && DEPT_NAME.matcher(after).matches() && !ourSide(after);
    }

    private static final Pattern DEPT_NAME = Patterns.compile("[\\u4e00-\\u9fff]{1,6}(?:部|中心|事业部|事业群|办公室)");

    /** Words departments are named by that read as verbs ("采购与供应链管理部", "研发及测试中心"). */
    private static final Pattern DEPT_WORD = Patterns.compile("(?:采购|销售|营销|生产|研发|运营|投资|规划|招商|物流|制造|质量|测试|设计)");

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

    private static final Pattern POINTS_BACK = Patterns.compile("^(?:该|本|其)(?:所|院|公司|集团|企业|中心|校|会|协会|单位)?(?=[\\u4e00-\\u9fff]{2}|$)");
    private static final Pattern DEPT_OF = Patterns.compile("(?<=部|群|中心|处|室|院|所|科|组|线|平台)的(?=[\\u4e00-\\u9fff])");

    private static final Pattern LEADING_DAY = Patterns.compile("^(?:今天|昨天|前天|今日|昨日|明天|上午|下午|中午|晚上)+");

    private static boolean ourSide(String dept) {
        for (String w : OUR_SIDE) if (dept.contains(w)) return true;
        // "区卫健局", "区农业农村局": a bureau of the district's (or city's) government is ours
        return dept.length() >= 3 && (dept.charAt(0) == '区' || dept.charAt(0) == '市') && OUR_BUREAU.matcher(dept).matches();
    }

    private static final Pattern OUR_BUREAU = Patterns.compile("[区市][\\u4e00-\\u9fff]{1,6}(?:局|委)");

    private static final Pattern SURNAME_ADDRESS = Patterns.compile("([\\u4e00-\\u9fff](?:总|会长|部长|董))");
    private static final Pattern TRAILING_ONE = Patterns.compile("(?:的)?(?:一个|一位|那个|这个)$");
}
