package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One record being read from prose: its organisation, kind and words; then its fields and doubts. */
final class ProseRecord {

    // "一家北京的储能企业" is nameless; "跑了十一家企业" counts them
    private static final Pattern JUNK_OBJECT = Patterns.compile("(?:拜访了|拜访|走访了|见了|去了)\\s*([A-Za-z]{3,}|XX公司|xx公司|某[^，。\\s]{0,8}|(?<![十百0-9两几])一家[^，。\\s]{0,12})");
    private static final Pattern NAMELESS = Patterns.compile("某[^，。；\\s]{0,10}(?:企业|公司|车企|集团|老板)|有个老板|(?<![十百0-9两几第])一家[，\\s]?[^，。；\\s]{0,14}(?:企业|公司)|(?<![十百0-9两几第这那哪每])(?:有|听说有|说有)一?家[^，。；\\s]{0,12}(?:企业|公司)|一行几人|XX公司|名字保密|(?:名字|名称)[^，。；\\s]{0,6}(?:保密|不方便说|不便透露|不方便透露)|不便透露名称|具体企业名称待确认"
            // visitors described, not named: "考察团一行今天来…", "今天一行5人来高新区考察", "北京考察团来潞州区", "上海客商来…"
            + "|^(?:今天|昨天|前天|上午|下午)?(?:[\\u4e00-\\u9fff]{2,3})?(?:考察团|代表团|客商)|^(?:今天|昨天|前天|上午|下午)?一行[0-9一二两三四五六七八九十几]+[人位]");
    private static final Pattern DETAIL = Patterns.compile("意向|投资|亿|万|陪同|接待|总|经理|项目|考察|高新区|潞州区|副总裁|董事长");
    private static final Pattern PEOPLE_LINE = Patterns.compile("\\s*(?:跟踪|跟踪人|跟踪责任人|责任人|跟进人)[：:]\\s*[\\u4e00-\\u9fff、，, ]{2,20}");
    private static final Pattern CONTACT_LABEL = Patterns.compile("(?:对接人|对接人员|接待人|联系人|对方人员)[：:]");
    private static final Pattern VAGUE_DATE = Patterns.compile("近日|日前|近期|时间待定|年底|年前|月底");
    /** A visit or inspection dated only roughly ("本月初", "前几天", "上旬"): the day is asked, not taken as today. */
    private static final Pattern VAGUE_DAY = Patterns.compile("近日|日前|前几天|前些天|前些日子|前段时间|前阵子|这几天|(?:本月|这个月|上月|上个月|月)(?:初|中旬|上旬|下旬)|上旬|中旬|(?:上月|上个月)底");

    ReportKind kind;
    boolean kindWeak;
    /** The kind came from a visit still to come ("明天上午去拜访X"): dated by its plan, asked about. */
    boolean plannedVisit;
    /** The kind is a lead only because the words tell a plan ("拟投资5亿元"), not because it was heard of or called a lead. */
    boolean leadByPlan;
    String weakWords;
    String enterprise;
    boolean suffixed;
    String source;
    int sentence;
    int item;
    final StringBuilder text = new StringBuilder();
    /** The last clause of this record's words, its sentence, and whether it opened that sentence with nothing after it. */
    private String tail;
    private int tailSentence = -1;
    private boolean tailAlone;
    /** The clauses of this record's last sentence, when it is not the sentence that opened the record. */
    private final StringBuilder closing = new StringBuilder();
    /** Words the whole message shares (heading, preamble, "都…", "均为…"). */
    String shared = "";
    /** The record that this one was heard of during (a tip), or that it yields (a visit's lead). */
    boolean fromVisit;
    /** The visit, named in full earlier in the message, that this lead was made of; null when none. */
    ProseRecord madeOf;
    /** Named as the host of the event ("由X组织的考察团"): the record only when no other organisation has one. */
    boolean host;
    String junk;
    /** The words of the record this one follows on from (the inspection before the same enterprise's signing). */
    String carried = "";
    /** The one zone (高新区/潞州区) the whole message names, or null: where an inspection or signing with none of its own took place. */
    String messageArea;
    /** Where the message says its leads were heard ("信息来源：深圳市山西商会" below three leads), for each lead. */
    String messageSource;
    /** The organisation that introduced the lead's enterprise ("经X引荐，"), said anywhere in the message. */
    String introducedBy;
    /** The record written just before this one in the same message, if any. */
    ProseRecord previous;
    /** The kind named by the section line the record stands under ("一、走访企业3家", "（二）考察", "二、线索1条"). */
    ReportKind section;
    /** Which of this record's several projects ({@link ProjectParts}) is being read, and how many there are; -1 when one. */
    int part = -1;
    int partCount;
    /** The words of the last of one enterprise's projects, which may close with what is said of them all. */
    private String lastPartWords = "";
    String partProject;
    /** Every record of the message, this one included, in the order written. */
    List<ProseRecord> siblings = List.of();

    /** Opened, under a section, by the short form of one named in full above ("英维克液冷机柜组装线项目"): the project follows it. */
    boolean shortFormOpens;

    /** Its name opens a sentence ("…意向一般。英维克一行来高新区考察"). */
    boolean opensSentence;

    /** Opened by a short name listed after another's sentence, with the one met ("；英维克，齐总，意向一般"). */
    boolean listed;

    boolean suffixed() { return suffixed; }

    /** No word of the message names a kind; the kind is the likeliest reading (a visit) and must be confirmed. */
    boolean kindUnknown() { return kindWeak && weakWords == null; }

    // ---- building ---------------------------------------------------------------------------------------

    static List<ProseRecord> build(List<ProseClause> clauses, LocalDate today) {
        return build(clauses, today, KnownEnterprises.NONE);
    }

    /** @param known enterprises recorded in full before, recognised by their short forms */
    static List<ProseRecord> build(List<ProseClause> clauses, LocalDate today, KnownEnterprises known) {
        return build(clauses, today, known, List.of());
    }

