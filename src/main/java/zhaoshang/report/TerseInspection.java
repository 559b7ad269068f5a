package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inspection typed as one terse line with no kind word: the enterprise (by its short form), perhaps how many come,
 * then that they come to one of our zones — "下周二 山河智能 3人 来潞州 看装备园 函已发", "伊泰 3人 本周五到高新 看化工新材料园",
 * "京东物流 熊总一行5人 到潞州看物流园 牛晓东 小周陪". The line is rewritten under the kind word 考察 with its day first
 * (today when it names none) and the zone written in full, and read as a headed inspection. Anything else is left alone.
 */
final class TerseInspection {

    /** "来潞州", "本周五到高新", "到潞州看物流园": coming to a zone of ours, a day before it, what is looked at after it. */
    private static final Pattern CAME = Patterns.compile("^(.{0,6}?)([来到])(潞州|高新|长治)(区)?((?:看|参观|考察).*)?$");
    /** "3人", "一行4人", "熊总一行5人", "一行": how many come, or the one who leads them. */
    private static final Pattern PARTY = Patterns.compile("^(?:[\\u4e00-\\u9fff]{1,2}总)?(?:一行)?(?:[0-9一二三四五六七八九十]{1,2}人)?$");

    /** "林晓峰副总裁", "吴海涛等3人", "供应链刘经理一行": the one leading them, by name and title, how many perhaps after. */
    private static final Pattern LEADER = Patterns.compile("^([\\u4e00-\\u9fffA-Za-z]{1,9}?)(?:一行|等)?(?:[0-9一二两三四五六七八九十]{1,2}人)?$");
    private static final Pattern NAME_TITLE = Patterns.compile(
            "^[\\u4e00-\\u9fff]{2,3}(?:董事长|总经理|副总经理|副总裁|总裁|副总|总监|经理|主任|厂长|院长|所长|处长|部长|董秘|总工)$");
    private static final Pattern DEPARTMENT_FIRST = Patterns.compile("^(?:[\\u4e00-\\u9fff]{1,5}(?:部|处|办|中心)|供应链|采购|基建|战投|投资|市场|行政)(.{2,4})$");

    /** A word that names one person of theirs, by title, by name and title, or by name alone. */
    private static boolean leader(String w) {
        Matcher m = LEADER.matcher(w);
        if (!m.matches()) return false;
        String p = m.group(1);
        if (TerseLine.PERSON.matcher(p).matches() || NAME_TITLE.matcher(p).matches()) return true;
        Matcher d = DEPARTMENT_FIRST.matcher(p);
        if (d.matches() && TerseLine.PERSON.matcher(d.group(1)).matches()) return true;
        return p.length() >= 2 && p.length() <= 3 && PersonNames.isSurname(p.charAt(0)) && NameRecogniser.guess(p) == NameRecogniser.Guess.PERSON;
    }

    private TerseInspection() { }

    /** "如期", "按计划": how the coming kept its plan, said after its day. */
    private static final Pattern KEPT = Pattern.compile("(?:如期|如约|按期|按时|按约|准时|按计划|按原计划|专程)$");

    /**
     * "瑞亨科技黄浩然": a short name of four characters or more with a person's full name of three glued after it, the
     * short name; null otherwise.
     */
    private static String leaderAfter(String w) {
        if (w.length() < 7 || !w.chars().allMatch(ch -> InputText.isCjk((char) ch))) return null;
        String person = w.substring(w.length() - 3);
        String head = w.substring(0, w.length() - 3);
        if (!PersonNames.isName(person) || NameRecogniser.guess(person) != NameRecogniser.Guess.PERSON) return null;
        return TerseLine.shortForm(head) && NameRecogniser.guess(head) != NameRecogniser.Guess.PERSON ? head : null;
    }

    /** The line as a headed inspection ("考察 下周二 山河智能 3人 来潞州区 看装备园 …"); null when it is no such line. */
    static String rewrite(String line, LocalDate today) {
        String r = rewritten(line, today);
        // "周五绿源环保将来考察 …" sent on a Tuesday: the coming still ahead, its bare weekday the one of this week ahead
        return r == null ? null : InspectionComers.dayAhead(r, line, today);
    }

