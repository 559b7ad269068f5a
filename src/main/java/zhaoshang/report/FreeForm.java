package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the free text written before the first "名称：" of a report, as in
 * "签约 光电芯片制造中心建设项目，安徽申焰新能源科技有限责任公司，总投资1.15亿，高新区，11月16日签约" or
 * "走访 11月20日 上海新材料协会 对接人 秘书长". Pieces are separated by spaces, ，and ；. Each piece is a field
 * name followed by its value ("对接人 秘书长"), a name glued to a value ("总投资1.15亿", "意向明确"), a date, an
 * amount, a zone (高新区/潞州区), a signing stage, a project (…项目), an organisation (…有限公司, …集团, …协会);
 * what is left fills the kind's main text field in order.
 */
final class FreeForm {

    private static final Set<String> AREAS = Set.of("高新区", "潞州区", "长治高新区", "潞州", "高新技术产业开发区", "长治高新技术产业开发区");
    private static final Set<String> PROGRESS = Set.of("签约", "注册", "开工", "投产", "已签约", "已注册", "已开工", "已投产");
    private static final String[] ORG_ENDINGS = {"公司", "集团", "协会", "商会", "联合会", "联盟", "研究院", "研究所", "大学", "学院",
            "医院", "银行", "基金", "创投", "资本", "控股", "实业", "股份", "工厂", "厂", "科技", "电子", "新能源", "光电", "集成电路",
            "事务所", "合作社"};
    private static final String[] VERBS = {"签约", "走访", "拜访", "考察", "来访", "出发", "返回", "来区考察"};

    private FreeForm() { }

    /** Fields read from the head, keyed by component; text fields collect several pieces joined by "，". */
    private static final java.util.regex.Pattern ROUTE_LEG = Patterns.compile("—|–|-|→|~|～|经|返回|返程|回程|出发|高铁|自驾|飞机|航班");
    private static final java.util.regex.Pattern PHASE_END = Patterns.compile("..(?:[一二三四]期|扩产|基地|生产线|产线)$");
    private static final java.util.regex.Pattern VISIT_VERB = Patterns.compile("(?:拟|计划|重点|主要)?(?:拜访|走访|对接)(?:企业)?[：:]?");
    private static final java.util.regex.Pattern ROUGH_DAY = Patterns.compile("^(?:近日|日前|近期|最近|前几天|前些天|这几天|前段时间)$");
    private static final java.util.regex.Pattern VISIT_NUMBER = Patterns.compile("#[A-Z]-[0-9]+");
    private static final java.util.regex.Pattern RECEIVES = Patterns.compile("(?:负责)?(?:接站|接机|接送|接待)?$");
    private static final java.util.regex.Pattern OURS_ALONG = Patterns.compile("(?:同去|同行|一起去的|一起去|一起|一同前往|也去了|陪同)$");

