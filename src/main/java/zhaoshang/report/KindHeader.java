package zhaoshang.report;

import java.time.LocalDate;

/**
 * The words that open a report: "走访", "【走访记录】", "签约：", "今天走访两家：", "11月20日拜访了3家企业", followed
 * on the same line by the report's first text ("走访 11月20日 上海新材料协会 …"). A kind word followed directly by
 * other Chinese text ("走访情况", "签约台账", "考察日期") or by a record number ("签约 #S-0007") opens no report.
 *
 * @param kind  the kind named
 * @param date  a date written before the kind word ("今天走访两家") applying to every report below, or null
 * @param multi the header announces several reports ("两家", "3个项目", "如下")
 * @param rest  the text after the header on the same line
 */
record KindHeader(ReportKind kind, String date, boolean multi, String rest) {

    /**
     * The team a heading names beside its kind: "（第三组）", "｜第一工作组", " 第二小组", "-招商三组". No report has a
     * field for it; it is nothing the report itself says.
     */
    private static final java.util.regex.Pattern TEAM = Patterns.compile(
            "^[\\s（(｜|\\-—·/]*(?:代)?(?:第[一二三四五六七八九十0-9]{1,2}|招商[一二三四五六七八九十0-9]{1,2}|[一二三四五六七八九十0-9]{1,2})(?:工作|招商)?小?组(?:补报|代报|报)?[）)]?[：:]?$");
    /** "第一组 恩捷股份 …", "第二组 今天 走访 X…": the team said first, apart from the note's own words. */
    private static final java.util.regex.Pattern TEAM_FIRST = Patterns.compile(
            "^(?:代)?第[一二三四五六七八九十0-9]{1,2}(?:工作|招商)?小?组(?:补报|代报|报)?[：: ·]+(?=\\S)");
    /**
     * What a title calls the kind it names: "走访汇报", "考察接待安排", "签约喜报", "走访日报", "考察预报", and a form filled
     * in late or for the record: "签约项目补录", "签约补报", "签约项目报备".
     */
    private static final java.util.regex.Pattern TITLE_NOUN = Patterns.compile(
            "^(?:情况)?(?:汇报|日报|周报|月报|小结|汇总|安排|喜报|快报|简报|报告|通报|登记|预告|预报|报送|上报|补录|补报|补登|报备|备案|进度更新|进展更新|进展情况|进度情况)|^情况(?=[：:]?$)");

    private static final java.util.regex.Pattern ALSO_LEAD = Patterns.compile("[+＋&/、及和与]\\s*(?:实效)?线索");

    private static final String[] COUNT_UNITS = {"家", "个", "条", "项", "次", "批", "位"};
    private static final String[] COUNT_NOUNS = {"企业", "公司", "项目", "线索", "客商", "单位"};

    /**
     * Words of a terse note before its kind word that are no date: "补报 27号 走访 X…", "补录：…", "上午走访 X…" (the
     * time of day of today).
     */
    private static final java.util.regex.Pattern OPENER = Patterns.compile("^(?:补报|补录|上午|下午|中午|晚上)[：: ]*");
    /** "考察预告 12.8 X…", "【考察预报】", "签约完成 X…", "考察完成：X…": how far the event is, after the kind word, before the note's first text. */
    private static final java.util.regex.Pattern STATUS = Patterns.compile("(?:已完成|完成|预告|预报|结束)(?=[：: ]|$)");

