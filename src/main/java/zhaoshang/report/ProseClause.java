package zhaoshang.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One clause of a prose message and where it stands: its line, whether it opens a numbered item, its sentence.
 * Clauses end at ，。；！ and line breaks, and at the pauses (spaces) of voice input.
 */
record ProseClause(String text, int line, int item, int sentence, boolean opensItem, boolean heading) {

    static List<ProseClause> split(String message) {
        List<ProseClause> out = new ArrayList<>();
        String[] lines = message.split("\n");
        int item = -1;
        int sentence = 0;
        int lineNo = 0;
        boolean anyItem = false;
        int bareNumbered = 0;
        for (String raw : lines) {
            String st = raw.strip();
            if (NumberedLine.markerEnd(st) > 0 || st.startsWith("-") || st.startsWith("·")) anyItem = true;
            // (BARE_NUMBER opens with a digit 1-9)
            if (!st.isEmpty() && st.charAt(0) >= '1' && st.charAt(0) <= '9' && BARE_NUMBER.matcher(st).lookingAt()) bareNumbered++;
        }
        // "1 周二 成都 …\n2 周三 重庆 …": numbers followed by a space only, on two lines or more, number the items too
        boolean bare = bareNumbered >= 2;
        if (bare) anyItem = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            int m = NumberedLine.markerEnd(line);
            if (m == 0 && bare) {
                java.util.regex.Matcher b = BARE_NUMBER.matcher(line);
                if (b.lookingAt()) m = b.end();
            }
            if (m == 0 && (line.startsWith("- ") || line.startsWith("-") && line.length() > 1 || line.startsWith("·"))) m = 1;
            boolean opens = m > 0;
            if (opens) { item++; line = line.substring(m).strip(); }
            // a short first line with no organisation and items (or more lines) below: a heading
            boolean heading = lineNo == 0 && lines.length > 1 && !opens && OrgNames.find(line).isEmpty()
                    && (anyItem || line.length() <= 24 || line.endsWith("：") || line.endsWith(":"))
                    // "18号 三一重能 来潞州区考察\n叶片和整机…": a first line telling who came to look round is the report's own
                    && !InspectionComers.toldIn(line);
            sentence++;
            boolean first = true;
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                char c = i == line.length() ? '。' : line.charAt(i);
                boolean end = "，,。；;！!？?".indexOf(c) >= 0 || c == ' ' && voicePause(line, i) || i < line.length() && InputText.pieceMark(line, i);
                // "拜访了A公司（…，意向较强）和B公司（…）": a bracket closed before 和 ends A's words; B's open after it
                // (a bracket of clauses, not a title: "李建军（组长）、马丽娜")
                boolean joined = !end && (c == '）' || c == ')') && i + 1 < line.length() && "和与及、".indexOf(line.charAt(i + 1)) >= 0
                        && clausesInBrackets(line, i);
                if (!end && !joined) continue;
                String t = line.substring(start, joined ? i + 1 : i).strip();
                if (!t.isEmpty()) {
                    out.add(new ProseClause(t, lineNo, opens ? item : -1, sentence, opens && first, heading));
                    first = false;
                }
                if ("。；;！!？?".indexOf(c) >= 0) sentence++;
                start = joined ? i + 2 : i + 1;
                if (joined) i++;
            }
            lineNo++;
        }
        return out;
    }

    /** The marks that end a sentence, and so every field read from inside one. */
    private static final String SENTENCE_ENDS = "。；;！!？?\n";
    /** Fields whose value is one thing (a name, a date, a level, people), never more than one clause. */
    private static final java.util.Set<String> ONE_CLAUSE = java.util.Set.of("enterprise", "date", "departDate", "returnDate", "intent",
            "amountYuan", "area", "progress", "stage", "source", "project", "industry", "region", "contacts", "ourPeople", "companions", "owner");
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("contacts", "ourPeople", "companions", "owner");

    /** Whether a field's value is one thing, read from one clause (not free text such as 洽谈内容 or 备注). */
    static boolean oneClause(String component) {
        return ONE_CLAUSE.contains(component);
    }

    /**
     * Where the value of a field ends when it was read from inside a sentence (a label's value, "对接人：华北区域总经理孟凡。企业对…"):
     * at the end of its sentence (。；！？ or the line) or a slash standing apart; the value of people also at a comma
     * (or ；) after which the words are no one's name or title but another clause ("对接人：孟凡，企业对…"). Fields of free text (洽谈内容,
     * 备注 …) run on. The one rule every such value is cut by; what follows is the message's other words.
     */
    static int valueEnd(String component, String value) {
        if (!ONE_CLAUSE.contains(component)) return value.length();
        boolean people = PEOPLE.contains(component);
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // a slash or bar standing apart ends a piece of every field ("副总经理 / 意向：一般")
            boolean apart = InputText.pieceMark(value, i);
            boolean comma = c == '，' || c == ',' || c == '；' || c == ';' || apart;
            if (SENTENCE_ENDS.indexOf(c) < 0 && !apart && !(people && comma)) continue;
            String before = value.substring(start, i).strip();
            if (before.isEmpty()) { start = i + 1; continue; }
            String rest = value.substring(i + 1).strip();
            if (rest.isEmpty()) return i;
            if (!people) return i;
            // people go on past a comma or ；only to more people ("孟凡，华北区域总经理", "王总（副总）；李经理（部长）")
            int next = nextPiece(rest);
            String piece = rest.substring(0, next).strip();
            // "我方人员：区委常委、副区长王晓峰，招商三组侯晓东、原媛": ours named after our unit go on too
            boolean morePeople = (comma || c == '\n') && !piece.isEmpty() && (Contacts.onlyPeople(piece)
                    || !component.equals("contacts") && OurPeople.oursOnly(piece));
            if (!morePeople) return i;
            start = i + 1;
        }
        return value.length();
    }

    /** The end of the first piece of people: up to the next comma, ；or sentence end. */
    private static int nextPiece(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("，,；;".indexOf(s.charAt(i)) >= 0 || SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0 || InputText.pieceMark(s, i)) return i;
        }
        return s.length();
    }

    /** The bracket closed at i holds clauses (a comma inside it). */
    private static boolean clausesInBrackets(String line, int i) {
        int open = Math.max(line.lastIndexOf('（', i), line.lastIndexOf('(', i));
        if (open < 0) return false;
        for (int k = open + 1; k < i; k++) if (line.charAt(k) == '，' || line.charAt(k) == ',') return true;
        return false;
    }

    private static final java.util.regex.Pattern BARE_NUMBER = Patterns.compile("[1-9][0-9]?\\s+(?=\\p{IsHan})");

    /** A space between two Chinese words is a pause in voice input; a space inside "Mini LED" is not. */
    private static boolean voicePause(String line, int i) {
        char before = i > 0 ? line.charAt(i - 1) : ' ';
        char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        // "#V-0318 走访的…": a space after a record number is none either
        if (before < 128 && Character.isDigit(before) && line.lastIndexOf("#", i) >= 0 && line.lastIndexOf("#", i) > i - 10) return false;
        // "Mr. Tanaka", "Dr. Lim": the space after an honorific's dot is inside a name
        if (before == '.' && InputText.isLatin(after) && i >= 3 && HONORIFIC_DOT.matcher(line).region(Math.max(0, i - 4), i).find()) return false;
        return !(Character.isLetter(before) && before < 0x250 && Character.isLetter(after) && after < 0x250);
    }

    private static final java.util.regex.Pattern HONORIFIC_DOT = Patterns.compile("(?<![A-Za-z])(?:Mr|Ms|Mrs|Dr)\\.$");
}