    private static String rewritten(String line, LocalDate today) {
        String s = line.strip();
        if (s.length() > 120 || s.indexOf(' ') < 0 || s.indexOf('？') >= 0 || s.indexOf('?') >= 0) return null;
        if (s.indexOf('来') < 0 && s.indexOf('到') < 0 && s.indexOf('陪') < 0) return null;
        String[] t = TerseLine.words(s);
        if (t.length < 3) return null;
        String plain = s.indexOf('陪') >= 0 ? cameLine(t, today) : null;
        if (plain != null) return plain;
        if (s.indexOf('来') < 0 && s.indexOf('到') < 0) return null;
        int i = 0;
        String day = null;
        if (TerseLine.onlyADate(t[0], today)) { day = t[0]; i = 1; }
        if (i >= t.length) return null;
        String name = t[i].endsWith("一行") ? t[i].substring(0, t[i].length() - 2) : t[i];
        if (!TerseLine.shortForm(name) || ProseCues.of(name) != null) return null;
        int c = i + 1;
        if (c < t.length && !t[c].isEmpty() && (PARTY.matcher(t[c]).matches() || leader(t[c]))) c++;
        if (c >= t.length) return null;
        Matcher m = CAME.matcher(t[c]);
        if (!m.matches()) return null;
        String when = m.group(1);
        if (!when.isEmpty()) {
            if (day != null || !TerseLine.onlyADate(when, today)) return null;
            day = when;
        }
        String zone = m.group(3).equals("长治") ? "长治" : m.group(3) + "区";
        StringBuilder b = new StringBuilder("考察 ").append(day == null ? "今天" : day);
        for (int k = i; k < t.length; k++) {
            b.append(' ');
            b.append(k == c ? m.group(2) + zone + (m.group(5) == null ? "" : m.group(5)) : t[k]);
        }
        return b.toString();
    }

    /** "老牛陪", "冯磊陪同", "老王老牛陪", "小段陪的": who of ours went round with them, as the line's own word. */
    private static final Pattern ESCORT = Patterns.compile("^((?:[\\u4e00-\\u9fff]{2,3}?)+?)(陪同|陪着|陪的|陪)$");
    /** "老王老牛": nicknames run together, each 老/小 and one character. */
    private static final Pattern NICKNAMES = Patterns.compile("^(?:[老小][\\u4e00-\\u9fff]){2,3}$");
    /** A word of a visit made by us: the line tells a visit, not an inspection. */
    private static final Pattern VISITED = Patterns.compile("拜访|走访|见了|见的|见到|约了|去了|去的|回访|对接|签");
    /** "来考察", "来看厂房", "看了医疗器械园", "周六来看过了", "考察潞州区", "潞州区考察": coming and looking round, a zone perhaps named. */
    private static final Pattern LOOKED = Patterns.compile("^(?:(?:一起)?[来到](?:了)?)?(?:(?:长治)?(?:高新|潞州)区?)?(?:考察|看|参观|转)|^[来到](?:了)?(?:长治)?(?:高新|潞州)区?$");
    private static final Pattern ZONE_IN = Patterns.compile("(?:长治)?(高新|潞州)区?");
    private static final Pattern ARRIVING = Patterns.compile("^(?:一起)?[来到](?:了)?");
    private static final Pattern ZONE_WORD = Patterns.compile("^(?:长治)?(高新|潞州)区?$");
    /** "三一的来看厂房", "天津X要来考察": the name, then its people perhaps, a word of the coming to be (要, 将) perhaps, then the coming. */
    private static final Pattern NAME_CAME = Patterns.compile("^(.{2,10}?)(?:的人|的)?(?:要|将|会|也|又)?((?:[来到]).*)$");

