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
            if (NumberedLine.markerEnd(raw.strip()) > 0 || raw.strip().startsWith("-") || raw.strip().startsWith("·")) anyItem = true;
            if (BARE_NUMBER.matcher(raw.strip()).lookingAt()) bareNumbered++;
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
                    && (anyItem || line.length() <= 24 || line.endsWith("：") || line.endsWith(":"));
            sentence++;
            boolean first = true;
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                char c = i == line.length() ? '。' : line.charAt(i);
                boolean end = "，,。；;！!？?".indexOf(c) >= 0 || c == ' ' && voicePause(line, i);
                if (!end) continue;
                String t = line.substring(start, i).strip();
                if (!t.isEmpty()) {
                    out.add(new ProseClause(t, lineNo, opens ? item : -1, sentence, opens && first, heading));
                    first = false;
                }
                if ("。；;！!？?".indexOf(c) >= 0) sentence++;
                start = i + 1;
            }
            lineNo++;
        }
        return out;
    }

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("[1-9][0-9]?\\s+(?=\\p{IsHan})");

    /** A space between two Chinese words is a pause in voice input; a space inside "Mini LED" is not. */
    private static boolean voicePause(String line, int i) {
        char before = i > 0 ? line.charAt(i - 1) : ' ';
        char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        // "#V-0318 走访的…": a space after a record number is none either
        if (before < 128 && Character.isDigit(before) && line.lastIndexOf("#", i) >= 0 && line.lastIndexOf("#", i) > i - 10) return false;
        return !(Character.isLetter(before) && before < 128 && Character.isLetter(after) && after < 128);
    }
}
