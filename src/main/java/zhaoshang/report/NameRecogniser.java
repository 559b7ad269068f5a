package zhaoshang.report;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * The one place that uses HanLP (portable build, dictionaries inside the jar, nothing downloaded at run time): tells
 * whether a short word that stands where an enterprise should ("拜访京东方", "去了欣旺达", "BOE的投资经理") is a
 * person or a place rather than an organisation; and turns traditional characters into simplified ones. Loaded once, on first use (about 1–2 s, part of the cold start);
 * {@link #warmUp()} loads it ahead. Calls are serialised on the one segmenter; they are rare (only when no suffix anchors a name).
 */
final class NameRecogniser {

    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableOrganizationRecognize(true)
                .enablePlaceRecognize(true)
                .enableNameRecognize(true);
    }

    /**
     * The segmenter that reads people where a contact's name is expected: HanLP's Japanese (nrj: 伊藤大辅, 渡边真一, 大森亮)
     * and transliterated (nrf: 马丁·霍夫曼) name recognition on as well. Kept apart from {@link Holder#SEGMENT}, which
     * reads organisations and places all over a message: these recognisers are asked only about a few characters.
     */
    private static final class People {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableOrganizationRecognize(true)
                .enablePlaceRecognize(true)
                .enableNameRecognize(true)
                .enableJapaneseNameRecognize(true)
                .enableTranslatedNameRecognize(true);
    }

    private NameRecogniser() { }


    /** HanLP's words of a text (never modified by the callers: they may be shared through the memo). */
    private static List<Term> seg(String text) {
        return segmented(Holder.SEGMENT, text, text);
    }

    /** HanLP's words of a text read by the {@link People} segmenter (memoised apart from {@link #seg}). */
    private static List<Term> segPeople(String text) {
        return segmented(People.SEGMENT, "\u0001" + text, text);
    }

    /**
     * The segmenter's words of a text, kept in the message's memo under the key while one is open: a message asks about
     * the same words from several readers.
     */
    private static List<Term> segmented(Segment segment, String key, String text) {
        return MessageMemo.get(MessageMemo.Table.SEGMENTED, key, k -> {
            synchronized (segment) {
                return segment.seg(text);
            }
        });
    }

    /**
     * The length of a Japanese or transliterated name that starts at p ("总经理伊藤大辅，" → 4 at 伊, "山本浩二等3人" → 4,
     * "丸井隆一行" → 3, "马丁·霍夫曼" → 6), or 0. A Japanese name must open with a two-character family name of HanLP's
     * nrj dictionary (伊藤, 小林, 高木) that is no Chinese compound surname: a Chinese name opens with one character. A
     * transliterated name must be written with its middle dot. The name ends where a word said after a name starts (等,
     * 一行, 带队, as {@link PersonNames#stopAt} reads).
     */
    static int foreignNameAt(String s, int p) {
        if (p + 3 > s.length() || !InputText.isCjk(s.charAt(p))) return 0;
        int e = p;
        boolean dot = false;
        while (e < s.length() && e - p < 10 && "，。、；;,！!？?\n".indexOf(s.charAt(e)) < 0) {
            if (s.charAt(e) == '·' || s.charAt(e) == '・') dot = true;
            e++;
        }
        String family = s.substring(p, p + 2);
        boolean japanese = !PersonNames.isCompoundSurname(family) && InputText.isCjk(s.charAt(p + 1))
                && Character.valueOf(JapanesePersonDictionary.X).equals(japaneseWord(family));
        if (!japanese && !dot) return 0;
        String window = s.substring(p, e);
        List<Term> terms = segPeople(window);
        Term t = terms.isEmpty() ? null : terms.get(0);
        String nature = t == null ? "" : String.valueOf(t.nature);
        if (!japanese) return dottedName(terms);
        if (nature.equals("nrj")) {
            // "山本浩二等", "小林正树一行": a word said after the name, read into it (等, or a word of two characters
            // or more: 也 closes 和也)
            int len = t.word.length();
            for (int k = 3; k < len; k++) {
                if (window.charAt(k) == '等' || PersonNames.stopLength(window, k) >= 2) { len = k; break; }
            }
            if (len >= 3) return len;
        }
        // the recogniser reads a name by its context ("山本浩二等" but not "山本浩二 总经理"): the family name and a given
        // name of its dictionary (浩二, 亮介; one character: 隆, 健) that ends where a word said after a name starts
        for (int g = Math.min(3, window.length() - 2); g >= 1; g--) {
            Character label = japaneseWord(window.substring(2, 2 + g));
            if (label == null || g > 1 && label != JapanesePersonDictionary.M) continue;
            int end = 2 + g;
            if (end == window.length() || !InputText.isCjk(window.charAt(end)) || PersonNames.stopAt(window, end)
                    || ProsePeople.coreAt(window, end) != null) return end;
        }
        return 0;
    }

    /**
     * "卡尔·韦伯接待" → 5: words joined by a middle dot, one of them a transliterated name for HanLP (nrf) or its
     * dictionary; the length up to the last word after a dot, or 0.
     */
    private static int dottedName(List<Term> terms) {
        int pos = 0;
        int end = 0;
        boolean needWord = true;
        boolean dotted = false;
        boolean foreign = false;
        for (Term t : terms) {
            if (t.word.equals("·") || t.word.equals("・")) {
                if (needWord) return 0;
                dotted = true;
                needWord = true;
                pos++;
                continue;
            }
            if (!needWord) break;
            for (int c = 0; c < t.word.length(); c++) {
                char ch = t.word.charAt(c);
                if (ch == '·' || ch == '・') dotted = true;
                else if (!InputText.isCjk(ch)) return 0;
            }
            String n = String.valueOf(t.nature);
            if (n.equals("nrf") || TranslatedPersonDictionary.containsKey(t.word)) foreign = true;
            pos += t.word.length();
            end = pos;
            needWord = false;
        }
        return foreign && dotted && end >= 3 && !needWord ? end : 0;
    }

    private static Character japaneseWord(String w) {
        People.SEGMENT.getClass(); // the dictionaries load with the segmenter
        return JapanesePersonDictionary.get(w);
    }

    /**
     * The texts this thread's open memo has segmented so far with the main segmenter, each with HanLP's words and
     * parts of speech (the pieces of the message the readers asked about); empty outside an open {@link MessageMemo}. Lets a
     * reader describe the message by the words the parse already found without segmenting it again.
     */
    @SuppressWarnings("unchecked")
    static List<java.util.Map.Entry<String, List<Term>>> segmentedSoFar() {
        java.util.Map<Object, Object> kept = MessageMemo.kept(MessageMemo.Table.SEGMENTED);
        if (kept.isEmpty()) return List.of();
        List<java.util.Map.Entry<String, List<Term>>> out = new java.util.ArrayList<>(kept.size());
        for (java.util.Map.Entry<Object, Object> e : kept.entrySet()) {
            if (e.getKey() instanceof String k && !k.isEmpty() && k.charAt(0) != '\u0001' && e.getValue() instanceof List<?> terms) {
                out.add(java.util.Map.entry(k, (List<Term>) terms));
            }
        }
        return out;
    }

    /** HanLP's words of a text, each with its part of speech ("铭利达储能" → [铭利达, nt], [储能, n]). */
    static List<String[]> tagged(String text) {
        List<String[]> out = new java.util.ArrayList<>();
        for (Term t : seg(text)) out.add(new String[]{t.word, String.valueOf(t.nature)});
        return out;
    }

    /** The first of HanLP's words of a text ("美团低空物流" → "美团"); the text when it has none. */
    static String firstWord(String text) {
        List<Term> terms = seg(text);
        return terms.isEmpty() ? text : terms.get(0).word;
    }

    /**
     * A message written in traditional characters ("今天拜訪了深圳市匯川技術股份有限公司，見了副總裁…": forwarded from Hong
     * Kong or Taiwan partners, typed on a phone set to 繁體) in simplified ones, by HanLP's own traditional-to-simplified
     * dictionary (loaded on the first such message, about 0.3 s). Simplified text passes through unchanged.
     */
    static String simplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** Loads the dictionaries now rather than on the first prose message. */
    static void warmUp() {
        Holder.SEGMENT.seg("拜访京东方");
        People.SEGMENT.seg("总经理伊藤大辅");
    }

    /** FOREIGN: a transliterated name (比亚迪, 迪卡侬): as often a company as a person. */
    enum Guess { PERSON, FOREIGN, PLACE, ORGANISATION, OTHER }

    /** A word of everyday speech rather than a name: one word for HanLP, a verb, adjective, adverb or time ("下雪", "不错"). */
    static boolean commonWord(String candidate) {
        List<Term> terms = seg(candidate);
        if (terms.size() != 1) return false;
        char n = String.valueOf(terms.get(0).nature).charAt(0);
        return "vadtfpcuyeo".indexOf(n) >= 0;
    }

    /** Whether every word of a short text is a common noun for HanLP ("品牌", "储能", "市场营销"): no verb, name or place. */
    static boolean plainNoun(String text) {
        List<Term> terms = seg(text);
        for (Term t : terms) {
            String n = String.valueOf(t.nature);
            if (!(n.equals("n") || n.equals("nz") || n.equals("vn") || n.equals("gm") || n.equals("gi") || n.equals("nnt") || n.equals("nis"))) return false;
        }
        return !terms.isEmpty();
    }

    /**
     * Whether a short text is what an enterprise makes, told in common words ("动力电池回收", "医用耗材", "激光显示"): two
     * words or more, each a common noun or verb, none a name, a place or an organisation's.
     */
    static boolean tradeWords(String text) {
        List<Term> terms = seg(text);
        if (terms.size() < 2) return false;
        boolean plain = false;
        for (Term t : terms) {
            String n = String.valueOf(t.nature);
            // "光伏玻璃", "汽车内饰": a trade's own term (nz) beside a plain noun
            if (n.equals("nz") && t.word.length() >= 2) continue;
            plain = true;
            if (t.word.length() < 2 || !(n.equals("n") || n.equals("b") || n.equals("vn") || n.equals("v") || n.equals("gm") || n.equals("gi") || n.equals("nnt")
                    || n.equals("nis") || n.equals("gc") || n.equals("gp") || n.equals("gg") || n.equals("nmc") || n.equals("nbp"))) return false;
        }
        return plain;
    }

    /** How many characters at the start of a text are an adverb and the verbs after it for HanLP ("已约好战略部" → 3). */
    static int leadingVerbs(String text) {
        List<Term> terms = seg(text);
        int n = 0;
        // only a run opened by an adverb, preposition or time ("已约好", "刚见过"): a department may start with a verb (封装事业部)
        if (terms.isEmpty() || "dpct".indexOf(String.valueOf(terms.get(0).nature).charAt(0)) < 0) return 0;
        for (Term t : terms) {
            String nature = String.valueOf(t.nature);
            if (!(nature.equals("v") || nature.equals("vi") || nature.equals("vf") || nature.equals("d") || nature.equals("p") || nature.equals("u")
                    || nature.equals("ule") || nature.equals("uzhe") || nature.equals("uguo") || nature.equals("c") || nature.equals("t"))) break;
            n += t.word.length();
        }
        // a verb's result said after it ("约好", "见到", "谈完"), split off by the segmenter
        if (n > 0 && n < text.length() && "好到完".indexOf(text.charAt(n)) >= 0) n++;
        return n;
    }

    /**
     * Whether HanLP's core dictionary gives the word first as a word of the sentence ("见", "了", "跟", "将", "组织": a
     * verb, preposition, adverb, particle, conjunction, pronoun or time), which a registered name does not open with
     * before its place: a dictionary look-up, no segmentation.
     */
    static boolean sentenceWord(String word) {
        Holder.SEGMENT.getClass(); // the dictionaries load with the segmenter
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        return a != null && sentenceNature(String.valueOf(a.nature[0]));
    }

    /** A part of speech of the sentence's own words (see {@link #sentenceWord}); nouns, names, places and verbal nouns are not. */
    static boolean sentenceNature(String n) {
        return n.equals("p") || n.equals("v") || n.equals("vi") || n.equals("vf") || n.equals("d") || n.startsWith("u") || n.equals("c")
                || n.equals("cc") || n.equals("tg") || n.equals("t") || n.equals("y") || n.equals("e") || n.startsWith("r");
    }

    /**
     * Whether the word is a place name in HanLP's core dictionary (北京, 长治, 上虞, 鄂尔多斯): a dictionary look-up, no
     * segmentation, so it may be asked for many words of a message.
     */
    static boolean placeWord(String word) {
        if (word.length() < 2) return false;
        Holder.SEGMENT.getClass(); // the dictionaries load with the segmenter
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (a == null) return false;
        for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature) if (String.valueOf(n).startsWith("ns")) return true;
        return false;
    }

    /** Whether the characters are one word of HanLP's core dictionary ("保定", "确定"): a look-up, no segmentation. */
    static boolean dictionaryWord(String word) {
        Holder.SEGMENT.getClass(); // the dictionaries load with the segmenter
        return com.hankcs.hanlp.dictionary.CoreDictionary.get(word) != null;
    }

    /** The length of the place name (2–4 characters) the text has at {@code at}, or 0. */
    static int placeAt(String text, int at) {
        for (int len = Math.min(4, text.length() - at); len >= 2; len--) {
            if (placeWord(text.substring(at, at + len))) return len;
        }
        return 0;
    }

    /** What a short candidate reads as when it is one word for HanLP; OTHER when it splits into several words. */
    static Guess guess(String candidate) {
        List<Term> terms = seg(candidate);
        if (terms.size() != 1) return Guess.OTHER;
        String nature = String.valueOf(terms.get(0).nature);
        if (nature.equals("nrf")) return Guess.FOREIGN; // 比亚迪 reads as a transliterated name
        if (nature.startsWith("nr")) return Guess.PERSON;
        if (nature.startsWith("ns")) return Guess.PLACE;
        if (nature.startsWith("nt") || nature.equals("nz") || nature.equals("nx") || nature.equals("j")) return Guess.ORGANISATION;
        return Guess.OTHER;
    }
}