    /** @param vouched short names a terse line put in the enterprise's place ({@link TerseLine}), taken as written */
    static List<ProseRecord> build(List<ProseClause> clauses, LocalDate today, KnownEnterprises known, List<String> vouched) {
        List<ProseRecord> records = new ArrayList<>();
        StringBuilder preamble = new StringBuilder();
        StringBuilder distributive = new StringBuilder();
        ReportKind headingKind = null;
        // the kind named by a heading line itself ("今天走访三家：", "本周走访小结")
        ReportKind titleKind = null;
        ProseRecord cur = null;
        StringBuilder pending = new StringBuilder();
        // the item (or sentence) a pending date opened, and the kind cue written between it and the name
        int pendingItem = -1;
        int pendingSentence = -1;
        ProseCues.Cue pendingCue = null;
        String previous = "";
        ReportKind section = null;
        boolean planSection = false;
        boolean heardFirst = false;
        // the item that tells only of a visit still to come ("3.明天上午拜访X，下午返程。"): no record opens in it
        int plannedItem = Integer.MIN_VALUE;
        int lastLine = -1;
        int closingLine = -1;
        for (int ci = 0; ci < clauses.size(); ci++) {
            ProseClause c = clauses.get(ci);
            String t = c.text();
            ProseCues.Cue cue = ProseCues.of(t);
            // "到X公司（上周听王局长说的那家）": words in brackets after a name say how it was known, not what was done
            if (cue != null && Patterns.containsAnyChar(t, "（(")) cue = outsideAside(t, cue);
            // "对接 市场总监李楠" (a pause after the verb): 对接 with the one met after it tells a visit
            if (cue != null && cue.weak() && cue.kind() == ReportKind.VISIT && t.equals("对接") && ci + 1 < clauses.size()
                    && clauses.get(ci + 1).sentence() == c.sentence()) {
                ProseCues.Cue met = ProseCues.of(t + clauses.get(ci + 1).text());
                if (met != null && met.kind() == ReportKind.VISIT && !met.weak()) cue = met;
            }
            // "已经到，签约，阶段了" (voice pauses read as commas): a lead's stage, not a signing
            if (cue != null && cue.kind() == ReportKind.SIGNING) {
                cue = ProseCues.stageAcross(cue, ci > 0 ? clauses.get(ci - 1).text() : "", ci + 1 < clauses.size() ? clauses.get(ci + 1).text() : "");
            }
            // "冀凯电力孙总今天又来了一趟，带了技术负责人，看了4号厂房旁边的5号": someone of the enterprise came and, in the
            // words right after, looked round a site of ours or was shown round — an inspection, not a visit only guessed
            if (cue != null && cue.weak() && cue.kind() == ReportKind.VISIT && ProseCues.cameToLook(t, sentenceAfter(clauses, ci, 3))) {
                cue = new ProseCues.Cue(ReportKind.INSPECTION, false, cue.at());
            }
            if (c.heading()) {
                preamble.append(t).append('，');
                if (cue != null && headingKind == null) headingKind = cue.kind();
                if (headingKind == null) headingKind = headingKind(t);
                if (titleKind == null) titleKind = headingKind;
                continue;
            }
            // "一、走访企业3家", "（二）考察", "二、线索1条": a section line names the kind of the records under it and ends
            // the record before it; "三、下周计划" opens words of what is still to come, no record
            // a section line is a line of its own ("…上海X公司 签约 Y项目 8000万元": 签约 there is no section)
            boolean lineStart = c.line() != lastLine;
            lastLine = c.line();
            ReportKind sk = lineStart ? sectionKind(t) : null;
            // "二是新增线索1条：X公司…项目，拟投资3亿元": a section line whose first record follows its colon
            // (every SECTION_OPENS match ends in a colon, every PLAN_SECTION match opens with 下, 明 or 近: no matcher where none can be)
            Matcher sectionOpened = sk == null && lineStart && c.item() < 0 && (t.indexOf('：') >= 0 || t.indexOf(':') >= 0) ? SECTION_OPENS.matcher(t) : null;
            if (sectionOpened != null && sectionOpened.lookingAt() && sectionOpened.end() < t.length()) {
                section = sectionKind(t.substring(0, sectionOpened.end()));
                planSection = false;
                cur = null;
                if (headingKind == null) headingKind = section;
                t = t.substring(sectionOpened.end()).strip();
                cue = ProseCues.of(t);
                sk = null;
            } else if (sk != null || lineStart && !t.isEmpty() && "下明近".indexOf(t.charAt(0)) >= 0 && PLAN_SECTION.matcher(t).matches()) {
                section = sk;
                planSection = sk == null;
                cur = null;
                if (sk != null && headingKind == null) headingKind = sk;
                continue;
            }
            if (planSection) continue;
            if (t.contains("都") || t.contains("均为") || t.contains("均由") || t.startsWith("两家")) distributive.append(t).append('，');
            // "跟踪：刘思雨" on a line of its own below two leads: said once for every record
            if ((t.indexOf('跟') >= 0 || t.contains("责任人")) && PEOPLE_LINE.matcher(t).matches()) distributive.append(t).append('，');
            // "…二、X公司：…\n同行：赵文博": a line of our people below the items, unnumbered, goes with every item
            if (c.item() < 0 && !records.isEmpty() && records.get(records.size() - 1).item >= 0 && OURS_LINE.matcher(t).lookingAt()) {
                for (ProseRecord r : records) if (r.item >= 0) r.text.append(t).append('，');
                continue;
            }
            // "①…②…\n以上项目均落地潞州区，由常海涛统筹跟进。", "1. …\n2. …\n两家都想落在高新区，焦志红负责跟进。": a line
            // below the numbered items that speaks of them all (以上, 两家, 分别 …) is every item's, not the last one's
            if (lineStart && c.item() < 0 && !records.isEmpty() && records.get(records.size() - 1).item >= 0
                    && records.stream().filter(r -> r.item >= 0).count() >= 2 && ALL_ITEMS.matcher(t).lookingAt() && OrgNames.find(t).isEmpty()) {
                closingLine = c.line();
            }
            if (c.line() == closingLine) {
                for (ProseRecord r : records) if (r.item >= 0) r.text.append(t).append('，');
                continue;
            }
            if (c.opensItem() && cur != null && cur.item != c.item()) cur = null;
            // "2. 11月24日 苏州迈为…", "；12月31日，拜访了…": a date opening an item or a sentence belongs to what follows
            // (also under a section line that named no organisation: "二、签约项目（1个）\n11月26日，X…项目在高新区签约")
            // ("招商一科 周报（11月16日-20日）\n11月18日，赴天津走访…": a date opening the sentence below a heading is that
            // sentence's, not the heading's)
            boolean belowHeading = cur == null && records.isEmpty() && lineStart && preamble.length() > 0
                    && ci + 1 < clauses.size() && clauses.get(ci + 1).sentence() == c.sentence();
            // ("一是11月16日，…；二是11月18日，…", "…意向一般；补报昨天下午 X公司…": an official's count or a 补报 before the
            // day opens the sentence as the day alone does)
            if ((c.opensItem() || cur == null && !records.isEmpty() || belowHeading || cur != null && cur.sentence != c.sentence()) && pending.isEmpty()
                    && onlyADate(withoutLeadIn(t), today)
                    // "4. 12月10日（周四）上海 X公司 签约…": the item's date with the city run into it
                    || c.opensItem() && pending.isEmpty() && dateAndPlace(t, today)) {
                pending.append(t).append('，');
                pendingItem = c.item();
                pendingSentence = c.sentence();
                pendingCue = null;
                continue;
            }
            // "…意向明确。另外，据X商会介绍，Y有意在山西布局…": where the next one was heard goes with it, not with the visit
            if (cur != null && pending.isEmpty() && SOURCE_INTRO.matcher(t).find() && OrgNames.find(t).size() == 1) {
                pending.append(t).append('，');
                pendingItem = c.item();
                pendingSentence = c.sentence();
                pendingCue = null;
                heardFirst = true;
                continue;
            }
            // "…意向一般 另外听江总说 X公司在找地建…", "拓承屠总透露，X公司有意布局…", "听Y公司的姜董说 他们的同行X公司…":
            // words saying only who told what follows, right before a clause naming another organisation in full, go with
            // that organisation's record, a lead heard of, not with the visit before them; the teller is no record
            // (a lead heard of: one heard during a visit keeps the visit as its source, below)
            if (pending.isEmpty() && toldBy(t, cur, clauses, ci)) {
                pending.append(t).append('，');
                pendingItem = c.item();
                pendingSentence = c.sentence();
                pendingCue = new ProseCues.Cue(ReportKind.LEAD, false, 0);
                continue;
            }
            // "上海山西商会，推荐的…", "深圳山西商会的刘秘书长，给了个信息": a voice pause before the verb passing a lead on
            String next = ci + 1 < clauses.size() && clauses.get(ci + 1).sentence() == c.sentence() ? clauses.get(ci + 1).text() : "";
            List<String> names = names(t, next, cur, known, vouched);
            // "在上海X商会常务副会长郝建平的引荐下，…走访Y", "跟温州商会陈秘书长一起走访了Y": the one who introduced us or
            // came along is no record of its own when the one visited is named after it
            if (!names.isEmpty() && mayBeEscorted(t)) names = withoutEscorts(t, names, sentenceAfter(clauses, ci, 2));
            // "参加了北京长治商会的座谈，会后走访了X公司", "佛山那边商会说X公司想搞个…", "在上海长治商会见证下，与X公司签约":
            // a chamber, an association, a bank or a fund named before an enterprise of the same sentence, with no verb of
            // visiting it, only introduced, hosted or passed on — no record of its own
            boolean introducerOnly = false;
            if (!names.isEmpty() && Patterns.containsAny(t, LeadSources.KIND_WORDS)) {
                List<String> kept = withoutIntermediaries(t, names, sentenceAfter(clauses, ci, 4));
                introducerOnly = kept.isEmpty() && kept != names;
                names = kept;
            }
            // "X公司 Y项目 2.2亿元 高新区 邓晓阳 上海市山西商会 洽谈": a chamber or an agent alone in a later cell of the same
            // row (no visit's) is where the lead came from, no record of its own
            if (names.size() == 1 && cur != null && cur.enterprise != null && cur.kind != ReportKind.VISIT && cur.kind != ReportKind.INSPECTION
                    && cur.item == c.item() && cur.sentence == c.sentence() && t.strip().equals(names.get(0))
                    && LeadSources.intermediaryByKind(names.get(0)) && !LeadSources.intermediaryByKind(cur.enterprise)) names = List.of();
            // "漏了一条 走访 安集科技 对接 是 …": voice input pausing between the visiting verb and the short name it visits
            if (names.isEmpty() && ci > 0 && clauses.get(ci - 1).sentence() == c.sentence() && clauses.get(ci - 1).item() == c.item()
                    && LONE_VISIT.matcher(clauses.get(ci - 1).text()).matches()) {
                String paused = pausedObject(clauses.get(ci - 1).text(), t, today);
                if (paused != null) names = List.of(paused);
            }
            // "来源 北京山西企业商会" (a pause after the label): the name is where it was heard
            if (!names.isEmpty() && SOURCE_LABEL.matcher(previous).find()) names = List.of();
            // "线索来源写中关村前沿材料产业联盟": the label, then the name in the same clause, after a record already read
            if (names.size() == 1 && cur != null && cur.enterprise != null && t.indexOf("来源") >= 0) {
                int at = t.indexOf(names.get(0));
                if (at > 0 && SOURCE_LABEL_BEFORE.matcher(t.substring(0, at)).find()) names = List.of();
            }
            previous = t;
            // "…意向一般。明天上午计划去拜访星宇车灯": a visit still to come is no record of its own
            // (also as an item of its own: "3.明天上午拜访杭州老板电器股份有限公司，下午返程。")
            if (!names.isEmpty() && (cur != null && cur.enterprise != null || !records.isEmpty()) && ProseCues.plannedVisit(t)) {
                names = List.of();
                plannedItem = c.item();
            }
            // "一、科大讯飞：对接华东区域副总裁陈刚": a short name before a colon opening an item names it
            if (names.isEmpty() && c.opensItem() && cue == null || names.isEmpty() && c.opensItem() && cue != null && cue.at() > 0) {
                String labelled = itemLabel(t);
                if (labelled != null) names = List.of(labelled);
            }
            // "1. 小鹏汽车，对接…", "3 周四 重庆 长安汽车 对接人…": a bare short name standing alone in an item opens its record
            // (the item's first words, or those after its date and place: "三、外出天数11天，完成月度目标" names nobody)
            if (names.isEmpty() && c.item() >= 0 && c.item() != plannedItem && cue == null && (cur == null || cur.item != c.item())
                    && (c.opensItem() || !pending.isEmpty()) && itemName(t)) names = List.of(t);
            // "线索报一个 北京X文旅 …项目 投资六千万": a bare short name right after the words announcing a lead is the lead's
            // ("报一个签约 今天 北方华创 …项目 签了", "补一个 考察 上周三 无锡X 来了": the same for each kind, said in speech with
            // the day between the announcement and the name)
            // ("报个签约 无锡X有限公司 …项目 …签约时间定在…": the same for a name the recogniser found, the kind as announced)
            ReportKind announced = records.isEmpty() && cur == null && ci > 0 && (cue == null || cue.weak()) && (!names.isEmpty() || itemName(t))
                    ? announcedKind(clauses, ci, today) : null;
            if (announced != null && names.isEmpty()) names = List.of(t);
            // "今天走访：恒晟重工，章总，…；华鼎光电，陈总，…": a bare short name opening a sentence of its own, the one met
            // named right after it, is the next one visited, as the first was
            boolean listedHere = names.isEmpty() && cur != null && cur.enterprise != null && c.item() < 0 && cue == null
                    && cur.sentence != c.sentence() && (ci == 0 || clauses.get(ci - 1).sentence() != c.sentence()) && metNext(clauses, ci);
            // "…意向一般；今天B科技，总经理X，没有意向": the entry's own day said right before its name (after a visit too)
            String listedName = listedHere ? afterOpeningDay(t, today) : null;
            if (listedName == null && listedHere && !cur.fromVisit && (itemName(t) || t.length() <= 6 && ShortNames.acceptableForm(t)
                    // "英维克，齐总": a name the recogniser takes for a person's stands where the enterprise does, before the one met
                    && NameRecogniser.guess(t) == NameRecogniser.Guess.PERSON)) listedName = t;
            boolean listed = listedName != null;
            if (listed) names = List.of(listedName);
            // "今日走访：A公司，齐总，意向较强；B公司，王总，意向一般": a name standing alone at a sentence's start with the one met
            // after it is an entry of a list, whom they met and how keen being what was said of each
            boolean entry = listed || names.size() == 1 && t.equals(names.get(0)) && cur != null && cur.enterprise != null && c.item() < 0
                    && cur.sentence != c.sentence() && (ci == 0 || clauses.get(ci - 1).sentence() != c.sentence()) && metNext(clauses, ci);
            // "…对接了A公司和B公司两家企业，A意向较强，B意向一般": a clause opened by a short form of a record's name is that one's
            // (not in a new item whose date waits for its name: "3 周四 重庆 长安汽车" after "重庆智飞…")
            boolean shortFormOpens = false;
            // "一、走访\n1. …走访北京X装备技术股份有限公司…\n二、线索\n1. X装备Y项目，投资约4亿元…": under a section of another
            // kind, the first words of an entry opened by the short form of one named in full above are a record of that
            // kind of the same enterprise, not more of the section's heading
            // (also when its words name the section's kind: "二、线索情况\n中天科技X项目，报实效线索，…")
            if (names.isEmpty() && cur == null && section != null && section != ReportKind.VISIT && (cue == null || cue.weak() || cue.kind() == section)
                    && (c.opensItem() || lineStart && pending.isEmpty()) && !records.isEmpty()) {
                ProseRecord ref = referred(t, records);
                if (ref != null && ref.suffixed && ref.section != section && (ref.kind != section || ref.leadByPlan)) {
                    names = List.of(ref.enterprise);
                    shortFormOpens = true;
                }
            }
            boolean newItem = !pending.isEmpty() && pendingItem >= 0 && c.item() == pendingItem;
            if (names.isEmpty() && records.size() >= 2 && !newItem) {
                ProseRecord ref = referred(t, records);
                if (ref != null) cur = ref;
            }
            // "②周二 苏州 博众精工…", "1）前天 拜访 浙江正泰…": a place or a verb between an item's date and its name
            // waits with the date for the record the item opens
            // ("15日，在上海长治商会见证下，…与X公司签约": the introducer's words too)
            // ("周四 惠州 X公司 …；\n周五 佛山 Y公司 …": so does the place after a day that opened a new sentence of its own)
            if (names.isEmpty() && (cur == null || introducerOnly || pendingItem < 0 && pendingSentence != cur.sentence && placeOnly(t, cue))
                    && !pending.isEmpty() && (introducerOnly || t.length() <= 12 && !NAMELESS.matcher(t).find())
                    && (pendingItem >= 0 ? c.item() == pendingItem : c.sentence() == pendingSentence)) {
                pending.append(t).append('，');
                if (cue != null && pendingCue == null) pendingCue = cue;
                continue;
            }
            // "4.11月26日锂电池负极材料项目签约，江苏X公司，1.5亿元": an item whose kind is told before its organisation
            // waits with that kind for the name the item gives next (a record of its own, also of one named above)
            if (names.isEmpty() && cur == null && pending.isEmpty() && c.opensItem() && cue != null && !cue.weak() && !cue.plan()
                    && !records.isEmpty() && records.get(records.size() - 1).item >= 0) {
                pending.append(t).append('，');
                pendingItem = c.item();
                pendingSentence = c.sentence();
                pendingCue = cue;
                continue;
            }
            // "…意向较强 下午 赶到台州参加了 签约 台州X公司的Y项目": a few words telling a signing, after a record of another
            // kind and right before an organisation named in full, wait for it with their kind
            if (names.isEmpty() && cur != null && cur.kind != null && cur.kind != ReportKind.SIGNING && !cur.kindWeak && pending.isEmpty()
                    && cue != null && cue.kind() == ReportKind.SIGNING && !cue.weak() && t.length() <= 8 && ci + 1 < clauses.size()
                    && clauses.get(ci + 1).sentence() == c.sentence() && clauses.get(ci + 1).item() == c.item()
                    && OrgNames.find(clauses.get(ci + 1).text()).size() == 1 && OrgNames.find(clauses.get(ci + 1).text()).get(0).start() == 0) {
                pending.append(t).append('，');
                pendingItem = c.item();
                pendingSentence = c.sentence();
                pendingCue = cue;
                continue;
            }
            // "今天上午X一行来高新区考察，下午双方签订了…项目投资协议": the same enterprise's signing after the inspection
            // (or visit) is a record of its own
            // (names, if any, only the record's own: "下午就签了X项目" may read the enterprise again from 签了)
            if (signedAfter(cur, cue, afterTime(clauses, ci, t), names)) {
                ProseRecord r = new ProseRecord();
                r.enterprise = cur.enterprise;
                r.suffixed = cur.suffixed;
                r.sentence = c.sentence();
                r.item = c.item();
                r.carried = cur.text.toString();
                records.add(r);
                cur = r;
                names = List.of();
            }
            // "拜访蔚来…，表示本周四将派团队赴潞州区考察": an inspection the enterprise met has fixed a day for is one of its own
            if (names.isEmpty() && cur != null && cur.enterprise != null && cur.kind == ReportKind.VISIT && !cur.kindWeak && cue != null
                    && cue.kind() == ReportKind.INSPECTION && cue.plan() && FIXED.matcher(t).find() && !HOPED.matcher(t).find()
                    && ProseDates.findPlanned(t, today) != null) {
                ProseRecord r = new ProseRecord();
                r.enterprise = cur.enterprise;
                r.suffixed = cur.suffixed;
                r.sentence = c.sentence();
                r.item = c.item();
                r.kind = ReportKind.INSPECTION;
                r.text.append(t).append('，');
                records.add(r);
                continue;
            }
            // "拜访了小米，小米汽车": the name said again, longer, on its own
            if (names.isEmpty() && cur != null && cur.enterprise != null && !cur.suffixed && restated(t.strip(), cur.enterprise)) {
                cur.enterprise = t.strip();
            }
            // "2. 特种碳素材料项目，大运集团，1.2亿元": the words opening an item before the organisation it names are that
            // record's, as a date opening it is (not the message's, which every item would share)
            if (names.isEmpty() && cur == null && c.item() >= 0 && c.item() != plannedItem
                    && (c.opensItem() || !pending.isEmpty() && pendingItem == c.item()) && namedLaterInItem(clauses, ci)) {
                pending.append(t).append('，');
                pendingItem = c.item();
                pendingSentence = c.sentence();
                if (cue != null && !cue.weak() && pendingCue == null) pendingCue = cue;
                continue;
            }
            boolean opened = false;
            List<ProseRecord> alsoHere = new ArrayList<>();
            for (String name : names) {
                boolean suffix = name.endsWith("公司") || !OrgNames.find(name).isEmpty();
                if (cur != null && cur.enterprise != null && same(cur.enterprise, name)) {
                    // "国家电投山西公司，即国家电力投资集团有限公司山西分公司": the legal name given after a short form
                    if (suffix && !cur.suffixed || legal(name) && !legal(cur.enterprise) && name.length() > cur.enterprise.length()) {
                        cur.enterprise = name;
                        cur.suffixed = true;
                    }
                    continue;
                }
                // "华电新能源集团股份有限公司 山西分公司": a branch said alone, after a pause, right after the legal name is part of it
                if (cur != null && cur.enterprise != null && legal(cur.enterprise) && !cur.enterprise.endsWith("分公司") && t.equals(name)
                        && BRANCH.matcher(name).matches() && cur.sentence == c.sentence() && cur.item == c.item() && onlyNamed(cur)) {
                    cur.enterprise = cur.enterprise + name;
                    continue;
                }
                // "北京有色金属研究总院，现在叫中国有研科技集团有限公司": the same organisation by its present or full name
                if (cur != null && cur.enterprise != null && cur.item == c.item() && renamed(t, name)) {
                    cur.enterprise = name;
                    cur.suffixed = suffix;
                    continue;
                }
                // "走访了天津凯莱因医药 凯莱英 凯莱英医药集团（天津）股份有限公司 见了…", "见了江苏长店科技 不对 长电 江苏长电科技股份
                // 有限公司的…": a short form said (and put right) and the legal name straight after it is the same one in full
                if (legal(name) && t.startsWith(name) && cur != null && cur.enterprise != null && !cur.suffixed && !opened
                        && cur.sentence == c.sentence() && cur.item == c.item() && onlyNamed(cur)
                        && (sharesName(cur.text.toString(), name) || soundsAlike(cur.enterprise, name))) {
                    cur.enterprise = name;
                    cur.suffixed = true;
                    continue;
                }
                // "下半天去了临港 拜访了上海捷氢科技股份有限公司", "去东莞松山湖，广东生益科技股份有限公司": where they went, then
                // the legal name of the one visited there, is one visit of that one
                if (legal(name) && cur != null && cur.enterprise != null && !cur.suffixed && !opened && cur.sentence == c.sentence()
                        && cur.item == c.item() && (cur.kind == null || cur.kind == ReportKind.VISIT) && (cue == null || cue.kind() == ReportKind.VISIT)
                        && onlyNamed(cur) && wentTo(cur)) {
                    cur.enterprise = name;
                    cur.suffixed = true;
                    continue;
                }
                if (cur != null && cur.enterprise == null && cur.item == c.item() && (cur.sentence == c.sentence() || !opened)) {
                    cur.enterprise = name;
                    cur.suffixed = suffix;
                    continue;
                }
                // "对接 商用车公司 总经理助理": a bare 公司 with no verb of its own is a part of the one visited;
                // a short name mentioned again later is no new record without a verb of its own
                // ("另一家是X", "周二是X": the next of several visited is named by its place in the count)
                if (cur != null && cur.enterprise != null && cur.item == c.item() && (cue == null || cue.weak()) && !VoicePauses.next(t) && !listed
                        && (!suffix || name.endsWith("公司") && !name.endsWith("有限公司") && !name.endsWith("分公司"))) continue;
                // "拜访了X公司，对接了营销公司副总经理韩斌", "…液态奶事业部，对接了供应链副总经理": a unit named right
                // before a title is where the contact works inside the one visited, not another record
                // ("太原理工大学 材料学院 院长助理": the title after a voice pause)
                if (cur != null && cur.enterprise != null && cur.item == c.item() && department(t.endsWith(name) && UNIT.matcher(name).find() && ProseCues.of(next) == null ? t + next : t, name)) continue;
                // "高新区与宁波X股份有限公司正式签约，汽车电子智能装配线项目落户高新区": the project of the signing just told,
                // in the same sentence, is no other signing of a short name
                if (cur != null && cur.kind == ReportKind.SIGNING && !cur.kindWeak && cur.suffixed && !suffix && cur.sentence == c.sentence()
                        && cur.item == c.item() && cue != null && cue.kind() == ReportKind.SIGNING && t.contains("项目")) continue;
                // "…陪同考察了潞州区东部新材料园、长治市德亿新型建材有限公司": a firm the guests were shown round is a site of
                // their inspection, no guest of its own
                if (cur != null && cur.kind == ReportKind.INSPECTION && !cur.kindWeak && cur.enterprise != null && shownSite(t, name)) continue;
                // "分别与A、B签约。A…项目总投资18亿元；B…": a name written again in full goes on with its record
                ProseRecord earlier = suffix ? earlier(records, name) : null;
                ReportKind told = cue != null ? cue.kind() : pendingCue != null && pendingItem == c.item() ? pendingCue.kind() : null;
                // (not in another numbered item: "1. 12月7日 X公司 总裁… 4. 线索：X公司…项目" are two records)
                boolean otherItem = c.item() >= 0 && earlier != null && earlier.item >= 0 && earlier.item != c.item();
                if (earlier != null && (told == null || told == earlier.kind) && earlier.section == section && !otherItem) {
                    cur = earlier;
                    continue;
                }
                // "走访海信集团控股股份有限公司…。在海信集团，秦立新一行参观了…": the visited one's short form said again
                ProseRecord again = FormalVisit.again(records, name, told);
                if (again != null && again.section == section) {
                    cur = again;
                    continue;
                }
                ProseRecord r = new ProseRecord();
                r.listed = entry;
                // "…意向一般。英维克一行来高新区考察…": the name opening a sentence of its own
                r.opensSentence = t.startsWith(name) && (ci == 0 || clauses.get(ci - 1).sentence() != c.sentence());
                if (entry && cur != null) cur.listed = true;
                r.host = hosted(t, name);
                r.shortFormOpens = shortFormOpens;
                r.enterprise = name;
                r.suffixed = suffix;
                r.sentence = c.sentence();
                r.item = c.item();
                r.section = section;
                // "二、线索1条\n天宜上佳的碳陶制动盘项目…": a short form of one named in full above, under another section
                if (section != null && !name.endsWith("有限公司")) {
                    for (ProseRecord e : records) {
                        if (e.suffixed && e.enterprise != null && e.enterprise.length() > name.length() && same(e.enterprise, name)) {
                            r.enterprise = e.enterprise;
                            r.suffixed = true;
                            break;
                        }
                    }
                }
                if (section != null && section != ReportKind.VISIT && (cue == null || cue.weak())) r.kind = section;
                if (announced != null && r.kind == null) r.kind = announced;
                if (cur != null && cur.kind == ReportKind.VISIT && !cur.fromVisit && cur.item == c.item() && ProseCues.tellsOfPlan(t) && !heardFirst
                        && (cue == null || cue.kind() == ReportKind.LEAD)) {
                    r.kind = ReportKind.LEAD;
                    r.source = cur.enterprise;
                    r.fromVisit = true;
                }
                r.text.append(pending);
                if (pendingCue != null && r.kind == null && (cue == null || cue.weak())) {
                    r.kind = pendingCue.kind();
                    r.kindWeak = pendingCue.weak();
                    r.weakWords = pendingCue.weak() ? pending.toString() : null;
                }
                pendingCue = null;
                pending.setLength(0);
                records.add(r);
                if (cur != null && opened) alsoHere.add(cur);
                cur = r;
                opened = true;
            }
            if (cur == null) {
                // "2. 某储能电池企业，对接副总…": an item opened by a nameless organisation is a record to ask about
                // ("②10月9日，拜访一家北京的储能企业，…": the same after the date that opened the item)
                boolean itemOpened = c.opensItem() || c.item() >= 0 && (records.isEmpty() || records.get(records.size() - 1).item != c.item());
                // ("有个线索 一家做光模块的企业 …": the same right after the words that named the kind)
                if (nameless(t, cue) && (records.isEmpty() && cue != null && !cue.weak() || c.opensItem() && NAMELESS.matcher(t).lookingAt()
                        || records.isEmpty() && headingKind != null && NAMELESS.matcher(t).lookingAt()
                        || itemOpened && cue != null && !cue.weak() && NAMELESS.matcher(t).find())) {
                    cur = new ProseRecord();
                    cur.sentence = c.sentence();
                    cur.item = c.item();
                    records.add(cur);
                }
            }
            if (!pending.isEmpty()) {
                if (cur != null) cur.text.append(pending); else preamble.append(pending);
                pending.setLength(0);
            }
            heardFirst = false;
            if (cur == null) {
                preamble.append(t).append('，');
                if (cue != null && headingKind == null && !cue.weak()) headingKind = cue.kind();
                continue;
            }
            cur.text.append(t).append('，');
            cur.tailAlone = c.sentence() != cur.tailSentence;
            if (cur.tailAlone) cur.closing.setLength(0);
            if (c.sentence() != cur.sentence) cur.closing.append(t).append('，');
            cur.tailSentence = c.sentence();
            cur.tail = t;
            // "A、B负责人一行来潞州区考察": the clause naming both is each one's
            for (ProseRecord o : alsoHere) if (o != cur) o.text.append(t).append('，');
            // "见了X…，签了意向书，企业拟在高新区建设…": a plan told during a visit leaves it a visit
            // ("…签了一份合作备忘录，备忘录里讲好一季度来长治考察": or after an intention signed, a visit to be confirmed)
            boolean planInVisit = cue != null && cue.plan() && (cur.kind == ReportKind.VISIT
                    || cur.kind == ReportKind.SIGNING && cur.kindWeak && ProseCues.intention(cur.weakWords));
            // "明天的拜访不变": a visit still to come is a record only of an organisation named in full
            if (cue != null && cue.plan() && cue.kind() == ReportKind.VISIT && !cur.suffixed) planInVisit = true;
            // "…接待的是副总杜海峰…意向较强，下一步邀请来考察": an inspection still to come, after whom they met and how keen
            // they are, is the visit's next step, not its kind
            if (cue != null && cue.plan() && cue.kind() == ReportKind.INSPECTION && cur.kind == null
                    && (headingKind == ReportKind.VISIT || visitLike(cur))) planInVisit = true;
            // "接待了两家企业来考察 X和Y … 张总和林总都来了 … 下午座谈": the guests arriving and talks held while they look
            // round ours are part of the inspection the lead-in names, no visit of ours
            if (cue != null && headingKind == ReportKind.INSPECTION && cue.kind() == ReportKind.VISIT && cur.kind == null
                    && TALKS_HERE.matcher(t).find() && !WENT_OUT.matcher(t).find()) cue = null;
            if (cue != null && !planInVisit && (cur.kind == null || cur.kindWeak && !cue.weak())) {
                cur.kind = cue.kind();
                cur.kindWeak = cue.weak();
                cur.weakWords = cue.weak() ? t : null;
                cur.plannedVisit = cue.plan() && cue.kind() == ReportKind.VISIT;
                cur.leadByPlan = cue.plan() && cue.kind() == ReportKind.LEAD;
            } else if (cue != null && cue.weak() && cue.kind() != cur.kind && !cur.kindWeak && cur.weakWords == null
                    && cur.kind == ReportKind.VISIT && cue.kind() == ReportKind.SIGNING) {
                cur.kindWeak = true;
                cur.weakWords = t;
            }
            Matcher j = JUNK_OBJECT.matcher(t);
            if (cur.enterprise == null && j.find()) cur.junk = j.group(1);
        }
        if (!pending.isEmpty()) {
            if (cur != null) cur.text.append(pending); else preamble.append(pending);
        }
        // "拜访了X的一个子公司 Y…": X only places Y
        OwnerMentions.fold(records);
        OwnerMentions.foldUnnamed(records, clauses.get(clauses.size() - 1).line() == clauses.get(0).line());
        finish(records, preamble.toString(), distributive.toString(), headingKind, titleKind, today);
        return records;
    }

