package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads reports written as prose, voice input, news or numbered weekly lists: splits the message into clauses
 * (lines, numbered items ①② 1. (1), sentences, commas, the pauses of voice input), starts a record wherever a new
 * organisation is named, takes each record's kind from its verbs ({@link ProseCues}) or from the heading, and reads
 * its fields from its own words plus what the whole message shares (a heading's date, "两家意向都一般",
 * "责任人均为…"). A visit that says it is also a lead yields a lead; a plan heard about another organisation
 * during a visit is a lead of its own. See {@link ProseRecord} for the fields.
 */
final class ProseReader {

    private static final Pattern INLINE_MARKER = Pattern.compile("(?=[①②③④⑤⑥⑦⑧⑨⑩])|(?<=[；;。])\\s*(?=[（(][1-9][)）])|(?<=[：:])\\s*(?=[（(]1[)）])");
    private static final Pattern QUESTION = Pattern.compile("[？?]|吗$|有没有人|谁有|谁认识|怎么报|多少$");
    private static final Pattern HEARSAY = Pattern.compile("看到新闻|新闻说|据报道|不是我们(?:区|的)|不是我们区|^转发|转发一条|转一条|^【转发】|^【转载】|^看到");
    /** "通知：12月5日上午9点召开调度会…": a notice to the group, not a report. */
    private static final Pattern NOTICE = Pattern.compile("^(?:【?通知】?[：:]|【通知】|温馨提示[：:]|提醒[：:])");
    /**
     * "明天下午两点在三楼会议室开会，…请第一组、第二组全体参加": a meeting called, and the group asked to attend — the
     * words of a notice, whatever trip or enterprise it is about.
     */
    private static final Pattern MEETING = Pattern.compile("会议室|开会|召开|调度会|例会|碰头会|视频会|线上会");
    private static final Pattern ATTEND = Pattern.compile("(?<![邀申提聘])请(?:各|全体|大家|相关|你们|各位|第|组长|组员)[^。！]{0,24}?(?:参加|参会|出席|到会|准时|带上|准备)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!；;\n]");

    private ProseReader() { }

    /** The records in a message (mentions already removed); empty when it tells of none. */
    static List<ParsedItem> read(String text, LocalDate today) {
        return read(text, today, KnownEnterprises.NONE);
    }

    /** @param known enterprises recorded in full before, recognised by their short forms */
    static List<ParsedItem> read(String text, LocalDate today, KnownEnterprises known) {
        String s = INLINE_MARKER.matcher(VoiceText.normalise(text)).replaceAll("\n");
        if (HEARSAY.matcher(s).find() || NOTICE.matcher(s.strip()).find()) return List.of();
        if (MEETING.matcher(s).find() && ATTEND.matcher(s).find()) return List.of();
        if (QUESTION.matcher(s.strip()).find() && (OrgNames.find(s).isEmpty() || oneSentence(s))) return List.of();
        ReportKind trip = ProseTrips.kind(s, today);
        if (trip != null) return List.of(ProseTrips.read(trip, s, today));
        List<ProseClause> clauses = ProseClause.split(s);
        if (clauses.isEmpty()) return List.of();
        boolean question = QUESTION.matcher(s.strip()).find();
        List<ProseRecord> records = ProseRecord.build(clauses, today, known);
        // "周五 常州 星星充电 周经理 … 没意向": a terse line naming the enterprise with no verb
        TerseLine.Marked terse = records.isEmpty() && !question ? TerseLine.mark(s, today) : null;
        if (terse != null) records = ProseRecord.build(ProseClause.split(terse.text()), today, known, terse.enterprises());
        List<ParsedItem> out = new ArrayList<>();
        for (ProseRecord r : records) {
            if (question && (!r.suffixed() || r.kindUnknown())) continue;
            for (ParsedItem item : r.assemble(today)) out.add(terse == null ? item : TerseLine.unmark(item, terse));
        }
        return out;
    }

    /** "北京屹唐…公司的对接人电话谁有？": a message of one sentence only asks; a report tells before it asks. */
    private static boolean oneSentence(String s) {
        String t = s.strip().replaceAll("[。！!？?；;\s]+$", "");
        return !SENTENCE_END.matcher(t).find() && t.indexOf('？') < 0 && t.indexOf('?') < 0;
    }
}
