package zhaoshang.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WeCom quoted reply: "「林琳：走访 X公司 对接人 …」\n----\n补充一下：我方人员…；意向较强" — the quoted message, a line of
 * dashes, then the reply. The quote (its sender's name left out) and the reply are read as one report, the reply's
 * "补充一下：", "补充陪同人员：" read as what it adds ("陪同人员：…"). A reply that opens with a kind of its own ("外出计划：…"
 * under a colleague's "今天把外出计划报了") is the report, the quote only what it answers.
 */
final class QuotedReplies {

    /** 「name：quote」 on the message's first lines, an optional line of dashes, then the reply. */
    private static final Pattern QUOTE = Patterns.compile("^\\s*「(?:[^：:」\\n]{1,12}[：:])?([^」]+)」\\s*\\n(?:\\s*[-—－_=]{2,}\\s*\\n)?([\\s\\S]+)$");
    /** "补充一下：", "补一下", "补充": what opens a reply adding to the quote. */
    private static final Pattern ADDS = Patterns.compile("^补(?:充)?(?:一下|下)?(?:[：:]\\s*)?");

    private QuotedReplies() { }

    static String rewrite(String text, java.time.LocalDate today) {
        if (text == null || text.indexOf('「') < 0 || text.indexOf('」') < 0) return text;
        Matcher m = QUOTE.matcher(text);
        if (!m.matches()) return text;
        String quote = m.group(1).strip();
        String reply = m.group(2).strip();
        if (quote.isEmpty() || reply.isEmpty()) return text;
        int nl = reply.indexOf('\n');
        String first = nl < 0 ? reply : reply.substring(0, nl);
        if (KindHeader.read(first, today) != null) return reply;
        Matcher adds = ADDS.matcher(reply);
        if (adds.lookingAt() && adds.end() < reply.length()) reply = reply.substring(adds.end());
        return quote + "\n" + reply;
    }
}