    /**
     * A terse line with no kind word telling an enterprise came to look round, one of ours with them: "明天 三一的来看厂房
     * 老潘陪", "法士特 孙浩一行4人 今天潞州区考察 老王老牛陪", "鱼跃医疗 吴经理等2人 今天看了医疗器械园 高新区 老牛陪",
     * "今天江苏恒润光伏来考察 高新区 老牛陪". The day may stand anywhere (or be glued before a word); the enterprise comes
     * first; one of ours is named as escorting them. Rewritten under 考察 as {@link #rewrite} does; null when no such line.
     */
    private static String cameLine(String[] tokens, LocalDate today) {
        String day = null;
        String zone = null;
        String name = null;
        boolean escorted = false;
        boolean looked = false;
        boolean arrived = false;
        List<String> rest = new ArrayList<>();
        for (int k = 0; k < tokens.length; k++) {
            String w = tokens[k];
            if (VISITED.matcher(w).find()) return null;
            if (day == null && TerseLine.onlyADate(w, today)) { day = w; continue; }
            // "今天潞州区考察", "周六来看过了", "今天江苏恒润光伏来考察": a day glued before the word
            if (day == null && w.length() > 2) {
                ProseDates.Found f = ProseDates.find(ProseDates.arabic(w), today, false);
                if (f != null && f.at() == 0 && w.startsWith(f.written()) && f.written().length() < w.length()) {
                    day = f.written();
                    w = w.substring(f.written().length());
                }
            }
            Matcher z = ZONE_WORD.matcher(w);
            if (z.matches()) { zone = z.group(1) + "区"; continue; }
            if (name == null) {
                // "三一的来看厂房", "江苏恒润光伏来考察": the name run into its coming
                Matcher nc = NAME_CAME.matcher(w);
                String n = w;
                String came = null;
                if (nc.matches() && LOOKED.matcher(nc.group(2)).find()) { n = nc.group(1); came = nc.group(2); }
                // "中科智算今天来高新区考察了": the day said between the name and its coming
                // ("恒源热能今天如期来…": 如期 after the day)
                if (came != null && day == null && n.length() > 3) {
                    String kept = KEPT.matcher(n).replaceFirst("");
                    ProseDates.Found f = ProseDates.find(ProseDates.arabic(kept), today, false);
                    if (f != null && f.at() >= 2 && kept.endsWith(f.written())) {
                        day = f.written();
                        n = kept.substring(0, kept.length() - f.written().length());
                    }
                }
                // "瑞亨科技黄浩然 一月六号来高新区考察": the one leading them said glued after the short name
                String led = leaderAfter(n);
                if (led != null) {
                    rest.add(n.substring(led.length()));
                    n = led;
                }
                if (!TerseLine.shortForm(n) || ProseCues.of(n) != null) return null;
                name = n;
                if (came == null) continue;
                w = came;
            }
            Matcher e = ESCORT.matcher(w);
            if (w.startsWith("陪同")) {
                escorted = true;
            } else if (e.matches()) {
                escorted = true;
                // "老王老牛陪": each nickname a name of its own; "老秦 小侯陪同": the familiar names just before go with it.
                // Said as "陪同 老王、老牛", the label form the headed reading takes for its 陪同人员 ("储能园 老包陪" would
                // take the park for a name too)
                List<String> who = new ArrayList<>();
                if (NICKNAMES.matcher(e.group(1)).matches()) {
                    for (int c = 0; c < e.group(1).length(); c += 2) who.add(e.group(1).substring(c, c + 2));
                } else {
                    who.add(e.group(1));
                }
                // ("刘伟 郑敏陪同": or their own names, each a word of its own)
                while (!rest.isEmpty() && (TerseLine.nickname(rest.get(rest.size() - 1)) || ProsePeople.ownName(rest.get(rest.size() - 1)))) {
                    who.add(0, rest.remove(rest.size() - 1));
                }
                rest.add("陪同");
                rest.add(String.join("、", who));
                continue;
            } else if (LOOKED.matcher(w).find()) {
                looked = true;
                Matcher lz = ZONE_IN.matcher(w);
                if (lz.find()) {
                    if (zone == null) zone = lz.group(1) + "区";
                    w = w.substring(0, lz.start()) + w.substring(lz.end());
                }
                if (w.startsWith("来") || w.startsWith("到") || w.startsWith("一起")) arrived = true;
            }
            if (!w.isEmpty()) rest.add(w);
        }
        // "看了生产线 小王陪" alone may tell our visit: they came ("来…") or looked round a zone of ours
        if (name == null || !escorted || !looked || !arrived && zone == null) return null;
        StringBuilder b = new StringBuilder("考察 ").append(day == null ? "今天" : day).append(' ').append(name);
        // the zone written as the inspection's coming, the words of the line after it
        if (zone != null) b.append(" 来").append(zone).append("考察");
        for (String w : rest) {
            // with the zone written as their coming, "来看过了" is what they did there
            String r = zone == null ? w : ARRIVING.matcher(w).replaceFirst("");
            if (!r.isEmpty() && !r.equals("考察")) b.append(' ').append(r);
        }
        return b.toString();
    }
}