    static Map<String, String> read(ReportKind kind, String head, LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        if (head == null || head.isBlank()) return out;
        List<String> pieces = split(head);
        String phase = null;
        List<String> dates = new ArrayList<>();
        boolean labelled = false;
        // a lead's project taken from a piece without the word 项目 (a piece ending in 项目 later is the project)
        String guessed = null;
        for (int i = 0; i < pieces.size(); i++) {
            String t = pieces.get(i);
            String named = FieldSynonyms.component(kind, t);
            if (named != null && i + 1 < pieces.size() && InputText.value(pieces.get(i + 1)) != null) {
                labelled = true;
                if (OURS_LABELLED.contains(named)) {
                    int[] next = {i};
                    String who = spacedOurs(pieces, next);
                    if (who != null) { put(out, named, who); i = next[0]; continue; }
                }
                put(out, named, pieces.get(++i));
                continue;
            }
            // "我们陪同的是王蕾", "陪同的有刘伟、郑敏", "我方同去的是田野": ours told as a sentence of its own in a terse line
            String said = kind == ReportKind.INSPECTION || kind == ReportKind.VISIT ? oursSaid(t) : null;
            if (said != null) {
                String field = kind == ReportKind.INSPECTION ? "companions" : "ourPeople";
                if (!out.containsKey(field)) { out.put(field, said); continue; }
            }
            String ours = kind == ReportKind.INSPECTION ? "companions" : "ourPeople";
            String had = out.get(ours);
            if (glued(kind, t, out, today)) {
                // "陪同郭海涛 牛文斌": the word glued to the first name, the others after it a space apart
                String first = out.get(ours);
                if (first != null && !first.equals(had) && t.endsWith(first) && ProsePeople.oneName(first)) {
                    StringBuilder all = new StringBuilder(first);
                    for (; i + 1 < pieces.size() && ProsePeople.oneName(pieces.get(i + 1)) && !pieces.get(i + 1).equals(out.get("enterprise")); i++) {
                        all.append('、').append(pieces.get(i + 1));
                    }
                    out.put(ours, all.toString());
                }
                continue;
            }
            // "考察 … 潞州区 吕红陪同", "赵斌、韦宁全程陪同": our people written before the word, glued to it
            if (kind == ReportKind.INSPECTION && !out.containsKey("companions") && (t.endsWith("陪同") && t.length() > 3 || t.endsWith("陪") && t.length() > 2)) {
                String who = t.substring(0, t.length() - (t.endsWith("陪同") ? 2 : 1));
                if (who.endsWith("全程")) who = who.substring(0, who.length() - 2);
                // "牛海波负责接站陪同": meeting them at the station, then going round with them
                who = RECEIVES.matcher(who).replaceFirst("");
                List<String> names = PersonNames.list(who);
                // "晓雯陪同", "晓雯陪": a colleague by the given name alone
                if (names.isEmpty() && ProsePeople.givenNameWord(who)) names = List.of(who);
                if (!names.isEmpty()) {
                    // "… 潞州区 赵敏 李婷陪同": the names said just before, a space between each, are with them
                    List<String> all = new ArrayList<>();
                    for (int j = i - 1; j >= 0 && ProsePeople.plainName(pieces.get(j)) && !pieces.get(j).equals(out.get("enterprise")); j--) all.add(0, pieces.get(j));
                    all.addAll(names);
                    out.put("companions", String.join("、", all));
                    continue;
                }
            }
            // "…｜韩磊同去", "… 李婷一起": one of ours on a visit, the names glued to the word that says they went along
            if (kind == ReportKind.VISIT && !out.containsKey("ourPeople")) {
                java.util.regex.Matcher along = OURS_ALONG.matcher(t);
                if (along.find() && along.start() >= 2) {
                    List<String> names = PersonNames.list(t.substring(0, along.start()));
                    if (!names.isEmpty() && names.stream().allMatch(ProsePeople::plainName)) { out.put("ourPeople", String.join("、", names)); continue; }
                }
            }
            // "线索 均胜电子 … 潞州区 程浩跟", "线索｜博世｜…｜高新区｜韩磊": the name ending a lead's terse line, alone or
            // with 跟/负责, is who follows it up
            // "考察 今天 X 4人 潞州区 郭蕾": the name ending an inspection's terse line is one of ours who went along
            if (kind == ReportKind.INSPECTION && !out.containsKey("companions") && i == pieces.size() - 1 && i >= 2 && ProsePeople.ownName(t)) {
                out.put("companions", t);
                continue;
            }
            // "考察 … 来潞州区 看厂房 小葛接": the name ending the line, with the verb of receiving them, is one of ours
            String host = kind == ReportKind.INSPECTION && !out.containsKey("companions") && i == pieces.size() - 1 && i >= 2 ? OurPeople.hostPiece(t) : null;
            if (host != null) {
                out.put("companions", host);
                continue;
            }
            if ((kind == ReportKind.LEAD || kind == ReportKind.SIGNING) && !out.containsKey("owner") && i == pieces.size() - 1 && i >= 2) {
                String who = Owners.ownerPiece(t);
                if (who != null) { out.put("owner", who); continue; }
            }
            // "线索 X 区域运营中心 2000万 潞州区 杜鹏 阶段线索": the name before the stage said last
            if (kind == ReportKind.LEAD && !out.containsKey("owner") && i == pieces.size() - 2 && i >= 2 && stageWord(pieces.get(i + 1)) != null
                    && ProsePeople.ownName(t)) {
                out.put("owner", t);
                continue;
            }
            // "来源东莞市山西商会", "来源#V-0128", "#V-0203": a lead's source glued to its word, or the visit it came from by its number
            if (kind == ReportKind.LEAD && !out.containsKey("source")) {
                String from = t.startsWith("来源") && t.length() > 4 ? t.substring(t.startsWith("来源于") ? 3 : 2).replaceFirst("^[是为]", "") : null;
                if (from != null && (VISIT_NUMBER.matcher(from).matches() || !OrgNames.find(from).isEmpty() && OrgNames.find(from).get(0).name().equals(from))) {
                    out.put("source", from);
                    continue;
                }
                if (i >= 2 && VISIT_NUMBER.matcher(t).matches()) { out.put("source", t); continue; }
            }
            if (kind == ReportKind.TRIP_PLAN) {
                ChineseDates.RangeReading r = ChineseDates.readRange(t, today, ChineseDates.Resolution.NEAREST);
                if (r != null && r.end() < t.length()) {
                    // "11月24日-30日赴深圳、东莞": dates, then where to
                    put(out, FieldSynonyms.TRIP_DATES, t.substring(0, r.end()));
                    String where = withoutGo(t.substring(r.end()).strip());
                    if (!where.isEmpty()) putFirst(out, "destination", where);
                    continue;
                }
            }
            // "1.5签约同步开工": the day it was signed glued to what happened that day
            int signed = kind == ReportKind.SIGNING && !out.containsKey("date") ? t.indexOf("签约") : -1;
            if (signed >= 3 && isDate(kind, t.substring(0, signed), today)) {
                out.put("date", t.substring(0, signed));
                String step = ProseFields.progress(t);
                if (step != null && !out.containsKey("progress")) out.put("progress", step);
                continue;
            }
            if (isDate(kind, t, today)) {
                if (kind == ReportKind.TRIP_PLAN || kind == ReportKind.TRIP_SUMMARY) {
                    if (kind == ReportKind.TRIP_SUMMARY) put(out, "trip", t);
                    else put(out, FieldSynonyms.TRIP_DATES, t);
                } else {
                    putFirst(out, "date", stripVerb(t));
                }
                dates.add(t);
                continue;
            }
            // "近日", "日前": the day said only roughly, kept as written to be asked about
            if (kind != ReportKind.TRIP_PLAN && kind != ReportKind.TRIP_SUMMARY && !out.containsKey("date") && ROUGH_DAY.matcher(t).matches()) {
                out.put("date", t);
                continue;
            }
            if (hasAmount(kind) && isMoney(t)) { putFirst(out, "amountYuan", t); continue; }
            // "一期投资1.2亿": the first phase's figure, a signing's amount only when no other is written
            if (kind == ReportKind.SIGNING && (t.startsWith("一期") || t.startsWith("首期"))) {
                String r = t.substring(2).replaceFirst("^(?:投资额|投资)(?:为|是|约)?", "");
                if (Money.read(r).ok()) { phase = r; continue; }
            }
            if (AREAS.contains(t) && (kind == ReportKind.LEAD || kind == ReportKind.SIGNING || kind == ReportKind.INSPECTION)) {
                putFirst(out, "area", t);
                continue;
            }
            if (kind == ReportKind.SIGNING && PROGRESS.contains(t)) { putFirst(out, "progress", t); continue; }
            // "线索：X 激光装备产业园 5亿 高新区 王振宇 洽谈": a lead's stage written as its word alone
            if (kind == ReportKind.LEAD && !out.containsKey("stage") && stageWord(t) != null) { out.put("stage", stageWord(t)); continue; }
            // "已完成工商注册", "签约当天即开工": how far it went, told in a few words
            if (kind == ReportKind.SIGNING && !out.containsKey("progress") && t.length() <= 12 && ProseFields.progress(t) != null) {
                out.put("progress", ProseFields.progress(t));
                continue;
            }
            if (kind == ReportKind.VISIT && InvestmentIntent.isLevel(t) && !out.containsKey("intent")) { out.put("intent", t); continue; }
            // "山西美锦能源股份有限公司氢能重卡项目": the enterprise glued to its project
            if ((kind == ReportKind.LEAD || kind == ReportKind.SIGNING) && t.endsWith("项目") && !out.containsKey("project")
                    && !out.containsKey("enterprise")) {
                List<OrgNames.Found> orgs = OrgNames.find(t);
                if (orgs.size() == 1 && orgs.get(0).start() == 0 && t.length() - orgs.get(0).end() > 3) {
                    out.put("enterprise", orgs.get(0).name());
                    // "X公司的EDA人才实训基地项目": the 的 joining them belongs to neither
                    String project = t.substring(orgs.get(0).end());
                    if (project.startsWith("的")) project = project.substring(1);
                    // "X公司计划投资3亿元建设Y项目": the name starts after the plan's verb
                    String plain = ProseFields.projectPiece(project);
                    out.put("project", plain != null && plain.length() >= 3 ? plain : project);
                    continue;
                }
            }
            // "1.18 线索 X 回乡投资 机电装配项目": a piece ending in 项目 is the project over a piece only guessed to be it
            if (kind == ReportKind.LEAD && t.endsWith("项目") && t.length() > 2 && guessed != null && guessed.equals(out.get("project"))) {
                out.remove("project");
                append(out, "nextStep", guessed);
                guessed = null;
            }
            if ((kind == ReportKind.LEAD || kind == ReportKind.SIGNING) && t.endsWith("项目") && t.length() > 2
                    && !out.containsKey("project")) {
                // "他们要上一个X项目": the name after the plan's words; "说有个项目": a project told of without its name is
                // what they plan (kept with the words), no name
                String project = ProseFields.projectPiece(t);
                out.put("project", project == null ? "" : project);
                if (project == null) append(out, kind == ReportKind.LEAD ? "nextStep" : "issues", t);
                continue;
            }
            if (hasEnterprise(kind) && isOrganisation(t) && !out.containsKey("enterprise")) { out.put("enterprise", OrgNames.university(placedBefore(t))); continue; }
            // "星星充电，万帮数字能源股份有限公司": the legal name right after the short form taken for the enterprise
            if (hasEnterprise(kind) && i > 0 && pieces.get(i - 1).equals(out.get("enterprise")) && !isOrganisation(pieces.get(i - 1))
                    && OrgNames.legalAlone(t)) {
                out.put("enterprise", t);
                continue;
            }
            // "签约：ABB 储能变流器华北服务中心项目 …", "签约完成 深南电路 封装基板配套材料项目 …": a name written before the
            // project's own piece is the enterprise signing it
            if (kind == ReportKind.SIGNING && !out.containsKey("enterprise") && !out.containsKey("project") && !t.endsWith("项目")
                    && projectNext(pieces, i) && OrganisationName.junk(t) == null) {
                out.put("enterprise", t);
                continue;
            }
            // "走访 东莞 广东东阳光科技控股股份有限公司 …": a city before the organisation is where it is, not its name
            // "走访｜北京海淀｜12.7", "走访 天津 津泰钢构 总工梁工 …": a city (and its district) before the name is where it is
            if (hasEnterprise(kind) && !out.containsKey("enterprise") && (isPlace(t) || cityDistrict(t))
                    && (organisationAfter(pieces, i) || nameNext(pieces, i, today))) {
                append(out, FREE.get(kind), t);
                continue;
            }
            // "先保持联系", "对方兴趣不大": how keen they are, told in a few words (the words stay the visit's 洽谈内容)
            if (kind == ReportKind.VISIT && !out.containsKey("intent") && out.containsKey("enterprise")) {
                String level = ProseFields.intent(t);
                if (level != null) out.put("intent", level);
            }
            boolean projectBefore = out.containsKey("project");
            leftover(kind, t, out);
            if (kind == ReportKind.LEAD && !projectBefore && out.containsKey("project")) guessed = t;
        }
        if (phase != null && !out.containsKey("amountYuan")) out.put("amountYuan", phase);
        // "线索 X 精密五金 8000万": a trade is no project's name, which ends in what is built (…生产线, …基地, …中心);
        // with an amount the lead needs none. "线索 DJI 有可能在北方放个售后": a plan told in words names none either
        // (a product named in letters, "MLED", is a name)
        if (guessed != null && guessed.equals(out.get("project")) && !FACILITY.matcher(guessed).find()
                && (out.containsKey("amountYuan") && guessed.chars().allMatch(ch -> InputText.isCjk((char) ch)) || PLAN_TOLD.matcher(guessed).find())) {
            out.remove("project");
            append(out, "nextStep", guessed);
        }
        // "走访 今天 X公司 邢总（副总经理） 意向一般", "走访：12.16 深圳 X公司 庞伟 副总经理 …": the one met, told without
        // a 对接人 label, read as prose reads people (the words stay in 洽谈内容 as written); only on a terse line, which
        // the prose reader is not asked to read (a head written in sentences is compared with the prose reading, which
        // reads its people itself)
        boolean words = !ReportParser.sentences(List.of(head)) || terse(pieces);
        // "… 谈医疗设备零部件配套 先保持联系", "… 意向还可以": the intent told in a phrase, not as its level's word
        if (kind == ReportKind.VISIT && !out.containsKey("intent") && words) {
            String level = ProseFields.intent(head);
            if (level != null) out.put("intent", level);
        }
        if (kind == ReportKind.VISIT && !out.containsKey("contacts") && words) {
            String enterprise = out.get("enterprise");
            String rest = enterprise == null || enterprise.isBlank() ? head : head.replace(enterprise, "，");
            // "走访 大族激光 今天 副总王磊": the day before the one met is no department of theirs
            for (String d : dates) rest = blank(rest, d);
            // "走访 思瑞浦 苏州 财务总监", "捷佳伟创 深圳 张副总": the city written beside the one met is no department of theirs
            for (String p : pieces) if (p.length() <= 4 && p.length() >= 2 && isCity(p)) rest = blank(rest, p);
            String met = Contacts.contacts(rest, Set.of(), enterprise);
            if (met != null) out.put("contacts", met);
        }
        // "走访 太原重工 今天 意向一般", "拜访中兴通讯 无意向": whom they met, how keen, how much, told on one line without
        // labels, is what was said (as a prose visit's words)
        if (kind == ReportKind.VISIT && words && !labelled && !out.containsKey("content")
                && (out.containsKey("intent") || out.containsKey("contacts") || out.containsKey("amountYuan"))) {
            out.put("content", String.join("，", pieces));
        }
        return out;
    }

