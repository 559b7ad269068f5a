package zhaoshang.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Self-corrections of voice input: "宁波公牛集团股份有限公司噢不对是公牛集团股份有限公司", "昨天不对是前天", "八个亿不对是六个亿",
 * "赵磊不对是赵雷雷电的雷", "峰飞航空科技有限公司哦应该是上海峰飞…", "蜂巢能源额不是蜂巢是中创新航刚才说错了". The value said
 * second replaces the one said first when both are of one sort (an organisation, a day, an amount, a person's name);
 * the correction words go with the first value, so they never end up inside a field. Anything else is left as said
 * ("投资应该是5亿", "不是我们区的").
 */
final class SpokenCorrections {

    /** 不是 alone between pauses. */
    // ("投资一个亿 哦 一点三亿": 哦 alone between pauses is one too)
    private static final String BARE_NOT = "[，,\\s](?:不是|噢|哦|喔)[，,\\s]+";
    /** The titles a correction puts right. */
    private static final String TITLE_WORDS =
            "(?:常务副|执行|副)?(?:总经理|总裁|董事长|总监|经理|部长|主任|处长|院长|所长|副总|总工程师|总工|董秘|秘书长|会长|厂长|局长|科长|总助)";

    /** "噢不对是", "不对，应该是", "哦应该是", "我说错了是", "啊不是", "不对不对"; "哦不对四个亿", "不对三十一号": a figure right after. */
    private static final Pattern MARKER = Patterns.compile(
            "[，,\\s]?(?:噢|哦|喔|额|呃|啊|嗯)?[，,\\s]?(?:(?:刚才|我刚才|刚刚)?(?:不对|错了|我又说错了|又说错了|我说错了|说错了)[，,\\s]?"
                    // "不对 说错了 是", "不对 全称 是", "不对 最后 定的是": words of the slip or of which value, before the right one
                    + "(?:(?:(?:我|刚才|我刚才)?说错了|全称|全名|名字|(?:最后|后来|最终)\\s?[签定谈]\\s?的|最后|其实|实际上|(?:这次|这回|今天|这个)?(?:签的|谈的|定的|叫的|做的))[，,\\s]?)?(?:应该是|(?:他|她|对方)?说的是|是|(?=[0-9零一二两三四五六七八九十]))|(?<=[\\u4e00-\\u9fff0-9])应该是)[，,\\s]?"
                    // "昨天 啊不是 前天", "周三哦不 周四", "八个亿不对不对六个亿": said with no 是 before the right value
                    + "|[，,\\s]?(?:(?:噢|哦|喔|额|呃|啊|嗯)[，,\\s]?不是?(?!对)|不是不是|不对不对|不不)[，,\\s]?(?:是|应该是)?[，,\\s]?"
                    // "江苏长店科技 不对 长电 江苏长电科技…": 不对 between pauses, the right value after the second
                    + "|[，,\\s]不对[，,\\s](?:应该叫|叫)?"
                    // "海洋通信 不 是光棒项目", "风电 不是 是氢能装备": 不 or 不是 alone between pauses, then 是
                    + "|[，,\\s]不是?[，,\\s]+(?:是|应该是)[，,\\s]?"
                    // "一个亿 不是 他说的是八千万": 不是 between pauses, then whose words the right value is
                    + "|[，,\\s]不是[，,\\s]+(?:他|她|对方|人家)(?:们)?(?:说|讲)的是[，,\\s]?"
                    // "后天回来 哦不对 大后天", "储能集成 哦 不对 项目名字叫 X项目": the slip's words between pauses, no 是
                    + "|[，,\\s]?(?:噢|哦|喔|额|呃|啊|嗯)?[，,\\s]?(?:不对不对|不对|(?:我|刚才|我刚才)?又?说错了)[，,\\s]+(?:(?:项目|企业|公司)?(?:名字|名称|全称|全名)(?:叫|是)?[，,\\s]?)?"
                    // "投资 一个亿 不是 一点五亿": 不是 alone between pauses (only a figure, a day or a person is put right so)
                    + "|" + BARE_NOT);
    /** "额不是蜂巢是中创新航": the wrong value said again, then the right one. */
    private static final Pattern NOT_BUT = Patterns.compile("[，,\\s]?(?:噢|哦|额|呃|啊)?不是([^，。；\\s]{1,10}?)(?:[，,\\s]*是|[，,\\s]+(?=\\1的))");
    /** Afterthoughts that only say a slip was made. */
    private static final Pattern SLIP = Patterns.compile("[，,\\s]?(?:刚才|我刚才|刚刚)?(?:我)?又?说错了[，,。\\s]?");
    private static final Pattern DAY = Patterns.compile(
            "(?:今天|昨天|前天|大前天|明天|大后天|后天|(?:上|本|这|下)?(?:周|星期|礼拜)[一二三四五六日天]|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]?"
                    + "|[0-9一二三四五六七八九十]{1,3}[日号]|\\d{1,2}\\.\\d{1,2})");
    private static final Pattern DAY_AT_END = Patterns.compile(DAY.pattern() + "$");
    /** An amount said or typed with its unit ("三个亿", "2.8个亿", "八千万"); {@link TypedCorrections} reads the same. */
    static final Pattern AMOUNT = Pattern.compile("(?:[0-9.]+|[零一二两三四五六七八九十百千点]+)(?:个)?(?:亿|千万|万)(?:元|块)?");
    private static final Pattern PROJECT_AHEAD = Patterns.compile("[\\u4e00-\\u9fffA-Za-z0-9]{1,16}?项目");
    private static final Pattern OTHER_FIGURE = Patterns.compile("(?:注册资本|注册资金|年产值|产值|年营收|营收|融资)" + AMOUNT.pattern());
    private static final Pattern ZONE = Patterns.compile("(?:长治)?(?:高新区|潞州区)");
    private static final Pattern ZONE_AT_END = Patterns.compile("(?:长治)?(?:高新区|潞州区)$");
    private static final Pattern AMOUNT_AT_END = Patterns.compile(AMOUNT.pattern() + "$");

    private SpokenCorrections() { }

    /** A character of every word {@link #mayHold} looks for (a pause among them). */
    static final String MAY_HOLD_CHARS = "不是说改换去删划误错纠更 ";
    private static final Patterns.Chars MAY_HOLD = new Patterns.Chars(MAY_HOLD_CHARS);

    /** Whether the text may hold a correction (cheap; every line passes here). */
    static boolean mayHold(String s) {
        if (!MAY_HOLD.in(s)) return false;
        return s.contains("不对") || s.contains("应该是") || s.contains("说错") || s.contains("不是") || s.contains("就是")
                || s.contains("不不") || s.contains("不 是") || s.contains("改成") || s.contains("换成") || s.contains("去掉")
                || s.contains("删掉") || s.contains("划掉") || s.contains("去过") || s.contains("不，是") || s.contains("哦不") || s.contains("啊不") || s.contains("噢不") || s.contains("额不") || s.contains("嗯不")
                || s.contains(" 哦 ") || s.contains(" 噢 ") || s.contains("口误") || s.contains("错了") || s.contains("错字") || s.contains("说岔")
                || s.contains("更正一下") || s.contains("纠正一下");
    }

    /**
     * The other ways a slip is owned up to ("口误", "打错了", "写错了", "讲错了", "说岔了", ", 更正一下，" said inside the
     * message) are read as 说错了 is.
     */
    private static final Pattern OWNED_SLIP = Patterns.compile(
            "口误了?|打错字?了|写错字?了|讲错了|说岔了|(?<=[^\\s，,。；：:\\n][，,。；\\s])(?:更正|纠正)一下(?=[，,：:\\s])");

    private static String slipsOwned(String s) {
        if (!(s.contains("口误") || s.contains("错了") || s.contains("错字") || s.contains("说岔") || s.contains("正一下"))) return s;
        return OWNED_SLIP.matcher(s).replaceAll("说错了");
    }

    static String apply(String s) {
        if (!mayHold(s)) return s;
        s = slipsOwned(s);
        String t = struckOut(surnameSpelled(s));
        if (t.contains("不是")) t = titleNotThen(titleSwapped(t));
        if (t.contains("是")) t = titleRestated(t);
        for (int guard = 0; guard < 4; guard++) {
            String next = once(t);
            if (next.equals(t)) break;
            t = next;
        }
        t = notBut(t);
        t = restated(t);
        // "…见了中创新航刚才说错了见的是中创新航的…": the slip's words end a clause
        if (!t.equals(s)) t = SLIP.matcher(t).replaceAll("，").replaceAll("^，|，$", "");
        return t;
    }

    private static final String TITLE_END = "(?:经理|总监|部长|主任|秘书|董秘|董事长|董事|总裁|副总|总工|助理|院长|所长|处长|局长|科长|厂长|会长|秘书长|书记|主管|负责人)";
    /**
     * "他们总经理朱俊杰 哦 说错了 是总经理助理不是总经理", "项目部经理X 不对 是投资总监不是项目部经理": the title said second,
     * then the one said first named as the wrong one.
     */
    private static final Pattern TITLE_SWAP = Patterns.compile(
            "[，,\\s]?(?:噢|哦|喔|额|呃|啊|嗯)?[，,\\s]?(?:(?:我|刚才|我刚才)?说错了|不对(?:不对)?)[，,\\s]?(?:应该)?是"
                    + "([\\u4e00-\\u9fff]{0,8}?" + TITLE_END + ")[，,\\s]?(?:而)?不是([\\u4e00-\\u9fff]{0,8}?" + TITLE_END + ")(?![\\u4e00-\\u9fff]{0,2}" + TITLE_END + ")");

    /**
     * "战略部部长刘洪涛 哦不对 刘洪涛是副部长 副部长", "副总 卜凡 哦 不是副总 卜凡是总工": the one met named again with the
     * right title (and the wrong one named as wrong, or not).
     */
    private static final Pattern TITLE_RESTATED = Patterns.compile(
            "[，,\\s]?(?:噢|哦|喔|额|呃|啊|嗯)?[，,\\s]?(?:不对不对|不对|(?:我|刚才|我刚才)?说错了|不是(" + TITLE_WORDS + "))[，,\\s]*([\\u4e00-\\u9fff]{2,3}?)是("
                    + TITLE_WORDS + ")(?:[，,\\s]+\\3)?(?=$|[\\s，,。；])");

    /**
     * "对接的是他们董事长助理吴倩 哦不是董事长助理 是总经理助理": the title said first named as the wrong one, then the right
     * one, no name said again.
     */
    private static final Pattern TITLE_NOT_THEN = Patterns.compile(
            "[，,\\s]?(?:噢|哦|喔|额|呃|啊|嗯)?[，,\\s]?不是([\\u4e00-\\u9fff]{0,8}?" + TITLE_END + ")[，,\\s]*(?:而)?(?:应该)?是([\\u4e00-\\u9fff]{0,8}?"
                    + TITLE_END + ")(?=$|[\\s，,。；])");

    /** The title named as wrong, said shortly before, gives way to the right one said after it; the correction's words go. */
    private static String titleNotThen(String t) {
        return wrongTitleBefore(t, TITLE_NOT_THEN.matcher(t), 1, 2, 6);
    }

    /** The title said with the one met shortly before gives way to the one said after the correction. */
    private static String titleRestated(String t) {
        Matcher m = TITLE_RESTATED.matcher(t);
        while (m.find()) {
            String name = m.group(2);
            if (!PersonNames.isName(name)) continue;
            String before = t.substring(0, m.start());
            int at = before.lastIndexOf(name);
            if (at < 0 || before.length() - at - name.length() > 12) continue;
            int ts = -1, te = -1;
            Matcher w = TITLE.matcher(before).region(Math.max(0, at - 12), before.length());
            while (w.find()) if (m.group(1) == null || w.group().equals(m.group(1))) { ts = w.start(); te = w.end(); }
            if (ts < 0) continue;
            return before.substring(0, ts) + m.group(3) + before.substring(te) + "，" + t.substring(m.end()).stripLeading();
        }
        return t;
    }

    /** The title named as wrong, said shortly before, gives way to the right one; the correction's words go. */
    private static String titleSwapped(String t) {
        return wrongTitleBefore(t, TITLE_SWAP.matcher(t), 2, 1, 12);
    }

    /**
     * The first correction found by {@code m}: its title named as wrong (group {@code wrong}), said at most {@code reach}
     * characters before it, is replaced by the right one (group {@code right}); the correction's own words go.
     */
    private static String wrongTitleBefore(String t, Matcher m, int wrong, int right, int reach) {
        if (!m.find()) return t;
        String before = t.substring(0, m.start());
        String named = m.group(wrong);
        int at = before.lastIndexOf(named);
        if (at < 0 || before.length() - at > named.length() + reach) return t;
        return before.substring(0, at) + m.group(right) + before.substring(at + named.length()) + "，" + t.substring(m.end()).stripLeading();
    }

    /** The first correction marker whose values are of one sort, resolved; the text unchanged when none is. */
    private static String once(String t) {
        Matcher m = MARKER.matcher(t);
        while (m.find()) {
            String before = t.substring(0, m.start());
            String after = t.substring(m.end());
            boolean bare = m.group().matches(BARE_NOT);
            // "研究院 不是 院是对的 X研究院有限公司": what was right in the first is said, then the whole
            Matcher ok = RIGHT_PART.matcher(after);
            if (ok.lookingAt()) { after = after.substring(ok.end()); bare = false; }
            // "黑龙江飞鹤 不对 是哈尔滨的 X有限公司": where the right one is (or what it is), said before its name
            else if ((ok = PLACE_OF.matcher(after)).lookingAt() && startsWithName(after.substring(ok.end()))) after = after.substring(ok.end());
            // "高新区 不对不对 人家看中的是潞州区": whose choice the right zone is, said before it
            else if ((ok = ZONE_SAID.matcher(after)).lookingAt() && ZONE_AT_END.matcher(before).find()) after = after.substring(ok.end());
            // "生产副总冯雪梅 哦 是冯雪 没有梅": 哦 alone, then 是 and the name put right (the surname kept)
            else if (bare && after.startsWith("是") && sameSurnameAtEnd(before, after.substring(1))) after = unsaidPart(before, after.substring(1));
            else {
                String aside = aside(before, after);
                if (aside != null) return aside;
            }
            // "江苏长店科技 不对 长电 江苏长电科技股份有限公司": the right short name said, then the right name in full
            int full = shortThenOrganisation(after);
            if (full > 0) after = after.substring(full);
            int wrong = wrongStart(before, after, bare);
            if (wrong >= 0) {
                String right = after;
                // "出发：11月16日 不对 17号": the right day keeps the month said with the wrong one
                Matcher month = MONTH_OF_DAY.matcher(before.substring(wrong));
                if (month.matches() && BARE_DAY.matcher(after).lookingAt()) right = month.group(1) + right;
                // "张总不是王总 张总是…": the right one said with the wrong one named as wrong, which goes too
                String wrongValue = before.substring(wrong).strip();
                int named = wrongValue.isEmpty() ? -1 : right.indexOf("不是" + wrongValue);
                if (named > 0 && named <= 8 && VoiceText.cjk(right.substring(0, named))) right = right.substring(0, named) + right.substring(named + 2 + wrongValue.length());
                return t.substring(0, wrong) + unspelled(right);
            }
            String put = putInPlace(before, after);
            if (put != null) return put;
        }
        return t;
    }

    /** A title said alone: "副总裁 不对 是 总经理 俞洪". */
    private static final Pattern TITLE = Pattern.compile(TITLE_WORDS);
    private static final Pattern TITLE_AT_END = Patterns.compile(TITLE.pattern() + "$");
    /** The words of one clause back from a correction, where the wrong day or zone was said. */
    private static final Pattern CLAUSE_BACK = Patterns.compile("[^，。；！？,;!?\\n]{0,24}$");

    /**
     * "…下周三来高新区考察 不对 是下周四", "来 潞州区 考察 不对 是 高新区 考察": the day or zone said first is not where the
     * correction starts, words of the clause following it; the right one takes its place there and the words said
     * again after it are dropped. Null when the text is no such.
     */
    private static String putInPlace(String before, String after) {
        Pattern sort;
        Matcher r = DAY.matcher(after);
        if (r.lookingAt()) sort = DAY;
        else if ((r = ZONE.matcher(after)).lookingAt()) sort = ZONE;
        else return null;
        Matcher back = CLAUSE_BACK.matcher(before);
        if (!back.find()) return null;
        Matcher w = sort.matcher(before).region(back.start(), before.length());
        int ws = -1, we = -1;
        while (w.find()) { ws = w.start(); we = w.end(); }
        if (ws < 0) return null;
        // a day right after the right one ("是下周三 十八号") and the words said again ("高新区 考察") go with it
        String tail = before.substring(we).strip();
        String rest = after.substring(r.end());
        String restStripped = rest.stripLeading();
        if (!tail.isEmpty() && restStripped.startsWith(tail)) rest = restStripped.substring(tail.length());
        return before.substring(0, ws) + r.group() + before.substring(we) + rest;
    }

    /** "赵雷雷电的雷…", "刘雨下雨的雨…": how the right name's last character is spelled out is said, not written. */
    private static String unspelled(String right) {
        for (int len = 2; len <= 3 && len + 4 <= right.length(); len++) {
            char last = right.charAt(len - 1);
            String spell = right.substring(len, len + 4);
            if (spell.charAt(2) == '的' && spell.charAt(3) == last && (spell.charAt(0) == last || spell.charAt(1) == last)) {
                return right.substring(0, len) + right.substring(len + 4);
            }
        }
        return right;
    }

    /** Where the value said first starts (it ends where the marker starts); -1 when the two are not of one sort. */
    private static int wrongStart(String before, String after, boolean bare) {
        // 不是 alone puts right a figure, a day or a person, and only when the first was not said with 是 ("是五千万 不是 …")
        if (bare) {
            int w = bareWrongStart(before, after);
            return w > 0 && before.charAt(w - 1) == '是' ? -1 : w;
        }
        // an organisation: "…宁波公牛集团股份有限公司" then "公牛集团股份有限公司…"
        List<OrgNames.Found> right = OrgNames.find(after);
        if (!right.isEmpty() && right.get(0).start() == 0) {
            List<OrgNames.Found> left = OrgNames.find(before);
            if (!left.isEmpty() && left.get(left.size() - 1).end() == before.length()) {
                OrgNames.Found l = left.get(left.size() - 1);
                // "中国电子科技集团公司第十三研究所 不对 是第五十四研究所": only the number of the institute is put right
                int numbered = l.name().lastIndexOf('第');
                return after.startsWith("第") && numbered > 0 ? l.start() + numbered : l.start();
            }
            // "走访了 山西转型综改 不对不对 是山西科达自控股份有限公司": a short name said first, the words since the pause
            // or the verb before the marker
            return shortNameAtEnd(before);
        }
        int said = daysAndFigures(before, after);
        if (said != -2) return said;
        // "来高新区 不对 是潞州区考察了": the zone said second
        Matcher z = ZONE.matcher(after);
        if (z.lookingAt()) {
            Matcher w = ZONE_AT_END.matcher(before);
            return w.find() ? w.start() : -1;
        }
        Matcher a = OTHER_FIGURE.matcher(after);
        // "大概五千万 不对 他说的是注册资本五千万": the figure was of something else, no investment
        if (a.lookingAt()) {
            Matcher w = AMOUNT_AT_END.matcher(before);
            return w.find() ? w.start() : -1;
        }
        // a project: "海洋通信 不 是光棒项目" — the words since the pause before the marker give way
        if (PROJECT_AHEAD.matcher(after).lookingAt()) {
            int p = before.length();
            while (p > 0 && InputText.isCjk(before.charAt(p - 1)) && before.charAt(p - 1) != '的' && before.length() - p <= 12) p--;
            boolean paused = p == 0 || " ，,".indexOf(before.charAt(p - 1)) >= 0;
            if (paused && before.length() - p >= 2 && OrgNames.find(before.substring(p)).isEmpty()) return p;
            // "讯飞的AI政务大模型项目 不对 叫城市大脑项目": the project said first, after its owner's 的
            if (before.endsWith("项目")) {
                int q = before.length();
                while (q > 0 && OrgNames.nameChar(before.charAt(q - 1)) && before.charAt(q - 1) != '的' && before.length() - q <= 20) q--;
                if (q > 0 && before.charAt(q - 1) == '的' && before.length() - q >= 4) return q;
            }
            return -1;
        }
        int person = personOrTitle(before, after);
        if (person != -2) return person;
        // "意向较强 不对 他们说意向是明确的": the intent said first gives way to one said in the clause after
        Matcher ie = INTENT_AT_END.matcher(before.stripTrailing());
        if (before.contains("意向") && ie.find() && ProseFields.intent(ie.group()) != null) {
            Matcher c = FIRST_CLAUSE.matcher(after);
            if (c.lookingAt() && ProseFields.intent(c.group()) != null) return ie.start();
        }
        // "今天去的中航光电 不对 是中创新航": a short name put right by another
        Matcher sn = SHORT_RIGHT.matcher(after);
        if (sn.lookingAt() && !NOT_SHORT.matcher(sn.group(1)).lookingAt() && sn.group(1).indexOf('是') < 0 && ShortNames.acceptableObject(sn.group(1))) {
            int wrong = shortNameAtEnd(before.stripTrailing());
            // (a figure said first is no name: "四点八个亿 不对 最后…")
            if (wrong >= 0 && !AMOUNT_AT_END.matcher(before.stripTrailing()).find() && ShortNames.acceptableObject(before.stripTrailing().substring(wrong))) return wrong;
        }
        return -1;
    }

    /**
     * The wrong value of a day or a figure put right ("八个亿 不对 六个亿", "1.2亿" after "2亿" is a figure, not the
     * day 1.2; "12月7日到12月10日 不对 是到11日": the end of a range): where it starts, -1 when the first is of
     * another sort, -2 when the second is neither a day nor a figure.
     */
    private static int daysAndFigures(String before, String after) {
        // "这周一到周三 不对 是这周二到周四": a range of days put right by another range
        if (after.indexOf('到') > 0 || after.indexOf('至') > 0) {
            Matcher r = DAY_RANGE.matcher(after);
            Matcher w = DAY_RANGE_AT_END.matcher(before);
            if (r.lookingAt() && w.find()) return w.start();
        }
        if (AMOUNT.matcher(after).lookingAt()) {
            Matcher w = AMOUNT_AT_END.matcher(before);
            if (w.find()) return w.start();
        }
        Matcher d = DAY.matcher(after);
        if (d.lookingAt()) {
            Matcher w = DAY_AT_END.matcher(before);
            return w.find() ? w.start() : -1;
        }
        if (after.length() > 1 && (after.charAt(0) == '到' || after.charAt(0) == '至') && DAY.matcher(after).region(1, after.length()).lookingAt()) {
            Matcher w = RANGE_END.matcher(before);
            return w.find() ? w.start() : -1;
        }
        return AMOUNT.matcher(after).lookingAt() ? -1 : -2;
    }

    /** A person said second ("赵磊 不对 赵雷"), or a title ("副总裁 不对 是 总经理 俞洪"): where the first starts, -1, or -2 (neither). */
    private static int personOrTitle(String before, String after) {
        // "见了副总裁薛驰，说错了，是副总经理薛驰": the same person said again with the right title
        Matcher tt = TITLE.matcher(after);
        if (tt.lookingAt()) {
            int n2 = PersonNames.nameAt(after, tt.end());
            if (n2 >= 2) {
                String name = after.substring(tt.end(), tt.end() + n2);
                String b = before.stripTrailing();
                while (!b.isEmpty() && "，,".indexOf(b.charAt(b.length() - 1)) >= 0) b = b.substring(0, b.length() - 1).stripTrailing();
                if (b.endsWith(name)) {
                    Matcher w = TITLE_AT_END.matcher(b.substring(0, b.length() - name.length()));
                    if (w.find()) return w.start();
                }
            }
        }
        int n = PersonNames.nameAt(after, 0);
        if (n >= 2) {
            for (int len = 3; len >= 2; len--) {
                if (before.length() >= len && PersonNames.isName(before.substring(before.length() - len))) return before.length() - len;
            }
        }
        if (TITLE.matcher(after).lookingAt()) {
            Matcher w = TITLE_AT_END.matcher(before.stripTrailing());
            return w.find() ? w.start() : -1;
        }
        return -2;
    }

    private static int bareWrongStart(String before, String after) {
        int said = daysAndFigures(before, after);
        if (said != -2) return said;
        int person = personOrTitle(before, after);
        return person == -2 ? -1 : person;
    }

    private static final Pattern DAY_RANGE = Patterns.compile(DAY.pattern() + "\\s?[到至]\\s?" + DAY.pattern());
    private static final Pattern DAY_RANGE_AT_END = Patterns.compile(DAY_RANGE.pattern() + "$");
    /** The end of a range said last: "到12月10日", "到 11月27号". */
    private static final Pattern RANGE_END = Patterns.compile("[到至]\\s?" + DAY.pattern() + "$");
    /** A day with its month ("11月16日"), and a day said alone ("17号"). */
    private static final Pattern MONTH_OF_DAY = Patterns.compile("(.*?月)[0-9一二三四五六七八九十]{1,3}[日号]");
    private static final Pattern BARE_DAY = Patterns.compile("[0-9一二三四五六七八九十]{1,3}[日号]");
    private static final Pattern PLACE_OF = Patterns.compile("([\\u4e00-\\u9fff]{2,4})的[\\s，,]+");

    private static boolean startsWithName(String s) {
        List<OrgNames.Found> orgs = OrgNames.find(s);
        return !orgs.isEmpty() && orgs.get(0).start() == 0;
    }

    private static final Pattern ZONE_SAID = Patterns.compile("[^\\s，,。；]{1,8}?(?:是|在)(?=(?:长治)?(?:高新区|潞州区))");
    /** "院是对的", "名字没错": the part of the first value that was right, said before the whole right one. */
    private static final Pattern RIGHT_PART = Patterns.compile("[^\\s，,。；]{0,6}(?:是对的|没错)[\\s，,]*(?=[\\u4e00-\\u9fffA-Za-z0-9])");

    /** Why the one said first is not meant: it is for another time, or was not there. */
    private static final Pattern ASIDE_WHY = Patterns.compile("下回|下次|明天|后天|下周|下礼拜|下个月|下月|以前|之前|上回|上次|改天|没去|没来|没在|不在|没到|有会|有事|在外|出差|太多|忙");
    /** The words that bring in the right one after the aside: "今天是", "今天来的是", "另一个是", "第三家是", "是", "让". */
    private static final Pattern INTRO = Patterns.compile(
            "(?:(?:今天|这次|这回)?(?:这家|这个)?(?:[来去见陪签谈对拜][\\u4e00-\\u9fff]?的)?是|另(?:外)?一(?:个|家)是|第[一二三四五六]{1,2}[家个]是|让|换成|改成)[\\s，,]*(?=[\\u4e00-\\u9fffA-Za-z0-9])");
    private static final Pattern THIS_ONE = Patterns.compile("这家|这个|那家|这一家");

    /**
     * "长春迪瑞 不对不对 迪瑞是下回 今天是 X", "孙鹏 哦不对 孙鹏今天没去 跟小崔去的", "X公司 不对 这家是长春的 是 Y",
     * "王副区长 哦 不对 王副区长临时有会 是 于海洋": the one said first named again (or "这家") with why it is not meant, then
     * the right one: the right one takes the first one's place, the aside goes. Null when the text is no such.
     */
    private static String aside(String before, String after) {
        String b = before.stripTrailing();
        // the one said first: the organisation or short name ending the text, else the words since the last pause
        int wrong;
        List<OrgNames.Found> left = OrgNames.find(b);
        if (!left.isEmpty() && left.get(left.size() - 1).end() == b.length()) wrong = left.get(left.size() - 1).start();
        else {
            wrong = shortNameAtEnd(b);
            if (wrong < 0) wrong = Math.max(b.lastIndexOf(' '), b.lastIndexOf('，')) + 1;
        }
        String firstOne = b.substring(wrong);
        int head = 0;
        boolean named = false;
        Matcher th = THIS_ONE.matcher(after);
        if (th.lookingAt()) head = th.end();
        else {
            // "长春迪瑞" then "迪瑞是下回": the first one named again, or a piece of it
            for (int k = Math.min(8, after.length()); k >= 2 && !named; k--) {
                String p = after.substring(0, k);
                if (VoiceText.cjk(p) && firstOne.contains(p)) { head = k; named = true; }
            }
            if (!named) return null;
        }
        int end = pauseAt(after, head);
        String first = after.substring(head, end);
        // the right one brought in after the aside, within a few pauses ("孙鹏 手里 太多了 让 曲丽丽 跟")
        int at = -1, introEnd = -1, hops = 0;
        for (int p = end; ; hops++) {
            int q = p;
            while (q < after.length() && " ，,".indexOf(after.charAt(q)) >= 0) q++;
            if (q == p || q >= after.length() || q - head > 16) break;
            Matcher in = INTRO.matcher(after).region(q, after.length());
            if (in.lookingAt()) { at = q; introEnd = in.end(); break; }
            p = pauseAt(after, q);
        }
        String right;
        if (at >= 0) {
            boolean reason = ASIDE_WHY.matcher(after.substring(head, at)).find();
            // "刘洪涛是副部长" says the title, no aside; with no reason given the right one comes right after the first
            // ("孙总 是苏总", "今天是周一了 是昨天"); with 这家 the right one is brought in
            if (named && !reason && (hops > 0 || !first.isEmpty() && (!first.startsWith("是") || TITLE.matcher(first.substring(1)).lookingAt()))) return null;
            right = after.substring(introEnd);
            if (TITLE.matcher(right).lookingAt()) return null;
        } else {
            // "孙鹏今天没去 跟小崔去的", "曲丽丽在酒店整材料 没去 就于海洋 孙鹏": no words bring the right one in, the
            // aside ends with why
            if (!named) return null;
            int asideEnd = -1;
            for (int p = head; p < after.length() && p - head <= 16; ) {
                int e = pauseAt(after, p);
                if (ASIDE_WHY.matcher(after.substring(head, e)).find()) { asideEnd = e; break; }
                int q = e;
                while (q < after.length() && " ，,".indexOf(after.charAt(q)) >= 0) q++;
                if (q == e) break;
                p = q;
            }
            if (asideEnd < 0) return null;
            right = after.substring(asideEnd).stripLeading();
        }
        if (right.isEmpty()) return null;
        String kept = before.substring(0, wrong);
        // "我跟孙鹏 哦不对 孙鹏今天没去 跟小崔去的": the word before the first one said again with the right one
        if (!kept.isEmpty() && "跟和与".indexOf(kept.charAt(kept.length() - 1)) >= 0 && right.charAt(0) == kept.charAt(kept.length() - 1)) right = right.substring(1);
        return kept + right;
    }

    /** Whether the text opens with a name whose surname the name ending {@code before} has. */
    private static boolean sameSurnameAtEnd(String before, String after) {
        int n = PersonNames.nameAt(after, 0);
        if (n < 2) return false;
        String b = before.stripTrailing();
        for (int len = 3; len >= 2; len--) {
            if (b.length() >= len && b.charAt(b.length() - len) == after.charAt(0) && PersonNames.isName(b.substring(b.length() - len))) return true;
        }
        return false;
    }

    /** "冯雪 没有梅": the right name, with the words that say which character of the first was not meant dropped. */
    private static final Pattern WITHOUT_CHAR = Patterns.compile("([\\u4e00-\\u9fff]{2,3})[，,\\s]+(?:没有|不带|去掉)([\\u4e00-\\u9fff])字?(?=$|[\\s，,。；])");

    private static String unsaidPart(String before, String after) {
        Matcher m = WITHOUT_CHAR.matcher(after);
        return m.lookingAt() && before.stripTrailing().endsWith(m.group(1) + m.group(2)) ? m.group(1) + after.substring(m.end()) : after;
    }

    /** The first pause (a space or mark) at or after p, or the text's end. */
    private static int pauseAt(String s, int p) {
        while (p < s.length() && " ，,。；\n".indexOf(s.charAt(p)) < 0) p++;
        return p;
    }

    /** An intent said last before a correction: "意向较强", "意向是一般的". */
    private static final Pattern INTENT_AT_END = Patterns.compile("意向(?:是|为)?[\\u4e00-\\u9fff]{1,5}$");
    /** The clause right after a correction. */
    private static final Pattern FIRST_CLAUSE = Patterns.compile("[^，。；,;\\s]{1,16}");

    /** Words that go on talking after 不对 ("不对 先说上午的"), no name. */
    private static final Pattern NOT_SHORT = Patterns.compile("先|再|还|也|就|又|说|讲|等|我|他|她|咱|应该|上午|下午|晚上|今天|明天|昨天");

    /** A short name said to put one right: its characters up to a pause, 的, or the verb after it. */
    private static final Pattern SHORT_RIGHT = Patterns.compile("([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?=$|[\\s，,。；的]|签|来|在)");

    private static final Pattern SHORT_THEN = Patterns.compile("^([\\u4e00-\\u9fff]{2,5})[\\s，,]+");

    /**
     * "长电 江苏长电科技股份有限公司…", "凯莱英 凯莱英医药集团（天津）股份有限公司…": a short name, a pause, then the
     * organisation's name in full, which holds the short one: where the full name starts; 0 when the text is no such.
     */
    private static int shortThenOrganisation(String after) {
        Matcher m = SHORT_THEN.matcher(after);
        if (!m.find()) return 0;
        List<OrgNames.Found> orgs = OrgNames.find(after.substring(m.end()));
        if (orgs.isEmpty() || orgs.get(0).start() != 0 || !orgs.get(0).suffixed() || !orgs.get(0).name().contains(m.group(1))) return 0;
        return m.end();
    }

    private static final Pattern VERB_AT = Patterns.compile(".*(?:拜访了|走访了|见了|去了|拜访|走访|对接了|是|了|的|跟|陪)");

    /** Where a short name ending the text starts (after its pause or verb), or -1. */
    private static int shortNameAtEnd(String before) {
        int s = before.length();
        while (s > 0 && OrgNames.nameChar(before.charAt(s - 1)) && before.length() - s < 12) s--;
        String run = before.substring(s);
        Matcher v = VERB_AT.matcher(run);
        if (v.lookingAt()) { s += v.end(); run = run.substring(v.end()); }
        // "考察的事明天雨树光学 不对 是…", "1月3号家和光伏 哦说错了 是…": the day said before the name stays
        Matcher d = DAY.matcher(run);
        int day = 0;
        while (d.find()) day = d.end();
        if (day > 0 && run.length() - day >= 2) { s += day; run = run.substring(day); }
        return run.length() >= 2 && run.chars().allMatch(c -> InputText.isCjk((char) c)) ? s : -1;
    }

    /** "曙光就是中科曙光", "正泰集团的新能源板块也就是正泰新能科技股份有限公司": the organisation said again more exactly. */
    private static final Pattern POINTER = Patterns.compile("那个|这个");
    private static final Pattern RESTATED = Patterns.compile("(?:也)?就是(?:说)?");

    private static String restated(String t) {
        Matcher m = RESTATED.matcher(t);
        while (m.find()) {
            String before = t.substring(0, m.start());
            String after = t.substring(m.end());
            // "天津凯莱因医药 就是凯莱英 凯莱英医药集团（天津）股份有限公司": the short name again, then in full
            int full = shortThenOrganisation(after);
            if (full > 0) {
                after = after.substring(full);
                before = before.stripTrailing();
                List<OrgNames.Found> left = OrgNames.find(before);
                int wrong = !left.isEmpty() && left.get(left.size() - 1).end() == before.length() ? left.get(left.size() - 1).start() : shortNameAtEnd(before);
                if (wrong >= 0) return t.substring(0, wrong) + after;
            }
            List<OrgNames.Found> right = OrgNames.find(after);
            if (!right.isEmpty() && right.get(0).start() == 0) {
                List<OrgNames.Found> left = OrgNames.find(before);
                if (left.isEmpty()) continue;
                OrgNames.Found l = left.get(left.size() - 1);
                if (before.length() - l.end() > 10 || before.substring(l.end()).matches(".*[，。；,].*")) continue;
                return t.substring(0, l.start()) + after;
            }
            // "曙光就是中科曙光": the short form said first is inside the exact name
            for (int len = 4; len >= 2; len--) {
                if (before.length() < len) continue;
                String a = before.substring(before.length() - len);
                int at = after.indexOf(a);
                if (at >= 0 && at <= 4 && a.chars().allMatch(c -> InputText.isCjk((char) c)) && ShortNames.acceptableForm(a)) {
                    // "中科曙光那个天津的产业基地", "隆基绿能那个西安的…": the exact name ends where "那个" points on to its site
                    String named = after;
                    Matcher p = POINTER.matcher(after);
                    if (p.find(at + len) && p.start() <= at + len + 4) named = after.substring(0, p.start()) + "，" + after.substring(p.start());
                    if (at == 0 && named.equals(after)) continue;
                    return before.substring(0, before.length() - len) + named;
                }
            }
        }
        return t;
    }

    /** "汪洋大海的汪", "谈话的谈 不是谭": how a name's character is written, said between pauses (a word holding it, 的, it). */
    private static final Pattern SPELLED = Patterns.compile(
            "(?<=^|[\\s，,])([\\u4e00-\\u9fff]{1,5}?)(的?)([\\u4e00-\\u9fff])(?:[\\s，,]*(?:不是|不对|而不是)[\\s，,]*[\\u4e00-\\u9fff](?:[\\u4e00-\\u9fff]{1,4}的[\\u4e00-\\u9fff])?)?(?=$|[\\s，,。；])");
    private static final Pattern NOT_PARTS = Patterns.compile("[不是对哦噢啊额呃嗯了的在我他她们这那个]");
    private static final Pattern SPELLED_NAME = Patterns.compile("[\\u4e00-\\u9fff]{2,3}(?:$|[\\s，,。；])");
    private static final Pattern RADICAL = Patterns.compile("(?:点水|字旁|字头|字底|字框|人旁|耳旁|草头|木旁|土旁|金旁|口旁|女旁|王旁|走之)$");
    /** "王 不对 汪 汪立群": the surname said alone, put right, then the whole name said with the right one. */
    // ("宫 不是宫 是龚 龚立新": the wrong one may be said again after 不是)
    private static final Pattern LONE_SURNAME = Patterns.compile(
            "(?<=^|[\\s，,])([\\u4e00-\\u9fff])[\\s，,]+(?:不对|不是|不对不对)(?:\\1(?=[\\s，,]))?[\\s，,]+(?:是|应该是)?([\\u4e00-\\u9fff])[\\s，,]+(?=\\2[\\u4e00-\\u9fff]{1,2}(?:$|[\\s，,。；]))");
    /** "孙丽娟 不对不对 丽娟那边事情多 改成周晓东": a person put right by the words 改成/换成 after the marker. */
    private static final Pattern CHANGED_TO = Patterns.compile(
            "(?<=^|[\\s，,：:]|人|是|由)([\\u4e00-\\u9fff]{2,3})[\\s，,]*(?:不对不对|不对|不是)[\\s，,]+(?:[^\\s，,。；]{1,12}[\\s，,]+)?(?:改成|换成|改为|换为)(?:是|由)?([\\u4e00-\\u9fff]{2,3})(?=$|[\\s，,。；]|负责|跟进|来跟)");
    /** "蜂巢 哦蜂巢已经去过了 换成诺博": an enterprise of a plan already visited, said again, maybe replaced by another. */
    private static final Pattern VISITED_ALREADY = Patterns.compile(
            "([\\u4e00-\\u9fffA-Za-z0-9]{2,12}?)[\\s，,]+(?:哦|噢|啊|额|呃)?\\1(?:已经|都|之前|上次)?(?:去过了|去过|不去了|不用去了|就不去了)[\\s，,]*(?:(?:就)?(?:换成|改成)(?:去)?)?");
    /** "苏州市半导体行业协会 不是 这个是苏州的 去掉": an enterprise of a plan struck out, with why. */
    private static final Pattern STRUCK = Patterns.compile(
            "(?<=^|[\\s，,])[^\\s，,。；]{2,20}[\\s，,]+(?:(?:不是|不对)[\\s，,]*)?(?:这个|这家|它)[^\\s，,。；]{0,8}[\\s，,]*(?:去掉|删掉|划掉|不去了)(?=$|[\\s，,。；])[\\s，,]?");

    /** Names spelled out character by character and surnames put right, read as the name said. */
    private static String surnameSpelled(String t) {
        if (t.length() >= 4) {
            Matcher m = SPELLED.matcher(t);
            StringBuilder b = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String c = m.group(3), word = m.group(1);
                String near = t.substring(Math.max(0, m.start() - 6), m.start()) + t.substring(m.end(), Math.min(t.length(), m.end() + 6));
                if (m.group(2).isEmpty()) {
                    // "立早章 章海涛", "木子李 李强": the parts of the character, then the name that begins with it
                    if (word.length() != 2 || word.contains(c) || NOT_PARTS.matcher(word + c).find()
                            || !SPELLED_NAME.matcher(t.substring(m.end()).stripLeading()).lookingAt()
                            || !t.substring(m.end()).stripLeading().startsWith(c)) continue;
                } else if (!word.contains(c) && !RADICAL.matcher(word).find() || !near.contains(c)) {
                    // "汪洋大海的汪", "三点水的汪": a word holding the character or the radical it is written with,
                    // and a name said beside it
                    continue;
                }
                b.append(t, last, m.start());
                last = m.end();
                while (last < t.length() && (t.charAt(last) == ' ' || t.charAt(last) == '，' || t.charAt(last) == ',')) last++;
            }
            if (last > 0) t = b.append(t, last, t.length()).toString();
        }
        if (t.contains("不")) t = LONE_SURNAME.matcher(t).replaceAll("");
        if (t.contains("改") || t.contains("换")) t = CHANGED_TO.matcher(t).replaceAll("$2");
        return t;
    }

    /** Enterprises of a plan struck out or already visited leave it. */
    private static String struckOut(String t) {
        if (t.contains("去过") || t.contains("不去")) t = VISITED_ALREADY.matcher(t).replaceAll("");
        if (t.contains("掉") || t.contains("不去")) t = STRUCK.matcher(t).replaceAll("");
        return t;
    }

    /** "见了蜂巢能源额不是蜂巢是中创新航": the name said first (which the words after 不是 begin) gives way. */
    private static String notBut(String t) {
        Matcher m = NOT_BUT.matcher(t);
        while (m.find()) {
            String wrongWords = m.group(1);
            String before = t.substring(0, m.start());
            int at = before.lastIndexOf(wrongWords);
            if (at < 0 || before.length() - at > wrongWords.length() + 8) continue;
            String after = t.substring(m.end());
            if (after.isEmpty() || !InputText.isCjk(after.charAt(0)) && !Character.isLetterOrDigit(after.charAt(0))) continue;
            // "合肥蔚来那边 不是蔚来 是合肥华信…有限公司": the place said with the wrong one opens the right one again
            for (int w = Math.max(0, at - 4); w + 2 <= at; w++) {
                if (VoiceText.cjk(before.substring(w, at)) && after.startsWith(before.substring(w, at))) { at = w; break; }
            }
            return t.substring(0, at) + after;
        }
        return t;
    }
}
