package zhaoshang.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles the parser's patterns with a look at the first character before any alternative is tried. Java's regex
 * engine tries every alternative of a pattern at every position of the text ("拜访|走访|见了|…" costs one comparison
 * per word per character), and most positions start none of them. {@link #compile} works out from the pattern's
 * text which characters a match can begin with and puts a lookahead for just those in front
 * ({@code (?=[拜走见…])(?:…)}): the same matches, found without trying the words where they cannot start. A pattern
 * it cannot read that far (a negated class, '.', a property, a back-reference, flags, an empty match) is compiled
 * as written.
 */
final class Patterns {

    private Patterns() { }

    /** The pattern with a first-character lookahead when its possible first characters are known. */
    static Pattern compile(String regex) {
        BitSet first = firstChars(regex);
        // a pattern anchored at the start is tried at the start only already
        if (first == null || regex.startsWith("^")) return Pattern.compile(regex);
        return Pattern.compile("(?=" + charClass(first) + ")(?:" + regex + ")");
    }

    /**
     * Whether the text holds any of the words: the gate before a pattern every match of which holds one of them (the
     * pattern then need not be scanned at all over a text with none).
     */
    static boolean containsAny(String text, String... words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /**
     * A set of words looked for in one pass over the text: at each character whose code starts some word, the words
     * starting with it are compared there. {@link #containsAny} scans the whole text once per word, which for a list
     * of dozens of words over a text holding none of them costs dozens of scans.
     */
    static final class Words {
        private final BitSet first = new BitSet();
        private final Map<Character, String[]> byFirst = new HashMap<>();

        Words(String... words) {
            Map<Character, List<String>> lists = new HashMap<>();
            for (String w : words) {
                first.set(w.charAt(0));
                lists.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
            lists.forEach((c, l) -> byFirst.put(c, l.toArray(String[]::new)));
        }

        /** Whether the text holds any of the words. */
        boolean in(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!first.get(c)) continue;
                for (String w : byFirst.get(c)) if (text.startsWith(w, i)) return true;
            }
            return false;
        }
    }

    /**
     * A set of characters looked for in one pass over the text: {@link #containsAnyChar} scans the text once per
     * character, which for a set of a hundred over a text holding none of them costs a hundred scans.
     */
    static final class Chars {
        private final BitSet set = new BitSet();

        Chars(String chars) {
            for (int i = 0; i < chars.length(); i++) set.set(chars.charAt(i));
        }

        /** Whether the text holds any of the characters. */
        boolean in(String text) {
            return in(text, 0, text.length());
        }

        /** Whether the text holds any of the characters between from (inclusive) and to (exclusive). */
        boolean in(String text, int from, int to) {
            for (int i = Math.max(from, 0); i < to; i++) if (set.get(text.charAt(i))) return true;
            return false;
        }
    }

    /** Whether the text holds any of the characters. */
    static boolean containsAnyChar(String text, String chars) {
        for (int j = 0; j < chars.length(); j++) if (text.indexOf(chars.charAt(j)) >= 0) return true;
        return false;
    }

    /** The characters a match of the regex can start with; null when unknown or when it can match the empty text. */
    static BitSet firstChars(String regex) {
        try {
            Reader r = new Reader(regex);
            Node n = r.alternation();
            if (r.pos != regex.length() || n.nullable) return null;
            // a class of most of the characters rules out next to nothing
            if (n.first.cardinality() > 4096) return null;
            // a surrogate: the engine reads whole code points, a class of halves would not see them
            int s = n.first.nextSetBit(0xD800);
            if (s >= 0 && s <= 0xDFFF) return null;
            return n.first;
        } catch (Unknown e) {
            return null;
        }
    }

    private static String charClass(BitSet set) {
        StringBuilder b = new StringBuilder("[");
        for (int c = set.nextSetBit(0); c >= 0; ) {
            int end = set.nextClearBit(c) - 1;
            b.append(String.format("\\u%04x", c));
            if (end > c) b.append('-').append(String.format("\\u%04x", end));
            c = set.nextSetBit(end + 1);
        }
        return b.append(']').toString();
    }

    /** A construct the analysis does not follow: the pattern is compiled as written. */
    private static final class Unknown extends RuntimeException {
        Unknown() { super(null, null, false, false); }
    }

    /** What a piece of pattern can start with, and whether it can match nothing at all. */
    private record Node(BitSet first, boolean nullable) { }

    private static final class Reader {
        final String s;
        int pos;

        Reader(String s) { this.s = s; }

        boolean more() { return pos < s.length(); }

        char peek() { return s.charAt(pos); }

        Node alternation() {
            BitSet first = new BitSet();
            boolean nullable = false;
            while (true) {
                Node n = sequence();
                first.or(n.first);
                nullable |= n.nullable;
                if (more() && peek() == '|') { pos++; continue; }
                return new Node(first, nullable);
            }
        }

        Node sequence() {
            BitSet first = new BitSet();
            boolean nullable = true;
            while (more() && peek() != '|' && peek() != ')') {
                Node atom = quantified();
                if (nullable) first.or(atom.first);
                nullable &= atom.nullable;
            }
            return new Node(first, nullable);
        }

        Node quantified() {
            Node atom = atom();
            while (more()) {
                char c = peek();
                if (c == '?' || c == '*') {
                    pos++;
                    atom = new Node(atom.first, true);
                } else if (c == '+') {
                    pos++;
                } else if (c == '{') {
                    int close = s.indexOf('}', pos);
                    if (close < 0) throw new Unknown();
                    String body = s.substring(pos + 1, close);
                    if (!body.matches("\\d+(,\\d*)?")) throw new Unknown();
                    int min = Integer.parseInt(body.split(",", -1)[0]);
                    pos = close + 1;
                    if (min == 0) atom = new Node(atom.first, true);
                } else {
                    break;
                }
                // a lazy or possessive quantifier matches the same first characters
                if (more() && (peek() == '?' || peek() == '+')) pos++;
            }
            return atom;
        }

        Node atom() {
            char c = s.charAt(pos++);
            switch (c) {
                case '(' -> {
                    boolean zeroWidth = false;
                    if (s.startsWith("?:", pos)) {
                        pos += 2;
                    } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
                        pos += 2;
                        zeroWidth = true;
                    } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
                        pos += 3;
                        zeroWidth = true;
                    } else if (s.startsWith("?<", pos)) {
                        int close = s.indexOf('>', pos);
                        if (close < 0) throw new Unknown();
                        pos = close + 1;
                    } else if (s.startsWith("?", pos)) {
                        throw new Unknown(); // flags, atomic groups
                    }
                    Node inner = alternation();
                    if (!more() || peek() != ')') throw new Unknown();
                    pos++;
                    // a lookaround matches no character: what follows it starts the match
                    return zeroWidth ? new Node(new BitSet(), true) : inner;
                }
                case '^', '$' -> {
                    return new Node(new BitSet(), true);
                }
                case '[' -> {
                    return new Node(charClassBody(), false);
                }
                case '\\' -> {
                    char e = s.charAt(pos);
                    if (e == 'b' || e == 'B') {
                        pos++;
                        return new Node(new BitSet(), true);
                    }
                    return new Node(escape(), false);
                }
                case '.', ')', '|', '?', '*', '+', '{' -> throw new Unknown();
                default -> {
                    BitSet b = new BitSet();
                    b.set(c);
                    return new Node(b, false);
                }
            }
        }

        /** An escape after its backslash, as the characters it stands for. */
        BitSet escape() {
            char e = s.charAt(pos++);
            BitSet b = new BitSet();
            switch (e) {
                case 's' -> { for (char w : " \t\n\u000B\f\r".toCharArray()) b.set(w); }
                case 'd' -> b.set('0', '9' + 1);
                case 'n' -> b.set('\n');
                case 't' -> b.set('\t');
                case 'r' -> b.set('\r');
                case 'f' -> b.set('\f');
                case 'u' -> {
                    b.set(Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> {
                    // an escaped mark stands for itself; letters and digits are classes, properties or references
                    if (Character.isLetterOrDigit(e)) throw new Unknown();
                    b.set(e);
                }
            }
            return b;
        }

        /** A character class after its '[': the characters it holds. */
        BitSet charClassBody() {
            boolean negated = more() && peek() == '^';
            if (negated) pos++;
            BitSet b = new BitSet();
            boolean firstItem = true;
            while (true) {
                if (!more()) throw new Unknown();
                char c = s.charAt(pos++);
                if (c == ']' && !firstItem) {
                    // a negated class: every other character of the basic plane (none stands first in a pattern kept)
                    if (negated) b.flip(0, 0x10000);
                    return b;
                }
                if (c == '[' || c == '&' && more() && peek() == '&') throw new Unknown();
                firstItem = false;
                BitSet one;
                int single = -1;
                if (c == '\\') {
                    one = escape();
                    if (one.cardinality() == 1) single = one.nextSetBit(0);
                } else {
                    if (c == ']') throw new Unknown();
                    single = c;
                    one = new BitSet();
                    one.set(c);
                }
                if (single >= 0 && more() && peek() == '-' && pos + 1 < s.length() && s.charAt(pos + 1) != ']') {
                    pos++;
                    char hc = s.charAt(pos++);
                    int high;
                    if (hc == '\\') {
                        BitSet h = escape();
                        if (h.cardinality() != 1) throw new Unknown();
                        high = h.nextSetBit(0);
                    } else {
                        if (hc == '[') throw new Unknown();
                        high = hc;
                    }
                    if (high < single) throw new Unknown();
                    b.set(single, high + 1);
                } else {
                    b.or(one);
                }
            }
        }
    }
}
