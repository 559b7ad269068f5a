package zhaoshang.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads chat messages into reports. A message is a report when its first words name a kind (走访, 【走访记录】,
 * 今天走访两家：, 签约 …, after an optional @-mention); otherwise the outcome is empty and the bot tries commands.
 * One message may hold several reports: numbered items under one header, or several headers on their own lines.
 * Thread-safe: holds only the clock, the zone and where the known enterprise names come from.
 */
public final class ReportParser {

    private final Clock clock;
    private final ZoneId zone;

    private final KnownEnterprises known;

    // false for the posts of a pasted chat record: a post read as nothing there is chat between members
    private final boolean lastReading;

    public ReportParser(Clock clock, ZoneId zone) {
        this(clock, zone, KnownEnterprises.NONE);
    }

    /** @param known the enterprises recorded in full so far (the bot fills it from the ledger): short forms read as them */
    public ReportParser(Clock clock, ZoneId zone, KnownEnterprises known) {
        this(clock, zone, known, true);
    }

    /** @param lastReading whether a message nothing else read is given its last reading ({@link ReportMarks}) */
    private ReportParser(Clock clock, ZoneId zone, KnownEnterprises known, boolean lastReading) {
        this.clock = clock;
        this.zone = zone;
        this.known = known == null ? KnownEnterprises.NONE : known;
        this.lastReading = lastReading;
    }

    /** The reports in a chat message; no items when it is not a report. Never throws on any text. */
    public ParseOutcome parse(String text) {
        try (MessageMemo memo = MessageMemo.open()) {
            // "【第二组周报】\n一、走访情况\n…\n五、下步打算：…": a summary in sections, what is to come and what points
            // elsewhere left out, the names of items already reported known for their short forms below
            SummarySections.Tidied summary = SummarySections.tidy(text);
            ParseOutcome read = summary == null ? read(text)
                    : (summary.dropped().isEmpty() ? this : new ReportParser(clock, zone, withNames(known, summary.dropped()))).read(summary.text());
            // a people field the rules left empty (contacts: or titles only), read by the statistical model from the
            // words this parse already segmented - only where the prose reader's reading was given back: a form's
            // labelled lines say who is who, and its empty field is one the member left out
            return MessageMemo.proseRead() ? PeopleModel.fill(text, read) : read;
        }
    }

    private ParseOutcome read(String text) {
        // "【转发】\n今天拜访了X…", "转发自第三组群：…": a report passed on is read as if posted directly
        ForwardHeader.Forwarded forwarded = ForwardHeader.read(text);
        if (forwarded != null && forwarded.news()) return ParseOutcome.notAReport();
        if (forwarded != null) text = forwarded.report();
        // "张三 2026-12-01 18:32\n今天拜访了X…": a pasted chat record is read as of the day each part was posted
        if (text != null && text.indexOf(':') >= 0) {
            List<ChatStamps.Posted> posted = ChatStamps.read(text, LocalDateTime.now(clock.withZone(zone)));
            if (posted != null) return postedParts(posted);
        }
        // "一组本周（孟凡东、许晴）：\n…", "人员：温可馨": our people named once for the records below
        return GroupMembers.fill(text, readWritten(GroupMembers.withoutClosingMembers(text)));
    }

    private ParseOutcome readWritten(String text) {
        // "| 日期 | 企业 | 对接人 |\n| 11/9 | X | … |": a table typed in chat, one template line per row
        String tabled = Tables.rewrite(text);
        // "12月15日\tX公司\t王慧敏等4人\t…": rows copied without their header, each cell placed by its shape
        text = tabled == text ? HeaderlessRows.rewrite(text) : tabled;
        ParseOutcome whole = parseMessage(text);
        // "这条已报，请忽略：\n…": a report posted again says so first; none of its parts is read either
        if (!whole.isReport() && UnrecordedItems.allReported(text)) return whole;
        // "今天两家\n1 X…\n2 Y…", "上午 X… / 下午 Y…": records side by side, read part by part when the whole reading missed some
        ParseOutcome read = RecordParts.rather(whole, text, this::parseMessage);
        // "有个线索 X…", "嗯 再报个线索 X…": a lead announced by voice, read under the kind word when nothing else was read
        if (!read.isReport()) {
            String headed = VoiceLead.headed(text);
            if (headed != null) {
                ParseOutcome lead = parseMessage(headed);
                if (lead.isReport()) return lead;
            }
        }
        // "宏拓新材料 已见 张总 副总经理 … 意向明确 三千五百万": read by none of the readers, yet with the marks of a report,
        // the member is answered with what was read and one question, not the generic pointer
        if (lastReading && !read.isReport() && !UnrecordedItems.allReported(text)) return marked(text);
        return read;
    }

    /** The message's last reading ({@link ReportMarks}), cleaned as the readers see it. */
    private ParseOutcome marked(String text) {
        if (text == null || text.isBlank() || text.length() > InputText.MAX_CHARS) return ParseOutcome.notAReport();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String cleaned = DialectText.normalise(WrappedLines.join(InputText.clean(text)));
        List<String> lines = new ArrayList<>();
        for (String line : lines(stripMentions(cleaned, today))) {
            String l = VoiceText.normalise(line).strip();
            if (!l.isEmpty()) lines.add(l);
        }
        lines = UnrecordedItems.without(lines);
        if (lines.isEmpty()) return ParseOutcome.notAReport();
        List<ParsedItem> items = ReportMarks.read(String.join("\n", lines), today, known);
        return items.isEmpty() ? ParseOutcome.notAReport() : MessageMemo.proseRead(new ParseOutcome(items));
    }

    /** Each part of a pasted chat record read with the clock at the moment it was posted; its reports in order. */
    private ParseOutcome postedParts(List<ChatStamps.Posted> posted) {
        // "更正：意向是较强", "补充一下：…": a post putting the one before it right is read with it, as typed under it
        List<ChatStamps.Posted> parts = new ArrayList<>();
        for (ChatStamps.Posted p : posted) {
            if (!parts.isEmpty() && amends(p.text())) {
                ChatStamps.Posted before = parts.remove(parts.size() - 1);
                parts.add(new ChatStamps.Posted(before.at(), before.text() + "\n" + p.text()));
            } else {
                parts.add(p);
            }
        }
        List<ParsedItem> items = new ArrayList<>();
        for (ChatStamps.Posted p : parts) {
            Clock then = Clock.fixed(p.at().atZone(zone).toInstant(), zone);
            ReportParser reader = new ReportParser(then, zone, known, false);
            List<ParsedItem> read = reader.read(p.text()).items();
            // "下午来潞州区考察了…" under "崔向阳 12月10日 16:40": a time of day with no day is of the day it was posted
            if (undated(read)) {
                String dayed = PostedDay.dayed(p.text());
                if (dayed != null) {
                    List<ParsedItem> again = reader.read(dayed).items();
                    if (again.size() == read.size() && !undated(again)) read = again;
                }
            }
            items.addAll(read);
        }
        return new ParseOutcome(PostedDay.kindOfThread(items));
    }