    /**
     * One record of the kind, of an organisation the message does not name ({@link NamelessVisit}): every clause its
     * words, its enterprise left to be asked for.
     */
    static List<ProseRecord> nameless(ReportKind kind, List<ProseClause> clauses, LocalDate today) {
        ProseRecord r = new ProseRecord();
        r.kind = kind;
        r.sentence = clauses.get(0).sentence();
        r.item = -1;
        for (ProseClause c : clauses) r.text.append(c.text()).append('，');
        List<ProseRecord> records = new ArrayList<>(List.of(r));
        finish(records, "", "", null, null, today);
        return records;
    }

    private static final Pattern CONTACT_WORD = Patterns.compile("^(?:对接人|联系人|接待人)[：:]?|[（(][^）)]{1,12}[）)]$");

    /** The next clause, in the same sentence, is someone met by name or title alone ("陈总", "副总经理郭海", "对接人陈总"). */
    private static boolean metNext(List<ProseClause> clauses, int ci) {
        if (ci + 1 >= clauses.size() || clauses.get(ci + 1).sentence() != clauses.get(ci).sentence()) return false;
        return TerseLine.PERSON.matcher(CONTACT_WORD.matcher(clauses.get(ci + 1).text().strip()).replaceAll("")).matches();
    }

    /** The record's words are its name and a few short words after it ("凯莱英", "不对", "长电"): nothing yet said of it. */
    private static boolean onlyNamed(ProseRecord r) {
        String[] clauses = r.text.toString().split("，");
        if (!clauses[0].endsWith(r.enterprise)) return false;
        // "哦是半导体", "不是阿斯麦", "是AMEC": the name put right, nothing said of the one named
        for (int i = 1; i < clauses.length; i++) {
            if (clauses[i].length() > 6 || clauses[i].length() > 4 && !PUT_RIGHT.matcher(clauses[i]).lookingAt()) return false;
        }
        return true;
    }

    /** Going somewhere: the record's first words end in the place gone to ("去了临港", "一道去了常州武进", "到了松山湖"). */
    private static final Pattern WENT_TO = Patterns.compile("(?:去了?|到了|来到|赶到|跑到|转到)$");

    /** The record's name is only where they went, said before whom they saw there. */
    private static boolean wentTo(ProseRecord r) {
        String first = r.text.toString().split("，")[0];
        if (!first.endsWith(r.enterprise) || r.enterprise.length() > 8) return false;
        return WENT_TO.matcher(first.substring(0, first.length() - r.enterprise.length()).strip()).find();
    }

    /** A unit inside an organisation by its kind: a school, an office, a department, an institute. */
    private static final Pattern UNIT = Patterns.compile("(?:学院|系|处|部|中心|研究所|研究院|事业部|事业群|分院|实验室)$");
    private static final Pattern BRANCH = Patterns.compile("[\\u4e00-\\u9fff]{2,8}分公司");
    private static final Pattern PUT_RIGHT = Patterns.compile("(?:哦|噢|呃|额)?(?:不是|应该是|是)");
    private static final Pattern TRADE_WORDS = Patterns.compile("(?:科技|技术|电子|集团|股份|控股|实业|智能|新能源|有限公司|有限责任公司|公司)+$");

    /**
     * "CATL" then "宁德时代新能源科技股份有限公司", "福迪科技" then "弗迪科技有限公司": a short form in Latin letters, or one
     * whose own words (its trade words dropped) share half their characters with the legal name's, is the same one
     * said as it sounds.
     */
    private static boolean soundsAlike(String shortForm, String legalName) {
        if (shortForm.chars().allMatch(ch -> InputText.isLatin((char) ch)) && shortForm.length() >= 2) return true;
        String own = TRADE_WORDS.matcher(shortForm).replaceAll("");
        if (own.length() < 2 || own.length() == shortForm.length()) return false;
        int shared = 0;
        for (int i = 0; i < own.length(); i++) if (legalName.indexOf(own.charAt(i)) >= 0) shared++;
        return shared * 2 >= own.length() && legalName.contains(shortForm.substring(own.length()));
    }

    private static final Pattern NAME_PART = Patterns.compile("^(.+?)(?:[（(]|集团|股份|有限|科技|控股|医药|实业)");

    /** Two characters of the name's own words (not a place, not a legal or trade word) are written in the record's words. */
    private static boolean sharesName(String words, String name) {
        Matcher m = NAME_PART.matcher(name);
        String own = m.find() ? m.group(1) : name;
        for (int i = 0; i + 2 <= own.length(); i++) {
            String two = own.substring(i, i + 2);
            if (!OrgNames.isPlace(two) && words.contains(two)) return true;
        }
        return false;
    }

    /** A later clause of the same numbered item names an organisation in full. */
    private static boolean namedLaterInItem(List<ProseClause> clauses, int ci) {
        int item = clauses.get(ci).item();
        for (int j = ci + 1; j < clauses.size() && clauses.get(j).item() == item; j++) {
            if (!OrgNames.find(clauses.get(j).text()).isEmpty()) return true;
        }
        return false;
    }

    /**
     * The clause tells the signing, later that day, of the one the record inspected or visited ("下午双方签订了…",
     * "二是下午弘远电子与高新区签订了…"): its words after a point of a list and the names it gives (the record's own).
     */
    private static boolean signedAfter(ProseRecord r, ProseCues.Cue cue, String t, List<String> names) {
        if (r == null || r.enterprise == null || cue == null || cue.weak() || cue.kind() != ReportKind.SIGNING) return false;
        if (r.kind != ReportKind.INSPECTION && r.kind != ReportKind.VISIT || r.kindWeak) return false;
        // (a name read off the project signed is none: "下午就签了边缘计算节点项目" names no enterprise 边缘计算节点)
        for (String n : names) if (!same(r.enterprise, n) && !t.contains(n + "项目")) return false;
        String w = withoutPoint(t, names);
        // "下午弘远电子与高新区签订了…": the record's own short form after the time of day
        Matcher m = LATER_NAMED.matcher(w);
        if (m.lookingAt() && same(r.enterprise, m.group(1))) w = w.substring(0, m.start(1)) + w.substring(m.end(1));
        return LATER.matcher(w).lookingAt();
    }

