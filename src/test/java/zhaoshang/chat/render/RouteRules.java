package zhaoshang.chat.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What each route's client shows, written down from PLATFORMS.md A1 and the platforms' documents, independently of
 * the renderers: the render check holds every rendered message against these rules.
 */
final class RouteRules {

    private RouteRules() { }

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\s*\\|.*\\|\\s*$");
    private static final Pattern FENCE = Pattern.compile("```");
    private static final Pattern INDENTED_CODE = Pattern.compile("(?m)^( {4}|\\t)\\S");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*([-*+]|\\d{1,3}\\.) ");
    private static final Pattern FONT = Pattern.compile("<font", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("<[a-zA-Z/@][^>]*>");
    private static final Pattern IMAGE = Pattern.compile("!\\[");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} ");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\]\\(");
    private static final Pattern DTMD_LINK = Pattern.compile("\\[[^\\]]+\\]\\(dtmd://dingtalkclient/sendMessage\\?content=[^)\\s]+\\)");
    private static final Pattern ORPHAN_BOLD = Pattern.compile("\\*\\*\\s|\\s\\*\\*(?!\\S)");

    /** Largest message per route and format, UTF-8 bytes (the platforms' documented limits). */
    static int limit(Route route, Part.Format format) {
        return switch (route) {
            case DINGTALK_SESSION_WEBHOOK, DINGTALK_CUSTOM_ROBOT -> 20_000;       // "message too long, exceed 20000 bytes"
            case DINGTALK_OPENAPI -> 15_000;                                     // msgParam, checked on the JSON string
            case DINGTALK_WORK_NOTICE -> 2_048;                                  // chosen: "建议500字符以内"
            case WECOM_WEBHOOK -> format == Part.Format.TEXT ? 2_048 : 4_096;    // doc 91770
            case WECOM_AIBOT -> 20_480;                                          // doc 101138
            case WECOM_APP -> 2_048;                                             // doc 90236 text/markdown
            case SIMULATOR -> Integer.MAX_VALUE;
        };
    }

    /** Problems of one rendered part on its route; empty when the client shows it as meant. */
    static List<String> check(Route route, Part part) {
        List<String> out = new ArrayList<>();
        String body = part.body();
        int bytes = route == Route.DINGTALK_OPENAPI ? openApiParamBytes(part) : body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limit(route, part.format())) out.add(bytes + " bytes over " + limit(route, part.format()));
        if (part.format() == Part.Format.CARD) {
            if (!(route == Route.WECOM_AIBOT || route == Route.WECOM_APP)) out.add("a card on " + route);
            out.addAll(checkCard(part.card()));
            return out;
        }
        if (part.format() == Part.Format.TEXT) {
            if (BOLD.matcher(body).find()) out.add("** in a text message");
            if (HEADING.matcher(body).find()) out.add("# heading in a text message");
            if (LINK.matcher(body).find()) out.add("a markdown link in a text message");
            if (FENCE.matcher(body).find()) out.add("``` in a text message");
            return out;
        }
        // markdown of some dialect
        if (ORPHAN_BOLD.matcher(body).find() && unbalancedBold(body)) out.add("unbalanced ** (shows raw)");
        switch (route) {
            case DINGTALK_SESSION_WEBHOOK, DINGTALK_CUSTOM_ROBOT, DINGTALK_OPENAPI, DINGTALK_WORK_NOTICE -> {
                if (TABLE_ROW.matcher(body).find()) out.add("a table in DingTalk markdown");
                if (FENCE.matcher(body).find() || INDENTED_CODE.matcher(body).find()) out.add("code in DingTalk markdown");
                if (FONT.matcher(body).find()) out.add("colour in DingTalk markdown");
                if (LINK.matcher(body).find() && !allLinksAre(body, DTMD_LINK)) out.add("a link other than a dtmd command");
                // a bare newline is no line break in DingTalk markdown: lines end with two spaces or a blank line
                for (String[] pair : consecutive(body)) {
                    if (!pair[0].endsWith("  ") && !LIST_ITEM.matcher(pair[1]).lookingAt() && !pair[0].isEmpty()
                            && !pair[1].isEmpty() && !HEADING.matcher(pair[0]).lookingAt()) {
                        out.add("lines joined by a bare newline: \"" + pair[0] + "\"");
                        break;
                    }
                }
            }
            case WECOM_WEBHOOK, WECOM_APP -> {
                if (LIST_ITEM.matcher(body).find()) out.add("list syntax in WeCom legacy markdown");
                if (TABLE_ROW.matcher(body).find()) out.add("a table in WeCom legacy markdown");
                if (FENCE.matcher(body).find() || INDENTED_CODE.matcher(body).find()) out.add("code block in WeCom legacy markdown");
                if (IMAGE.matcher(body).find()) out.add("an image in WeCom legacy markdown");
                if (LINK.matcher(body).find()) out.add("a link (none is meant)");
            }
            case WECOM_AIBOT -> {
                if (FONT.matcher(body).find()) out.add("colour in markdown_v2");
                if (body.contains("<@")) out.add("<@userid> in markdown_v2");
                if (TABLE_ROW.matcher(body).find()) out.add("a table (none is meant)");
                if (LINK.matcher(body).find()) out.add("a link (none is meant)");
            }
            default -> { }
        }
        if (route != Route.SIMULATOR && HTML_TAG.matcher(body).find()) out.add("an HTML tag: " + firstMatch(HTML_TAG, body));
        return out;
    }

    private static List<String> checkCard(ObjectNode card) {
        List<String> out = new ArrayList<>();
        if (!"button_interaction".equals(card.path("card_type").asText())) out.add("card_type");
        if (card.at("/main_title/title").asText().isEmpty()) out.add("card without main_title.title");
        if (card.path("button_list").size() == 0 || card.path("button_list").size() > 6) out.add("button_list size");
        if (card.path("horizontal_content_list").size() > 6) out.add("horizontal_content_list over 6");
        if (!card.path("task_id").asText().matches("[0-9A-Za-z_\\-@]{1,128}")) out.add("task_id");
        card.path("button_list").forEach(b -> {
            if (b.path("key").asText().getBytes(StandardCharsets.UTF_8).length > 1024) out.add("button key over 1024 bytes");
        });
        return out;
    }

    private static int openApiParamBytes(Part part) {
        ObjectNode param = zhaoshang.chat.PlatformHttp.JSON.createObjectNode();
        if (part.format() == Part.Format.MARKDOWN) param.put("title", part.title()).put("text", part.body());
        else param.put("content", part.body());
        return param.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean unbalancedBold(String body) {
        for (String line : body.split("\n")) {
            int n = 0;
            int i = 0;
            while ((i = line.indexOf("**", i)) >= 0) {
                n++;
                i += 2;
            }
            if (n % 2 != 0) return true;
        }
        return false;
    }

    private static boolean allLinksAre(String body, Pattern allowed) {
        String rest = allowed.matcher(body).replaceAll("");
        return !LINK.matcher(rest).find();
    }

    private static List<String[]> consecutive(String body) {
        List<String[]> out = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) out.add(new String[]{lines[i], lines[i + 1]});
        return out;
    }

    private static String firstMatch(Pattern p, String s) {
        var m = p.matcher(s);
        return m.find() ? m.group() : "";
    }
}