    private static boolean amends(String text) {
        return text.startsWith("更正") || text.startsWith("纠正") || text.startsWith("修正") || text.startsWith("补充")
                || text.startsWith("再补充") || text.startsWith("改一下");
    }

    private static boolean undated(List<ParsedItem> items) {
        for (ParsedItem it : items) {
            for (Doubt d : it.doubts()) {
                if (d.reason() == Doubt.Reason.MISSING && d.field().endsWith("日期") && it.kind() != ReportKind.LEAD) return true;
            }
        }
        return false;
    }

    private static KnownEnterprises withNames(KnownEnterprises known, List<String> names) {
        return () -> {
            List<String> all = new ArrayList<>(names);
            java.util.Collection<String> before = known.fullNames();
            if (before != null) all.addAll(before);
            return all;
        };
    }

    private ParseOutcome parseMessage(String text) {
        if (text == null || text.isBlank()) return ParseOutcome.notAReport();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        boolean tooLong = text.length() > InputText.MAX_CHARS;
        // "琴日见咗X 倾咗储能 有啲意向", "今儿唠了唠X 贼有意向": a home dialect read as the Mandarin it says
        // "今天上午拜访了南京中\n电熊猫液晶材料有限公\n司，…": a screenshot's lines broken by the bubble's edge, joined back
        String cleaned = DialectText.normalise(WrappedLines.join(InputText.clean(tooLong ? text.substring(0, InputText.MAX_CHARS) : text)));
        // "「林琳：走访 X…」\n----\n补充一下：…": a quoted message and the reply adding to it, read as one
        cleaned = QuotedReplies.rewrite(cleaned, today);
        // "…意向一般，\n更正：意向较强": a typed 更正 line puts the dictation above it right
        if (cleaned.indexOf('\n') >= 0) cleaned = FieldCorrections.apply(TypedCorrections.apply(cleaned), today);
        List<String> lines = new ArrayList<>();
        for (String line : lines(stripMentions(cleaned, today))) {
            String l = VoiceText.normalise(bars(FieldSegments.rewrite(Tables.unitField(line), today)));
            if (!l.isBlank()) lines.add(l);
        }
        // 嗯 and 呃 are written by speech input only: what was said is read as said, in sentences
        boolean spoken = cleaned.indexOf('嗯') >= 0 || cleaned.indexOf('呃') >= 0;
        // "①11月23日 亿纬锂能（已报）", "…（已签约项目回访），不再单独登记": items that say they are no record leave the message
        lines = UnrecordedItems.without(lines);
        if (lines.isEmpty() || emptyForm(lines, today)) return ParseOutcome.notAReport();
        // "线索两条 1.X … 2.Y …": a numbered list typed on one line is read as typed on lines of its own
        if (!spoken) lines = TerseList.split(lines, today);
        lines = formNumbering(lines, today);
        if (lines.size() == 1 && !spoken) lines = List.of(TerseWords.tidy(lines.get(0), today));
        KindHeader header = KindHeader.read(lines.get(0), today);
        String came = header == null && lines.size() == 1 && !spoken ? terseHeaded(lines.get(0), today) : null;
        if (came != null) {
            lines = List.of(came);
            header = KindHeader.read(came, today);
        }
        // "考察接待安排（第二组）\n来访企业：正泰电器\n考察时间：…": a title over a filled-in form heads it
        if (header == null) header = formTitle(lines, today);
        if (header == null) {
            ParseOutcome numbered = numberedReportsWithoutHeader(lines, today, tooLong);
            if (tooLong) return numbered;
            // (whether a summary heads the lines is worked out once: the trip reader's kind of the whole text is not cheap)
            Boolean summaryHeaded = null;
            if (numbered.isReport() && !proseRather(numbered, lines)) {
                summaryHeaded = tripSummaryHeaded(lines, today);
                if (!summaryHeaded) return numbered;
            }
            ParseOutcome prose = new ParseOutcome(ProseReader.read(String.join("\n", lines), today, known));
            // "京津外出小结（11月10日-13日）\n1.走访企业5家…\n3.问题：…": the items of a trip's summary are its sections, not visits
            if (numbered.isReport() && prose.items().size() == 1 && prose.items().get(0) instanceof ParsedItem.Ok ok
                    && ok.report() instanceof TripSummaryReport && (summaryHeaded != null ? summaryHeaded : tripSummaryHeaded(lines, today))) return MessageMemo.proseRead(prose);
            if (!numbered.isReport()) {
                ParseOutcome form = untitledForm(lines, prose, today);
                if (form != null) return form;
            }
            return !numbered.isReport() || better(prose, numbered, today, lines) ? MessageMemo.proseRead(prose) : numbered;
        }
        if (tooLong) return new ParseOutcome(List.of(new ParsedItem.Invalid(header.kind(), List.of(ProblemMessages.tooLong(InputText.MAX_CHARS)))));
        ParseOutcome template = readForm(header, lines, today);
        boolean rather = proseRather(template, lines);
        // a trip's reader knows the template's field names too and reads its dates and lists in more forms
        boolean trip = header.kind() == ReportKind.TRIP_PLAN || header.kind() == ReportKind.TRIP_SUMMARY;
        // "【今日走访】…\n一、X：对接…\n二、Y：对接…\n同行：Z": a label line below numbered prose items
        // "外出计划\n目的地：北京\n时间：12月5日-8日\n拟拜访企业：X": a trip form made only of labelled fields, read whole by
        // the form reader, is not read again as prose (the prose reader took "对接单位：X" for a visit to 单位)
        if (trip && !rather && !spoken && labelledTrip(header, lines, template)) return template;
        if ((rather || numbered(lines) >= 2) && (sentences(lines) || spoken) || trip) {
            ParseOutcome prose = new ParseOutcome(ProseReader.read(String.join("\n", lines), today, known));
            if (rather || trip ? better(prose, template, today, lines) : onePerItem(prose, template, lines) || fewerProblems(prose, template)) return MessageMemo.proseRead(prose);
        }
        return template;
    }

    /**
     * "企业：X\n拜访对象：…\n洽谈情况：…", "单位名称：X\n本周一在…拜访，…": a form with no kind word over it, opening with the
     * field that names the report (企业, or 项目 of a lead or signing), read as the template of the kind the prose reader
     * took it for, when that reading has no more problems and no more records (the prose reader splits a form at its
     * labels: "拜访对象：…" read as a second visit). Null when the lines are no such form.
     */
    private static ParseOutcome untitledForm(List<String> lines, ParseOutcome prose, LocalDate today) {
        if (!prose.isReport() || guessed(prose)) return null;
        ReportKind kind = prose.items().get(0).kind();
        if (kind == ReportKind.TRIP_PLAN || kind == ReportKind.TRIP_SUMMARY) return null;
        boolean identity = false;
        for (int i = 0; i < Math.min(2, lines.size()) && !identity; i++) identity = startsWithName(kind, lines.get(i));
        if (!identity) return null;
        ParseOutcome template = readForm(new KindHeader(kind, null, false, lines.get(0)), lines, today);
        if (problems(template) > problems(prose)) return null;
        List<ReportKind> t = kinds(template);
        List<ReportKind> p = kinds(prose);
        // the prose reader split the form into records of one kind, or read fewer of its fields
        boolean split = t.size() < p.size() && new java.util.HashSet<>(t).equals(new java.util.HashSet<>(p));
        return split || t.equals(p) && filled(template) > filled(prose) ? template : null;
    }

