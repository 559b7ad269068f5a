package zhaoshang.report;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the readers of one message work out more than once, worked out once: while a memo is open on this thread
 * (ReportParser.parse opens one per message), {@link #get} keeps each table's answer per key. The template and the
 * prose reading, a clause and the record it opens, a line and the text it is joined into ask the same readers about
 * the same words; the answers kept here depend on the words (and the key's other parts) alone. Only immutable answers
 * are kept (a table whose callers change their answer copies it on the way out). Outside an open memo every call
 * computes.
 */
final class MessageMemo implements AutoCloseable {

    /** The readers whose answers are kept, one table each. */
    enum Table {
        /** HanLP's words of a text (NameRecogniser; the People segmenter's under a key of its own). */
        SEGMENTED,
        /** The suffix-anchored names in a text (OrgNames.find). */
        ORG_NAMES,
        /** The short name of a clause (ShortNames.find). */
        SHORT_NAMES,
        /** The strongest cue of a clause (ProseCues.of). */
        CUES,
        /** A line or text with voice input's habits taken out (VoiceText.normalise). */
        VOICE,
        /** The event's date in a text, by text, day and resolution (ProseDates.find). */
        DATES
    }

    private static final ThreadLocal<MessageMemo> OPEN = new ThreadLocal<>();
    /** A kept null answer. */
    private static final Object NONE = new Object();
    /** Returned by a nested {@link #open}: closing it leaves the outer memo open. */
    private static final MessageMemo NESTED = new MessageMemo();

    @SuppressWarnings("unchecked")
    private final Map<Object, Object>[] tables = new Map[Table.values().length];

    /** Whether a reading of the prose reader was given back for this message (not only a form's reading). */
    private boolean proseRead;

    private MessageMemo() { }

    /** Notes, in this thread's open memo, that the message was read (in part at least) by the prose reader; returns it. */
    static <T> T proseRead(T reading) {
        MessageMemo m = OPEN.get();
        if (m != null) m.proseRead = true;
        return reading;
    }

    /** Whether this thread's open memo saw a prose reading given back; true when none is open (nothing is known). */
    static boolean proseRead() {
        MessageMemo m = OPEN.get();
        return m == null || m.proseRead;
    }

    /** Opens this thread's memo for one message; a nested call shares the one open. */
    static MessageMemo open() {
        if (OPEN.get() != null) return NESTED;
        MessageMemo m = new MessageMemo();
        OPEN.set(m);
        return m;
    }

    @Override
    public void close() {
        if (this != NESTED) OPEN.remove();
    }

    /** The answers this thread's open memo keeps in a table so far (key → answer, {@code null} answers as a marker); empty when none is open. */
    static Map<Object, Object> kept(Table table) {
        MessageMemo m = OPEN.get();
        Map<Object, Object> t = m == null ? null : m.tables[table.ordinal()];
        return t == null ? Map.of() : t;
    }

    /** The table's answer for the key: computed once while a memo is open (null answers too), every call otherwise. */
    @SuppressWarnings("unchecked")
    static <K, V> V get(Table table, K key, Function<K, V> compute) {
        MessageMemo m = OPEN.get();
        if (m == null) return compute.apply(key);
        Map<Object, Object> t = m.tables[table.ordinal()];
        if (t == null) m.tables[table.ordinal()] = t = new HashMap<>();
        Object v = t.get(key);
        if (v == null) {
            V computed = compute.apply(key);
            t.put(key, computed == null ? NONE : computed);
            return computed;
        }
        return v == NONE ? null : (V) v;
    }
}
