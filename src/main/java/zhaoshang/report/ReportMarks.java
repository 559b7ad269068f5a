package zhaoshang.report;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last reading of a message every other reader took for no report: when it still bears the marks of one (a kind's
 * verb or noun, a day, someone met by title, an amount, an intent, a company or a boss), the member gets what could be
 * read and one precise question — the kind ("这是一条走访吗？") or the enterprise — never the generic pointer.
 * <p>
 * The enterprise is the organisation the message names: a registered name, a short form recorded before
 * ({@link LearnedNames}), one the short-name rules give, a Latin company name, or a name ending
 * in the words of a trade ("晋泰储能", "澳科医疗", "港丰资本"). A name found here is marked as registered for the prose
 * reader and given back as written, with a doubt on it, so the member confirms it before anything is recorded. Chat,
 * questions, requests, notices and news stay unanswered ({@link ProseReader#refused}).
 */
final class ReportMarks {

    private ReportMarks() { }

    /** Put after a name found here so that the prose reader reads it as a registered one; taken off again after. */
    private static final String MARK = "有限公司";

    private static final Pattern DAY_WORD = Patterns.compile("今天|今日|昨天|昨日|前天|琴日|今早|上午|下午|中午|晚上|傍晚|早上|上周|本周|周[一二三四五六日末]|星期|[0-9一二三四五六七八九十]{1,3}[号日]|[0-9]{1,2}[./][0-9]{1,2}");
    private static final Pattern PERSON_TITLE = Patterns.compile(
            "[\\u4e00-\\u9fff](?:总|董|局|工|博)(?![\\u4e00-\\u9fff]{0,1}(?:部|体|量|额|结|投资))|总经理|副总|董事长|总裁|总监|经理|主任|部长|处长|科长|厂长|院长|会长|秘书长|合伙人|负责人|首席|CEO|CTO|COO|CFO|VP|Director|Manager|President");
    private static final Pattern AMOUNT = Patterns.compile("[0-9０-９.一二两三四五六七八九十百千几]+\\s*(?:个)?(?:多)?(?:亿|万|千万|百万|e|E|w|W)(?![a-zA-Z])");
    private static final Pattern INTENT = Patterns.compile("意向|意愿|兴趣|保持联系|倾向|想在|想放|准备落|拟在|拟投|计划投|打算");
    /**
     * Words of a message that is no report to record, however it reads: a question, words to the group (thanks, a
     * request, a tally of the year), something passed on, or a report said to be in the ledger already.
     */
    private static final Pattern NOT_TOLD = Patterns.compile(
            "[？?]|吗|呢[。！!\\s]*$|请问|问一下|问下|想问|有冇|有没有|算不算|是不是|怎么|什么|几多|多少"
            + "|各位|大家|各组|全体|同志们|辛苦|感谢|谢谢|收官|累计|再接再厉|继续努力|加油"
            + "|^(?:转发|转载|转|分享|聊天记录|【)|已报|报过|报咗|已录入|已补报|不再|不汇报|唔报|不重复|重复登记|均已|已登记|取消|推迟|改到|明天补|再报");
    private static final Pattern SOURCE_BEFORE = Patterns.compile("来源|从|经|据|通过|听");
    private static final Pattern COMPANY_WORD = Patterns.compile("公司|企业|厂|老板|集团|商会|协会|资本|基金");

    /** The words of a trade an enterprise's short name often ends in ("晋泰储能", "澳科医疗", "港丰资本", "中科智算"). */
    private static final String TRADES = "新能源|新材料|储能|锂能|锂电|能源|动力|电力|电气|电子|微电子|电装|光电|光伏|半导体|智能|智算|算力|科技|技术|信息|软件"
            + "|数据|网络|通信|物联|医疗|医药|制药|生物|健康|资本|创投|基金|控股|实业|铝业|钢铁|钢业|矿业|化工|材料|精工|精密|机械|装备|重工|汽车|车业"
            + "|激光|机器人|终端|环保设备|环保|物流|食品|纺织|电池|新材|传感|芯片|微电|显示|光学|数控|模具|农业|传媒|置业|地产|能科|动能|氢能|电机|热能|水务";
    private static final Pattern TRADE_END = Patterns.compile("(?:" + TRADES + ")+(?![\\u4e00-\\u9fff]{0,2}(?:有限|公司|集团|股份))");
    /** "…科技成果转化服务中心": the words after the trade's that go on to name a unit, part of the name. */
    private static final Pattern UNIT_AFTER = Patterns.compile("[\\u4e00-\\u9fff]{0,8}?(?:服务中心|中心|研究院|研究所|协会|商会|联盟)");
    /** Characters of the sentence around a name, none of them in a short name's head. */
    private static final String SENTENCE_CHARS = "的了是在和与跟同去到见下上把将被给从向对为说想要带后前再又还也都就补充那这该";
    /** A name glued to the trade words before it: what stands in front of the trade is its own name, not a sentence word. */
    private static final Pattern NAME_BEFORE = Patterns.compile("[\\u4e00-\\u9fff]{2,6}$");
    private static final Pattern NOT_A_HEAD = Patterns.compile("^(?:新|老|北方|南方|中西部|国内|海外|我们|他们|对方|一家|这家|那家|这个|那个|其|该|本|全|高新区|潞州区|园区|区里|产业|行业|相关|配套|做|搞|的)|[的了是在和与跟去到见个把将说想要给从向对为]");
    /** "Bosch Rexroth的", "HK Nexa Robotics Limited", "Heimstett Maschinenbau GmbH": a company by its Latin name. */
    private static final Pattern LATIN_COMPANY = Patterns.compile(
            "(?:[A-Z][A-Za-z&.-]*\\s+){0,4}[A-Z][A-Za-z&.-]*\\s+(?:Limited|Ltd\\.?|GmbH|AG|SE|Inc\\.?|Corp\\.?|Corporation|Co\\.?,? Ltd\\.?|LLC|PLC|S\\.A\\.|K\\.K\\.)"
            + "|(?:[A-Z][A-Za-z&-]+)(?:\\s+[A-Z][A-Za-z&-]+){0,3}(?=\\s?的)");
    /** "叫豫通精工", "名叫X", "叫做X": the name said after 叫. */
    private static final Pattern CALLED = Patterns.compile("(?:名叫|叫做|名字叫|叫)([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?=[\\s，,。；]|$|见|的)");
    /** "铨兴医疗那边", "矿擎那个", "恒拓那家", "晋中汇通，": a name pointed at, "走访的X", "刚才那家X". */
    private static final Pattern POINTED = Patterns.compile(
            "(?:走访的|拜访的|见的|那家|这家|去的那家)([\\u4e00-\\u9fff]{2,6}?)(?=[\\s，,。；]|$|那边|那个|的)|(?:^|[\\s，,。；])([\\u4e00-\\u9fff]{2,6}?)(?:那边|那个|这个|那家)");

    /**
     * The records of a message no other reader took for a report, when it bears the marks of one; empty otherwise.
     *
     * @param s the message, cleaned as the readers saw it (mentions off, voice and dialect normalised)
     */
    static List<ParsedItem> read(String s, LocalDate today, KnownEnterprises known) {
        if (s == null) return List.of();
        s = s.strip();
        if (s.length() < 8 || s.length() > 600 || ProseReader.refused(s) || NOT_TOLD.matcher(s).find()) return List.of();
        ProseCues.Cue cue = ProseCues.of(s);
        int marks = 0;
        if (cue != null) marks += cue.weak() ? 1 : 2;
        if (ProseDates.find(ProseDates.arabic(s), today, false) != null || DAY_WORD.matcher(s).find()) marks++;
        boolean person = PERSON_TITLE.matcher(s).find();
        if (person) marks++;
        if (AMOUNT.matcher(s).find()) marks++;
        if (INTENT.matcher(s).find()) marks++;
        boolean company = COMPANY_WORD.matcher(s).find();
        if (company) marks++;
        if (marks < 2) return List.of();
        if (cue != null && cue.plan() && cue.kind() == ReportKind.VISIT) return List.of();
        // what makes it a report rather than words about one: a kind told, someone met by title, an amount or an intent
        boolean amount = AMOUNT.matcher(s).find();
        boolean intent = INTENT.matcher(s).find();
        if ((cue == null || cue.weak()) && !(person && (amount || intent))) return List.of();
        Name name = name(s, known);
        // a short name guessed from the words alone stands only beside someone met by title ("博能动力 龚总说…")
        if (name != null && (name.registered() || marks >= 3 && (person || name.written().matches("[A-Za-z].*")))) {
            List<ParsedItem> items = named(s, name, today, known);
            if (!items.isEmpty()) return items;
        }
        // a kind told of what was done, someone met and a company: no organisation found, the enterprise is asked for
        if (cue == null || cue.weak() || cue.plan() || marks < 4 || !person || !company) return List.of();
        List<ProseClause> clauses = ProseClause.split(s);
        if (clauses.isEmpty()) return List.of();
        List<ParsedItem> out = new ArrayList<>();
        for (ProseRecord r : ProseRecord.nameless(cue.kind(), clauses, today)) out.addAll(r.assemble(today));
        return out.size() == 1 && out.get(0).draft() != null && asksSomething(out.get(0)) && !futureVisit(out.get(0)) ? out : List.of();
    }

    /** An organisation found in the message: as written, and whether it is a registered name already. */
    private record Name(String written, boolean registered) { }

    private static Name name(String s, KnownEnterprises known) {
        for (OrgNames.Found f : OrgNames.find(s)) {
            // "信息来源：合肥山西商会", "从X获悉": who passed it on is no record's enterprise
            if (f.suffixed() && !SOURCE_BEFORE.matcher(s.substring(Math.max(0, f.start() - 6), f.start())).find()) return new Name(f.name(), true);
        }
        List<ProseClause> clauses = ProseClause.split(s);
        for (ProseClause c : clauses) {
            String learned = LearnedNames.find(c.text(), known);
            if (learned != null) return new Name(learned, true);
        }
        Matcher latin = LATIN_COMPANY.matcher(s);
        while (latin.find()) {
            String n = latin.group().strip();
            if (n.length() >= 4 && !n.matches("(?:Mr|Ms|Mrs|Dr|CEO|VP|HR|BD)\\b.*")) return new Name(n, false);
        }
        Matcher called = CALLED.matcher(s);
        if (called.find() && plausible(called.group(1))) return new Name(called.group(1), false);
        for (ProseClause c : clauses) {
            String sn = ShortNames.find(c.text());
            if (sn != null && plausible(sn)) return new Name(sn, false);
        }
        Matcher pointed = POINTED.matcher(s);
        while (pointed.find()) {
            String n = pointed.group(1) != null ? pointed.group(1) : pointed.group(2);
            if (plausible(n) && !NameRecogniser.plainNoun(n)) return new Name(n, false);
        }
        Matcher trade = TRADE_END.matcher(s);
        while (trade.find()) {
            Matcher head = NAME_BEFORE.matcher(s.substring(Math.max(0, trade.start() - 6), trade.start()));
            if (!head.find()) continue;
            String h = trimHead(head.group());
            // "新加坡星桥能源": a country or city before a short name of two is where it is from
            int place = h.length() > 4 ? NameRecogniser.placeAt(h, 0) : 0;
            if (place > 0 && h.length() - place >= 2) h = h.substring(place);
            if (h.length() < 2 || h.length() > 4 && NameRecogniser.placeAt(h, 0) == 0) continue;
            boolean sentence = false;
            for (int i = 0; i < h.length(); i++) if (SENTENCE_CHARS.indexOf(h.charAt(i)) >= 0) sentence = true;
            if (sentence) continue;
            String n = h + trade.group();
            Matcher unit = UNIT_AFTER.matcher(s.substring(trade.end()));
            if (unit.lookingAt() && unit.end() > 0) n = n + unit.group();
            if (plausible(n) && !NameRecogniser.plainNoun(n) && !NameRecogniser.tradeWords(n)) return new Name(n, false);
        }
        return null;
    }

    /** The head of a name read back from the trade words, without the sentence's words before it ("去晋泰" → "晋泰"). */
    private static String trimHead(String h) {
        while (h.length() > 2) {
            String first = h.substring(0, 1);
            String two = h.substring(0, 2);
            if (NameRecogniser.sentenceWord(two) && !NameRecogniser.placeWord(two)) { h = h.substring(2); continue; }
            if (NameRecogniser.sentenceWord(first) || SENTENCE_CHARS.contains(first)) { h = h.substring(1); continue; }
            break;
        }
        return h;
    }

    private static boolean plausible(String n) {
        if (n == null || n.length() < 2 || n.length() > 40) return false;
        boolean latin = n.matches("[A-Za-z].*");
        if (!latin) {
            if (n.chars().anyMatch(Character::isDigit)) return false;
            // "同志注意保暖", "集中", "记得": a word of the sentence (a verb, an adverb, a time) is in no name
            for (String[] t : NameRecogniser.tagged(n)) {
                if (t[0].length() >= 2 && (NameRecogniser.sentenceNature(t[1]) || t[1].equals("ad")) || t[1].startsWith("q")) return false;
            }
        }
        if (NOT_A_HEAD.matcher(n).find() && !n.matches("[A-Za-z].*")) return false;
        if (NameRecogniser.placeWord(n) || DAY_WORD.matcher(n).lookingAt() || PERSON_TITLE.matcher(n).find() && n.length() <= 4) return false;
        NameRecogniser.Guess g = n.length() <= 4 && !n.matches("[A-Za-z].*") ? NameRecogniser.guess(n) : NameRecogniser.Guess.OTHER;
        return g != NameRecogniser.Guess.PERSON && g != NameRecogniser.Guess.PLACE;
    }

    /** The records read with the name found standing as a registered one; the name given back as written, with a doubt. */
    private static List<ParsedItem> named(String s, Name name, LocalDate today, KnownEnterprises known) {
        String marked = name.registered() ? s : s.replace(name.written(), name.written() + MARK);
        List<ProseClause> clauses = ProseClause.split(marked);
        if (clauses.isEmpty()) return List.of();
        List<ParsedItem> out = new ArrayList<>();
        for (ProseRecord r : ProseRecord.build(clauses, today, known)) {
            for (ParsedItem item : r.assemble(today)) {
                if (item.draft() == null || futureVisit(item)) continue;
                // one precise question: a reading that lacks several fields is no report read, but words read wrong
                if (item instanceof ParsedItem.Invalid bad && bad.problems().size() > 1) continue;
                ParsedItem back = name.registered() ? item : renamed(item, name.written() + MARK, name.written());
                // "Nordwind Hydraulics": the registered-name reader keeps only the last Latin word before the mark
                int space = name.written().lastIndexOf(' ');
                if (!name.registered() && space > 0) back = renamed(back, name.written().substring(space + 1) + MARK, name.written());
                out.add(doubted(back, name));
            }
        }
        return out;
    }

    /** The one question asked: the kind first when nothing named it, else whether the name read is the enterprise. */
    private static ParsedItem doubted(ParsedItem item, Name name) {
        List<Doubt> doubts = new ArrayList<>(item.doubts());
        if (!name.registered() && doubts.stream().noneMatch(d -> d.reason() == Doubt.Reason.KIND_GUESSED)) {
            String field = FieldLabels.label(item.kind(), "enterprise");
            if (field != null && doubts.stream().noneMatch(d -> field.equals(d.field()))) {
                doubts.add(0, new Doubt(field, Doubt.Reason.ENTERPRISE_GUESSED, name.written()));
            }
        }
        if (doubts.isEmpty() && item instanceof ParsedItem.Ok ok) {
            // read whole only here (the other readers refused it): confirmed before it is recorded
            doubts.add(new Doubt(Doubt.KIND, Doubt.Reason.KIND_GUESSED, null));
        }
        if (item instanceof ParsedItem.Ok ok) return new ParsedItem.Ok(ok.report(), doubts);
        ParsedItem.Invalid bad = (ParsedItem.Invalid) item;
        return new ParsedItem.Invalid(bad.kind(), bad.problems(), bad.draft(), doubts);
    }

    /** A visit still to come is a plan, no report. */
    private static boolean futureVisit(ParsedItem item) {
        return item.kind() == ReportKind.VISIT && item.doubts().stream().anyMatch(d -> d.reason() == Doubt.Reason.FUTURE_DATE);
    }

    private static boolean asksSomething(ParsedItem item) {
        return !item.doubts().isEmpty();
    }

    /** The item with every text of its draft written with {@code to} where the marked name {@code from} stood. */
    static ParsedItem renamed(ParsedItem item, String from, String to) {
        Report r = renamed(item.draft(), from, to);
        if (item instanceof ParsedItem.Ok ok) return new ParsedItem.Ok(r, ok.doubts());
        ParsedItem.Invalid bad = (ParsedItem.Invalid) item;
        return new ParsedItem.Invalid(bad.kind(), bad.problems(), r, bad.doubts());
    }

    private static Report renamed(Report r, String from, String to) {
        if (r == null || !r.getClass().isRecord()) return r;
        try {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                Object v = parts[i].getAccessor().invoke(r);
                if (v instanceof String str) v = str.replace(from, to);
                else if (v instanceof List<?> list) {
                    List<Object> copy = new ArrayList<>(list.size());
                    for (Object o : list) copy.add(o instanceof String str ? str.replace(from, to) : o);
                    v = List.copyOf(copy);
                }
                values[i] = v;
                types[i] = parts[i].getType();
            }
            Constructor<?> c = r.getClass().getDeclaredConstructor(types);
            c.setAccessible(true);
            return (Report) c.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return r;
        }
    }
}