    /** The line opens with the field that names a report of the kind (企业; 项目 of a lead or signing). */
    private static boolean startsWithName(ReportKind kind, String line) {
        FieldSynonyms.Found f = FieldSynonyms.colonLabelAt(kind, line, 0);
        return f != null && (f.component().equals("enterprise") || f.component().equals("project") && (kind == ReportKind.LEAD || kind == ReportKind.SIGNING));
    }

    /** Every item of every block under the header, read as a filled-in form (with the leads visits' forms yield). */
    private static ParseOutcome readForm(KindHeader header, List<String> lines, LocalDate today) {
        List<ParsedItem> items = new ArrayList<>();
        for (Block block : blocks(header, lines, today)) {
            for (Item item : items(block, today)) readInto(items, item, today);
        }
        return new ParseOutcome(items);
    }

    /** The item read from its form, then the lead a visit's form yields ({@link #leadOfVisit}). */
    private static void readInto(List<ParsedItem> items, Item item, LocalDate today) {
        ParsedItem read = read(item, today);
        items.add(read);
        ParsedItem lead = item.kind() == ReportKind.VISIT ? leadOfVisit(item, read, today) : null;
        if (lead != null) items.add(lead);
    }

    /**
     * "后续：报实效线索，赵彦武跟进，落地区域高新区", "处理：列入线索，意向潞州区，责任人杨琦": a visit's form that says the visit
     * is also a lead yields one, of the same enterprise, read from the form's words as prose reads a lead; null otherwise.
     */
    private static ParsedItem leadOfVisit(Item item, ParsedItem visit, LocalDate today) {
        if (!(visit.draft() instanceof VisitReport v) || v.enterprise() == null) return null;
        String all = String.join("\n", item.lines());
        if (!ProseCues.yieldsLead(all)) return null;
        // "拜访上海长治商会，郭会长介绍了X公司有意…，作为线索跟进": a lead of another enterprise is the prose reader's
        for (OrgNames.Found f : OrgNames.find(all)) if (!v.enterprise().contains(f.name()) && !f.name().contains(v.enterprise())) return null;
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("enterprise", v.enterprise());
        raw.put("project", ProseFields.project(all, v.enterprise()));
        raw.put("amountYuan", v.amountYuan() == null ? null : v.amountYuan() + "元");
        raw.put("area", ProseFields.leadArea(all));
        raw.put("owner", Owners.owner(all));
        raw.put("stage", ProseFields.stage(all));
        return ReportAssembler.assemble(ReportKind.LEAD, raw, today);
    }

    /** "企业名称：", "对接人员:": a field's name with nothing after it. */
    private static final java.util.regex.Pattern EMPTY_FIELD = Patterns.compile("^[\\u4e00-\\u9fff（）()/、]{2,10}[：:]\\s*$");

