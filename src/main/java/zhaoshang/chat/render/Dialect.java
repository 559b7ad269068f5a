package zhaoshang.chat.render;

/**
 * The syntax a client shows (PLATFORMS.md A1).
 *
 * @param markdown      false: plain text, nothing is markup
 * @param headingPrefix "#### " etc., or null when headings are not shown (the text stands alone on its line)
 * @param bold          {@code **bold**} is shown
 * @param lists         {@code -} and {@code 1.} lists are shown (else items are written "· " / "1. " as text)
 * @param lineBreak     what ends a line inside a paragraph ("\n", or "  \n" where a bare newline is not a break)
 * @param escapeAngle   {@code <} would start a tag (WeCom font tags): write it full-width
 * @param codeBlocks    fenced code blocks are shown (text to copy goes in one)
 */
public record Dialect(String name, boolean markdown, String headingPrefix, boolean bold, boolean lists,
                      String lineBreak, boolean escapeAngle, boolean codeBlocks) {

    /** Plain text: DingTalk/WeCom text messages, work notifications as text. */
    public static final Dialect TEXT = new Dialect("text", false, null, false, false, "\n", false, false);
    /** DingTalk markdown: headings, quote, bold, italic, links, images, lists; no tables, code or colours. */
    public static final Dialect DINGTALK_MARKDOWN = new Dialect("钉钉 markdown", true, "#### ", true, true, "  \n", false, false);
    /** WeCom group robot legacy markdown: headings, bold, links, quote, font colours, inline code; no lists. */
    public static final Dialect WECOM_MARKDOWN = new Dialect("企业微信 markdown", true, "### ", true, false, "\n", true, false);
    /** WeCom markdown v2 (智能机器人 replies): headings, bold, lists, tables, code; no colours, no @. */
    public static final Dialect WECOM_MARKDOWN_V2 = new Dialect("企业微信 markdown_v2", true, "### ", true, true, "  \n", true, true);
    /** The simulator's own view: everything. */
    public static final Dialect SIMULATOR = new Dialect("模拟器", true, "### ", true, true, "\n", false, true);

    /** Text as this dialect shows it literally: markup characters that would be read as syntax are neutralised. */
    public String literal(String s) {
        if (!markdown || s.isEmpty()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '*' -> sb.append('＊');
                case '_' -> sb.append('＿');
                case '`' -> sb.append('｀');
                case '[' -> sb.append('［');
                case ']' -> sb.append('］');
                case '|' -> sb.append('｜');
                case '~' -> sb.append('～');
                case '<' -> sb.append(escapeAngle ? '＜' : c);
                case '\n' -> sb.append(lineBreak);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A line's start that would be read as a heading, quote or list item is written full-width. */
    public String lineStart(String line) {
        if (!markdown || line.isEmpty()) return line;
        char c = line.charAt(0);
        if (c == '#') return "＃" + line.substring(1);
        if (c == '>') return "＞" + line.substring(1);
        if (c == '-' || c == '+') return (c == '-' ? "－" : "＋") + line.substring(1);
        if (line.equals("---") || line.equals("***")) return "－－－";
        int i = 0;
        while (i < line.length() && i < 4 && Character.isDigit(line.charAt(i))) i++;
        if (i > 0 && i < line.length() && line.charAt(i) == '.') {
            return line.substring(0, i) + "．" + line.substring(i + 1);
        }
        return line;
    }
}