    /** The header at the start of the line, or null. */
    static KindHeader read(String line, LocalDate today) {
        if (line.isEmpty()) return null;
        char first = line.charAt(0);
        if ((first == '补' || first == '上' || first == '下' || first == '中' || first == '晚') && line.length() > 4) {
            java.util.regex.Matcher o = OPENER.matcher(line);
            if (o.lookingAt()) {
                KindHeader h = read(line.substring(o.end()), today);
                if (h != null) return h;
            }
        }
        // "第二组 今天 走访 X…": the team said before the kind word
        if ((first == '第' || first == '代') && line.indexOf('组') > 0) {
            java.util.regex.Matcher t = TEAM_FIRST.matcher(line);
            if (t.lookingAt()) {
                KindHeader h = read(line.substring(t.end()), today);
                // (a bracketed title "【第一组 11月28日走访】" is read as a title, not as a note's first line)
                if (h != null && !h.rest().isEmpty()) return h;
            }
        }
        // "计划：12.2-12.5 西安 源杰、铂力特…": a bare 计划 with the days of a trip to come is a trip plan
        if (first == '计' && line.startsWith("计划") && line.length() > 6 && "：: ".indexOf(line.charAt(2)) >= 0) {
            String rest = stripLeadingColon(line.substring(2).strip());
            ChineseDates.RangeReading r = ChineseDates.readRange(rest, today, ChineseDates.Resolution.NEAREST);
            if (r != null && r.end() < rest.length() && !r.range().start().isBefore(today) && placeFirst(rest.substring(r.end()))) {
                return new KindHeader(ReportKind.TRIP_PLAN, null, false, rest);
            }
        }
        // "#走访# 今天 X…", "#考察# 12.28 X…": the kind as a topic tag, read as a bracketed one
        if (first == '【' || first == '[' || first == '#') {
            int close = line.indexOf(first == '【' ? '】' : first == '[' ? ']' : '#', 1);
            if (close < 0 || close > 24) return null;
            String inner = line.substring(1, close).strip();
            KindHeader h = read(inner, today);
            if (h == null || !h.rest().isEmpty()) return null;
            String rest = barAfterDate(withoutTeam(stripLeadingColon(line.substring(close + 1).strip())), today);
            return new KindHeader(h.kind(), h.date(), h.multi(), rest);
        }
        LeadingDate lead = LeadingDate.of(line, today);
        String date = lead.date();
        int p = lead.end();
        if (date != null) {
            if (p < line.length() && (line.charAt(p) == '，' || line.charAt(p) == ',')) p++;
            while (p < line.length() && line.charAt(p) == ' ') p++;
        }
        ReportKinds.Match m = ReportKinds.at(line, p);
        if (m == null) return null;
        int q = m.end();
        // "走访企业：深圳欣迪", "签约日期：…" — the words are a field name of that kind: the line is a field
        FieldSynonyms.Found label = FieldSynonyms.colonLabelAt(m.kind(), line, p);
        if (label != null) {
            // ("拜访对象：X公司 总经理 李缜": whom they met, a field of the form or the prose below, opens no report)
            if (label.component().equals("contacts")) return null;
            return date == null ? new KindHeader(m.kind(), null, false, line.substring(p)) : null;
        }
        boolean multi = false;
        java.util.regex.Matcher status = null;
        if (q < line.length() && line.charAt(q) == '了') q++;
        // (a title line of its own, "考察预告", stays one: what it heads is read as before)
        else if (q < line.length() && (status = STATUS.matcher(line).region(q, line.length())).lookingAt()
                && !stripLeadingColon(line.substring(status.end()).strip()).isEmpty()) q = status.end();
        // "拜访的是深圳市X公司": the copula after the kind word introduces the organisation
        else if (line.startsWith("的是", q) && startsWithOrganisation(m.kind(), line, q + 2)) q += 2;
        int c = countEnd(line, q);
        if (c > q) { multi = true; q = c; }
        if (line.startsWith("情况如下", q)) { q += 4; multi = true; }
        else if (line.startsWith("如下", q)) { q += 2; multi = true; }
        if (q < line.length()) {
            char next = line.charAt(q);
            if (next == '#') return null;
            // "走访深圳欣迪新能源，…", "拜访了康佳集团 …": the kind word glued to an organisation's name
            if (InputText.isCjk(next) && !startsWithOrganisation(m.kind(), line, q)) return null;
        }
        String rest = barAfterDate(withoutTeam(stripLeadingColon(line.substring(q).strip())), today);
        if (rest.startsWith("#")) return null;
        // "走访+线索", "走访及线索": a visit that is also a lead, said in the heading; the lead is said again below it
        if (m.kind() == ReportKind.VISIT && rest.endsWith("线索") && rest.length() <= 5 && ALSO_LEAD.matcher(rest).matches()) rest = "";
        return new KindHeader(m.kind(), date, multi, rest);
    }