    /**
     * "走访模板如下，大家按这个格式报：\n走访日期：\n企业名称：\n…": a form handed round with every field left empty (at most
     * one line of words above it) reports nothing. The bot's own blank template under its kind word ("线索\n企业：\n…")
     * sent back is read as that kind, its missing fields asked for.
     */
    private static boolean emptyForm(List<String> lines, LocalDate today) {
        if (lines.size() < 4) return false;
        String first = lines.get(0);
        if (!first.contains("模板") && !first.contains("格式") && KindHeader.read(first, today) != null) return false;
        int empty = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (EMPTY_FIELD.matcher(l).matches()) empty++;
            else if (i > 0) return false;
        }
        return empty >= 3;
    }

    /**
     * A terse line with no kind word opening it, rewritten under the kind its words tell (read then as a headed report):
     * "下周二 山河智能 3人 来潞州 看装备园" an inspection, "签了 三一重工 挖机结构件项目 1亿 高新区 今天上午" a signing,
     * "通富微电 先进封装项目 20亿 高新区 洽谈阶段 跟踪 小段" a lead, "12.14-12.18 上海 中芯国际 华虹宏力" a trip plan; null
     * when it is none of them.
     */
    private static String terseHeaded(String line, LocalDate today) {
        String s = line.strip();
        if (s.length() > 120 || s.indexOf(' ') < 0 || s.indexOf('？') >= 0 || s.indexOf('?') >= 0) return null;
        String r = TerseInspection.rewrite(s, today);
        if (r == null) r = TerseSigning.rewrite(s, today);
        if (r == null) r = TerseLead.rewrite(s, today);
        if (r == null) r = TerseTrip.rewrite(s, today);
        return r;
    }

    /**
     * The fields of a correction ("投资意向：明确；拟投资额：2亿", after "更正 #V-0042"), read with the report's field
     * names and value rules, keyed by record component name.
     */
    public Correction parseCorrection(ReportKind kind, String fieldsText) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (fieldsText == null || fieldsText.isBlank()) return new Correction(Map.of(), List.of(ProblemMessages.nothingToCorrect()));
        String text = InputText.clean(fieldsText.length() > InputText.MAX_CHARS ? fieldsText.substring(0, InputText.MAX_CHARS) : fieldsText);
        return CorrectionReader.read(kind, lines(text), today);
    }

    /** The first line as a {@link KindHeader#title} when most lines below it are that kind's "名称：值" fields; else null. */
    private static KindHeader formTitle(List<String> lines, LocalDate today) {
        if (lines.size() < 3) return null;
        KindHeader title = KindHeader.title(lines.get(0), today);
        if (title == null) return null;
        int fields = 0;
        // the form names its enterprise (or a trip's dates or places) under a field name: "走访企业：X", not "今天走访了X，…"
        boolean identity = title.kind() == ReportKind.TRIP_PLAN || title.kind() == ReportKind.TRIP_SUMMARY;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int m = NumberedLine.markerEnd(line);
            FieldSynonyms.Found f = FieldSynonyms.colonLabelAt(title.kind(), line, m);
            if (f == null) continue;
            fields++;
            if (f.component().equals("enterprise") || f.component().equals("project")) identity = true;
        }
        return identity && fields >= 2 && 2 * fields >= lines.size() - 1 ? title : null;
    }

    /**
     * A message that opens like a template but is written as sentences ("今天拜访了X公司，副总经理谢坤接待，意向一般。")
     * is read as prose when no line holds a "名称：值" field (and the prose reading is {@link #better}).
     */
    private static boolean proseRather(ParseOutcome template, List<String> lines) {
        for (String line : lines) {
            for (ParsedItem item : template.items()) {
                String body = line.substring(NumberedLine.markerEnd(line));
                for (int i = 0; i < Math.min(body.length(), 12); i++) {
                    if (FieldSynonyms.colonLabelAt(item.kind(), body, i) != null) return false;
                }
            }
        }
        return true;
    }

    /**
     * A trip form under a bare kind word, every line below it one "名称：值" field, that the form reader read with no
     * doubt and with its days (a plan's departure and return, a summary's first day).
     */
    private static boolean labelledTrip(KindHeader header, List<String> lines, ParseOutcome template) {
        if (lines.size() < 3 || template.items().size() != 1 || !(template.items().get(0) instanceof ParsedItem.Ok ok) || !ok.sure()) return false;
        if (header.rest() != null && !header.rest().isBlank()) return false;
        if (ok.report() instanceof TripPlanReport p) {
            if (p.departDate() == null || p.returnDate() == null) return false;
        } else if (!(ok.report() instanceof TripSummaryReport s) || s.departDate() == null) {
            return false;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (FieldSynonyms.colonLabelAt(header.kind(), lines.get(i), 0) == null) return false;
        }
        return true;
    }

    /** A first line that names a summary (总结/小结) over lines the prose reader reads as one trip's summary. */
    private static boolean tripSummaryHeaded(List<String> lines, LocalDate today) {
        String first = lines.get(0);
        return lines.size() > 1 && (first.contains("小结") || first.contains("总结"))
                && ProseTrips.kind(String.join("\n", lines), today) == ReportKind.TRIP_SUMMARY;
    }

    private static final java.util.regex.Pattern TOLD = Patterns.compile("(?:见|聊|谈|拜访|走访|去|对接|约)了");

    /** Written in sentences: "走访 X公司 意向较强" is the template's free form, "今天拜访了X，…，…。" is prose. */
    static boolean sentences(List<String> lines) {
        int punctuation = 0;
        int pauses = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '，' || c == '。' || c == '；' || c == '？' || c == '！') punctuation++;
                // voice input: pauses as spaces between Chinese words ("上周五 拜访 X公司 对接 销售总监 江涛 …")
                if (c == ' ' && i > 0 && i + 1 < line.length() && InputText.isCjk(line.charAt(i - 1)) && InputText.isCjk(line.charAt(i + 1))) pauses++;
            }
        }
        // voice input with neither marks nor pauses: one long run of words ("今天上午拜访了X公司总部在慈溪见的是…意向较强")
        // (a pause or two, or a question mark, still leave it one run: "…接待的 他们问我们什么时候回访？意向较强")
        boolean run = punctuation + pauses <= 2 && lines.size() == 1 && lines.get(0).length() >= 30;
        // "前天 拜访了成都的X公司 见了副总经理李军 意向较强": a few pauses between verbs of the past tell of what was done
        boolean told = pauses >= 2 && lines.stream().anyMatch(l -> TOLD.matcher(l).find());
        return punctuation >= 2 || pauses >= 5 || run || told;
    }

    /**
     * "1. 走访时间：12月11日\n2. 企业名称：X公司\n3. 对接人：…": when every numbered line holds one field by its name (three
     * or more, no other line but a heading), the numbers count the form's fields, not reports, and are dropped.
     */
    private static List<String> formNumbering(List<String> lines, LocalDate today) {
        int numbered = 0;
        int known = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int m = NumberedLine.markerEnd(line);
            if (m == 0) {
                if (i == 0) continue;
                return lines;
            }
            String body = line.substring(m);
            // "4. 目的：…", "6. 备注：…": a label of the member's own among the form's ones
            if (labelled(body)) known++;
            else if (!LABEL.matcher(body).lookingAt()) return bareForm(lines, today);
            numbered++;
        }
        if (numbered < 3 || known < 3 || 2 * known < numbered) return lines;
        // a trip's form keeps its numbers when a label is not one of the forms' ("3、拜访：…"): the trip reader reads it
        ReportKinds.Match kind = ReportKinds.at(lines.get(0), 0);
        if (known < numbered && kind != null && (kind.kind() == ReportKind.TRIP_PLAN || kind.kind() == ReportKind.TRIP_SUMMARY)) return lines;
        return lines.stream().map(l -> l.substring(NumberedLine.markerEnd(l))).toList();
    }

    /** A short label of Chinese words and its colon: "目的：", "参加人员：". */
    private static final java.util.regex.Pattern LABEL = Patterns.compile("[\\u4e00-\\u9fff]{2,6}[：:]\\s*\\S");

    /**
     * "线索\n1. 德赛西威\n2. 智能座舱域控项目\n3. 潞州区\n4. 3亿", "走访\n1. X公司\n2. 今日\n3. …\n4. 意向较强": under a
     * kind word alone, numbered pieces of which only the first names an organisation, and another is a date, an amount,
     * a zone or an intent, are the fields of one report, not several reports.
     */
    private static List<String> bareForm(List<String> lines, LocalDate today) {
        if (lines.size() < 4) return lines;
        ReportKinds.Match head = ReportKinds.at(lines.get(0), 0);
        if (head == null || head.end() != lines.get(0).length()) return lines;
        boolean value = false;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int m = NumberedLine.markerEnd(line);
            if (m == 0) return lines;
            String body = line.substring(m).strip();
            List<OrgNames.Found> orgs = OrgNames.find(body);
            boolean name = !orgs.isEmpty() && orgs.get(0).start() == 0 || body.length() <= 8 && ShortNames.acceptable(body)
                    // ("5. 洽谈": a word the recogniser knows no organisation by is no second name)
                    && (i == 1 || NameRecogniser.guess(body) == NameRecogniser.Guess.ORGANISATION);
            if (i == 1 ? !name : name) return lines;
            if (i > 1 && (Money.read(body).ok() || body.equals("高新区") || body.equals("潞州区") || InvestmentIntent.isLevel(body)
                    || body.startsWith("意向") || ChineseDates.read(body, 0, today, ChineseDates.Resolution.PAST) != null)) value = true;
        }
        if (!value) return lines;
        return lines.stream().map(l -> l.substring(NumberedLine.markerEnd(l))).toList();
    }

    private static boolean labelled(String body) {
        for (ReportKind k : ReportKind.values()) if (FieldSynonyms.colonLabelAt(k, body, 0) != null) return true;
        return false;
    }

    /** The prose reading has fewer problems, or as few and more fields filled. */
    private static int numbered(List<String> lines) {
        int items = 0;
        for (String line : lines) if (NumberedLine.markerEnd(line) > 0) items++;
        return items;
    }

    /**
     * "1. X公司：对接人张三总经理，意向一般；": the same records, the template taking "X公司：对接人张三总经理" whole for the
     * enterprise and missing what the prose reader read around the colon.
     */
    private static boolean fewerProblems(ParseOutcome prose, ParseOutcome template) {
        return kinds(prose).equals(kinds(template)) && !guessed(prose) && problems(prose) < problems(template);
    }

    /** One prose record per numbered line, where the template ran them together. */
    private static boolean onePerItem(ParseOutcome prose, ParseOutcome template, List<String> lines) {
        int items = numbered(lines);
        return items > 1 && prose.items().size() == items && template.items().size() < items;
    }

    private static boolean better(ParseOutcome prose, ParseOutcome template, LocalDate today, List<String> lines) {
        int items = numbered(lines);
        if (!prose.isReport()) return false;
        // "12月30日拜访了A公司，…；12月31日拜访了B公司，…": the template reads one visit and puts the second in 洽谈内容
        if (prose.items().size() > template.items().size() && template.items().size() == 1 && named(prose, today)) return true;
        // "本周走访：\n①…\n②拜访一家西安的…企业…": one record per numbered line, where the template ran them together
        if (onePerItem(prose, template, lines)) return true;
        // "刘姐 记一条线索 X股份有限公司 …" read as a terse line puts a word before the name where the enterprise stands; the
        // prose reader found the registered name the message gives
        if (prose.items().size() == template.items().size() && kinds(prose).equals(kinds(template)) && registeredOverWord(prose, template)) return true;
        int p = problems(prose);
        int t = problems(template);
        // "12月第三周走访汇总\n…\n3. …X公司 签约 Y项目 6000万元": the same records, one of them of the kind its own words
        // tell where the heading gave every item its own
        // (not when the prose reader only guessed its kinds: "11.2 考察 X 一行4人 …" names the kind in its heading alone)
        if (prose.items().size() == template.items().size() && p <= t && !kinds(prose).equals(kinds(template)) && !guessed(prose)) return true;
        if (p != t) return p < t;
        // "周一 一诺光电", "21 海尔智家", "星期三：国轩高科": a plan's lines read as days with the one seen on each
        int dp = plannedDays(prose);
        int dt = plannedDays(template);
        if (dp != dt && kinds(prose).equals(kinds(template))) return dp > dt;
        int fp = filled(prose);
        int ft = filled(template);
        // as many fields each: where they read a one-clause field differently ("对接人 正泰电器的副总经理 何伟", "拟在山西
        //布局X项目"), the template took a piece between two commas whole and the prose reader read inside it; where
        // they differ only in free text, the template's is what was said beyond the fields
        if (fp == ft) return kinds(prose).equals(kinds(template)) && oneClauseDiffers(prose, template);
        return fp > ft;
    }

    /**
     * The record components of each report class, looked up once: Class.getRecordComponents builds a new array (and
     * its reflection objects) on every call. The arrays are only read.
     */
    private static final ClassValue<java.lang.reflect.RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** The two readings give some record a different value of a field that is one clause (a name, a date, people). */
    private static boolean oneClauseDiffers(ParseOutcome a, ParseOutcome b) {
        for (int i = 0; i < a.items().size(); i++) {
            Report x = a.items().get(i).draft();
            Report y = b.items().get(i).draft();
            if (x == null || y == null) continue;
            for (var rc : COMPONENTS.get(x.getClass())) {
                if (!ProseClause.oneClause(rc.getName())) continue;
                try {
                    if (!java.util.Objects.equals(rc.getAccessor().invoke(x), rc.getAccessor().invoke(y))) return true;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    /** Every record names its organisation with a legal suffix (a split the template reader cannot have meant). */
    private static boolean named(ParseOutcome o, LocalDate today) {
        for (ParsedItem i : o.items()) {
            Report d = i.draft();
            String enterprise = d instanceof VisitReport v && (v.date() == null || v.date().isAfter(today)) ? null : enterprise(d);
            if (enterprise == null || OrgNames.find(enterprise).isEmpty()) return false;
        }
        return true;
    }

    /**
     * Every record's enterprise in the first reading is a registered name ("…有限公司") and in the second, for some record,
     * a word that is no organisation's name at all and no part of the first's.
     */
    private static boolean registeredOverWord(ParseOutcome a, ParseOutcome b) {
        boolean over = false;
        for (int i = 0; i < a.items().size(); i++) {
            String x = enterprise(a.items().get(i).draft());
            String y = enterprise(b.items().get(i).draft());
            if (x == null || !x.endsWith("公司") || OrgNames.find(x).isEmpty()) return false;
            if (y != null && !x.contains(y) && OrgNames.find(y).isEmpty() && ShortNames.find(y) == null) over = true;
        }
        return over;
    }

    private static String enterprise(Report d) {
        return d instanceof VisitReport v ? v.enterprise() : d instanceof InspectionReport v ? v.enterprise()
                : d instanceof SigningReport v ? v.enterprise() : d instanceof LeadReport v ? v.enterprise() : null;
    }

    /** Some record's kind was guessed with no word of the message naming one. */
    private static boolean guessed(ParseOutcome o) {
        for (ParsedItem i : o.items()) if (i.doubts().stream().anyMatch(Doubt::kindUnknown)) return true;
        return false;
    }

    private static List<ReportKind> kinds(ParseOutcome o) {
        List<ReportKind> kinds = new ArrayList<>(o.items().size());
        for (ParsedItem i : o.items()) kinds.add(i.kind());
        return kinds;
    }

    private static int problems(ParseOutcome o) {
        int n = 0;
        for (ParsedItem i : o.items()) if (i instanceof ParsedItem.Invalid bad) n += bad.problems().size();
        return n;
    }

    /** How many of the planned visits the reading gives a day of its own. */
    private static int plannedDays(ParseOutcome o) {
        int n = 0;
        for (ParsedItem i : o.items()) {
            if (i.draft() instanceof TripPlanReport plan) for (TripPlanReport.PlannedVisit v : plan.plannedVisits()) if (v.date() != null) n++;
        }
        return n;
    }

    private static int filled(ParseOutcome o) {
        int n = 0;
        for (ParsedItem i : o.items()) {
            if (i.draft() == null) continue;
            for (var rc : COMPONENTS.get(i.draft().getClass())) {
                try {
                    Object v = rc.getAccessor().invoke(i.draft());
                    if (v != null && !(v instanceof java.util.List<?> l && l.isEmpty())) n++;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return n;
    }

    /**
     * Reads a report again with the same rules after a member completed it (a pending draft answered): required
     * fields, names, dates not ahead for visits and signings. The report's values are written back as text
     * (dates yyyy-MM-dd, amounts in 元) and assembled like a template.
     */
    public ParsedItem recheck(Report report) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, String> raw = new LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : COMPONENTS.get(report.getClass())) {
            Object v;
            try {
                v = c.getAccessor().invoke(report);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            raw.put(c.getName(), asText(c.getName(), v));
        }
        if (report.kind() == ReportKind.TRIP_SUMMARY) {
            // the trip's dates come from its text; the dates stand alone when it has none
            raw.remove("departDate");
            raw.remove("returnDate");
        }
        return ReportAssembler.assemble(report.kind(), raw, today);
    }

    private static String asText(String component, Object v) {
        if (v == null) return null;
        if (v instanceof Long yuan && component.equals("amountYuan")) return yuan + "元";
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object o : list) {
                if (b.length() > 0) b.append('、');
                if (o instanceof TripPlanReport.PlannedVisit p) {
                    b.append(p.enterprise());
                    if (p.date() != null) b.append('（').append(p.date()).append('）');
                } else {
                    b.append(o);
                }
            }
            return b.length() == 0 ? null : b.toString();
        }
        return v.toString();
    }

    // ---- message structure ------------------------------------------------------------------------------

    /** A run of lines under one kind header. */
    private record Block(KindHeader header, List<String> lines) { }

    /** The lines of one report and the date its header gave, if any. */
    private record Item(ReportKind kind, String sharedDate, List<String> lines) { }

    /**
     * "走访｜X公司｜今天｜胡总｜有一定意向", "线索|博世（Bosch）|…|10亿|高新区|韩磊": a line cut into pieces by two or more
     * bars is a line of pieces separated as by commas.
     */
    static String bars(String line) {
        int first = barAt(line, 0);
        if (first < 0 || barAt(line, first + 1) < 0) return line;
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && c != '｜') { b.append(c); continue; }
            while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
            if (b.length() > 0) b.append('，');
            while (i + 1 < line.length() && line.charAt(i + 1) == ' ') i++;
        }
        return b.toString();
    }

    private static int barAt(String line, int from) {
        for (int i = from; i < line.length(); i++) if (line.charAt(i) == '|' || line.charAt(i) == '｜') return i;
        return -1;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(start, i).strip();
                if (!line.isEmpty()) out.add(out.isEmpty() ? line : bracketLabel(line));
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * "【项目】X项目", "【阶段】洽谈" below the first line: a field's name in brackets before its value, read as "项目：X项目"
     * (the brackets stayed part of the value, or the line was no field at all).
     */
    private static String bracketLabel(String line) {
        if (line.charAt(0) != '【') return line;
        int close = line.indexOf('】');
        if (close < 2 || close > 8 || close + 1 >= line.length()) return line;
        String rest = line.substring(close + 1).strip();
        if (rest.isEmpty() || InputText.isColon(rest.charAt(0))) return line;
        String labelled = line.substring(1, close).strip() + "：" + rest;
        return labelled(labelled) ? labelled : line;
    }

    /** Drops "@招商助手 " (and any other @名字) before the first words, and a mention closing the message. */
    private static String stripMentions(String text, LocalDate today) {
        int p = 0;
        int n = text.length();
        String addressed = null;
        while (true) {
            while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\n')) p++;
            if (p >= n || text.charAt(p) != '@') break;
            int e = p + 1;
            addressed = null;
            int split = -1;
            while (e < n && text.charAt(e) != ' ' && text.charAt(e) != '\n') {
                // "@招商助手走访" typed without a space: the mention ends where a report header starts
                if (split < 0 && e > p + 1 && ReportKinds.at(text, e) != null) {
                    int lineEnd = text.indexOf('\n', e);
                    String line = text.substring(e, lineEnd < 0 ? n : lineEnd);
                    if (KindHeader.read(line, today) != null) split = e;
                }
                e++;
            }
            if (split > 0) { p = split; break; }
            addressed = text.substring(p + 1, e);
            p = e;
        }
        String s = text.substring(p);
        // "@栗亮 你盯一下：X公司…", "@秦卫 这个你来跟：…": the colleague mentioned is told to follow it up — the name stays
        if (addressed != null && ADDRESSED.matcher(s).lookingAt() && ProsePeople.plainName(addressed)) s = addressed + s.stripLeading();
        int at = s.lastIndexOf('@');
        if (at > 0 && s.indexOf(' ', at) < 0 && s.indexOf('\n', at) < 0 && (s.charAt(at - 1) == ' ' || s.charAt(at - 1) == '\n')) {
            s = s.substring(0, at);
        }
        return s.indexOf('@') < 0 ? s : INNER_MENTION.matcher(s).replaceAll("");
    }

    /** "你盯一下", "这个你来跟": words that tell the one mentioned before them to follow it up. */
    private static final java.util.regex.Pattern ADDRESSED =
            Patterns.compile("\\s*(?:这个|这条|这条线索|这个项目|这事|此事)?你(?:来|先|就|帮忙|抓紧|负责)?(?:盯|跟|对接|牵头)");

    /**
     * The "@" of a colleague mentioned inside the text ("今天和@李红梅 去了比亚迪", "我方：@李红梅 @马骁"): DingTalk and
     * WeCom put the mention into the text as "@" + the member's name, so without its "@" it is the name the member
     * would have typed. Not the "@" of an e-mail address (a letter or digit before it).
     */
    private static final java.util.regex.Pattern INNER_MENTION =
            Patterns.compile("(?<![A-Za-z0-9._%+\\-])@(?=\\p{IsHan})");

    /** Splits the message where another kind header stands on a line of its own ("走访" … "签约" …). */
    private static List<Block> blocks(KindHeader first, List<String> lines, LocalDate today) {
        List<Block> blocks = new ArrayList<>();
        KindHeader header = first;
        List<String> current = new ArrayList<>();
        if (!first.rest().isEmpty()) current.add(first.rest());
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            KindHeader h = KindHeader.read(line, today);
            if (h != null && h.rest().isEmpty() && line.length() <= 24) {
                blocks.add(new Block(header, current));
                header = h;
                current = new ArrayList<>();
                continue;
            }
            current.add(line);
        }
        blocks.add(new Block(header, current));
        return blocks;
    }

    /** Numbered items in a block become separate reports when they look like reports of their own. */
    private static List<Item> items(Block block, LocalDate today) {
        KindHeader header = block.header();
        ReportKind kind = header.kind();
        List<String> lines = block.lines();
        boolean single = kind == ReportKind.TRIP_PLAN || kind == ReportKind.TRIP_SUMMARY;
        int reportLike = 0;
        int numbered = 0;
        for (String line : lines) {
            int m = NumberedLine.markerEnd(line);
            if (m == 0) continue;
            numbered++;
            if (looksLikeReport(kind, line.substring(m), today)) reportLike++;
        }
        boolean split = !single && numbered > 0 && (reportLike >= 2 || header.multi()) && !oneForm(kind, lines);
        if (split) return splitAt(block, today, line -> NumberedLine.markerEnd(line) > 0);
        // "企业：A …" on one line, "企业：B …" on the next: one report per line naming its enterprise
        int identityLines = 0;
        for (String line : lines) if (!single && startsWithIdentity(kind, line)) identityLines++;
        if (identityLines >= 2) return splitAt(block, today, line -> startsWithIdentity(kind, line));
        List<String> plain = new ArrayList<>(lines.size());
        for (String line : lines) plain.add(stripNumberingBeforeField(kind, line));
        return List.of(new Item(kind, header.date(), plain));
    }

    /**
     * "1. 项目：X\n2. 企业：Y\n3. 签约日期：…": numbered lines that are each one field of a form, no field twice, are
     * one report whose fields were numbered.
     */
    private static boolean oneForm(ReportKind kind, List<String> lines) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            int m = NumberedLine.markerEnd(line);
            if (m == 0) continue;
            FieldSynonyms.Found f = FieldSynonyms.colonLabelAt(kind, line, m);
            if (f == null || !seen.add(f.component())) return false;
        }
        return seen.size() >= 3;
    }

    /** Starts a new item at each line the predicate picks; lines before the first are shared by all items. */
    private static List<Item> splitAt(Block block, LocalDate today, java.util.function.Predicate<String> startsItem) {
        KindHeader header = block.header();
        ReportKind kind = header.kind();
        List<Item> items = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        List<String> current = null;
        ReportKind currentKind = kind;
        String currentDate = header.date();
        for (String line : block.lines()) {
            if (startsItem.test(line)) {
                if (current != null) items.add(new Item(currentKind, currentDate, current));
                current = new ArrayList<>(shared);
                String content = line.substring(NumberedLine.markerEnd(line));
                KindHeader own = KindHeader.read(content, today);
                currentKind = kind;
                currentDate = header.date();
                if (own != null) {
                    currentKind = own.kind();
                    if (own.date() != null) currentDate = own.date();
                    content = own.rest();
                }
                if (!content.isEmpty()) current.add(content);
            } else if (current == null) {
                shared.add(line);
            } else {
                current.add(line);
            }
        }
        if (current != null) items.add(new Item(currentKind, currentDate, current));
        return items;
    }

    /** The line opens with the field that names a report: 企业 (or 项目 for a signing). */
    private static boolean startsWithIdentity(ReportKind kind, String line) {
        FieldSynonyms.Found f = FieldSynonyms.colonLabelAt(kind, line, 0);
        if (f == null) return false;
        return kind == ReportKind.SIGNING ? f.component().equals("project") : f.component().equals("enterprise");
    }

    private static boolean looksLikeReport(ReportKind kind, String content, LocalDate today) {
        if (KindHeader.read(content, today) != null) return true;
        for (int i = 0; i < content.length(); i++) {
            FieldSynonyms.Found f = FieldSynonyms.colonLabelAt(kind, content, i);
            if (f != null && (f.component().equals("enterprise") || f.component().equals("project"))) return true;
        }
        return false;
    }

    private static String stripNumberingBeforeField(ReportKind kind, String line) {
        int m = NumberedLine.markerEnd(line);
        if (m > 0 && FieldSynonyms.colonLabelAt(kind, line, m) != null) return line.substring(m);
        return line;
    }

    /** "1. 走访 …  2. 签约 …" with no header line: each numbered line names its own kind. */
    private static ParseOutcome numberedReportsWithoutHeader(List<String> lines, LocalDate today, boolean tooLong) {
        List<Item> items = new ArrayList<>();
        List<String> current = null;
        ReportKind kind = null;
        String date = null;
        // at most one line of preamble ("今天两件事：") before the first numbered report
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int m = NumberedLine.markerEnd(line);
            KindHeader h = m > 0 ? KindHeader.read(line.substring(m), today) : null;
            if (h != null) {
                if (current != null) items.add(new Item(kind, date, current));
                current = new ArrayList<>();
                kind = h.kind();
                date = h.date();
                if (!h.rest().isEmpty()) current.add(h.rest());
            } else if (current != null) {
                current.add(line);
            } else if (i > 0) {
                return ParseOutcome.notAReport();
            }
        }
        if (current != null) items.add(new Item(kind, date, current));
        if (items.isEmpty()) return ParseOutcome.notAReport();
        if (tooLong) return new ParseOutcome(List.of(new ParsedItem.Invalid(items.get(0).kind(), List.of(ProblemMessages.tooLong(InputText.MAX_CHARS)))));
        List<ParsedItem> out = new ArrayList<>();
        for (Item item : items) out.add(read(item, today));
        return new ParseOutcome(out);
    }

    // ---- one report -------------------------------------------------------------------------------------

    /** Where each kind keeps what was written under a name it has no field for. */
    private static final Map<ReportKind, String> FREE_TEXT = Map.of(
            ReportKind.VISIT, "content", ReportKind.LEAD, "nextStep", ReportKind.INSPECTION, "result",
            ReportKind.SIGNING, "remark", ReportKind.TRIP_PLAN, "route", ReportKind.TRIP_SUMMARY, "visits");

    private static final java.util.Set<String> ZONES = java.util.Set.of("高新区", "潞州区");

    /**
     * "万华化学" of "万华化学集团股份有限公司", "深圳大疆" of "深圳市大疆创新科技有限公司", "汇川技术" of "深圳市汇川技术股份有限公司":
     * its first two characters together in the name, the rest after them in order.
     */
    private static boolean shortFormOf(String e, String name) {
        int from = e.length() < 2 || name.length() <= e.length() ? -1 : name.indexOf(e.substring(0, 2));
        if (from < 0) return false;
        int j = 0;
        for (int i = from; i < name.length() && j < e.length(); i++) if (name.charAt(i) == e.charAt(j)) j++;
        return j == e.length();
    }
    private static final java.util.regex.Pattern LEADING_MARKS = Patterns.compile("^[—\\-－~～·｜|:：\\s]+");

    /**
     * A lead's source passed on as prose tells it ("线索：市工信局推 山西潞宝…", "线索｜山西省新能源汽车产业协会",
     * "省商务厅招商信息（11月20日推送）"); an enterprise read from the words of the one passing it on ("市工信局推",
     * "经市政府驻京联络中心推荐", the chamber itself) gives way to the organisation named after it, or to none.
     */
    private static final java.util.regex.Pattern PARENT = Patterns.compile("(?:的)?(?:旗下|下属|下面|所属)(?:的)?");

    private static void passedOn(Map<String, String> raw, String all) {
        String source = LeadSources.bare(InputText.value(raw.get("source")));
        if (source != null) raw.put("source", source);
        if (source == null) {
            source = ProseFields.source(all);
            if (source == null || source.startsWith("#")) return;
            raw.put("source", source);
        }
        String enterprise = InputText.value(raw.get("enterprise"));
        if (enterprise == null || !enterprise.contains(source)) return;
        String other = null;
        for (OrgNames.Found f : OrgNames.find(all)) {
            if (f.name().contains(source) || source.contains(f.name())) continue;
            // "中国建材集团有限公司旗下凯盛科技拟在长治建设…": the one of the group whose plan it is
            java.util.regex.Matcher parent = PARENT.matcher(all).region(f.end(), all.length());
            other = parent.lookingAt() ? LeadSources.planSubject(all.substring(parent.end()).split("[，。；\n]", 2)[0]) : null;
            if (other == null) other = f.name();
            break;
        }
        raw.put("enterprise", other);
    }

    /** "签约：12月1日", "签约: 11.30": the kind word, a colon and one whole date. */
    private static boolean signedOn(String line, LocalDate today) {
        return line.length() > 4 && line.startsWith("签约") && InputText.isColon(line.charAt(2))
                && ChineseDates.readWhole(line.substring(3).strip(), today, ChineseDates.Resolution.PAST) != null;
    }

    private static ParsedItem read(Item item, LocalDate today) {
        ReportKind kind = item.kind();
        FieldScanner.Scan scan = FieldScanner.scan(kind, item.lines());
        Map<String, String> raw = new LinkedHashMap<>(FreeForm.read(kind, scan.head(), today));
        for (FieldScanner.RawField f : scan.fields()) {
            if (f.value() != null || !raw.containsKey(f.component())) raw.put(f.component(), f.value());
        }
        for (String line : scan.unplaced()) {
            // "签约：12月1日": the kind word as the label of its day (no field name: "签约：X公司…" opens a note)
            if (kind == ReportKind.SIGNING && raw.get("date") == null && signedOn(line, today)) {
                raw.put("date", line.substring(3).strip());
                continue;
            }
            // a line under a name the kind has no field for ("备注：对方下月回访") goes to its free text, as written
            String into = FREE_TEXT.get(kind);
            String had = raw.get(into);
            if (had != null && had.contains(line)) continue; // the head's free text already took it
            raw.put(into, had == null || had.isBlank() ? line : had + "\n" + line);
        }
        if (kind == ReportKind.LEAD) passedOn(raw, String.join("\n", item.lines()));
        // "【招商线索】信息来源：…。…拟由郭晓燕负责跟踪": no 责任人 line, the one following it up told in the sentences
        if (kind == ReportKind.LEAD && raw.get("owner") == null) {
            String all = String.join("\n", item.lines());
            // ("小申跟一下", "这个小周来跟": the spoken verb alone)
            if (Patterns.containsAny(all, "负责", "跟", "对接", "牵头", "责任人")) {
                String owner = Owners.owner(all);
                if (owner != null) raw.put("owner", owner);
            }
        }
        // "走访 航天科工三院 今天 意向明确 3.2亿": a terse line telling whom they met or what will be invested is what
        // was said; its words as written are the 洽谈内容 (as for a terse line with no kind word, TerseLine)
        if (kind == ReportKind.VISIT && InputText.value(raw.get("content")) == null && item.lines().size() == 1
                && (InputText.value(raw.get("contacts")) != null || InputText.value(raw.get("amountYuan")) != null)
                && FreeForm.terse(item.lines().get(0))) {
            raw.put("content", item.lines().get(0));
        }
        // "内容：基因测序服务中心 他们说明年上半年定 意向一般": the intent told inside what was said, none under its own name
        if (kind == ReportKind.VISIT && InputText.value(raw.get("intent")) == null && raw.get("content") != null) {
            String level = ProseFields.intent(raw.get("content"));
            if (level != null) raw.put("intent", level);
        }
        // "意向：明确，拟投资2.8亿元", "情况：…计划投资3亿元…": no amount under its own name, the investment told inside
        // another field's words, read by its cue as prose reads it (never 注册资本, 产值, 融资)
        if ((kind == ReportKind.VISIT || kind == ReportKind.LEAD) && raw.get("amountYuan") == null) {
            String all = String.join("\n", item.lines());
            if (all.contains("投")) {
                ProseAmounts.Found found = ProseAmounts.find(all, false);
                if (found != null && found.yuan() != null) raw.put("amountYuan", found.yuan() + "元");
            }
        }
        // "【走访】苏州吴江\nX公司，副董事长沈志强。…\n同去：老韩、晓雯": the one met told in the head's sentences, no 对接
        // label under it, other fields under theirs; read as prose reads people, our own named under their label left out
        if (kind == ReportKind.VISIT && raw.get("contacts") == null && scan.head() != null && !scan.head().isBlank()) {
            String enterprise = InputText.value(raw.get("enterprise"));
            String head = enterprise == null ? scan.head() : scan.head().replace(enterprise, "，");
            java.util.Set<String> ours = new java.util.HashSet<>();
            if (raw.get("ourPeople") != null) ours.addAll(java.util.Arrays.asList(OurPeople.labelledOurs(raw.get("ourPeople")).split("、")));
            String met = Contacts.contacts(head, ours, enterprise);
            if (met != null) raw.put("contacts", met);
        }
        // "【走访】X公司\n今天上午 和芦鹏\n对接：…": who went told in the unlabelled words, no 我方人员 label; read as prose
        // reads ours (only where a word that joins people is written)
        if (kind == ReportKind.VISIT && raw.get("ourPeople") == null) {
            String told = (scan.head() == null ? "" : scan.head()) + "\n" + (raw.get("content") == null ? "" : raw.get("content"));
            if (told.length() > 3 && Patterns.containsAny(told, "和", "跟", "同", "与", "陪", "一起")) {
                List<String> went = OurPeople.ours(told);
                if (!went.isEmpty()) raw.put("ourPeople", String.join("、", went));
            }
        }
        if (item.sharedDate() != null && raw.get("date") == null && kind != ReportKind.TRIP_PLAN && kind != ReportKind.TRIP_SUMMARY) {
            raw.put("date", item.sharedDate());
        }
        // "走访记录——阳光电源\n上周五第二组在合肥走访了…", "【考察接待】X\n昨天（11月6日），X…": a heading over sentences,
        // the day told in them
        boolean event = kind == ReportKind.VISIT || kind == ReportKind.INSPECTION || kind == ReportKind.SIGNING;
        if (event && raw.get("date") == null && scan.head() != null && scan.head().length() > 12) {
            ProseDates.Found d = ProseDates.find(scan.head(), today, kind != ReportKind.INSPECTION);
            if (d != null) raw.put("date", d.date().toString());
        }
        // "今日走访｜万华化学\n…拜访万华化学集团股份有限公司…": the short form of the heading, the registered name in the
        // words below it
        if ((event || kind == ReportKind.LEAD) && raw.get("enterprise") != null) {
            String e = raw.get("enterprise").strip();
            // (a name opening with none of LEADING_MARKS' characters keeps its words)
            if (!e.isEmpty() && "—-－~～·｜|:：".indexOf(e.charAt(0)) >= 0) e = LEADING_MARKS.matcher(e).replaceFirst("");
            if (!e.isEmpty() && OrgNames.find(e).isEmpty()) {
                String full = null;
                for (String line : item.lines()) {
                    for (OrgNames.Found f : OrgNames.find(line)) {
                        if (!shortFormOf(e, f.name()) || f.name().equals(full)) continue;
                        full = full == null ? f.name() : "";
                    }
                }
                raw.put("enterprise", full != null && !full.isEmpty() ? full : e);
            }
        }
        if ((kind == ReportKind.LEAD || kind == ReportKind.SIGNING) && raw.get("project") != null) {
            raw.put("project", ProseFields.cleanProject(raw.get("project").strip(), InputText.value(raw.get("enterprise"))));
        }
        // "来访：深圳市汇川技术股份有限公司副总裁刘建平等3人": the organisation the visitors came from
        if (kind == ReportKind.INSPECTION && InputText.value(raw.get("enterprise")) == null && raw.get("visitors") != null) {
            List<OrgNames.Found> from = OrgNames.find(raw.get("visitors"));
            if (!from.isEmpty()) raw.put("enterprise", from.get(0).name());
        }
        // "地点：高新区装备制造园、标准化厂房": the zone is the inspection's area, the place as written its itinerary
        if (kind == ReportKind.INSPECTION && raw.get("area") != null && !ZONES.contains(raw.get("area").strip())) {
            String written = raw.get("area").strip();
            String zone = ProseFields.area(written);
            if (zone != null) {
                raw.put("area", zone);
                String had = raw.get("itinerary");
                if (had == null || !had.contains(written)) raw.put("itinerary", had == null || had.isBlank() ? written : had + "\n" + written);
            }
        }
        // "考察 12.11 X 一行3人 潞州区 陪同 …", "…来潞州区考察" under a 【考察】 heading: the one zone the report names
        if ((kind == ReportKind.LEAD || kind == ReportKind.INSPECTION || kind == ReportKind.SIGNING) && InputText.value(raw.get("area")) == null) {
            String all = String.join("\n", item.lines());
            String zone = kind == ReportKind.LEAD ? ProseFields.leadArea(all) : ProseFields.area(all);
            if (zone != null) raw.put("area", zone);
        }
        return ReportAssembler.assemble(kind, raw, today);
    }
}
