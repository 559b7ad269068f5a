package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our people named once for several records: the members of a group written beside the group or in brackets on a
 * heading ("【第一组本周走访】（孟凡东、许晴）", "一组本周情况（孟凡东、贺立伟）：", "四组戴志强、闫冬梅本周在太原："), on an
 * item's own line ("第一组（许晴、邱彤）11月24日走访…", "· 二组 卢振、蒋一帆 12.2 X公司 …", "X公司 … 意向较强 （温可馨）"),
 * in a column of a list ("一组｜11.2｜X公司｜许晴、邱彤｜…", "许晴    X公司    技术副总唐晓川 …"), or in a line or sentence of
 * their own said of all ("人员：钱嘉怡、蒋一帆", "参加人员：孟凡东、邱彤", "（卢振、苗雨）", "孟凡东、许晴。", "贺立伟、邱彤参加。").
 * They go to each record that names none of its own: a visit's 我方人员, an inspection's 陪同人员, and a lead's 跟踪责任人
 * when one member alone is named.
 */
final class GroupMembers {

    private GroupMembers() { }

    /** "一组", "第三组", "二组的": a group of ours. */
    private static final Pattern GROUP = Patterns.compile("(?:第)?[一二三四五六七八九十1-9](?:工作|招商)?组(?:的)?");
    private static final Pattern BRACKETS = Patterns.compile("[（(]([^（()）\\n]{2,40})[）)]");
    /** A line or sentence of names only, said of all: "人员：温可馨", "同行：卢振、苗雨", "贺立伟、邱彤参加". */
    private static final Pattern LABEL = Patterns.compile("^(?:参加人员|参与人员|走访人员|我方人员|我方|人员|成员|组员|同行|同去|随行|同行人员)[：:]\\s*");
    /** A closing line's label that is no field of a form ("同行：", "我方人员：" are the form's own). */
    private static final Pattern CLOSING = Patterns.compile("^(?:参加人员|参与人员|人员|成员|组员)[：:]\\s*");
    private static final Pattern TAIL = Patterns.compile("(?:参加|参与|同行|同去|一起|一同)$");
    /** The characters a sentence ends at ("[。；;！!\\n]"). */
    private static final String SENTENCE_ENDS = "。；;！!\n";
    /** The first characters of LABEL's words. */
    private static final String LABEL_FIRST = "参走我人成组同随";
    private static final Pattern TRAILING_MARKS = Patterns.compile("[。，,]+$");
    private static final Pattern CELLS = Patterns.compile("\\s*(?:[｜|\\t/]|\\s{2,})\\s*");
    /** The characters a title or a contact's word ends with, right before a bracket of names ("总经理（张伟）"). */
    private static final String TITLE_END = "总长理监书助人员记任董事席师工";

    /** The outcome with our people named once for several records filled into those naming none. */
    static ParseOutcome fill(String text, ParseOutcome outcome) {
        if (text == null || outcome.items().isEmpty() || !needsPeople(outcome)) return outcome;
        String[] lines = text.split("\n", -1);
        List<List<String>> own = new ArrayList<>(lines.length);
        boolean any = false;
        for (String line : lines) {
            List<String> m = lineMembers(line);
            own.add(m);
            any |= !m.isEmpty();
        }
        // the members said of all are looked for only when a record needs them (allMembers is pure)
        List<String> all = any ? null : allMembers(text);
        if (!any && all.isEmpty()) return outcome;
        // the line each record's enterprise is named on, in the order written
        List<ParsedItem> out = new ArrayList<>(outcome.items().size());
        int from = 0;
        int[] starts = new int[lines.length];
        for (int i = 0, p = 0; i < lines.length; p += lines[i].length() + 1, i++) starts[i] = p;
        boolean changed = false;
        for (ParsedItem item : outcome.items()) {
            String e = RecordParts.enterprise(item.draft());
            int at = e == null || e.length() < 2 ? -1 : text.indexOf(e, from);
            if (at < 0 && e != null && e.length() >= 2) at = text.indexOf(e);
            List<String> members = List.of();
            if (at >= 0) {
                from = at;
                int line = lineOf(starts, at);
                members = own.get(line);
                if (members.isEmpty() && !GROUP.matcher(lines[line]).find()) members = above(lines, own, line, text, outcome);
            }
            if (members.isEmpty()) {
                if (all == null) all = allMembers(text);
                members = all;
            }
            ParsedItem filled = members.isEmpty() ? item : with(item, members);
            changed |= filled != item;
            out.add(filled);
        }
        return changed ? new ParseOutcome(out) : outcome;
    }