    /**
     * A title line naming the kind with what the title calls it and nothing else: "今日走访汇报（第三组）",
     * "考察接待安排（第二组）", "【实效线索｜第二工作组】", "走访日报". {@link #read} leaves such a line alone (its words
     * glue other Chinese to the kind word); it heads the report below it when that report is a filled-in form.
     */
    static KindHeader title(String line, LocalDate today) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 24) return null;
        char first = s.charAt(0);
        // "【第五组·走访日报】11月6日", "走访日报 1/11": the day the whole form tells of, after the title
        String trailing = null;
        if (first == '【' || first == '[') {
            int close = s.indexOf(first == '【' ? '】' : ']');
            if (close < 0) return null;
            String after = withoutTeam(stripLeadingColon(s.substring(close + 1).strip()));
            if (!after.isEmpty() && (trailing = wholeDate(after, today)) == null) return null;
            s = withoutTeam(s.substring(1, close).strip());
            KindHeader h = read(s, today);
            if (h != null) return h.rest().isEmpty() ? dated(h, trailing) : null;
        }
        LeadingDate lead = LeadingDate.of(s, today);
        String date = lead.date();
        ReportKinds.Match m = ReportKinds.at(s, lead.end());
        if (m == null) return null;
        java.util.regex.Matcher noun = TITLE_NOUN.matcher(s.substring(m.end()));
        int q = m.end() + (noun.lookingAt() ? noun.end() : 0);
        String after = withoutTeam(stripLeadingColon(s.substring(q).strip()));
        // "签约项目补录（2025年度项目进展更新）": a remark in brackets after the title says what the form is for
        if (noun.lookingAt() && remark(after)) after = "";
        if (!after.isEmpty()) {
            if (trailing != null || !noun.lookingAt() || (trailing = wholeDate(after, today)) == null) return null;
        }
        return dated(new KindHeader(m.kind(), date, false, ""), trailing);
    }

    /** "（2025年度项目进展更新）": the whole text one remark in brackets. */
    private static boolean remark(String text) {
        int n = text.length();
        if (n < 4 || text.charAt(0) != '（' && text.charAt(0) != '(' || text.charAt(n - 1) != '）' && text.charAt(n - 1) != ')') return false;
        for (int i = 1; i < n - 1; i++) if ("（()）".indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }

    /** "12/11｜三一重能": a bar glued after the day the note opens with parts it from the name as a space does. */
    private static String barAfterDate(String rest, LocalDate today) {
        if (rest.indexOf('｜') < 0 && rest.indexOf('|') < 0) return rest;
        ChineseDates.Reading d = ChineseDates.read(rest, 0, today, ChineseDates.Resolution.PAST);
        if (d == null) return rest;
        int p = ChineseDates.skipTimeOfDay(rest, d.end());
        if (p >= rest.length() || rest.charAt(p) != '｜' && rest.charAt(p) != '|') return rest;
        return rest.substring(0, p).strip() + " " + rest.substring(p + 1).strip();
    }

    /** The title's header with the day written after the title, when the title gave none before its kind word. */
    private static KindHeader dated(KindHeader h, String trailing) {
        return trailing == null || h.date() != null ? h : new KindHeader(h.kind(), trailing, h.multi(), h.rest());
    }

    /** The text when all of it is one date ("11月6日", "1/11", "12.5（周六）"), else null. */
    private static String wholeDate(String text, LocalDate today) {
        char c = text.charAt(0);
        if (!Character.isDigit(c) && "今昨前本上周星一二三四五六七八九十".indexOf(c) < 0) return null;
        return ChineseDates.readWhole(text, today, ChineseDates.Resolution.PAST) != null ? text : null;
    }

    /**
     * A date opening a heading ("11月18日上午 走访…"): its text as written (null when none) and where the words after it
     * begin, a time of day after the date skipped.
     */
    private record LeadingDate(String date, int end) {
        static LeadingDate of(String s, LocalDate today) {
            ChineseDates.Reading d = ChineseDates.read(s, 0, today, ChineseDates.Resolution.PAST);
            return d == null ? new LeadingDate(null, 0) : new LeadingDate(s.substring(0, d.end()), ChineseDates.skipTimeOfDay(s, d.end()));
        }
    }

    /** The rest of a heading with the team it names taken out: "（第四组）" is no destination, "第三工作组" no text. */
    private static String withoutTeam(String rest) {
        // TEAM names a 组
        if (rest.indexOf('组') < 0) return rest;
        if (TEAM.matcher(rest).matches()) return "";
        java.util.regex.Matcher first = TEAM_FIRST.matcher(rest);
        return first.lookingAt() ? rest.substring(first.end()) : rest;
    }

    private static boolean startsWithOrganisation(ReportKind kind, String line, int q) {
        int e = q;
        while (e < line.length() && e - q < 40) {
            char c = line.charAt(e);
            if (c == ' ' || InputText.isSeparator(c) || InputText.isColon(c)) break;
            e++;
        }
        String piece = line.substring(q, e);
        if (FreeForm.isOrganisation(piece)) return true;
        return (kind == ReportKind.SIGNING || kind == ReportKind.LEAD) && piece.endsWith("项目") && piece.length() > 3;
    }

    /** "西安 源杰、…", "赴深圳、东莞": the words after a plan's days start with where it goes ("完成季度台账" does not). */
    private static boolean placeFirst(String after) {
        String t = FreeForm.withoutGo(after.strip());
        for (int len = Math.min(4, t.length()); len >= 2; len--) {
            String w = t.substring(0, len);
            if (OrgNames.isPlace(w) || NameRecogniser.placeWord(w)) return true;
        }
        return false;
    }

    private static String stripLeadingColon(String rest) {
        int i = 0;
        while (i < rest.length() && (InputText.isColon(rest.charAt(i)) || rest.charAt(i) == ' '
                || rest.charAt(i) == '，' || rest.charAt(i) == ',' || rest.charAt(i) == '!' || rest.charAt(i) == '！'
                // "线索｜来源：…": one bar after the kind word parts it from the rest as a colon does
                || rest.charAt(i) == '｜' || rest.charAt(i) == '|')) i++;
        return rest.substring(i);
    }

    /** "两家", "3个项目", "三家企业" after the kind word; returns the end or q when there is none. */
    private static int countEnd(String line, int q) {
        int p = q;
        while (p < line.length() && p - q < 3 && (Character.isDigit(line.charAt(p)) || "一二两三四五六七八九十几多".indexOf(line.charAt(p)) >= 0)) p++;
        if (p == q) {
            if (line.startsWith("以下", p)) p += 2;
            else return q;
        }
        boolean unit = false;
        for (String u : COUNT_UNITS) {
            if (line.startsWith(u, p)) { p += u.length(); unit = true; break; }
        }
        for (String n : COUNT_NOUNS) {
            if (line.startsWith(n, p)) { p += n.length(); unit = true; break; }
        }
        return unit ? p : q;
    }
}