    /** The text with each piece written exactly as {@code piece} (between marks or spaces) made a comma. */
    private static String blank(String text, String piece) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            int end = at + piece.length();
            boolean alone = (at == 0 || delimiter(text.charAt(at - 1))) && (end == text.length() || delimiter(text.charAt(end)));
            if (!alone || at < from) continue;
            b.append(text, from, at).append('，');
            from = end;
        }
        return b.append(text.substring(from)).toString();
    }

    private static boolean delimiter(char c) {
        return c == ' ' || c == '\n' || c == '，' || c == ',' || c == '；' || c == ';' || c == '。';
    }

    /**
     * "华大九天，今天，张总，EDA人才实训基地，意向一般": commas between words, none of them a clause that tells something
     * (no piece longer than a name, none with 了): a terse line with commas for its spaces.
     */
    static boolean terse(String line) {
        return terse(split(line));
    }

    private static final Set<String> OURS_LABELLED = Set.of("companions", "ourPeople");
    /** "高新区管委会主任", "投促局副局长", "招商一组组长": an office of ours written before the names it introduces. */
    private static final java.util.regex.Pattern OUR_OFFICE = Patterns.compile(
            "^[\\u4e00-\\u9fff]{0,10}?(?:副区长|区长|书记|局长|主任|部长|处长|组长|科长|组员|同事|领导)$");

    /**
     * "陪同 王鹏 小孟", "我方 刘伟 郑敏", "陪同 高新区管委会主任 张卫东、周海涛": the label of ours in a line of words apart
     * by spaces, then each name a word of its own, perhaps an office of ours before them. All of them are the value (the
     * first word alone would drop the rest into the text). at[0] is the label's piece on entry, the last name's on return;
     * null when the words after the label are no such names (the plain reading then takes the next word).
     */
    private static String spacedOurs(List<String> pieces, int[] at) {
        int k = at[0] + 1;
        if (k + 1 < pieces.size() && OUR_OFFICE.matcher(pieces.get(k)).matches() && !ProsePeople.ownName(pieces.get(k))
                && !PersonNames.list(pieces.get(k + 1)).isEmpty()) k++;
        List<String> names = new ArrayList<>();
        for (; k < pieces.size(); k++) {
            String p = pieces.get(k);
            List<String> l = PersonNames.list(p);
            boolean listed = !l.isEmpty() && String.join("", l).equals(p.replace("、", "")) && l.stream().allMatch(ProsePeople::plainName);
            if (listed && (p.indexOf('、') >= 0 || ProsePeople.ownName(p))) { names.addAll(l); continue; }
            break;
        }
        if (names.size() < 2 && k == at[0] + 2) return null;
        if (names.isEmpty()) return null;
        at[0] = k - 1;
        return String.join("、", names);
    }

    /** "我们陪同的是", "陪同的有", "我方同去的是", "一起去的还有": who of ours went along, the names after it. */
    private static final java.util.regex.Pattern OURS_SAID = Patterns.compile(
            "^(?:我们|我方|咱们|我们这边)?(?:全程)?(?:陪同|陪着|陪|接待|同去|同行|一起去|一同去)的(?:是|有|还有)(.{2,20})$");

    /** The names of ours after {@link #OURS_SAID}, joined by 、; null when the piece is no such sentence or names nobody. */
    private static String oursSaid(String piece) {
        if (piece.indexOf('的') < 0) return null;
        java.util.regex.Matcher m = OURS_SAID.matcher(piece);
        if (!m.matches()) return null;
        List<String> l = PersonNames.list(m.group(1));
        if (l.isEmpty() || !String.join("", l).equals(m.group(1).replaceAll("[、和及与]", "")) || !l.stream().allMatch(ProsePeople::plainName)) return null;
        return String.join("、", l);
    }

    private static boolean terse(List<String> pieces) {
        if (pieces.size() < 3) return false;
        for (String p : pieces) if (p.length() > 10 || p.indexOf('了') >= 0) return false;
        return true;
    }

    private static List<String> split(String head) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i <= head.length(); i++) {
            boolean end = i == head.length();
            char c = end ? ' ' : head.charAt(i);
            // "X有限公司（中科院系，数据中心液冷）": a note in brackets after a name stays with it, its commas too
            if (c == '（') depth++;
            else if (c == '）' && depth > 0) depth--;
            if (depth > 0 && (c == '，' || c == ',') && head.indexOf('）', i) > 0) continue;
            if (end || c == ' ' || c == '\n' || c == '，' || c == ',' || c == '；' || c == ';' || c == '。' || InputText.pieceMark(head, i)) {
                if (i > start) pieces.add(head.substring(start, i));
                start = i + 1;
            }
        }
        return pieces;
    }

    /** "总投资1.15亿", "拟投资5000万", "意向明确", "意向：明确" already gone; only typed values count. */
    private static boolean glued(ReportKind kind, String t, Map<String, String> out, LocalDate today) {
        FieldSynonyms.Found f = FieldSynonyms.at(kind, t, 0);
        if (f == null || f.end() >= t.length()) return false;
        String rest = t.substring(f.end());
        // "对方意向一般", "对方投资意向较强": the other side, then a field of theirs glued to its value (not a person
        // called 意向一般)
        if (f.component().equals("contacts") && t.startsWith("对方") && FieldSynonyms.at(kind, rest, 0) != null) {
            return glued(kind, rest, out, today);
        }
        if (rest.startsWith("为") || rest.startsWith("是")) rest = rest.substring(1);
        switch (f.component()) {
            case "amountYuan" -> {
                Money.Reading r = Money.read(rest);
                if (!r.ok() && r.failure() != Money.Failure.FOREIGN_CURRENCY) return false;
            }
            case "intent", "result" -> {
                if (!InvestmentIntent.isLevel(rest)) return false;
            }
            case "date", "departDate", "returnDate" -> {
                if (ChineseDates.readWhole(rest, today, ChineseDates.Resolution.NEAREST) == null) return false;
            }
            case "progress" -> {
                if (!PROGRESS.contains(rest)) return false;
            }
            case "contacts", "owner", "companions", "ourPeople" -> {
                // "对接人王总", "责任人韦宁": a short name glued to the field name
                if (rest.length() > 8) return false;
                // "对方表示暂无投资意向": the other side said something, no one named
                if (f.component().equals("contacts") && !Contacts.onlyPeople(rest)) return false;
                // "责任人就定邵丽吧": the words around the name said as speech, as prose reads who follows it up
                String named = f.component().equals("owner") ? Owners.owner(t) : null;
                if (named != null) rest = named;
            }
            default -> { return false; }
        }
        putFirst(out, f.component(), rest);
        return true;
    }

    /**
     * "宝安区的深圳市捷诺电子有限公司", "东莞那边的X有限公司": where it is, said with 的 before its registered name, is no
     * part of the name; the piece itself otherwise.
     */
    private static String placedBefore(String t) {
        List<OrgNames.Found> found = OrgNames.find(t);
        if (found.size() != 1 || found.get(0).start() == 0 || found.get(0).end() != t.length() || !found.get(0).suffixed()) return t;
        return found.get(0).name();
    }

    private static boolean isDate(ReportKind kind, String t, LocalDate today) {
        if (kind == ReportKind.TRIP_PLAN || kind == ReportKind.TRIP_SUMMARY) {
            if (ChineseDates.parseRange(t, today, ChineseDates.Resolution.NEAREST).isPresent()) return true;
        }
        return ChineseDates.readWhole(stripVerb(t), today, ChineseDates.Resolution.NEAREST) != null;
    }

    private static String stripVerb(String t) {
        for (String v : VERBS) {
            if (t.endsWith(v) && t.length() > v.length()) return t.substring(0, t.length() - v.length());
        }
        return t;
    }

    /** "洽谈", "洽谈中", "在谈", "线索阶段": a lead's stage told by its word alone; null otherwise. */
    static String stageWord(String t) {
        // "阶段线索", "阶段：洽谈": the word, then the stage
        if (t.startsWith("阶段") && t.length() > 3) t = t.substring(t.charAt(2) == '：' || t.charAt(2) == ':' ? 3 : 2) + "阶段";
        String s = t.endsWith("阶段") ? t.substring(0, t.length() - 2) : t.endsWith("中") ? t.substring(0, t.length() - 1) : t;
        // "当前处于洽谈阶段", "目前正在洽谈中": the time said before the stage
        if (s.startsWith("当前") || s.startsWith("目前") && s.length() > 4 || s.startsWith("现在")) s = s.substring(2);
        if (s.startsWith("处于") || s.startsWith("正在") || s.startsWith("目前") || s.startsWith("还在") || s.startsWith("仍在")) s = s.substring(2);
        return switch (s) {
            case "洽谈", "在谈", "商谈", "谈判", "磋商" -> "洽谈";
            case "线索" -> t.length() > 2 ? "线索" : null; // "线索" alone is the kind word
            case "签约" -> t.length() > 2 ? "签约" : null;
            default -> null;
        };
    }

    private static boolean isMoney(String t) {
        Money.Reading r = Money.read(t);
        return r.ok() || r.failure() == Money.Failure.FOREIGN_CURRENCY;
    }

    private static boolean hasAmount(ReportKind kind) {
        return kind == ReportKind.VISIT || kind == ReportKind.LEAD || kind == ReportKind.SIGNING;
    }

    private static boolean hasEnterprise(ReportKind kind) {
        return kind == ReportKind.VISIT || kind == ReportKind.LEAD || kind == ReportKind.SIGNING || kind == ReportKind.INSPECTION;
    }

    static boolean isOrganisation(String t) {
        if (t.length() < 3) return false;
        String s = t;
        int bracket = s.indexOf('（') >= 0 ? s.indexOf('（') : s.indexOf('(');
        if (bracket > 0 && (s.endsWith("）") || s.endsWith(")")) && (bracket > s.length() - 8 || s.indexOf('，', bracket) > 0)) s = s.substring(0, bracket);
        // "拓斯达（广东拓斯达科技股份有限公司）": a short form with the legal name in brackets after it
        else if (bracket > 1 && (s.endsWith("）") || s.endsWith(")")) && OrgNames.legalAlone(s.substring(bracket + 1, s.length() - 1))) return true;
        for (String e : ORG_ENDINGS) {
            if (s.endsWith(e) && s.length() > e.length()) return true;
        }
        return false;
    }

    private static final Map<ReportKind, String> FREE = Map.of(ReportKind.LEAD, "nextStep", ReportKind.INSPECTION, "itinerary",
            ReportKind.SIGNING, "issues", ReportKind.VISIT, "content", ReportKind.TRIP_PLAN, "route", ReportKind.TRIP_SUMMARY, "visits");

    private static boolean organisationAfter(List<String> pieces, int i) {
        for (int j = i + 1; j < pieces.size(); j++) if (isOrganisation(pieces.get(j))) return true;
        return false;
    }

    /** The piece after i reads as an enterprise's short name, the one after it as what was said or who was met. */
    private static boolean nameNext(List<String> pieces, int i, LocalDate today) {
        if (i + 2 >= pieces.size()) return false;
        String n = pieces.get(i + 1);
        return !isPlace(n) && !cityDistrict(n) && !isDate(ReportKind.VISIT, n, today) && ShortNames.acceptable(n) && !NameRecogniser.commonWord(n);
    }

    /** The piece after i is a project's ("…项目"). */
    private static boolean projectNext(List<String> pieces, int i) {
        // "签约 瑞丰达医疗 透析管路二期 …": a phase of a project names it as 项目 does
        return i + 1 < pieces.size() && pieces.get(i + 1).length() > 2 && (pieces.get(i + 1).endsWith("项目") || PHASE_END.matcher(pieces.get(i + 1)).find());
    }

    /** A city, or a city and its district ("苏州", "深圳光明", "深圳市"): listed places only, the recogniser not asked. */
    private static boolean isCity(String t) {
        for (String p : OrgNames.PLACES) {
            if (t.startsWith(p) && (t.length() == p.length() || t.length() == p.length() + 1 && t.endsWith("市")
                    || t.length() == p.length() + 2 && InputText.isCjk(t.charAt(t.length() - 1)))) return true;
        }
        return false;
    }

    /** A listed city and a district the recogniser knows as a place ("北京海淀", "苏州吴江"), not a name opening with its city ("佛山华陶"). */
    static boolean cityDistrict(String t) {
        for (String p : OrgNames.PLACES) {
            if (t.startsWith(p) && t.length() > p.length() + 1 && t.length() <= p.length() + 3) {
                String rest = t.substring(p.length());
                return NameRecogniser.guess(rest) == NameRecogniser.Guess.PLACE || rest.endsWith("区") || rest.endsWith("县");
            }
        }
        return false;
    }

    /** A province or city on its own ("东莞", "深圳市", "江苏"). */
    private static boolean isPlace(String t) {
        if (t.length() < 2 || t.length() > 4) return false;
        if (OrgNames.isPlaceName(t)) return true;
        return NameRecogniser.guess(t) == NameRecogniser.Guess.PLACE;
    }

    /** What a project without the word 项目 is named by: what is built. */
    private static final java.util.regex.Pattern FACILITY = Patterns.compile(
            "(?:项目|基地|中心|线|园|园区|厂|工厂|总部|电站|平台|实验室|研究院|仓|库|楼|站|港|城)$");

    /** A plan told in words rather than named: "有可能在北方放个售后", "想在山西搞点什么". */
    private static final java.util.regex.Pattern PLAN_TOLD = Patterns.compile(
            "^(?:有可能|可能|也许|想|打算|准备|要|有意|考虑|计划)|[放搞弄建上]个|什么");

    private static void leftover(ReportKind kind, String t, Map<String, String> out) {
        switch (kind) {
            case VISIT -> {
                if (!out.containsKey("enterprise")) out.put("enterprise", t);
                else append(out, "content", t);
            }
            case LEAD -> {
                if (!out.containsKey("enterprise")) out.put("enterprise", t);
                // "精密五金", "储能": a trade is no project's name; a name ends in what is built (…生产线, …基地, …中心)
                else if (!out.containsKey("project")) out.put("project", t);
                else append(out, "nextStep", t);
            }
            case INSPECTION -> {
                String name = out.containsKey("enterprise") ? null : legalFirst(t);
                if (name != null) {
                    // "天津昊川汽车线束有限公司董事长要来": the registered name, then who of it comes
                    out.put("enterprise", name);
                    append(out, "itinerary", t.substring(name.length()));
                }
                else if (!out.containsKey("enterprise")) out.put("enterprise", t);
                else append(out, "itinerary", t);
            }
            case SIGNING -> {
                // "签约：某储能企业 储能电站项目 …": where the enterprise should be, described rather than named (asked)
                if (!out.containsKey("enterprise") && (t.endsWith("企业") || t.endsWith("公司")) && OrganisationName.junk(t) != null) out.put("enterprise", t);
                else if (!out.containsKey("project") && !isOrganisation(t)) out.put("project", t);
                else if (!out.containsKey("enterprise")) out.put("enterprise", t);
                else append(out, "issues", t);
            }
            case TRIP_PLAN -> {
                if (!out.containsKey("destination")) out.put("destination", withoutGo(t));
                // "12.22-12.24 宁波 杭州 海天精工 杭叉": a second place before any visit is where they go too
                else if (!out.containsKey("plannedVisits") && isPlace(t)) out.merge("destination", t, (a, b) -> a + "、" + b);
                // "依托秦创原": whom the trip leans on
                else if (t.startsWith("依托") && t.length() > 3 && !out.containsKey("partners")) out.put("partners", t.substring(2));
                // the names after the places are whom they plan to visit; a leg of the journey ("长治—上海") stays the route
                // "… 深圳 东莞 拜访 铭威激光(12.7) …": the verb before the list is no visit
                else if (VISIT_VERB.matcher(t).matches()) { }
                else if (!ROUTE_LEG.matcher(t).find()) append(out, "plannedVisits", t);
                else append(out, "route", t);
            }
            case TRIP_SUMMARY -> append(out, "visits", t);
        }
    }

    /**
     * "天津昊川汽车线束有限公司董事长要来": a piece opening with one registered name that the words of the sentence follow
     * (who of it comes, what it does), the name; null when the piece is no such words (a name alone, a site after it).
     */
    private static String legalFirst(String t) {
        if (t.length() < 10 || t.indexOf("公司") < 0) return null;
        List<OrgNames.Found> found = OrgNames.find(t);
        if (found.size() != 1 || found.get(0).start() != 0 || !found.get(0).suffixed() || !found.get(0).name().endsWith("公司")
                || found.get(0).name().endsWith("分公司")) return null;
        String rest = t.substring(found.get(0).end());
        return rest.length() >= 2 && COMER_AFTER.matcher(rest).lookingAt() ? found.get(0).name() : null;
    }

    /** Who of an enterprise comes, said right after its name: a title, 一行, the people's count. */
    private static final java.util.regex.Pattern COMER_AFTER = java.util.regex.Pattern.compile(
            "(?:的)?(?:常务|执行|高级)?副?(?:董事长|总经理|总裁|总监|总工|董秘|经理|厂长|院长|所长|主任|部长|负责人|老板|一行|[0-9一二两三四五六七八九十]+人)");

    private static void put(Map<String, String> out, String component, String value) {
        if (out.containsKey(component) && isText(component)) append(out, component, value);
        else out.put(component, value);
    }

    private static void putFirst(Map<String, String> out, String component, String value) {
        out.putIfAbsent(component, value);
    }

    private static boolean isText(String component) {
        return switch (component) {
            case "content", "itinerary", "issues", "route", "visits", "nextStep" -> true;
            default -> false;
        };
    }

    /** "赴深圳、东莞" → "深圳、东莞": where a trip goes, without the verb of going. */
    static String withoutGo(String where) {
        for (String go : new String[]{"赴", "去", "到", "前往"}) {
            if (where.startsWith(go) && where.length() > go.length()) return where.substring(go.length());
        }
        return where;
    }

    private static void append(Map<String, String> out, String component, String value) {
        out.merge(component, value, (a, b) -> a + "，" + b);
    }
}