    private static boolean needsPeople(ParseOutcome outcome) {
        for (ParsedItem item : outcome.items()) {
            Report r = item.draft();
            if (r instanceof VisitReport v && v.ourPeople() == null || r instanceof InspectionReport i && i.companions() == null
                    || r instanceof LeadReport l && l.owner() == null) return true;
        }
        return false;
    }

    private static int lineOf(int[] starts, int at) {
        int line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= at) line++;
        return line;
    }

    /** The members of the nearest heading above the line (a line naming members and no record's enterprise). */
    private static List<String> above(String[] lines, List<List<String>> own, int line, String text, ParseOutcome outcome) {
        for (int j = line - 1; j >= 0; j--) {
            if (own.get(j).isEmpty()) {
                // another group's heading with no members: theirs are not known
                if (GROUP.matcher(lines[j]).find() && !namesEnterprise(lines[j], outcome)) return List.of();
                continue;
            }
            if (!namesEnterprise(lines[j], outcome)) return own.get(j);
        }
        return List.of();
    }

    private static boolean namesEnterprise(String line, ParseOutcome outcome) {
        for (ParsedItem item : outcome.items()) {
            String e = RecordParts.enterprise(item.draft());
            if (e != null && e.length() >= 2 && line.contains(e)) return true;
        }
        return OrgNames.find(line).stream().anyMatch(OrgNames.Found::suffixed);
    }

    /**
     * The text without its closing line of members ("参加人员：孟凡东、邱彤") below numbered items, so that the line is
     * read as said of all the items (by {@link #fill}) rather than as a field of a form; the text itself otherwise.
     */
    static String withoutClosingMembers(String text) {
        int cut = text.stripTrailing().lastIndexOf('\n');
        if (cut < 0 || text.indexOf('：') < 0 && text.indexOf(':') < 0) return text;
        String last = text.substring(cut + 1).strip();
        // CLOSING's words start with 参 人 成 or 组
        if (last.isEmpty() || "参人成组".indexOf(last.charAt(0)) < 0) return text;
        Matcher lab = CLOSING.matcher(last);
        if (!lab.lookingAt() || names(last.substring(lab.end())).isEmpty()) return text;
        int items = 0;
        for (String line : text.substring(0, cut).split("\n")) if (NumberedLine.markerEnd(line.strip()) > 0) items++;
        return items >= 2 ? text.substring(0, cut) : text;
    }

    /** Members written on the line: in brackets, right after the group, or as a cell of their own. */
    static List<String> lineMembers(String line) {
        if (line.isBlank()) return List.of();
        // every line of every report passes here: brackets, a group (组) or cells are what any members stand in
        if (line.indexOf('（') < 0 && line.indexOf('(') < 0 && line.indexOf('组') < 0 && line.indexOf('｜') < 0
                && line.indexOf('|') < 0 && line.indexOf('\t') < 0 && !line.contains(" / ") && !line.contains("  ")) return List.of();
        Matcher b = BRACKETS.matcher(line);
        while (b.find()) {
            int st = b.start();
            if (st > 0 && TITLE_END.indexOf(line.charAt(st - 1)) >= 0) continue;
            List<String> l = names(b.group(1).strip());
            if (!l.isEmpty()) return l;
        }
        Matcher g = GROUP.matcher(line);
        while (g.find()) {
            int p = g.end();
            while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '　')) p++;
            int[] end = new int[1];
            List<String> l = run(line, p, end);
            if (l.isEmpty()) continue;
            // the names end where a space, a mark, a digit or a word of the day or place begins
            int e = end[0];
            if (e >= line.length() || !InputText.isCjk(line.charAt(e)) || l.size() >= 2 || e > p && line.charAt(p - 1) == ' ') return l;
        }
        if (line.indexOf('｜') >= 0 || line.indexOf('|') >= 0 || line.indexOf('\t') >= 0 || line.contains(" / ") || line.contains("  ")) {
            for (String cell : CELLS.split(line.strip())) {
                List<String> l = names(cell.strip());
                if (!l.isEmpty()) return l;
            }
        }
        return List.of();
    }

    /** Members said of the whole message, in a line or sentence of their own. */
    static List<String> allMembers(String text) {
        // the text cut at SENTENCES' characters by hand; empty pieces are skipped below anyway
        for (int from = 0, to; from <= text.length(); from = to + 1) {
            to = from;
            while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) to++;
            // a sentence longer than 30 characters once stripped is none of names
            if (to - from > 30 && !Character.isWhitespace(text.charAt(from))
                    && !Character.isWhitespace(text.charAt(to - 1))) continue;
            String t = text.substring(from, to).strip();
            if (t.isEmpty() || t.length() > 30) continue;
            if (t.startsWith("（") && t.endsWith("）") || t.startsWith("(") && t.endsWith(")")) t = t.substring(1, t.length() - 1).strip();
            else {
                // each pattern is run only over a sentence holding a character its every match starts with
                if (LABEL_FIRST.indexOf(t.charAt(0)) >= 0) {
                    Matcher lab = LABEL.matcher(t);
                    if (lab.lookingAt()) t = t.substring(lab.end());
                }
                if (t.indexOf('参') >= 0 || t.indexOf('同') >= 0 || t.indexOf('一') >= 0) {
                    Matcher tail = TAIL.matcher(t);
                    if (tail.find()) t = t.substring(0, tail.start());
                }
            }
            if (t.indexOf('。') >= 0 || t.indexOf('，') >= 0 || t.indexOf(',') >= 0) t = TRAILING_MARKS.matcher(t).replaceAll("");
            List<String> l = names(t);
            if (!l.isEmpty()) return l;
        }
        return List.of();
    }

    /** A text that is names only ("孟凡东、许晴", "卢振 蒋一帆"), each one's own name; empty otherwise. */
    private static List<String> names(String t) {
        if (t.length() < 2 || t.length() > 30) return List.of();
        List<String> l = PersonNames.list(t);
        for (String n : l) if (!own(n)) return List.of();
        return l;
    }

    /** The names from p, joined by 、 or a comma; end[0] where they stop. */
    private static List<String> run(String s, int p, int[] end) {
        List<String> out = new ArrayList<>();
        end[0] = p;
        while (p < s.length()) {
            int n = PersonNames.nameAt(s, p);
            if (n < 2) break;
            String who = s.substring(p, p + n);
            if (!PersonNames.isName(who) || !own(who)) break;
            out.add(who);
            p += n;
            end[0] = p;
            if (p < s.length() && "、,，".indexOf(s.charAt(p)) >= 0 && PersonNames.nameAt(s, p + 1) >= 2) p++;
            else break;
        }
        return out;
    }

    /** A person's own name, not a form of address ("王总", "刘董", "陈处", "李工"). */
    private static boolean own(String who) {
        char last = who.charAt(who.length() - 1);
        if ("总董工处局".indexOf(last) >= 0) return false;
        for (String a : new String[]{"会长", "部长", "处长", "院长", "主任", "书记", "厂长", "行长", "所长", "局长", "科长", "区长", "组长", "经理", "女士", "先生"}) {
            if (who.endsWith(a)) return false;
        }
        return true;
    }

    /** The item with the members filled where it names none of its own (none of them its contacts). */
    private static ParsedItem with(ParsedItem item, List<String> members) {
        Report r = item.draft();
        Report filled = null;
        if (r instanceof VisitReport v && v.ourPeople() == null) {
            String m = join(members, v.contacts());
            if (m != null) filled = new VisitReport(v.date(), v.enterprise(), v.enterpriseInfo(), v.region(), v.industry(), v.contacts(), m,
                    v.content(), v.intent(), v.amountYuan(), v.followUp());
        } else if (r instanceof InspectionReport i && i.companions() == null) {
            String m = join(members, i.visitors());
            if (m != null) filled = new InspectionReport(i.enterprise(), i.date(), i.visitors(), m, i.itinerary(), i.area(), i.result());
        } else if (r instanceof LeadReport l && l.owner() == null && members.size() == 1) {
            filled = new LeadReport(l.date(), l.enterprise(), l.project(), l.industry(), l.amountYuan(), l.area(), members.get(0), l.source(),
                    l.stage(), l.nextStep());
        }
        if (filled == null) return item;
        if (item instanceof ParsedItem.Ok ok) return new ParsedItem.Ok(filled, ok.doubts());
        ParsedItem.Invalid bad = (ParsedItem.Invalid) item;
        return new ParsedItem.Invalid(bad.kind(), bad.problems(), filled, bad.doubts());
    }

    private static String join(List<String> members, String theirs) {
        List<String> l = new ArrayList<>();
        for (String m : members) if (theirs == null || !theirs.contains(m)) l.add(m);
        return l.isEmpty() ? null : String.join("、", l);
    }
}