    /**
     * Guests arriving or talks held with them ("张总和林总都来了", "下午座谈", "双方进行了座谈交流"), and going out to someone
     * (not said of guests).
     */
    private static final Pattern TALKS_HERE = Patterns.compile("座谈|交流|洽谈|面谈|会谈|来了|过来了|到了");
    private static final Pattern WENT_OUT = Patterns.compile("拜访|走访|回访|去|赴|前往|登门");

    private static final Pattern TIME_ALONE = Patterns.compile("(?:当天|随后|之后|会后|考察结束后|座谈后)?(?:下午|晚上|傍晚)?");

    /** "当天下午，双方签订…": the clause with the time of day said alone just before it, in the same sentence. */
    private static String afterTime(List<ProseClause> clauses, int ci, String t) {
        if (ci == 0 || clauses.get(ci - 1).sentence() != clauses.get(ci).sentence()) return t;
        String before = clauses.get(ci - 1).text().strip();
        return !before.isEmpty() && before.length() <= 8 && TIME_ALONE.matcher(before).matches() ? before + t : t;
    }

    private static final Pattern LATER_NAMED = Patterns.compile("^(?:当天|随后|之后|会后|考察结束后|座谈后)?(?:下午|晚上|傍晚)?([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?=与|和|同|正式|成功|顺利|签)");

    private static final Pattern POINT = Patterns.compile("^(?:[一二三四五六]是|其[一二三四五六])[，,]?");

    /** The clause with the point of a list that opens it ("二是") and the names in it taken out. */
    private static String withoutPoint(String t, List<String> names) {
        String s = POINT.matcher(t).replaceFirst("");
        for (String n : names) s = s.replace(n, "");
        return s;
    }

    // the signing told after the looking round, as it is written: when ("当天下午", "考察结束后", "现场", "当场"), who signs
    // ("双方", "企业"), an adverb ("就", "便", "随即"), with whom ("与管委会", "跟我们") and how ("正式", "成功")
    // ("下午就签了…", "现场签约了…", "并当场签订了…", "随后双方就跟高新区管委会正式签了…")
    private static final Pattern LATER = Patterns.compile("(?:并|并且|而且|还)?(?:(?:当天|随后|随即|之后|会后|最后|(?:考察|座谈|参观|调研|洽谈|看完)(?:结束)?后)(?:下午|晚上|傍晚)?|下午|晚上|傍晚|现场|当场)"
            + "(?:双方|企业|对方|我们|我区|高新区|潞州区)?(?:就|便|也|还|即|随即|直接)?"
            + "(?:(?:与|跟|和|同)(?:其|企业|对方|我们|高新区|潞州区|我区|管委会|园区|区政府|(?:高新区|潞州区)管委会))?"
            + "(?:现场|当场)?(?:就|便|直接)?(?:正式|成功|顺利)?(?:签|举行)");

    /** A line naming only a kind of record and how many ("走访企业3家", "考察", "实效线索（2条）", "签约项目：1个"). */
    private static final String SECTION_WORDS = "(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,]?)?(?:本周|本月|本期)?(?:新增|完成)?"
            + "(走访|拜访|考察|邀请考察|考察接待|接待考察|线索|实效线索|招商线索|签约|签约项目)(?:企业|情况|项目|信息|接待)?"
            + "[（(]?(?:共)?(?:[0-9一二两三四五六七八九十]{1,3}(?:家|条|个|批|次|项|批次)(?:企业)?)?[)）]?";
    private static final Pattern SECTION = Patterns.compile(SECTION_WORDS + "[：:]?");
    /** A section line with a colon, its first record written after it ("二是新增线索1条：…"). */
    private static final Pattern SECTION_OPENS = Patterns.compile(SECTION_WORDS + "[：:]");
    private static final Pattern PLAN_SECTION = Patterns.compile("(?:下周|下步|下一步|下阶段|下月|明天|明日|近期)(?:工作)?(?:计划|打算|安排|重点)[：:]?");

    private static ReportKind sectionKind(String t) {
        Matcher m = SECTION.matcher(t);
        if (!m.matches()) return null;
        String w = m.group(1);
        return w.contains("线索") ? ReportKind.LEAD : w.contains("考察") ? ReportKind.INSPECTION : w.startsWith("签约") ? ReportKind.SIGNING : ReportKind.VISIT;
    }

    /** The words opening a line that speaks of all the items above it. */
    private static final Pattern ALL_ITEMS = Patterns.compile(
            "(?:以上|上述|这[两三四五几]个|[两三四五几]家|[两三四五几]个项目|各项目|均|都|责任人分别|负责人分别|分别由|分别为)");

    private static final Pattern OURS_LINE = Patterns.compile("(?:同行|同去|我方人员|我方|随行|参加人员|走访人员|走访人)[：:]");

    private static final Pattern TIME_OF_DAY = Patterns.compile("上午|下午|晚上|中午|早上|傍晚|[（(][^）)]{0,8}[）)]|\\s");

    private static ProseRecord earlier(List<ProseRecord> records, String name) {
        for (ProseRecord e : records) if (!e.fromVisit && name.equals(e.enterprise)) return e;
        return null;
    }

    private static final Pattern TITLE_AFTER = Patterns.compile(
            "^(?:的)?\\s*[\\p{IsHan}]{0,5}?(?:副|常务|高级|执行)?(?:总经理|总裁|总监|经理|主任|部长|董事长|负责人|副总|总工|处长|院长|所长|秘书长|主管|助理|教授|研究员)");

    /** The name is a unit of a legal entity named before it: no legal suffix of its own and a title right after it. */
    private static boolean department(String t, String name) {
        if (name.endsWith("有限公司") || name.endsWith("有限责任公司")) return false;
        int i = t.indexOf(name);
        if (i < 0) return false;
        String after = t.substring(i + name.length(), Math.min(t.length(), i + name.length() + 10));
        return TITLE_AFTER.matcher(after).find();
    }

    private static final Pattern ITEM_LABEL = Patterns.compile("^([\\p{IsHan}A-Za-z0-9]{2,10})[：:]");

    /** "科大讯飞：对接…" at the start of an item: the short name before the colon, when it is no field's label. */
    private static String itemLabel(String t) {
        Matcher m = ITEM_LABEL.matcher(t);
        if (!m.find()) return null;
        for (ReportKind k : ReportKind.values()) if (FieldSynonyms.colonLabelAt(k, t, 0) != null) return null;
        String name = m.group(1);
        // the owner of the line (a name HanLP takes for a person's, "蔚来", is one when no common surname opens it)
        if (headingKind(name) != null || ProseFields.intent(name) != null || ProseDates.find(name, LocalDate.of(2026, 1, 1), false) != null) return null;
        return ShortNames.acceptableObject(name) ? name : null;
    }

    /** A clause that is one short word the recogniser takes for no person or place ("小鹏汽车", "京东物流"). */
    /** "报个线索", "线索报一个", "补一条线索", "我先报个线索": a clause saying only that a lead follows. */
    private static final Pattern LEAD_ANNOUNCED = Patterns.compile("^(?:我)?(?:先|再)?(?:补报|报|补|报送|发|说)(?:个|一个|一条|条)(线索|考察|签约|走访|拜访)$"
            + "|^(线索|考察|签约|走访|拜访)(?:报|补)(?:一个|一条|个|条)$");
    /** "补一个", "报个": the announcement of what follows with its kind word said after a pause. */
    private static final Pattern COUNT_ANNOUNCED = Patterns.compile("^(?:我)?(?:先|再)?(?:补报|报|补|报送|发|说)(?:个|一个|一条|条)$");

    /**
     * The kind announced by the clauses before {@code ci}, the day or time said after the announcement passed over
     * ("报个线索", "报一个签约 今天", "补一个 考察 上周三"); null when they announce none.
     */
    private static ReportKind announcedKind(List<ProseClause> clauses, int ci, LocalDate today) {
        int j = ci - 1;
        while (j >= 0 && ci - j <= 3 && onlyADate(clauses.get(j).text(), today)) j--;
        if (j < 0) return null;
        String t = clauses.get(j).text();
        if (t.length() > 8) return null;
        Matcher m = LEAD_ANNOUNCED.matcher(t);
        if (m.matches()) return headingKind(m.group(1) != null ? m.group(1) : m.group(2));
        ReportKind k = t.length() == 2 ? headingKind(t) : null;
        return k != null && j > 0 && COUNT_ANNOUNCED.matcher(clauses.get(j - 1).text()).matches() ? k : null;
    }

    private static boolean itemName(String t) {
        if (t.length() < 2 || t.length() > 8 || !ShortNames.acceptable(t) || headingKind(t) != null) return false;
        for (int i = 0; i < t.length(); i++) if (!OrgNames.nameChar(t.charAt(i))) return false;
        // "2. 同日，X公司…来考察", "3. 此外，…": a word of time or a connective opening the item is no name
        return ProseFields.intent(t) == null && ProseDates.find(t, LocalDate.of(2026, 1, 1), false) == null && !NameRecogniser.commonWord(t);
    }

