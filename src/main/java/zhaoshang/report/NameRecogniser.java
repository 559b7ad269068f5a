package zhaoshang.report;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * The one place that uses HanLP (portable build, dictionaries inside the jar, nothing downloaded at run time): tells
 * whether a short word that stands where an enterprise should ("拜访京东方", "去了欣旺达", "BOE的投资经理") is a
 * person or a place rather than an organisation. Loaded once, on first use (about 1–2 s, part of the cold start);
 * {@link #warmUp()} loads it ahead. Calls are serialised on the one segmenter; they are rare (only when no suffix anchors a name).
 */
final class NameRecogniser {

    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableOrganizationRecognize(true)
                .enablePlaceRecognize(true)
                .enableNameRecognize(true);
    }

    private NameRecogniser() { }

    /** Loads the dictionaries now rather than on the first prose message. */
    static void warmUp() {
        Holder.SEGMENT.seg("拜访京东方");
    }

    /** FOREIGN: a transliterated name (比亚迪, 迪卡侬): as often a company as a person. */
    enum Guess { PERSON, FOREIGN, PLACE, ORGANISATION, OTHER }

    /** A word of everyday speech rather than a name: one word for HanLP, a verb, adjective, adverb or time ("下雪", "不错"). */
    static boolean commonWord(String candidate) {
        List<Term> terms;
        synchronized (Holder.SEGMENT) {
            terms = Holder.SEGMENT.seg(candidate);
        }
        if (terms.size() != 1) return false;
        char n = String.valueOf(terms.get(0).nature).charAt(0);
        return "vadtfpcuyeo".indexOf(n) >= 0;
    }

    /** What a short candidate reads as when it is one word for HanLP; OTHER when it splits into several words. */
    static Guess guess(String candidate) {
        List<Term> terms;
        synchronized (Holder.SEGMENT) {
            terms = Holder.SEGMENT.seg(candidate);
        }
        if (terms.size() != 1) return Guess.OTHER;
        String nature = String.valueOf(terms.get(0).nature);
        if (nature.equals("nrf")) return Guess.FOREIGN; // 比亚迪 reads as a transliterated name
        if (nature.startsWith("nr")) return Guess.PERSON;
        if (nature.startsWith("ns")) return Guess.PLACE;
        if (nature.startsWith("nt") || nature.equals("nz") || nature.equals("nx") || nature.equals("j")) return Guess.ORGANISATION;
        return Guess.OTHER;
    }
}
