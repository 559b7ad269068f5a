package zhaoshang.report;

import java.util.HashSet;
import java.util.Set;

/**
 * The text of one message, folded so that a quote can be found in it whatever spaces, full-width forms, letter case
 * or bracket style either side used: "天津长荣科技集团股份有限公司" is found in "天津长荣 科技集团股份有限公司".
 */
final class MessageQuotes {

    private final String folded;
    private Set<String> pairs;

    MessageQuotes(String message) {
        this.folded = fold(message);
    }

    /** The quote (folded) occurs in the message; an empty quote never does. */
    boolean contains(String quote) {
        return indexOf(quote) >= 0;
    }

    /** Where the folded quote starts in the folded message, -1 when absent or empty. */
    int indexOf(String quote) {
        String q = fold(quote);
        return q.isEmpty() ? -1 : folded.indexOf(q);
    }

    /** Up to {@code n} folded characters of the message before {@code index}. */
    String before(int index, int n) {
        return folded.substring(Math.max(0, index - n), index);
    }

    /** Up to {@code n} folded characters of the message from {@code index}. */
    String after(int index, int n) {
        return folded.substring(Math.min(index, folded.length()), Math.min(folded.length(), index + n));
    }

    /**
     * Share of the value's adjacent character pairs (letters, digits and CJK only) that the message also holds:
     * 1.0 for words copied from the message, low for words the model made up.
     */
    double coverage(String value) {
        String v = wordsOnly(fold(value));
        if (v.length() < 2) return v.isEmpty() ? 0 : (wordsOnly(folded).contains(v) ? 1 : 0);
        if (pairs == null) pairs = pairsOf(wordsOnly(folded));
        int found = 0;
        for (int i = 0; i + 1 < v.length(); i++) {
            if (pairs.contains(v.substring(i, i + 2))) found++;
        }
        return found / (double) (v.length() - 1);
    }

    static String fold(String s) {
        if (s == null) return "";
        String c = InputText.clean(s);
        StringBuilder b = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (Character.isWhitespace(ch)) continue;
            switch (ch) {
                case '(' -> b.append('（');
                case ')' -> b.append('）');
                case ',' -> b.append('，');
                case ':' -> b.append('：');
                case ';' -> b.append('；');
                case '“', '”', '‘', '’', '「', '」' -> b.append('"');
                default -> b.append(Character.toLowerCase(ch));
            }
        }
        return b.toString();
    }

    private static String wordsOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(c);
        }
        return b.toString();
    }

    private static Set<String> pairsOf(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) out.add(s.substring(i, i + 2));
        return out;
    }
}