    /** "12月7日（周一）无锡", "周二上午 苏州": a date opening an item with no more than a place's few words after it. */
    private static boolean dateAndPlace(String t, LocalDate today) {
        if (t.length() > 18) return false;
        String a = ProseDates.arabic(t);
        ProseDates.Found f = ProseDates.find(a, today, false);
        if (f == null || f.at() != 0) return false;
        String rest = TIME_OF_DAY.matcher(a.substring(f.written().length())).replaceAll("");
        return rest.length() >= 2 && rest.length() <= 4 && rest.chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)
                && ProseCues.of(t) == null && OrgNames.find(t).isEmpty();
    }

    /** A visiting verb said on its own, between pauses. */
    private static final Pattern LONE_VISIT = Patterns.compile("(?:走访|拜访|拜会|去了|见了|到了|约了)了?(?:的是|的)?");

    /**
     * The short name visited in a clause after a lone visiting verb, read as if the pause were not there ("苏州的亨通光电"
     * → 亨通光电); null when the clause is a day, a place, a person or words of ours.
     */
    private static String pausedObject(String verb, String t, LocalDate today) {
        if (t.length() < 2 || t.length() > 12 || ProseCues.of(t) != null || onlyADate(t, today)) return null;
        String s = ShortNames.find(verb + t);
        return s != null && !onlyADate(s, today) && ShortNames.acceptable(s) && !NameRecogniser.commonWord(s) ? s : null;
    }

    /** The short name after a day opening the clause ("今天攀枝花钛海科技" → 攀枝花钛海科技); null when no day opens it or no name follows. */
    private static String afterOpeningDay(String t, LocalDate today) {
        if (t.length() < 4 || t.length() > 18) return null;
        Matcher part = PART_OF_DAY.matcher(t);
        String s = part.lookingAt() ? t.substring(part.end()) : t;
        ProseDates.Found f = ProseDates.find(s, today, false);
        if (f != null && f.at() == 0 && s.startsWith(f.written())) s = s.substring(f.written().length());
        else if (s.length() == t.length()) return null;
        String rest = TIME_OF_DAY.matcher(s).replaceAll("");
        return itemName(rest) ? rest : null;
    }

    private static final Pattern PART_OF_DAY_OPENING = Patterns.compile("(?:今天)?(?:上午|下午|中午|早上|今早|一早|刚才)(?![好])");
    private static final Pattern PART_OF_DAY = Patterns.compile("(?:上午|下午|晚上|中午|早上|傍晚)\\s*");

    /** A clause that says only when ("11月24日", "十一月十六日", "周三 上午", "11.30"). */
    private static final Pattern ROUGH_DAY_ALONE = Patterns.compile("(?:近日|日前|前几天|前些天|前些日子|前段时间)");

    /** "一是", "二是" (an official's count of the week's doings), "补报", "另外", a bullet (▶ ● ■): words before a sentence's opening day. */
    private static final Pattern LEAD_IN = Patterns.compile("^(?:[▶►●•■◆▪]\\s*)?(?:(?:[一二三四五六七八九十]是|其[一二三四五六]|补报|补录|补充|另外|此外|还有)[，,]?\\s*)?");

    private static String withoutLeadIn(String t) {
        return t.length() > 2 ? LEAD_IN.matcher(t).replaceFirst("") : t;
    }

    /** A few words that can only be a place (no kind, no name, no figure, no intent): "佛山", "南山区". */
    private static boolean placeOnly(String t, ProseCues.Cue cue) {
        if (cue != null || t.length() > 6 || ProseFields.intent(t) != null) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return false;
        return true;
    }

    private static boolean onlyADate(String t, LocalDate today) {
        if (t.length() > 16) return false;
        // "…8000万元；近日，B…项目签约": a day said only roughly opens what follows as a date does
        if (ROUGH_DAY_ALONE.matcher(t).matches()) return true;
        String a = ProseDates.arabic(t);
        ProseDates.Found f = ProseDates.find(a, today, false);
        if (f == null) return false;
        return TIME_OF_DAY.matcher(a.replace(f.written(), "")).replaceAll("").isEmpty();
    }

    private static final Pattern LEADING_LINK = Patterns.compile("^(?:其中|而|另外|对方|但)");
    private static final Pattern UP_TO_AND = Patterns.compile(".*(?:和|与)");

    /** The one record whose name's short form (its first two characters, or those after a place) opens the clause. */
    private static ProseRecord referred(String t, List<ProseRecord> records) {
        String c = LEADING_LINK.matcher(t).replaceFirst("");
        ProseRecord hit = null;
        int best = 0;
        boolean tie = false;
        for (ProseRecord r : records) {
            if (r.enterprise == null) continue;
            String e = r.enterprise;
            for (String suffix : OrgNames.SUFFIXES) if (e.endsWith(suffix) && e.length() > suffix.length() + 2) { e = e.substring(0, e.length() - suffix.length()); break; }
            // "士兰微意向一般 大华暂无意向": a name of two characters opens the clause whole
            int run = r.enterprise.length() <= 3 && c.startsWith(r.enterprise) ? r.enterprise.length() : 0;
            for (int k : new int[]{0, 2, 3}) {
                if (k + 2 <= e.length() && k + 2 < r.enterprise.length() && c.startsWith(e.substring(k, k + 2)) && !c.startsWith("意向")) {
                    int n = 2;
                    while (k + n < e.length() && n < c.length() && e.charAt(k + n) == c.charAt(n)) n++;
                    run = Math.max(run, n);
                }
            }
            if (run == 0 || hit != null && hit.enterprise.equals(r.enterprise)) continue;
            // "厦门钨业…" after 厦门钨业股份有限公司 and 厦门法拉电子股份有限公司: the one whose name runs on the longest
            if (run == best) tie = true;
            if (run > best) { best = run; hit = r; tie = false; }
        }
        return tie ? null : hit;
    }

    /** A record with no organisation named is kept only when it reads like a report (a detail beside the verb). */
    private static boolean nameless(String t, ProseCues.Cue cue) {
        // JUNK_OBJECT follows one of its verbs (keep in step with it)
        return NAMELESS.matcher(t).find() || Patterns.containsAny(t, "拜访", "走访了", "见了", "去了") && JUNK_OBJECT.matcher(t).find();
    }

    private static ReportKind headingKind(String t) {
        for (int i = 0; i < t.length(); i++) {
            ReportKinds.Match m = ReportKinds.at(t, i);
            if (m != null) return m.kind();
        }
        // "【实地踏勘】", "【看厂房】": a heading telling guests shown round a site of ours
        if (SITE_HEADING.matcher(t).find()) return ReportKind.INSPECTION;
        return null;
    }

    private static final Pattern SITE_HEADING = Patterns.compile("^[【\\[（(]?(?:实地|现场|选址)?(?:踏勘|看厂房|看地块?|看场地|看载体|看现场)(?:接待)?[】\\]）)]?[：:]?$");

    /** Who introduced us or came along, right after the name: "…的引荐下", "秘书长景志明陪同下", "部的王经理一起走访了". */
    private static final Pattern ESCORTED = Patterns.compile("^[^，。；]{0,16}?(?:的)?(?:引荐|陪同|带领|推荐|介绍|牵线|邀请|协调)下|^[^，。；]{0,16}?一(?:起|块|道)(?:走访|拜访|去|到|赴|前往|见)");
    private static final Pattern WITH_BEFORE = Patterns.compile("(?:在|跟|和|与|同|随)$");
    /** The words one of which every ESCORTED match holds: the last character of its verb and 下, or 一起/一块/一道 (keep in step). */
    private static final String[] ESCORTED_WORDS = {"荐下", "同下", "领下", "绍下", "线下", "请下", "调下", "一起", "一块", "一道"};

    /** ESCORTED may match in the clause (a 下 alone, as in every 下午, is not enough). */
    private static boolean mayBeEscorted(String t) {
        return (t.indexOf('下') >= 0 || t.indexOf('一') >= 0) && Patterns.containsAny(t, ESCORTED_WORDS);
    }

    private static final Pattern ASIDE = Patterns.compile("[（(][^（）()]{1,24}[）)]");

    /** The cue, or when it lies in brackets the cue of the words outside them. */
    private static ProseCues.Cue outsideAside(String t, ProseCues.Cue cue) {
        Matcher m = ASIDE.matcher(t);
        while (m.find()) {
            if (cue.at() < m.start() || cue.at() >= m.end()) continue;
            return ProseCues.of(t.substring(0, m.start()) + "，" + t.substring(m.end()));
        }
        return cue;
    }

    /** Words right before a name that visit it ("拜会了X商会", "走访X银行", "去了X基金"). */
    private static final Pattern VISITS_IT = Patterns.compile("(?:走访|拜访|拜会|拜见|看望|到访|走进|登门|去|到|前往|赴|见|约见|会见|对接|座谈)(?:了|咗|一下)?(?:位于[^，。；]{0,8})?$");

    private static List<String> withoutIntermediaries(String t, List<String> names, String after) {
        List<String> kept = null;
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            if (!LeadSources.intermediaryByKind(name)) continue;
            int i = t.indexOf(name);
            if (i < 0) continue;
            int from = i;
            while (from > 0 && "，,。；;：:\n".indexOf(t.charAt(from - 1)) < 0) from--;
            if (VISITS_IT.matcher(t.substring(Math.max(from, i - 8), i)).find()) continue;
            String rest = t.substring(i + name.length()) + "，" + after;
            boolean other = false;
            for (OrgNames.Found f : OrgNames.find(rest)) if (f.suffixed() && !LeadSources.intermediaryByKind(f.name())) { other = true; break; }
            if (!other) continue;
            if (kept == null) kept = new ArrayList<>(names);
            kept.remove(name);
        }
        return kept == null ? names : kept;
    }

    private static List<String> withoutEscorts(String t, List<String> names, String after) {
        List<String> kept = null;
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            int i = t.indexOf(name);
            if (i <= 0 || !WITH_BEFORE.matcher(t.substring(0, i)).find()) continue;
            String rest = t.substring(i + name.length());
            if (!ESCORTED.matcher(rest).find()) continue;
            // the one visited named after it, in this clause or the next ones of the sentence
            boolean visitedNamed = k + 1 < names.size() || OrgNames.find(rest + "，" + after).stream().anyMatch(OrgNames.Found::suffixed);
            if (!visitedNamed) continue;
            if (kept == null) kept = new ArrayList<>(names);
            kept.remove(name);
        }
        return kept == null ? names : kept;
    }

    /** Shown round by us, right before the name: "陪同考察了…、", "陪同考察团参观了", "考察团先后参观了". */
    private static final Pattern SHOWN = Patterns.compile("(?:(?:陪同|陪着|陪)(?:考察团|客人|客商|他们|一行)?|(?:考察团|一行|客人)[^，。；]{0,4}?)(?:考察|参观|察看|看)了[^，。；]*$");

    private static boolean shownSite(String t, String name) {
        int i = t.indexOf(name);
        return i > 0 && t.indexOf('了') >= 0 && SHOWN.matcher(t.substring(0, i)).find();
    }

    /** The words of up to {@code n} clauses after the clause at {@code ci} in its sentence, joined by "，". */
    private static String sentenceAfter(List<ProseClause> clauses, int ci, int n) {
        StringBuilder b = new StringBuilder();
        int sentence = clauses.get(ci).sentence();
        for (int k = ci + 1; k < clauses.size() && k <= ci + n && clauses.get(k).sentence() == sentence; k++) {
            if (b.length() > 0) b.append('，');
            b.append(clauses.get(k).text());
        }
        return b.toString();
    }

    private static void finish(List<ProseRecord> records, String preamble, String distributive, ReportKind headingKind,
                               ReportKind titleKind, LocalDate today) {
        ReportKind messageKind = headingKind;
        if (messageKind == null) {
            for (ProseRecord r : records) if (r.kind != null && !r.kindWeak) { messageKind = r.kind; break; }
        }
        String lastDate = null;
        String dangling = null;
        StringBuilder message = new StringBuilder(preamble);
        for (ProseRecord r : records) message.append(r.text);
        // "经长治市瑞丰食品有限公司引荐，X有意…", "中北大学科技处推荐：学校孵化的X…": who introduced the lead's enterprise,
        // said before its record opens
        if (records.stream().anyMatch(r -> r.kind == ReportKind.LEAD || r.kind == null || r.kindWeak)) {
            String by = LeadIntroducers.source(message.toString());
            if (by != null && records.stream().noneMatch(r -> r.enterprise != null && same(r.enterprise, by))) {
                for (ProseRecord r : records) r.introducedBy = by;
            }
        }
        String zone = ProseFields.area(message.toString());
        for (int i = 0; i < records.size(); i++) {
            ProseRecord r = records.get(i);
            r.messageArea = zone;
            StringBuilder sh = new StringBuilder(preamble);
            // "A总监X，B总裁Y等一行来高新区考察": an organisation with no verb shares the next one's sentence
            // (not whom they met and how keen, before a lead heard of: "今天X公司 CEO助理朱婷 意向较强 另外朱婷说Y也在找地方
            // …可以做线索" — a visit, and the lead heard there)
            if (r.kind == null && i + 1 < records.size() && records.get(i + 1).sentence == r.sentence
                    && !(records.get(i + 1).kind == ReportKind.LEAD && visitLike(r))) {
                ProseRecord next = records.get(i + 1);
                r.kind = next.kind;
                r.kindWeak = next.kindWeak;
                r.weakWords = next.weakWords;
                sh.append(next.text);
            }
            // "1、周一：X公司，市场部经理黎芳，意向较强" beside an item that was a signing: no verb, but whom they met and
            // how keen the enterprise is tell a visit, whatever kind another record of the message is
            if (r.kind == null && headingKind == null && messageKind != null && visitLike(r)) r.kind = ReportKind.VISIT;
            // "今天 高新区 来了 一波 考察 的 是 X …", "X来了四个人 看了…的厂房": voice pauses split the words that tell an
            // inspection; said in one breath they tell it, over a kind only guessed
            if ((r.kind == null || r.kindWeak) && headingKind == null && inspectionSaid((i == 0 ? preamble : "") + r.text)) {
                r.kind = ReportKind.INSPECTION;
                r.kindWeak = false;
                r.weakWords = null;
            }
            if (r.kind == null) r.kind = messageKind;
            // "今朝跟X见面 签了一份投资意向书", "跟X签了合作备忘录": a letter of intent or a memorandum is no ledger signing
            // unless the member says so — the likelier reading is the meeting it was signed at, asked about
            if (r.kind == ReportKind.SIGNING && r.kindWeak && ProseCues.intention(r.weakWords)) r.kind = ReportKind.VISIT;
            // "2. 上周四 苏州 X公司 董事长顾海滨 意向较强 计划投资1亿元": a plan told by the one met, with how keen they are,
            // is a visit (a lead besides only when the words say so: "…，列入线索")
            if (r.kind == ReportKind.LEAD && r.leadByPlan && !r.fromVisit && r.section == null && visitLike(r)
                    && (!HEARD_LEAD.matcher(r.text).find() || ProseCues.yieldsLead(r.text.toString()))) {
                r.kind = ReportKind.VISIT;
            }
            // "今天走访三家：…3. X公司，对接…，拟投资2亿元": under a visits heading, a plan told by the one met is
            // part of the visit, not a lead — unless the words say it was heard of or is a lead
            if ((titleKind == ReportKind.VISIT || r.section == ReportKind.VISIT) && r.kind == ReportKind.LEAD && !r.fromVisit
                    && !HEARD_LEAD.matcher(r.text).find()) {
                r.kind = ReportKind.VISIT;
                r.kindWeak = false;
                r.weakWords = null;
            }
            // "本周走访小结\n1. X公司 对接 副总经理 …": the heading names the kind the weak verb only suggests
            if (r.kindWeak && r.kind == headingKind && r.weakWords != null && !r.weakWords.contains("签")) { r.kindWeak = false; r.weakWords = null; }
            // "长治学院科研处推荐：X有一个…项目": an enterprise introduced to us by another organisation is a lead
            if (r.introducedBy != null && headingKind == null && (r.kind == null || r.kindWeak && r.kind == ReportKind.VISIT) && !visitLike(r)) {
                r.kind = ReportKind.LEAD;
                r.kindWeak = false;
                r.weakWords = null;
            }
            // no kind word anywhere, but an organisation named in full: the likeliest reading, asked about — a lead
            // when it tells an investment and nothing of a meeting's intent, else a visit
            if (r.kind == null && messageKind == null && r.suffixed) {
                String w = r.text.toString();
                ProseAmounts.Found a = ProseAmounts.find(w, false);
                r.kind = a != null && a.yuan() != null && ProseFields.intent(w) == null ? ReportKind.LEAD : ReportKind.VISIT;
                // "本周小结\n① 周一 X公司 副总经理钱斌 意向一般\n② …": the items of a summary of the week's work that
                // each name whom they met and how keen the enterprise is are its visits
                // "今天深圳两家：1. X公司 周经理 … 意向一般", "周四 X公司 总经理助理叶芳 有一定意向": so are the items, or
                // the one record, dated by the day, that name whom they met and how keen the enterprise is — a visit's
                // words told without its verb (with no day at all the kind is still asked)
                r.kindWeak = !(r.kind == ReportKind.VISIT && visitLike(r) && (records.size() >= 2 && WORK_SUMMARY.matcher(preamble).find()
                        || ProseDates.find(preamble + w, today, true) != null));
                r.weakWords = null;
            }
            // "今日三家\n1 欣旺达 总经理李勇 意向一般\n…\n3 X股份有限公司 暂无意向": an item named in full, its kind only
            // guessed, below an item read as a visit is a visit too
            if (r.kindWeak && r.weakWords == null && r.kind == ReportKind.VISIT && r.item >= 0 && i > 0 && records.get(i - 1).item >= 0
                    && records.get(i - 1).kind == ReportKind.VISIT && !records.get(i - 1).kindWeak) r.kindWeak = false;
            // "1)X股份有限公司 … 意向一般\n2)大疆创新 …": an item by a short name is of the kind the item before it was read as
            if (r.kind == null && r.item >= 0 && i > 0 && records.get(i - 1).item >= 0 && records.get(i - 1).kind != null) {
                ProseRecord p = records.get(i - 1);
                r.kind = p.kind;
                r.kindWeak = p.kindWeak;
                r.weakWords = p.weakWords;
            }
            // "见了 国轩高科 …可以报实效线索", "走访：X公司，…，报实效线索": a visit (its verb before the name, or its section)
            // that says it is to be a lead too is a visit, the lead it yields read from it
            // (not under a section of leads: "二、线索情况\n中天科技X项目，报实效线索")
            if (r.kind == ReportKind.LEAD && !r.kindWeak && !r.fromVisit && r.section != ReportKind.LEAD && (headingKind == ReportKind.VISIT || r.section == ReportKind.VISIT)
                    && ProseCues.yieldsLead(r.text.toString()) && !HEARD_OF.matcher(preamble + r.text).find()) r.kind = ReportKind.VISIT;
            // "X公司 副总裁伍思远 … 意向明确，列入线索", "X公司 董事长秘书房雪 意向一般，暂不列线索": whom they met and how keen,
            // with 线索 said of that meeting (to be listed or not), is a visit — the lead it yields read from it
            if (r.kind == ReportKind.LEAD && !r.fromVisit && r.section != ReportKind.LEAD && headingKind != ReportKind.LEAD && !r.leadByPlan
                    && (ProseCues.yieldsLead(r.text.toString()) || ProseCues.notYielded(r.text.toString())) && visitLike(r)
                    && !HEARD_OF.matcher(preamble + r.text).find()) {
                r.kind = ReportKind.VISIT;
                r.kindWeak = false;
                r.weakWords = null;
            }
            // "补一条实效线索：前天拜访的国轩高科…项目": the heading names a lead, the verb is the lead's history
            if (headingKind == ReportKind.LEAD && r.kind == ReportKind.VISIT && records.size() == 1) { r.kind = ReportKind.LEAD; r.kindWeak = false; }
            sh.append(distributive).append(r.carried);
            // "今天上午拜访了A…；下午陪同B…来高新区考察", "1. 11月23日 A … 2. B …": a record that names no day of its own
            // happened on the day the one before it did
            ProseDates.Found own = ProseDates.find(r.text.toString(), today, false);
            // "…另补充一家：1月7日下午，任晓慧同志单独走访X": a day left alone at the end of the record before opens this one
            if (own == null && dangling != null && r.kind != ReportKind.LEAD) lastDate = dangling;
            dangling = danglingDay(r.text);
            if (own != null) lastDate = own.written();
            // (not one whose day is said to be vague: "B的项目近日签约")
            else if (lastDate != null && r.kind != ReportKind.LEAD && !VAGUE_DATE.matcher(r.text).find() && !VAGUE_DAY.matcher(r.text).find()) sh.insert(0, lastDate + "，");
            r.shared = sh.toString();
        }
        // "1.宝丰能源 …\n2.协鑫集团 …": an item by a short name before one read (or guessed) is of the same kind
        for (int i = records.size() - 2; i >= 0; i--) {
            ProseRecord r = records.get(i);
            ProseRecord n = records.get(i + 1);
            if (r.kind == null && r.item >= 0 && n.item >= 0 && n.kind != null) {
                r.kind = n.kind;
                r.kindWeak = n.kindWeak;
                r.weakWords = n.weakWords;
            }
        }
        records.removeIf(r -> r.kind == null);
        // "拜访了北京中科微知光电技术有限公司…拟投资3亿元。…中科微知的项目可作为实效线索跟进": the lead made of a visit
        // named in full before it is that enterprise, its amount the visit's
        for (ProseRecord r : records) {
            if (r.kind != ReportKind.LEAD || r.suffixed || r.enterprise == null) continue;
            for (ProseRecord e : records) {
                if (e == r) break;
                if (e.kind == ReportKind.VISIT && e.suffixed && e.enterprise != null && e.enterprise.length() > r.enterprise.length()
                        && e.enterprise.contains(r.enterprise.substring(0, 2)) && same(e.enterprise, r.enterprise)) {
                    r.enterprise = e.enterprise;
                    r.suffixed = true;
                    r.madeOf = e;
                    break;
                }
            }
        }
        for (int i = 1; i < records.size(); i++) records.get(i).previous = records.get(i - 1);
        for (ProseRecord r : records) r.siblings = records;
        // "从广东省山西商会获悉两条信息：一是A…；二是B…", "①A…②B…③C…\n信息来源：深圳市山西商会": one source for every lead
        // (one lead too: "转发上海长治商会秘书长微信：" on the line above the words forwarded)
        if (records.stream().filter(r -> r.kind == ReportKind.LEAD).count() >= 1) {
            StringBuilder whole = new StringBuilder(preamble);
            for (ProseRecord r : records) whole.append(r.text);
            String src = ProseFields.source(whole.toString());
            for (ProseRecord r : records) r.messageSource = src;
        }
        // "由广东省山西商会组织的考察团…其中A、B重点考察了…": A and B inspected, the chamber hosted
        boolean others = records.stream().anyMatch(r -> !r.host && r.enterprise != null);
        if (others) records.removeIf(r -> r.host);
    }

    private static final Pattern PAUSE = Patterns.compile("，");

    /** The words, their pauses taken out, tell an inspection. */
    private static boolean inspectionSaid(String words) {
        if (words.indexOf('来') < 0 && words.indexOf('陪') < 0 && words.indexOf('接') < 0) return false;
        ProseCues.Cue c = ProseCues.of(PAUSE.matcher(words).replaceAll(""));
        return c != null && c.kind() == ReportKind.INSPECTION && !c.weak() && !c.plan();
    }

    private static final Pattern WORK_SUMMARY = Patterns.compile("小结|汇总|周报|工作情况|工作回顾|工作报告|情况汇报|工作总结|本周情况");

    /** The record's words name whom they met (a title) and how keen the enterprise is: the words of a visit. */
    private static boolean visitLike(ProseRecord r) {
        String w = r.text.toString();
        return ProseFields.intent(w) != null && Contacts.contacts(w, Set.of(), r.enterprise) != null;
    }

    private static final Pattern SET_UP = Patterns.compile("设立|成立|新设|组建|注册");
    private static final Pattern EVENT_AFTER = Patterns.compile("(?:的)?(?:年会|沙龙|茶话会|联谊会|分享会|早餐会|酒会|聚会|理事会|会员大会|大会|会议|活动|论坛|峰会|推介会|对接会|洽谈会|博览会|交流会|座谈会|招商会|晚宴|饭局"
            // "参加上海山西商会企业家座谈": a gathering of the host's members, not a meeting with the host
            + "|企业家(?:座谈|交流|恳谈|沙龙)|会员(?:企业)?(?:座谈|交流|恳谈)|恳谈会)");
    private static final Pattern FIXED = Patterns.compile("将|确定|定于|定了|约定|已约|约好");
    private static final Pattern HOPED = Patterns.compile("希望|争取|邀请|有意|考虑|可能|或许|待定|再定");
    private static final Pattern ATTENDED = Patterns.compile("(?:参加了|参加|出席了|出席|参会|受邀参加|应邀参加|应邀出席)$");
    private static final Pattern HOSTED_EVENT = Patterns.compile("(?:的)?(?:组织|主办|举办|承办|召开)的?[^，。；]{0,16}?(?:会|论坛|活动|沙龙|晚宴)");
    private static final Pattern OWN_SOURCE = Patterns.compile("来源\\s*[：:为是]?\\s*[^，。；\\s]");
    /** "另外，据无锡市山西商会介绍，X有意…": a clause saying only where what follows was heard. */
    private static final Pattern SOURCE_INTRO = Patterns.compile(
            "^(?:另外|此外|还有|同时|另|再)?[，,]?(?:据|从|经|通过|听)[^，。；]{2,24}?(?:介绍|获悉|了解到|得知|推介|推荐|牵线|消息|说|透露)[：:，]?$");
    private static final Pattern SOURCE_LABEL_BEFORE = Patterns.compile("(?:来源|来源为|来源是|来源于)(?:写成|写为|填写|写|填|就写)?[：:]?\\s*$");
    private static final Pattern SOURCE_LABEL = Patterns.compile("(?:来源|来源为|来源是|来源于|信息是|推荐人|推荐单位)$");
    /** Words telling a lead was heard of, not met ("吃饭时听说", "从商会获悉"). */
    /** A clause ending in the verb of telling: "另外听江总说", "拓承屠总透露", "X公司董事长施颖说". */
    private static final Pattern TOLD_BY = Patterns.compile("^[^，。；]{1,40}?(?<![没未不再还别要])(?:说|讲|透露|提到|反映)(?:了)?[：:]?$");

    /**
     * The clause tells only who told what the next clause of its sentence says, and that clause names another
     * organisation in full (not the record's own, not the teller's).
     */
    private static boolean toldBy(String t, ProseRecord cur, List<ProseClause> clauses, int ci) {
        if (!TOLD_BY.matcher(t).find() || ci + 1 >= clauses.size() || clauses.get(ci + 1).sentence() != clauses.get(ci).sentence()) return false;
        ProseCues.Cue cue = ProseCues.of(t);
        if (cue != null && cue.kind() != ReportKind.LEAD) return false;
        for (OrgNames.Found f : OrgNames.find(clauses.get(ci + 1).text())) {
            if (!f.suffixed() || t.contains(f.name())) continue;
            if (cur != null && cur.enterprise != null && same(cur.enterprise, f.name())) continue;
            return true;
        }
        return false;
    }

    private static final Pattern HEARD_OF = Patterns.compile("听说|获悉|了解到|据悉|得知|听[^，。；]{0,8}?(?:说|讲)");
    private static final Pattern HEARD_LEAD = Patterns.compile("获悉|了解到|听说|据悉|得知|线索|介绍|推荐|消息");

    private static boolean hosted(String t, String name) {
        int i = t.indexOf(name);
        if (i < 0) return false;
        String after = t.substring(i + name.length());
        // "上海市山西商会组织的考察团": the host of the ones who came, with 的 as without 由
        return i > 0 && t.startsWith("由", i - 1) && HOSTING.matcher(after).lookingAt() || HOSTED_GROUP.matcher(after).lookingAt();
    }

    private static final Pattern HOSTED_GROUP = Patterns.compile("(?:牵头)?(?:组织|带领|率领|组团)(?:的|了|[0-9一二两三四五六七八九十几多]+家|(?=会员|成员|理事))[^，。；]{0,12}(?:考察团|企业家|代表团|企业|单位|一行)");

    private static final Pattern HOSTING = Patterns.compile("(?:组织|主办|举办|带领|牵头|率领)");

    /** Words before an organisation that make it where a lead was heard ("来源为X", "消息来自X", "通过X了解到"). */
    private static final Pattern SOURCE_BEFORE = Patterns.compile("(?:来源|来源为|来源于|来源是|来源：|来源:|来自|通过|经由|^经|根据)$");
    private static final Pattern HEARD = Patterns.compile("获悉|了解|得知|听说|获知|消息|介绍|反映|那边|那里");

    private static final Pattern PARENT_OF = Patterns.compile("^(?:的)?(?:旗下|下属|下面|底下|所属|控股|被投|投资的|参股的)(?:的)?[\\s，,]*(?:子公司|企业|公司)?[\\s，,]*[\\u4e00-\\u9fff]");

    /** Words after an organisation that make it a source or a host ("X转来的消息", "由X组织的", "X牵线"). */
    private static final Pattern SOURCE_AFTER = Patterns.compile("转来|转发|牵线|推荐|那里|处了解|处获悉|处得知|得知");

    /** The organisations named in a clause; a source ("从X获悉") or a host ("X组织的") is none. */
    private static List<String> names(String t, String next, ProseRecord cur, KnownEnterprises known, List<String> vouched) {
        List<String> out = new ArrayList<>();
        boolean skipped = false;
        int lastEnd = -1;
        for (OrgNames.Found f : OrgNames.find(t)) {
            // "…发展研究院（赛迪研究院）", "董事长王俊峰（也是浙江山西商会会长）": another name of the one before, or what a
            // person is besides, in brackets
            boolean described = inBrackets(t, f.start(), lastEnd);
            lastEnd = f.end();
            if (described) { skipped = true; continue; }
            String after = t.substring(f.end(), Math.min(t.length(), f.end() + 4));
            String before = t.substring(Math.max(0, f.start() - 3), f.start());
            if (SOURCE_BEFORE.matcher(before).find() || SOURCE_AFTER.matcher(after).lookingAt()) { skipped = true; continue; }

            // "已完成工商注册，新公司名称长治X有限公司": the company set up for the project signed is no record of its own
            if (SigningSubjects.setUpFor(t, f.start(), f.name())) { skipped = true; continue; }
            // "拟在长治设立注册资本5000万元的零部件子公司": a company still to be set up
            if (f.name().endsWith("子公司") && SET_UP.matcher(t.substring(Math.max(0, f.start() - 20), f.start())).find()) { skipped = true; continue; }
            // "参加了北京山西企业商会组织的在京晋商座谈会": the host of an event attended
            if (ATTENDED.matcher(t.substring(Math.max(0, f.start() - 6), f.start())).find()
                    && HOSTED_EVENT.matcher(t.substring(f.end())).lookingAt()) { skipped = true; continue; }
            // "参加浙江省长治商会年会": the host of an event attended
            if (EVENT_AFTER.matcher(t.substring(f.end(), Math.min(t.length(), f.end() + 5))).lookingAt()) { skipped = true; continue; }
            // "中国化学工程集团旗下的华陆工程科技有限责任公司", "太原重型机械集团下面的，太重智能装备有限公司": the parent of
            // the one named next is no record of its own
            if (PARENT_OF.matcher((t + next).substring(f.end())).lookingAt() && OrgNames.find((t + next).substring(f.end())).size() > 0) { skipped = true; continue; }
            // "江苏省半导体行业协会王秘书长推荐：…", "在上海市山西商会的协调下，走访了…": a source or a host, not a record
            // ("深圳市山西商会 说 X…": the verb after a voice pause)
            if (LeadSources.relaysOrArranges(t, f.start(), f.end(), f.name()) || LeadSources.passesOn(t + next, f.start(), f.end(), f.name())
                    || f.end() == t.length() && !next.isEmpty() && LeadSources.relaysOrArranges(t + next, f.start(), f.end(), f.name())
                    // "中北大学科技处推荐：", "经长治市瑞丰食品有限公司引荐，": who introduced the lead's enterprise
                    || LeadIntroducers.introduces(t, next, f.start(), f.end(), f.name())) { skipped = true; continue; }
            boolean event = t.contains("会上") || t.contains("活动上") || t.contains("会议上");
            boolean hearsay = HEARD.matcher(t).find();
            if (after.startsWith("获悉") || after.startsWith("了解到") || event && (after.startsWith("组织") || after.startsWith("举办")
                    || after.startsWith("主办")) || after.startsWith("那边") || after.startsWith("提供") || after.startsWith("介绍")
                    || after.startsWith("消息") || (before.endsWith("从") || before.endsWith("据")) && hearsay || before.endsWith("依托")
                    || before.endsWith("来源：") || before.endsWith("由") && after.startsWith("提供")) { skipped = true; continue; }
            out.add(f.name());
        }
        // "今天A和B一起来高新区看了厂房": two enterprises coming together, one named short or both
        if (out.size() < 2 && !skipped) {
            List<String> two = ShortNames.together(t);
            if (two != null) {
                two.removeIf(n -> cur != null && cur.enterprise != null && same(cur.enterprise, n));
                return two;
            }
        }
        if (out.isEmpty() && !skipped) {
            // "宁德时代" after "宁德时代新能源科技股份有限公司" was recorded: the full name
            String learned = LearnedNames.find(t, known);
            if (learned != null) {
                if (cur == null || cur.enterprise == null || !same(cur.enterprise, learned)) out.add(learned);
                return out;
            }
            String s = ShortNames.find(t);
            if (s == null) s = TerseLine.vouchedIn(t, vouched);
            if (s != null && LeadSources.relayingShortName(t, s)) s = null;
            // "根据市发改委转来的项目信息": the words of the one passing it on are no short name
            if (s != null && s.length() > 3 && Patterns.containsAny(s, "局", "厅", "委", "中心", "商会", "协会")) {
                String passer = LeadSources.passedOnBy(t + next);
                if (passer != null && s.contains(passer)) s = null;
            }
            if (s == null) s = LeadSources.planSubject(t);
            if (s == null) s = ShortNames.cityLedAcrossPause(t, next);
            if (s == null) s = ShortNames.comerAcrossPause(t, next);
            if (s == null && (cur == null || cur.enterprise == null)) s = SigningSubjects.find(t, next);
            if (s != null && (cur == null || cur.enterprise == null || !same(cur.enterprise, s))) out.add(s);
        } else if (out.isEmpty()) {
            // "中国电子商会消息：传音控股有意在北方建…": the source passed over, the one with the plan named after it
            String s = LeadSources.planSubject(t);
            if (s != null && (cur == null || cur.enterprise == null || !same(cur.enterprise, s))) out.add(s);
        }
        return out;
    }

    /**
     * The name at {@code start} is inside brackets opened right after the name ending at {@code lastEnd} (another name
     * of it), or after 也是/兼/简称 (what a person is besides).
     */
    private static boolean inBrackets(String t, int start, int lastEnd) {
        int open = Math.max(t.lastIndexOf('（', start), t.lastIndexOf('(', start));
        if (open < 0 || Math.max(t.lastIndexOf('）', start), t.lastIndexOf(')', start)) > open) return false;
        String inside = t.substring(open + 1, start);
        return open == lastEnd && inside.isEmpty() || BESIDES.matcher(inside).matches();
    }

    private static final Pattern BESIDES = Patterns.compile("(?:也是|兼任?|同时是|还是|简称|即)");

    private static boolean restated(String t, String name) {
        if (!t.startsWith(name) || t.length() <= name.length() || t.length() > name.length() + 4) return false;
        for (int i = 0; i < t.length(); i++) if (!OrgNames.nameChar(t.charAt(i))) return false;
        return ShortNames.acceptable(t);
    }

    private static final Pattern RENAMED = Patterns.compile("(?:现在叫|现名为|现名|现已更名为|更名为|改名为|改名叫|全称是|全称为|全称|也就是|即)[：:]?$");

    /** The name is introduced as another name of the one before ("即X", "现在叫X", "全称是X"). */
    private static boolean renamed(String t, String name) {
        int i = t.indexOf(name);
        return i > 0 && RENAMED.matcher(t.substring(Math.max(0, i - 6), i)).find();
    }

    /** A legal entity's registered name (…有限公司, …有限责任公司, and their branches). */
    private static boolean legal(String name) {
        return name.endsWith("有限公司") || name.endsWith("有限责任公司") || name.endsWith("分公司") && name.contains("有限");
    }

    /** "苏州迈为" and "苏州迈为科技股份有限公司", "科陆" and "深圳市科陆电子…": the same organisation. */
    static boolean same(String a, String b) {
        if (a.equals(b) || a.contains(b) || b.contains(a)) return true;
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 2) return false;
        int p = 0;
        for (int i = 0; i < longer.length() && p < shorter.length(); i++) if (longer.charAt(i) == shorter.charAt(p)) p++;
        if (p == shorter.length() && longer.indexOf(shorter.charAt(0)) < 4) return true;
        // "中山明阳，明阳智慧能源集团股份公司": the city said before a short form is not in the legal name
        int place = NameRecogniser.placeAt(shorter, 0);
        return place > 0 && shorter.length() - place >= 2 && !shorter.endsWith("公司") && same(shorter.substring(place), longer);
    }

    // ---- fields -----------------------------------------------------------------------------------------

    /** The item (and a lead it yields) with fields and doubts. */
    List<ParsedItem> assemble(LocalDate today) {
        String own = text.toString();
        String all = own + shared;
        List<ParsedItem> out = new ArrayList<>();
        // "与X签了两个项目：A项目，投资4亿元；B项目，投资2.5亿元": one record for each project
        List<ProjectParts.Part> parts = kind == ReportKind.LEAD || kind == ReportKind.SIGNING ? ProjectParts.split(own) : null;
        if (parts != null) {
            partCount = parts.size();
            lastPartWords = parts.get(parts.size() - 1).words();
            for (part = 0; part < parts.size(); part++) {
                partProject = parts.get(part).project();
                out.add(item(kind, parts.get(part).words(), parts.get(part).words() + shared, today));
            }
            part = -1;
            partProject = null;
            return out;
        }
        out.add(item(kind, own, all, today));
        // ("考察中企业提出…项目，当场列入线索": an inspection too)
        if ((kind == ReportKind.VISIT || kind == ReportKind.INSPECTION) && ProseCues.yieldsLead(own)) out.add(item(ReportKind.LEAD, own, all, today));
        return out;
    }

    /**
     * This record's words in a clause that names other records of the message too: from its name up to the next one's
     * (or the clause's end); null when its words name no other record.
     */
    private String ownPiece(String own) {
        if (enterprise == null || siblings.size() < 2) return null;
        int at = own.indexOf(enterprise);
        if (at < 0) return null;
        int next = own.length();
        boolean others = false;
        for (ProseRecord r : siblings) {
            if (r == this || r.enterprise == null || r.enterprise.equals(enterprise) || enterprise.contains(r.enterprise)) continue;
            int o = own.indexOf(r.enterprise);
            if (o < 0) continue;
            others = true;
            o = own.indexOf(r.enterprise, at + enterprise.length());
            if (o >= 0 && o < next) next = o;
        }
        return others ? own.substring(at, next) : null;
    }

    /** The intermediary (a chamber, an association, a fund, a bank) visited by the nearest visit written before this lead; null when none. */
    private String visitedIntermediary() {
        int at = siblings.indexOf(this);
        for (int i = at - 1; i >= 0; i--) {
            ProseRecord r = siblings.get(i);
            if (r.kind == ReportKind.LEAD) continue;
            if (r.kind != ReportKind.VISIT || r.enterprise == null || r.enterprise.equals(enterprise)) return null;
            return LeadSources.intermediaryByKind(r.enterprise) ? r.enterprise : null;
        }
        return null;
    }

    /**
     * This record's figure of those said once for several ("…总投资分别为1.5亿元、3亿元"): the figures go to the records
     * that end with the one whose words hold them (to all of them when the words are said for all), in order; null when
     * this record is not among them.
     */
    private Long respectiveAmount(String all) {
        ProseAmounts.Respective r = ProseAmounts.respectively(all);
        if (r == null) return null;
        int n = r.each().size();
        int holder = -1;
        for (int i = 0; i < siblings.size(); i++) if (siblings.get(i).text.indexOf(r.written()) >= 0) holder = i;
        if (holder < 0 && n == siblings.size()) holder = n - 1;
        int first = holder - n + 1;
        int at = siblings.indexOf(this);
        if (holder < 0 || first < 0 || at < first || at > holder) return null;
        return r.each().get(at - first);
    }

    /** "…，另补充一家：1月7日下午": a day (with its time of day) that is the whole last clause of a record. */
    private static final Pattern DANGLING_DAY = Patterns.compile("[：:，,；;]\\s*((?:\\d{1,2}月)?\\d{1,2}[日号])(?:上午|下午|晚上|早上|中午)?\\s*[，,：:]?\\s*$");

    /** The day written as the whole last clause of a record's text, or null. */
    private static String danglingDay(CharSequence text) {
        int n = text.length();
        if (n < 4) return null;
        // every match ends in a day, a time of day or a mark after it: a text ending otherwise has none
        char last = text.charAt(n - 1);
        if ("日号午上，,：: ".indexOf(last) < 0) return null;
        Matcher m = DANGLING_DAY.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern MOVED = Patterns.compile("(?:推迟|延期|改期|顺延|延后|推后|改)(?:到|至)");

    /** The day written right after 推迟到/改到/延期至. */
    private static ProseDates.Found movedTo(String text, LocalDate today) {
        java.util.regex.Matcher m = MOVED.matcher(text);
        if (!m.find()) return null;
        String rest = text.substring(m.end());
        // "改到明年1月6日": the year named before the day
        boolean nextYear = rest.startsWith("明年");
        if (nextYear) rest = rest.substring(2);
        ProseDates.Found f = ProseDates.findPlanned(rest, today);
        if (f == null || f.at() > 1) return null;
        if (nextYear && f.date().getYear() == today.getYear()) f = new ProseDates.Found(f.date().plusYears(1), f.written(), f.at());
        return f;
    }

    private ParsedItem item(ReportKind k, String own, String all, LocalDate today) {
        Map<String, String> raw = new LinkedHashMap<>();
        List<Doubt> doubts = new ArrayList<>();
        if (k != ReportKind.TRIP_PLAN && k != ReportKind.TRIP_SUMMARY) raw.put("enterprise", enterprise);
        boolean pastEvent = k == ReportKind.VISIT || k == ReportKind.SIGNING || k == ReportKind.LEAD;
        ProseDates.Found date = ProseDates.find(own, today, pastEvent);
        // "下午拜访蔚来…。明天上午拜访科大讯飞。": the next visit planned after this one's words is not its day
        if (date != null && k == ReportKind.VISIT && date.date().isAfter(today) && plannedAfterName(own, date.at())) date = null;
        // "今天从X了解到，Y…已约好下周三见面": a lead is heard, a meeting still to come is not its day
        if (date != null && k == ReportKind.LEAD && date.date().isAfter(today)) date = null;
        // "A…12月11日签约；B…近日签约": a record saying its own day only roughly takes no day told for the others (asked below)
        boolean roughOwn = date == null && roughDay(own);
        if (!roughOwn && (date == null || ProseDates.sameDay(date))) {
            ProseDates.Found told = ProseDates.find(shared, today, pastEvent);
            if (told != null) date = told;
        }
        // "上周五太忙没来得及报，补一条，…走访了X": no other day told, the day the report was late is the event's
        if (date == null && pastEvent) date = ProseDates.lateDay(all, today);
        // "明天上午去拜访X": the visit's day is the one planned, asked about as a visit in the future; with no day
        // written the kind itself is asked
        boolean undatedPlan = false;
        if (k == ReportKind.VISIT && plannedVisit) {
            ProseDates.Found planned = ProseDates.findPlanned(own, today);
            // "下午X 总经理甘露…意向明确 明天去佛山": where the team goes after the visit told is no day of it
            if (planned != null && date != null && plannedAfterName(own, planned.at())) planned = null;
            if (planned != null && planned.date().isAfter(today)) date = planned;
            else undatedPlan = date == null;
        }
        // "对方一行5人将于11月27日来高新区考察": an inspection or signing still to come is dated by its plan
        if (date == null && (k == ReportKind.INSPECTION || k == ReportKind.SIGNING)) date = ProseDates.findPlanned(own, today);
        // "【考察计划】1月19日 X一行来潞州区考察": the day written before the one who comes
        if (date == null && k == ReportKind.INSPECTION) date = ProseDates.findPlanned(shared, today);
        // "原定今天来高新区考察的X，…推迟到下周四": a postponed inspection is dated on its new day
        if (k == ReportKind.INSPECTION && (own.contains("到") || all.contains("到"))) {
            ProseDates.Found moved = movedTo(own, today);
            if (moved == null) moved = movedTo(all, today);
            if (moved != null) date = moved;
        }
        if (k == ReportKind.INSPECTION) date = InspectionComers.upcoming(date, own, today);
        String dateIso = date == null ? null : date.date().toString();
        // "迈锐医疗来了，看完生物医药园": the guests told as arrived, no day said, came today
        if (dateIso == null && k == ReportKind.INSPECTION && ProseCues.arrived(own)) dateIso = today.toString();
        // "上午陪同X…考察了数字经济产业园": a time of day opening the message, the guests' visit told as done, is today's
        if (dateIso == null && k == ReportKind.INSPECTION && PART_OF_DAY_OPENING.matcher(all.strip()).lookingAt() && all.indexOf('了') >= 0) dateIso = today.toString();
        // "签了三个 一个是A公司的X项目投资一点二亿 第二个是B公司的Y项目投资三亿…": several records named in one clause,
        // each its own figure, said after its name and before the next one's
        String piece = ownPiece(own);
        ProseAmounts.Found amount = piece != null ? ProseAmounts.find(piece, piece.length() < 80) : null;
        if (amount == null || amount.yuan() == null) amount = ProseAmounts.find(own, own.length() < 80);
        if (amount == null || amount.yuan() == null && !amount.vague()) {
            ProseAmounts.Found sharedAmount = ProseAmounts.find(shared, false);
            if (amount == null) amount = sharedAmount;
        }
        if (k == ReportKind.LEAD && madeOf != null && (amount == null || amount.yuan() == null && !amount.vague())) {
            ProseAmounts.Found visited = ProseAmounts.find(madeOf.text.toString(), false);
            if (visited != null) amount = visited;
        }
        String amountText = amount != null && amount.yuan() != null ? amount.yuan() + "元" : null;
        // "A项目、B项目落户高新区，总投资分别为1.5亿元、3亿元": each of the records the words follow, its own figure in order
        if ((k == ReportKind.LEAD || k == ReportKind.SIGNING) && siblings.size() >= 2 && all.indexOf("分别") >= 0) {
            Long each = respectiveAmount(all);
            if (each != null) amountText = each + "元";
        }
        Set<String> ours = new HashSet<>();
        String owner = Owners.owner(all);
        if (owner == null && (k == ReportKind.LEAD || k == ReportKind.SIGNING)) owner = Owners.terseOwner(own);
        // "…想放高新区宋佳跟一下" closing the record's own words, the words shared with others said before them
        if (owner == null && (k == ReportKind.LEAD || k == ReportKind.SIGNING) && Patterns.containsAnyChar(own, "跟盯负")) owner = Owners.closing(own);
        if (owner == null && k == ReportKind.LEAD) owner = LeadOwners.owner(all, own);
        // "@秦卫 这个你来跟", "这个交给靳鑫跟", "连振宇负责摸底"
        if (owner == null && (k == ReportKind.LEAD || k == ReportKind.SIGNING)) owner = LeadOwners.told(all);
        // "责任人分别为A、B、C", "前者A负责，后者B负责": each record its own, in order
        if ((k == ReportKind.LEAD || k == ReportKind.SIGNING) && siblings.size() >= 2 && siblings.indexOf(this) >= 0
                && (all.contains("分别") || all.contains("后者"))) {
            List<String> each = LeadOwners.respectively(all, siblings.size());
            if (each != null) owner = each.get(siblings.indexOf(this));
        }
        // "前者常海涛负责，后者焦志红负责" of one enterprise's two projects
        if (part >= 0 && (all.contains("分别") || all.contains("前者"))) {
            List<String> each = LeadOwners.respectively(all, partCount);
            if (each != null && part < each.size()) owner = each.get(part);
        }
        if (owner != null) ours.add(owner);
        switch (k) {
            case VISIT -> {
                List<String> our = OurPeople.ours(shared + own);
                // "先后拜访了A和B", "一、A…二、B…\n同行：赵文博": who went is said once for the day's visits
                if (our.isEmpty()) our = sharedPeople(ReportKind.VISIT);
                ours.addAll(our);
                raw.put("date", dateIso);
                if (dateIso == null && VAGUE_DAY.matcher(all).find()) {
                    doubts.add(new Doubt(FieldLabels.label(k, "date"), Doubt.Reason.VAGUE, vagueDay(all)));
                }
                String contacts = Contacts.contacts(after(own), ours, enterprise);
                // "对接人员：王总 副总经理" on a line of its own above the one record
                if (contacts == null && previous == null && CONTACT_LABEL.matcher(shared).find()) contacts = Contacts.contacts(shared, ours);
                raw.put("contacts", contacts);
                raw.put("ourPeople", our.isEmpty() ? null : String.join("、", our));
                String level = intent(own, all);
                // "；麦格米特，王总，暂无意向", "周四拜访X公司，意向较强": whom they met, how keen, how much is what was said
                // (as a terse line's); only "今天拜访了X公司" alone leaves 洽谈内容 to ask
                boolean said = contacts != null || amountText != null || level != null;
                raw.put("content", said || saysMore(own) ? trimEnd(own) : null);
                raw.put("intent", level);
                raw.put("amountYuan", amountText);
            }
            case LEAD -> {
                if (dateIso != null && !fromVisit) raw.put("date", dateIso);
                String project = partProject != null ? partProject : ProseFields.project(own, enterprise);
                // (also a short form of a name known in full from elsewhere: "晶盛机电碳化硅衬底片项目" under 线索 of a 周报)
                if ((shortFormOpens || suffixed && enterprise != null && !own.contains(enterprise)) && project != null && project.length() >= 6) {
                    project = ProseFields.withoutShortForm(project, enterprise);
                }
                raw.put("project", project);
                raw.put("amountYuan", amountText);
                String area = ProseFields.leadArea(own);
                // "两家均倾向落地高新区": said once for all
                if (area == null && (shared.contains("均") || shared.contains("都"))) area = ProseFields.leadArea(shared);
                // "…；B公司，…项目，规模约6000万元。两条线索都由苗雨跟进，意向落地潞州区。": a closing sentence said of all the leads
                if (area == null) area = closingArea();
                raw.put("area", area);
                // "…两条都报线索，由黄仁杰跟进。": a closing sentence said of all the leads names who follows each up
                if (owner == null) {
                    String closingAll = closingOfAll();
                    if (closingAll != null) owner = Owners.owner(closingAll);
                }
                raw.put("owner", owner);
                String heard = source != null ? source : ProseFields.source(all);
                if (heard == null) heard = LeadIntroducers.source(all);
                // "听昆山市台协介绍", "中介是广州基石咨询", "建行长治分行的刘行长转过来": an intermediary by what it is
                if (heard == null) heard = LeadSources.intermediaryNamed(all, enterprise);
                // "昨晚去东莞市长治商会坐了一阵，秘书长讲商会会员X有个…项目": a tip told on a visit to an intermediary came from it
                if (heard == null) heard = visitedIntermediary();
                if (heard == null && !fromVisit) heard = introducedBy;
                // "报个线索，山西省专精特新企业联合会，" before the record's "给推的X…": the words in the order written
                if (heard == null && !shared.isEmpty()) {
                    heard = LeadSources.passedOnBy(shared + own);
                    if (heard == null) heard = LeadSources.headedBy(shared + own);
                }
                // "来源：朋友介绍" in its own item: a person, not the source written for the others
                // "信息来自中国建设银行山西省分行": the branch written after the organisation is where it was heard
                if (heard != null && heard.length() < 12) heard = LeadSources.bare(LeadSources.withBranch(all, heard));
                raw.put("source", heard != null ? heard : fromVisit || OWN_SOURCE.matcher(own).find() ? null : messageSource);
                String stage = ProseFields.stage(all);
                if (stage == null) {
                    String closingAll = closingOfAll();
                    if (closingAll != null) stage = ProseFields.stage(closingAll);
                }
                raw.put("stage", stage);
                raw.put("nextStep", trimEnd(own));
                if (project == null && amountText == null) raw.put("nextStep", trimEnd(own));
            }
            case INSPECTION -> {
                if (dateIso == null && VAGUE_DAY.matcher(all).find()) {
                    doubts.add(new Doubt(FieldLabels.label(k, "date"), Doubt.Reason.VAGUE, vagueDay(all)));
                }
                List<String> comp = OurPeople.companions(shared + own);
                // "…王磊、赵敏陪同。随后又陪同B公司考察潞州区", "A、B、C三家来考察…陪同：王振华": said once for all of them
                if (comp.isEmpty()) comp = sharedPeople(ReportKind.INSPECTION);
                raw.put("date", dateIso);
                raw.put("companions", comp.isEmpty() ? null : String.join("、", comp));
                String zone = ProseFields.area(all);
                // "…来潞州区考察…。江苏恒立液压股份有限公司同批来访": the zone the message names for the visit
                raw.put("area", zone != null ? zone : messageArea);
                raw.put("itinerary", trimEnd(own));
                raw.put("result", intent(own, all));
            }
            case SIGNING -> {
                // "集中签约仪式在市会展中心举行：\n1. X公司 Y项目 5.2亿元 高新区": each item's own project and zone before
                // the words said once above them all
                String project = partProject != null ? partProject : ProseFields.project(own, enterprise);
                raw.put("project", project != null ? project : ProseFields.project(all, enterprise));
                raw.put("date", dateIso);
                raw.put("amountYuan", amountText);
                String zone = ProseFields.area(own);
                if (zone == null) zone = ProseFields.area(all);
                raw.put("area", zone != null ? zone : messageArea);
                raw.put("progress", ProseFields.progress(all));
                raw.put("owner", owner);
                raw.put("remark", ProseLeftovers.of(own, enterprise, raw.get("project"),
                        date == null ? null : date.written(), amount == null ? null : amount.written(), owner));
                if (dateIso == null && VAGUE_DATE.matcher(all).find()) {
                    doubts.add(new Doubt(FieldLabels.label(k, "date"), Doubt.Reason.VAGUE, "近日"));
                }
            }
            default -> { }
        }
        // a range or a vague amount ("三到五个亿", "一个多亿") is asked about only where the amount is required (a signing)
        if (amount != null && amount.vague() && k == ReportKind.SIGNING) doubts.add(new Doubt(FieldLabels.label(k, "amountYuan"), Doubt.Reason.VAGUE, amount.written()));
        if (enterprise == null && (junk != null || NAMELESS.matcher(all).find())) {
            Matcher n = NAMELESS.matcher(all);
            doubts.add(new Doubt(FieldLabels.label(k, "enterprise"), Doubt.Reason.NOT_AN_ENTERPRISE, junk != null ? junk : n.find() ? n.group() : null));
        }
        // "X公司Y项目，投资2.2亿元，…负责人靳鑫", "…信息来源：省商务厅": a lead guessed from its plan alone is asked about,
        // but who follows it up, how far it is or where it came from are the lead ledger's own columns — the kind is told
        boolean ledgerWords = k == ReportKind.LEAD && kindWeak && weakWords == null && !undatedPlan
                && (raw.get("owner") != null || raw.get("stage") != null || raw.get("source") != null);
        if ((kindWeak || undatedPlan) && !ledgerWords) doubts.add(new Doubt(Doubt.KIND, Doubt.Reason.KIND_GUESSED, weakWords));
        raw.values().removeIf(v -> false);
        return undatedSigning(withDoubts(ReportAssembler.assemble(k, raw, today), doubts));
    }

    /**
     * "近日，…项目签约": the signing's day is not known, so it is not recorded as today's — the draft waits without a
     * date and the member is asked for the day (a missing-field question), as a signing with no amount is.
     */
    private static ParsedItem undatedSigning(ParsedItem item) {
        if (item.kind() != ReportKind.SIGNING) return item;
        String label = FieldLabels.label(ReportKind.SIGNING, "date");
        Doubt vague = null;
        for (Doubt d : item.doubts()) if (d.reason() == Doubt.Reason.VAGUE && d.field().equals(label)) vague = d;
        Report draft = item instanceof ParsedItem.Ok ok ? ok.report() : ((ParsedItem.Invalid) item).draft();
        if (vague == null || !(draft instanceof SigningReport s)) return item;
        SigningReport undated = new SigningReport(s.project(), s.enterprise(), null, s.amountYuan(), s.industry(), s.area(),
                s.progress(), s.issues(), s.owner(), s.remark());
        List<Problem> problems = new ArrayList<>();
        problems.add(ProblemMessages.vagueDay(label, vague.written()));
        if (item instanceof ParsedItem.Invalid bad) problems.addAll(bad.problems());
        return new ParsedItem.Invalid(ReportKind.SIGNING, problems, undated, item.doubts());
    }

    private boolean plannedAfterName(String own, int at) {
        int named = enterprise == null ? -1 : own.indexOf(enterprise);
        if (named < 0 || named > at) return false;
        int end = at;
        while (end < own.length() && "，。；\n".indexOf(own.charAt(end)) < 0) end++;
        return ProseCues.plannedVisit(own.substring(at, end));
    }

    /** The record's own words date it only roughly ("…项目近日签约"), not in a lone clause closing them ("…，近日，"). */
    private static boolean roughDay(String own) {
        Matcher m = VAGUE_DAY.matcher(own);
        while (m.find()) {
            boolean alone = m.start() == 0 || "，。；\n".indexOf(own.charAt(m.start() - 1)) >= 0;
            for (int i = m.end(); alone && i < own.length(); i++) alone = "，。； \n".indexOf(own.charAt(i)) >= 0;
            if (!alone) return true;
        }
        return false;
    }

    private static String vagueDay(String own) {
        Matcher m = VAGUE_DAY.matcher(own);
        return m.find() ? m.group() : null;
    }

    /**
     * Our people named in the nearest other record of the same kind in this message (earlier ones first) and the same
     * item of a list, for a visit the same sentence ("先后拜访了A和B"); empty when none.
     */
    private List<String> sharedPeople(ReportKind k) {
        int at = siblings.indexOf(this);
        if (at < 0) return List.of();
        for (int d = 1; d < siblings.size(); d++) {
            for (int i : new int[]{at - d, at + d}) {
                if (i < 0 || i >= siblings.size()) continue;
                ProseRecord o = siblings.get(i);
                // not across the items of a list ("①…同行孟丽 ②… ③…无人同行"); a visit's only from the same sentence
                if (o.kind != k || o.fromVisit || o.item != item) continue;
                if (k == ReportKind.VISIT && o.sentence != sentence) {
                    // "…上午A…；下午B…。今天随行的是小孙和老韩": a sentence of its own said of the whole day
                    List<String> day = dayPeople(o.text.toString());
                    if (day.isEmpty() && i == siblings.size() - 1) day = o.closingPeople();
                    if (!day.isEmpty()) return day;
                    continue;
                }
                List<String> l = OurPeople.ours(o.shared + o.text);
                if (!l.isEmpty()) return l;
            }
        }
        return List.of();
    }

    /** Words opening a sentence said of the whole day or trip ("今天随行的是…", "此行同去的有…", "两家都是…陪同"). */
    private static final Pattern WHOLE_DAY = Patterns.compile("^(?:今天|今日|本次|此次|此行|这次|两家|三家|全天|上下午)");
    private static final Pattern CLAUSE_END = Patterns.compile("[，。；;！!\n]");
    /** A clause telling a visit of its own ("今天和老韩拜访了B"), not who went along all day. */
    private static final Pattern VISIT_VERB = Patterns.compile("拜访|走访|去了|见了|到了|前往|对接");
    /** Taking part in the visits told before ("参加走访", "陪同拜访"): no visit of its own. */
    private static final Pattern JOINED_VISIT = Patterns.compile("(?:参加|参与|陪同)了?(?:走访|拜访|对接)");

    /**
     * Our people named in a clause of another record's words (not its opening one) said of the whole day and telling
     * no visit of its own ("今天随行的是小孙和老韩"); empty when none.
     */
    /**
     * Our people named in a short sentence of its own closing the message, telling no visit of its own ("…先保持联系。田野同志
     * 全程参加。", "…意向明确。组员曹文博参加走访。"): said of all its visits; empty when none.
     */
    private List<String> closingPeople() {
        if (tail == null || !tailAlone || tailSentence == sentence || tail.length() > 20) return List.of();
        String st = tail.strip();
        if (VISIT_VERB.matcher(JOINED_VISIT.matcher(st).replaceAll("")).find()) return List.of();
        return OurPeople.ours(st);
    }

    /** The zone named in the last lead's closing sentence when it speaks of them all ("两条线索都…", "均拟落地…"); or null. */
    private String closingArea() {
        String st = closingOfAll();
        return st == null || st.indexOf('区') < 0 ? null : ProseFields.leadArea(st);
    }

    /**
     * The closing sentence of the last lead told after this one when it speaks of them all ("两条都报线索，由黄仁杰跟进。",
     * "两个项目均意向落地高新区，责任人段振宇、申雅琪，目前洽谈阶段。"): what it says of the zone, the owner or the stage is
     * said of each; null when there is none.
     */
    private String closingOfAll() {
        // one enterprise's projects: the words of the last, from the clause that speaks of them all
        if (part >= 0 && part < partCount - 1) {
            Matcher m = ALL_OF_THEM.matcher(lastPartWords);
            if (!m.find()) return null;
            int from = Math.max(Math.max(lastPartWords.lastIndexOf('，', m.start()), lastPartWords.lastIndexOf('。', m.start())),
                    lastPartWords.lastIndexOf('\n', m.start())) + 1;
            return from > 0 ? lastPartWords.substring(from) : null;
        }
        int at = siblings.indexOf(this);
        if (at < 0) return null;
        for (int i = siblings.size() - 1; i > at; i--) {
            ProseRecord o = siblings.get(i);
            if (o.kind != ReportKind.LEAD) continue;
            String st = o.closing.toString();
            return st.isEmpty() || !ALL_OF_THEM.matcher(st).find() ? null : st;
        }
        return null;
    }

    /** Words that speak of every record told before ("两条线索都", "均拟", "以上项目"). */
    private static final Pattern ALL_OF_THEM = Patterns.compile("都|均|以上|上述|[两三四五]条|[两三四五]家|[两三四五]个项目");

    private static List<String> dayPeople(String text) {
        if (!text.contains("今") && !text.contains("次") && !text.contains("行") && !text.contains("家") && !text.contains("天")) return List.of();
        String[] clauses = CLAUSE_END.split(text);
        for (int c = 1; c < clauses.length; c++) {
            String st = clauses[c].strip();
            if (!WHOLE_DAY.matcher(st).find() || VISIT_VERB.matcher(st).find()) continue;
            List<String> l = OurPeople.ours(st);
            if (!l.isEmpty()) return l;
        }
        return List.of();
    }

    private static ParsedItem withDoubts(ParsedItem item, List<Doubt> extra) {
        if (extra.isEmpty()) return item;
        List<Doubt> all = new ArrayList<>(extra);
        all.addAll(item.doubts());
        if (item instanceof ParsedItem.Ok ok) return new ParsedItem.Ok(ok.report(), all);
        ParsedItem.Invalid bad = (ParsedItem.Invalid) item;
        return new ParsedItem.Invalid(bad.kind(), bad.problems(), bad.draft(), all);
    }

    private String intent(String own, String all) {
        String i = ProseFields.intent(own);
        return i != null ? i : ProseFields.intent(shared.contains("都") ? shared : "");
    }

    /** The words after the enterprise's name (contacts are named after it). */
    private String after(String own) {
        if (enterprise == null) return own;
        int i = own.indexOf(enterprise);
        // a mark where the name was: the words before it are no department of the title after it
        return i < 0 ? own : UP_TO_AND.matcher(own.substring(0, Math.max(0, i))).replaceAll("") + "，" + own.substring(i + enterprise.length());
    }

    private static final Pattern FILLER = Patterns.compile(
            "今天|昨天|前天|上午|下午|晚上|中午|刚才|拜访了|拜访|走访了|走访|去了|见了|对接了|汇报|[0-9]+月[0-9]+日|[0-9]+号|周[一二三四五六日天]|(?:投资)?意向(?:较强|明确|一般|很强|强烈|比较强)?|暂无|较强|明确|一般|[，。；、：:！\\s]");

    /** The record's words say more than who was visited when ("今天拜访了X公司" alone leaves 洽谈内容 to ask). */
    private boolean saysMore(String own) {
        String rest = enterprise == null ? own : own.replace(enterprise, "");
        // what is left once the filler words are dropped, counted until there are four characters
        Matcher m = FILLER.matcher(rest);
        int kept = 0;
        int last = 0;
        while (m.find()) {
            kept += m.start() - last;
            if (kept >= 4) return true;
            last = m.end();
        }
        return kept + rest.length() - last >= 4;
    }

    private static String trimEnd(String s) {
        return s.endsWith("，") ? s.substring(0, s.length() - 1) : s;
    }
}

