package zhaoshang.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visit typed as one line of words with spaces between them and no kind word: "周五 常州 星星充电 周经理 聊了充电桩
 * 没意向", "11.13 厦门 三安光电 见了副总裁陈伟 意向明确", "本周二 杭州 士兰微+大华 两家都见了". The line opens with a day,
 * then (after an optional city) names the enterprise by a short form, and says who was met or how the talk went (a
 * person with a title, an intent, an amount). Such a line is read as a visit of that enterprise; a line that lacks
 * the day, the enterprise or what was said of the meeting is left alone (chat stays chat).
 */
final class TerseLine {

    /** The word put before each enterprise so that the prose reader takes it as the one visited. */
    static final String VISITED = "拜访";

    private static final Pattern TOKEN_SPLIT = Patterns.compile("[ \\u3000]+");

    /** A terse line's words, as typed apart by spaces (ASCII or full-width); every terse reader splits so. */
    static String[] words(String s) {
        // as TOKEN_SPLIT.split(s) gives them (a leading empty word when s opens with a space, none at its end), without
        // a Matcher: most lines hold one space or a few
        List<String> out = null;
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\u3000') { i++; continue; }
            if (out == null) out = new ArrayList<>();
            out.add(s.substring(start, i));
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\u3000')) i++;
            start = i;
        }
        if (out == null) return new String[] {s};
        out.add(s.substring(start));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) size--;
        return out.subList(0, size).toArray(new String[0]);
    }
    private static final Pattern PIECE_SPLIT = Patterns.compile("[ \\u3000]*[，,][ \\u3000]*|[ \\u3000]+");
    private static final Pattern END_MARK = Patterns.compile("[。！!]+$");
    /** "捷普（Jabil）", "博世(Bosch)": the name in Latin letters in brackets after the Chinese one. */
    private static final Pattern LATIN_ALIAS = Patterns.compile("[（(][A-Za-z][A-Za-z .&'-]*[)）]$");
    private static final Pattern LEADING_VERB = Patterns.compile("^(?:见了|见到了|见到|见|拜访了|拜访|走访了|走访|去了|去|到了|到|在|约了|对接了|对接)");
    private static final Pattern TIME_OF_DAY = Patterns.compile("上午|下午|晚上|中午|早上|傍晚");
    /** "周经理", "刘总监", "张处", "贾院长", "约了郑总", "见了副总裁陈伟": someone met, by name or title. */
    static final Pattern PERSON = Patterns.compile(
            "^(?:见了|见到|见|约了|约到|约|和|跟|与)?(?:[\\u4e00-\\u9fff]{1,2}(?:总|总经理|经理|总监|主任|处长|处|院长|所长|部长|科长|局长|董|工|秘书长|会长|书记|厂长)"
                    + "|(?:副总裁|总裁|董事长|总经理|副总经理|副总|董秘|总监|经理|主任|部长|院长)[\\u4e00-\\u9fff]{2,3})"
                    // "见钱总（供应链副总裁）": the title in brackets after the one met
                    + "(?:[（(][\\u4e00-\\u9fff]{2,12}[）)])?$");
    /** What a meeting came to: an intent, an amount, a follow-up. */
    private static final Pattern OUTCOME = Patterns.compile("意向|意愿|保持联系|继续跟进|再跟进|没兴趣|千万|[0-9]万"
            // "3亿", "一个亿", "两亿八": an amount ("亿纬", an enterprise's short form, is none)
            + "|[0-9一二两三四五六七八九十百几多半个]亿"
            // "… 谈二期 较强": the intent alone, its word left out, as the last words of a terse line
            + "|^(?:较强|明确|强烈|很强|一般|较弱)$");
    private static final Pattern PLACE = Patterns.compile("^[\\u4e00-\\u9fff]{2,4}(?:市|区|县|省)$");
    private static final Pattern YEAR_WORD = Patterns.compile("今年|明年|去年|年内|年后|年前|目前|暂时|现在");
    private static final Pattern SEVERAL = Patterns.compile("[+＋、/和]");

    private TerseLine() { }

    /** What was rewritten: the line the prose reader should read, the enterprises and the words they stood in. */
    record Marked(String text, List<String> enterprises) { }

    /**
     * The line with {@link #VISITED} put before each enterprise it names ("周五 常州 拜访星星充电 周经理 …"); null when
     * the message is not such a line.
     */
    /**
     * "今天 贝特瑞 负极材料\n对接 市场部经理唐立\n意向明确 拟投15亿": a terse line opening with the day and the name, the one
     * met and how it went typed on short lines below it, is that line typed on; null when the message is no such lines.
     */
    static Marked markLines(String message, LocalDate today) {
        String[] lines = message.strip().split("\n");
        if (lines.length < 2 || lines.length > 6 || message.length() > 120 || words(lines[0].strip()).length < 2) return null;
        for (String l : lines) if (l.isBlank() || l.length() > 40 || SENTENCE.matcher(l).find()) return null;
        return mark(String.join(" ", lines).replaceAll("[ \u3000]+", " "), today);
    }

    /** A mark ending a sentence or a heading: lines holding one are prose or a form, not a terse line typed on. */
    private static final Pattern SENTENCE = Patterns.compile("[。！!？?；;]|[：:]\\s*$|^[（(【]");

    static Marked mark(String message, LocalDate today) {
        String s = message.strip();
        if (s.indexOf('\n') >= 0 || s.length() > 120) return null;
        // "炬光科技，今天，张总，激光光学元件，意向一般。": the pieces may be cut by commas as well as by spaces
        boolean commas = s.indexOf('，') >= 0 || s.indexOf(',') >= 0;
        if (s.indexOf(' ') < 0 && !commas) return null;
        if (commas) s = END_MARK.matcher(s).replaceAll("");
        String[] tokens = tidy((commas ? PIECE_SPLIT : TOKEN_SPLIT).split(s), today);
        if (tokens.length < 3) return null;
        // "纳睿雷达 今天 见了董事长 …": the day may follow the name it opens with
        if (!onlyADate(tokens[0], today) && onlyADate(tokens[1], today) && !onlyADate(tokens[0], today)) {
            String first = tokens[0];
            tokens[0] = tokens[1];
            tokens[1] = first;
        } else if (tokens.length > 3 && !onlyADate(tokens[0], today) && !onlyADate(tokens[1], today) && onlyADate(tokens[2], today)) {
            // "广州 广汽埃安 今日 …", "歌尔 潍坊 今天 …": or the city and the name (in either order) it opens with
            String day = tokens[2];
            tokens[2] = tokens[1];
            tokens[1] = tokens[0];
            tokens[0] = day;
        }
        if (!onlyADate(tokens[0], today)) return null;
        int at = -1;
        String tail = null;
        List<String> names = new ArrayList<>();
        boolean placed = false;
        for (int i = 1; i < tokens.length && i <= 3; i++) {
            String t = LEADING_VERB.matcher(tokens[i]).replaceFirst("");
            // "捷普（Jabil）": a name given in Latin letters beside is an organisation's, however it reads
            boolean aliased = LATIN_ALIAS.matcher(t).find();
            if (aliased) t = LATIN_ALIAS.matcher(t).replaceFirst("");
            // "溯源冷链二访", "鼎芯微回访": the visit's count glued to the name is no part of it
            if (t.length() >= 4) t = COUNTED_VISIT.matcher(t).replaceFirst("");
            if (t.isEmpty() || TIME_OF_DAY.matcher(t).replaceAll("").isEmpty() || PLACE.matcher(t).matches()) { placed = true; continue; }
            if (PERSON.matcher(tokens[i]).matches() || OUTCOME.matcher(t).find()) break;
            // "周日 深圳 和朋友一起见了 X …": who went along or who brought them together, told before the name
            if (t.length() > 3 && MET_BEFORE.matcher(t).find() && i + 1 < tokens.length && named(tokens[i + 1])) continue;
            // "跟星河储能 签了", "东莞的耀华玻璃": whom it was done with, or the city it is of, said before the name
            t = ofCity(WITH.matcher(t).replaceFirst(""));
            // "宏泰精工的陈厂长": the one met said with 的 right after the name (kept after it in the line)
            String person = null;
            int of = t.indexOf('的');
            // ("合力叉车的两个 副总": or how many of them came)
            if (of >= 2 && of + 1 < t.length() && (PERSON.matcher(t.substring(of + 1)).matches() || HOW_MANY.matcher(t.substring(of + 1)).matches())) {
                person = t.substring(of);
                t = t.substring(0, of);
            }
            // "上午 雄安 中建智科 李总 …", "上海张江 NovaBot 华东区总经理陈凯文": a short word before the name and then the one
            // met is where the enterprise is (the city or district is written before the name, never after it; once the
            // city is written, the short word after it is the name: "上海 均胜 汽车电子 杜总")
            // ("国轩 动力电池回收 见了陈副总裁": no place before what the enterprise makes)
            if (!placed && placeLike(t) && i + 2 < tokens.length && i < 3 && named(tokens[i + 1]) && met(tokens[i + 2])
                    && !tradeAfterName(t, tokens[i + 1])) { placed = true; continue; }
            // "商汤 SenseTime 政府事务 陈经理", "芯原 市场部 韩经理": the name in Latin letters and the department met
            // stand between the name and the one met
            int next = i + 1;
            if (next < tokens.length && LATIN.matcher(tokens[next]).matches() && !met(tokens[next])) next++;
            if (next + 1 < tokens.length && DEPARTMENT.matcher(tokens[next]).matches() && !met(tokens[next])) next++;
            if (BRAND.matcher(t).matches() && next < tokens.length && met(tokens[next])) {
                names = List.of(t);
                at = i;
                tail = person;
                break;
            }
            // "周五 西安 隆基 马经理": a name that reads as a person's stands in the enterprise's place before the one met
            boolean metNext = next < tokens.length && (PERSON.matcher(tokens[next]).matches() || TITLED.matcher(tokens[next]).matches())
                    // "周一 上海 韦尔 图像传感 孙总": after the city, the name's trade may stand before the one met
                    || placed && next + 1 < tokens.length && PERSON.matcher(tokens[next + 1]).matches()
                    // "12.2 宇树 销售负责人 意向一般", "今天 中关村 智谱 意向一般": a title alone, or how it went, in the next slot
                    || next < tokens.length && (BARE_TITLE.matcher(tokens[next]).matches() || OUTCOME.matcher(tokens[next]).lookingAt())
                    // "国轩 今天 动力电池回收 见了陈副总裁", "1.12 威高 医用耗材 副总裁 陈立": what it makes, then the one met
                    || next + 1 < tokens.length && tradeAfterName(t, tokens[next])
                        && (met(tokens[next + 1]) || BARE_TITLE.matcher(tokens[next + 1]).matches() || SEEN_TITLE.matcher(tokens[next + 1]).matches());
            List<String> found = new ArrayList<>();
            // "上周五 北京诺禾致源科技股份有限公司 副总裁李瑞强 …": the name written in full, as registered
            if (registered(t)) {
                names = List.of(t);
                at = i;
                tail = person;
                break;
            }
            for (String part : SEVERAL.split(t)) {
                // ("今年弗扩产", "明年再说": words opening with a year are what was said, no name)
                boolean name = !YEAR_WORD.matcher(part).lookingAt() && ShortNames.acceptable(part) && !NameRecogniser.commonWord(part)
                        || organisation(part)
                        || (metNext || aliased) && ShortNames.acceptableForm(part) && NameRecogniser.guess(part) == NameRecogniser.Guess.PERSON;
                if (part.length() > (cityFirst(part) ? 12 : 8) || !name) { found.clear(); break; }
                found.add(part);
            }
            if (found.isEmpty()) {
                if (NameRecogniser.guess(t) == NameRecogniser.Guess.PLACE) { placed = true; continue; }
                return null;
            }
            names = found;
            at = i;
                tail = person;
            break;
        }
        if (at < 0) return null;
        boolean told = false;
        // "今天 X 来高新区考察 3人": the enterprise came to us — its inspection, told by those words, not a visit
        boolean came = false;
        for (int i = at + 1; i < tokens.length; i++) {
            if (PERSON.matcher(tokens[i]).matches() || OUTCOME.matcher(tokens[i]).find()) told = true;
            // "战略部吃了个饭", "和张总喝了茶", "碰了个面": the meeting told by what was done at it, with an organisation
            // ("昨天 小王 吃了个饭" is a meal with one of ours)
            if (TALKED.matcher(tokens[i]).find() && names.stream().allMatch(TerseLine::company)) told = true;
            ProseCues.Cue cue = ProseCues.of(tokens[i]);
            // ("想年后来考察", "准备下月来看厂房": their coming wished or planned, later, is no inspection told)
            if (cue != null && cue.kind() == ReportKind.INSPECTION && !cue.weak() && !WISHED.matcher(tokens[i]).find()) came = told = true;
            // "昨天 东莞的X 盖板玻璃项目 签约了 投资一点二亿": a signing told by its own verb after the name, said word by
            // word, is that signing — the name is left for the verb to tell its kind, not made a visit
            if (cue != null && cue.kind() == ReportKind.SIGNING && !cue.weak() && !cue.plan()) came = told = true;
        }
        if (!told) return null;
        StringBuilder b = new StringBuilder();
        // "… 意向无 老潘 小宋", "… 老王 老牛 意向较强": ours, by their familiar names standing alone after the enterprise,
        // are said as those who went along
        List<String> ours = new ArrayList<>();
        // (not when the line says itself who went along: "老申 小郭一起", "老秦 小侯陪同")
        boolean along = came || ALONG_SAID.matcher(s).find();
        for (int i = 0; i < tokens.length; i++) {
            if (i > at && !along && nickname(tokens[i]) && !TITLE_END.matcher(tokens[i - 1]).find()) { ours.add(tokens[i]); continue; }
            if (i > 0) b.append(' ');
            if (i != at) { b.append(tokens[i]); continue; }
            for (int k = 0; k < names.size(); k++) b.append(k > 0 ? "，" : "").append(came ? "" : VISITED).append(names.get(k));
            if (tail != null) b.append(tail);
        }
        if (!ours.isEmpty()) b.append(' ').append(ALONG).append(' ').append(String.join(" ", ours));
        return new Marked(b.toString(), names);
    }

    private static final Pattern HOW_MANY = Patterns.compile("[一二两三四五六七八九十几0-9]{1,2}(?:个|位|名)(?:人)?");
    private static final Pattern WITH = Patterns.compile("^(?:跟|和|与|同)(?=[\\u4e00-\\u9fffA-Za-z]{2})");
    private static final Pattern CITY_OF = Patterns.compile("^([\\u4e00-\\u9fff]{2,3})的(?=[\\u4e00-\\u9fffA-Za-z]{2})");

    /** "东莞的耀华玻璃" → "耀华玻璃": a city and 的 before the name. */
    static String ofCity(String t) {
        if (t.indexOf('的') < 0) return t;
        Matcher m = CITY_OF.matcher(t);
        if (!m.find() || NameRecogniser.guess(m.group(1)) != NameRecogniser.Guess.PLACE && !PLACE.matcher(m.group(1)).matches()) return t;
        return t.substring(m.end());
    }

    /** "SMIC", "汇川", "中建智科": a name read as an organisation's, or in Latin capitals, never as a person's. */
    private static boolean company(String n) {
        if (nickname(n) || PERSON.matcher(n).matches()) return false;
        NameRecogniser.Guess g = NameRecogniser.guess(n);
        return g == NameRecogniser.Guess.ORGANISATION || BRAND.matcher(n).matches() || g == NameRecogniser.Guess.OTHER && ShortNames.acceptable(n);
    }

    /** "想年后来考察", "准备下月来看", "希望尽快来": a coming wished or planned, said before it. */
    private static final Pattern WISHED = Patterns.compile("^(?:想|要|准备|计划|打算|希望|拟|争取|邀请|欢迎|约)");

    /** "吃了个饭", "喝了茶", "碰了个面", "聊了聊": what was done at a meeting, told as its verb. */
    private static final Pattern TALKED = Patterns.compile("(?:吃了|吃的|请了|约了)个?(?:饭|午饭|晚饭|便饭)|(?:喝了|喝的)个?茶|(?:碰了|见了)个?面|聊了聊|交流了");

    /** "SenseTime", "UBTech", "VeriSilicon": a word in Latin letters only. */
    private static final Pattern LATIN = Patterns.compile("^[A-Za-z][A-Za-z.&'-]{1,19}$");
    /** "政府事务", "市场部", "投资发展部", "研究院": the department of the one met, written before them. */
    private static final Pattern DEPARTMENT = Patterns.compile("^[\\u4e00-\\u9fffA-Za-z]{1,8}(?:部|处|办|中心|事务|事业部|事业群|研究院|团队)$");
    /** "和一个基金朋友见了", "跟老同学一起见的": the meeting told before the name, with whom it came about. */
    private static final Pattern MET_BEFORE = Patterns.compile("^(?:和|跟|与|通过|经).{1,10}(?:见了|见的|见到|一起去|去了)$");

    /** "区域 经理 小蒋": a familiar name right after a title is the one met, not one of ours. */
    private static final Pattern TITLE_END = Patterns.compile("(?:经理|总监|主任|部长|主管|负责人|助理|秘书|董事长|总裁|总经理|厂长|所长|院长)$");

    /** The word put before ours moved to the end of the line (taken out again of the 洽谈内容). */
    private static final String ALONG = "同去";
    private static final Pattern ALONG_SAID = Patterns.compile("一起|一同|同去|同行|陪|随行");

    /** "老潘", "小宋": one of ours by the familiar form, 老 or 小 and a surname. */
    static boolean nickname(String t) {
        // ("小米" is read as no one's name; a 老 and a surname always is one)
        return t.length() == 2 && PersonNames.isSurname(t.charAt(1))
                && (t.charAt(0) == '老' || t.charAt(0) == '小' && NameRecogniser.guess(t) != NameRecogniser.Guess.OTHER);
    }

    private static final Pattern COUNTED_VISIT = Patterns.compile("(?<=[\\u4e00-\\u9fffA-Za-z]{2})(?:[二三四]访|回访|复访|再访|二次拜访|二次走访)$");

    /** "NovaBot", "MiniMax": a brand written in Latin letters only, as its makers write it. */
    private static final Pattern BRAND = Patterns.compile("^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$|^[A-Z][A-Za-z0-9&-]{1,11}$");
    /** A title or the talk's outcome: the words that follow the enterprise's name in a terse line. */
    private static final Pattern MET = Patterns.compile("总经理|副总|总裁|董事长|总监|经理|主任|部长|院长|秘书长|会长|CEO|COO|CTO|CFO|^[\\u4e00-\\u9fff]{1,2}[总董]$");
    /** "补", "补报", "补登": the report sent late, said as its first word. */
    private static final Pattern LATE = Patterns.compile("^(?:补|补报|补录|补记|补登|补发|补一个|补一条)$");
    private static final Pattern LATE_AFTER = Patterns.compile("^(?:漏报了|漏报|漏了|漏登)$");

    /** "补报", "补登", "漏报": a word saying the report is sent late. */
    static boolean late(String w) {
        return LATE.matcher(w).matches() || LATE_AFTER.matcher(w).matches();
    }
    /** "二次拜访", "回访": the visit named just after the enterprise when the line gives no day (the day it is sent). */
    private static final Pattern VISIT_WORD = Patterns.compile("^(?:二次|再次|第[二三四]次)?(?:拜访|走访|回访)$|^[二三]访$");

    /** "DJI", "NovaBot": a brand written in Latin letters only. */
    static boolean brand(String t) {
        return BRAND.matcher(t).matches();
    }

    private static boolean named(String t) {
        return BRAND.matcher(t).matches() || !VISIT_WORD.matcher(t).find()
                && (ShortNames.acceptable(t) || organisation(t));
    }

    /** "中建智科": a word the recogniser reads as an organisation's, no generic word or title. */
    private static boolean organisation(String t) {
        return t.length() >= 2 && t.length() <= 10 && ShortNames.acceptableForm(t) && NameRecogniser.guess(t) == NameRecogniser.Guess.ORGANISATION;
    }

    /** "雄安", "上海张江": a word of two characters, or two places run together — no enterprise's short form. */
    private static boolean placeLike(String t) {
        return t.length() == 2 || t.length() == 4 && NameRecogniser.guess(t.substring(0, 2)) == NameRecogniser.Guess.PLACE
                && NameRecogniser.guess(t.substring(2)) == NameRecogniser.Guess.PLACE;
    }

    private static boolean met(String t) {
        return PERSON.matcher(t).matches() || MET.matcher(t).find() || OUTCOME.matcher(t).find();
    }

    /** "重庆两江驰远新能源": a short form that opens with its city may be longer than one without. */
    private static boolean cityFirst(String part) {
        return part.length() > 4 && NameRecogniser.guess(part.substring(0, 2)) == NameRecogniser.Guess.PLACE;
    }

    /**
     * The tokens with the day written in full where a terse line writes it short: "补 周二 …" (sent late) drops 补,
     * "昨 深圳 …" is 昨天, "上午 雄安 …" is this morning, "昨天无锡 …" is the day and the city, "鼎芯微 二次拜访 叶总 …" (a
     * visit named after the name with no day) is today's.
     */
    private static String[] tidy(String[] tokens, LocalDate today) {
        List<String> t = new ArrayList<>(List.of(tokens));
        if (t.size() > 3 && LATE.matcher(t.get(0)).matches()) t.remove(0);
        // "补30号 …", "补：12号 …", "前天漏报 …": sent late, the word glued to the day
        Matcher late = t.get(0).indexOf('补') >= 0 || t.get(0).indexOf('漏') >= 0 ? LATE_GLUED.matcher(t.get(0)) : null;
        if (late != null && late.matches()) {
            String day = late.group(1) != null ? late.group(1) : late.group(2);
            if (onlyADate(day, today)) t.set(0, day);
        }
        // "月底最后一家 今天 深圳 X 王总 …", "年底冲刺 周三 …": a remark on when, before the day the line opens with
        // (the pause after the remark may be closed: "月底最后一家今天 …")
        if (t.size() > 3 && !onlyADate(t.get(0), today) && onlyADate(t.get(1), today) && t.get(0).length() > 2) {
            ProseDates.Found f = ProseDates.find(ProseDates.arabic(t.get(0)), today, false);
            if (f != null && f.at() == 0 || REMARK.matcher(t.get(0)).find()) t.remove(0);
        } else if (t.size() > 2 && t.get(0).length() > 3) {
            Matcher r = REMARK.matcher(t.get(0));
            int end = -1;
            while (r.find()) end = r.end();
            if (end > 0 && end < t.get(0).length() && onlyADate(t.get(0).substring(end), today)) t.set(0, t.get(0).substring(end));
        }
        // "明天去 天岳先进 …", "鱼跃医疗 周三见的 吴经理 …": the day with the going or meeting said after it is the day
        for (int i = 0; i < Math.min(2, t.size()); i++) {
            Matcher v = DAY_AND_VERB.matcher(t.get(i));
            if (v.matches() && onlyADate(v.group(1), today)) t.set(i, v.group(1));
            // "华芯微测 上午见了 …": the time of day alone with the meeting is today's
            else if (v.matches() && TIME_OF_DAY.matcher(v.group(1)).replaceAll("").isEmpty()) t.set(i, "今天" + v.group(1));
        }
        // "12.30 补 天合光能 …": sent late, said after the day
        if (t.size() > 3 && LATE.matcher(t.get(1)).matches() && onlyADate(t.get(0), today)) t.remove(1);
        // "月底最后一家 兆驰股份 冯总 …", "年前最后一家 X公司 叶总 …": a remark on the count of the day's visits, no day
        // after it, opens a note of the day it is sent
        if (t.size() > 3 && COUNT_REMARK.matcher(t.get(0)).matches() && !onlyADate(t.get(1), today)) t.set(0, "今天");
        // (the pause after the remark closed, as speech input closes one after 一家: "月底最后一家兆驰股份 冯总 …")
        Matcher counted = t.size() > 2 && t.get(0).length() > 4 ? COUNT_REMARK_GLUED.matcher(t.get(0)) : null;
        if (counted != null && counted.matches() && !onlyADate(counted.group(1), today) && (shortForm(counted.group(1)) || registered(counted.group(1)))) {
            t.set(0, counted.group(1));
            t.add(0, "今天");
        }
        String first = t.get(0);
        if (first.equals("昨")) {
            t.set(0, "昨天");
        } else if (!first.isEmpty() && TIME_OF_DAY.matcher(first).replaceAll("").isEmpty()) {
            t.set(0, "今天" + first);
        } else if (t.size() >= 3 && VISIT_WORD.matcher(t.get(1)).matches() && !onlyADate(first, today) && ShortNames.acceptable(first)) {
            t.add(0, "今天");
        } else if (t.size() >= 3 && todaysMeeting(t, today)) {
            // "江铃 张总 李部长 轻卡零部件配套 意向一般": a note of the day it is sent opens with the enterprise, then the one met
            t.add(0, "今天");
        } else if (first.length() > 3 && first.length() <= 8) {
            ProseDates.Found f = ProseDates.find(ProseDates.arabic(first), today, false);
            int rest = f == null || f.at() != 0 ? 0 : first.length() - f.written().length();
            if (rest >= 2 && rest <= 4 && f.written().equals(first.substring(0, f.written().length()))
                    && NameRecogniser.guess(first.substring(f.written().length())) == NameRecogniser.Guess.PLACE) {
                t.set(0, f.written());
                t.add(1, first.substring(f.written().length()));
            }
        }
        return t.toArray(new String[0]);
    }

    /** "补30号", "补：12号", "前天漏报", "12.30补": the day with the word telling it is sent late glued before or after. */
    private static final Pattern LATE_GLUED = Patterns.compile("^(?:补报|补录|补记|补)[：:]?(.{2,8})$|^(.{2,8}?)(?:漏报了|漏报|漏了|补报|补)$");

    /** "月底最后一家", "年底冲刺", "又一家", "第三家": a remark on the season or the count of the day's visits. */
    private static final Pattern REMARK = Patterns.compile("^(?:月底|月末|年底|年末|年前|节前|岁末)|^(?:又|再|最后|第[0-9一二三四五六七八九十]{1,2})一?家|(?:最后|又|再)一家");

    /** "月底最后一家", "年前最后一家", "又一家", "第三家", "新年第一家": a remark on the count of the day's visits. */
    private static final String COUNTED = "(?:月底|月末|年底|年末|年前|节前|节后|年后|岁末|新年|今年|本月|本周|今天|今日|上午|下午)?"
            + "(?:最后|又|再|第[0-9一二三四五六七八九十]{1,2})一?家";
    private static final Pattern COUNT_REMARK = Patterns.compile("^" + COUNTED + "$");
    private static final Pattern COUNT_REMARK_GLUED = Patterns.compile("^" + COUNTED + "(.{2,30})$");

    /** "明天去", "周三见的", "昨天拜访的": a day and the going or meeting on it. */
    private static final Pattern DAY_AND_VERB = Patterns.compile("^(.{1,6}?)(?:去了|去的|去|见了|见的|拜访了|拜访的|拜访|走访了|走访的|走访|约的|聊的|谈的)$");

    /** "销售负责人", "市场副总裁", "董事长": a title alone, with a department or a rank before it. */
    /** "国轩 动力电池回收": a word that is no place, then what an enterprise makes told in common words. */
    private static boolean tradeAfterName(String t, String next) {
        return next.length() <= 8 && NameRecogniser.tradeWords(next) && NameRecogniser.guess(t) != NameRecogniser.Guess.PLACE
                && !PLACE.matcher(t).matches();
    }
    /** "见了陈副总裁", "见了副总经理": the one met after 见了, by surname and title or by title. */
    private static final Pattern SEEN_TITLE = Patterns.compile("^(?:见了|见到|见)[\\u4e00-\\u9fff]{0,2}(?:副总裁|总裁|副总经理|总经理|副总|董事长|董秘|总监|经理|主任|部长)$");
    private static final Pattern BARE_TITLE = Patterns.compile("^[\\u4e00-\\u9fff]{0,4}(?:负责人|总经理|经理|总监|总裁|董事长|主任|部长|董秘)$");

    /** "副总裁杨总", "副总彭总", "所长助理王磊": a title written before the one met's name or title. */
    private static final Pattern TITLED = Patterns.compile(
            "^(?:副总裁|总裁|董事长|总经理|副总经理|副总|董秘|总监|所长助理|总助|市场部经理)(?:[\\u4e00-\\u9fff]{1,2}总|[\\u4e00-\\u9fff]{2,3})$");

    /**
     * A line with no day that opens with an enterprise's short form followed by someone met by title ("江铜 孙总 …",
     * "国轩 副总裁杨总 …") and says how the talk went (an intent, an amount): the day it is sent.
     */
    private static boolean todaysMeeting(List<String> t, LocalDate today) {
        String first = t.get(0);
        if (onlyADate(first, today) || !shortForm(first)) return false;
        if (!PERSON.matcher(t.get(1)).matches() && !TITLED.matcher(t.get(1)).matches()) return false;
        for (int i = 2; i < t.size(); i++) if (OUTCOME.matcher(t.get(i)).find() || NO_MONEY.matcher(t.get(i)).find()) return true;
        return false;
    }

    /**
     * A word that may be an enterprise's short form opening a terse note: one the recogniser accepts, or reads as an
     * organisation's, or even as a person's ("国轩", "蓝思" — the word after it tells), but no one of ours (小周, 老郭),
     * no title (张总), no place, no common word.
     */
    static boolean shortForm(String first) {
        if (first.length() < 2 || first.length() > 8 || PERSON.matcher(first).matches()) return false;
        NameRecogniser.Guess g = NameRecogniser.guess(first);
        // "小刘", "老郭": one of ours by the familiar form ("小米" is read as no one's name)
        boolean familiar = first.length() == 2 && (first.charAt(0) == '小' || first.charAt(0) == '老' || first.charAt(0) == '阿');
        if (familiar && (PersonNames.isSurname(first.charAt(1)) ? g != NameRecogniser.Guess.OTHER : !ShortNames.acceptable(first))) return false;
        if (g == NameRecogniser.Guess.PLACE || NameRecogniser.commonWord(first) || !ShortNames.acceptableForm(first)) return false;
        return ShortNames.acceptable(first) || g == NameRecogniser.Guess.ORGANISATION || g == NameRecogniser.Guess.PERSON;
    }

    /** "东莞市新锂源电池材料有限公司": a word that is one registered name, whole. */
    private static boolean registered(String t) {
        if (t.length() <= 8) return false;
        List<OrgNames.Found> full = OrgNames.find(t);
        return full.size() == 1 && full.get(0).start() == 0 && full.get(0).end() == t.length() && full.get(0).suffixed();
    }

    /** "钱没谈", "投资没谈", "暂无意向": the talk's outcome told as nothing yet. */
    private static final Pattern NO_MONEY = Patterns.compile("^(?:钱|投资|金额)(?:没谈|没说|未定|待定)$");

    /** The vouched name the clause opens with after {@link #VISITED}; null when none. */
    static String vouchedIn(String clause, List<String> vouched) {
        // ("宏泰精工的陈厂长": the name with the one met said after 的)
        for (String v : vouched) if (clause.startsWith(VISITED + v) || clause.equals(v) || clause.startsWith(v + "的")) return v;
        return null;
    }

    /** A token that says only when ("周五", "昨天", "11.13", "21号", "本周二 上午"). */
    static boolean onlyADate(String t, LocalDate today) {
        if (t.length() > 10) return false;
        String a = ProseDates.arabic(t);
        ProseDates.Found f = ProseDates.find(a, today, false);
        if (f == null) return false;
        if (TIME_OF_DAY.matcher(a.replace(f.written(), "")).replaceAll("").isEmpty()) return true;
        // "前天周一", "9号周六", "12月30日（周三）": the day with its weekday written after it
        return f.at() == 0 && ChineseDates.readWhole(a, today, ChineseDates.Resolution.NEAREST) != null;
    }

    /** The visit with its 洽谈内容 as the member wrote it: the word put before each enterprise taken out again. */
    static ParsedItem unmark(ParsedItem item, Marked m) {
        if (!(item.draft() instanceof VisitReport v)) return item;
        String content = FieldLabels.label(ReportKind.VISIT, "content");
        // "本周三 苏州 A、B 两家都见了 A意向较强 B意向一般": what was said of both is each one's 洽谈内容
        String c = v.content() != null ? v.content() : TOKEN_SPLIT.matcher(m.text().substring(m.text().indexOf(' ') + 1)).replaceAll("，");
        for (String n : m.enterprises()) c = c.replace(VISITED + n, n);
        c = c.replace("，" + ALONG + "，", "，");
        VisitReport w = new VisitReport(v.date(), v.enterprise(), v.enterpriseInfo(), v.region(), v.industry(), v.contacts(), v.ourPeople(),
                c, v.intent(), v.amountYuan(), v.followUp());
        if (item instanceof ParsedItem.Ok ok) return new ParsedItem.Ok(w, ok.doubts());
        ParsedItem.Invalid bad = (ParsedItem.Invalid) item;
        if (v.content() == null && bad.problems().stream().allMatch(p -> p.field().equals(content))) {
            return new ParsedItem.Ok(w, bad.doubts().stream().filter(d -> !d.field().equals(content)).toList());
        }
        return new ParsedItem.Invalid(bad.kind(), bad.problems().stream().filter(p -> !p.field().equals(content)).toList(), w,
                bad.doubts().stream().filter(d -> !d.field().equals(content)).toList());
    }
}
