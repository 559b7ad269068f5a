package zhaoshang.report.llm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import zhaoshang.report.ClaimedReport;

/**
 * Reads the claimed records out of a chat-completion response, defensively: servers that ignore
 * {@code response_format} wrap the JSON in a code fence, put prose before or after it, or (reasoning models) a
 * {@code <think>…</think>} block first. The first JSON value in the answer that looks like our format is taken.
 */
final class ModelAnswer {

    /** Claims, or why there are none (never the answer's text: it may quote the message). */
    record Reading(List<ClaimedReport> claims, String failure) {
        static Reading failed(String why) { return new Reading(List.of(), why); }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Openings of a JSON value tried before giving up. */
    private static final int MAX_ATTEMPTS = 32;

    private ModelAnswer() { }

    static Reading read(String responseBody) {
        JsonNode response;
        try {
            response = MAPPER.readTree(responseBody);
        } catch (IOException e) {
            return Reading.failed("应答不是 JSON");
        }
        JsonNode content = response == null ? null : response.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual()) return Reading.failed("应答缺少 choices[0].message.content");
        JsonNode answer = firstJson(withoutThinking(content.asText()));
        if (answer == null) return Reading.failed("模型回答中没有可用的 JSON");
        return new Reading(claims(answer), null);
    }

    /** Drops a reasoning model's "<think>…</think>" before its answer. */
    private static String withoutThinking(String content) {
        int close = content.lastIndexOf("</think>");
        return close < 0 ? content : content.substring(close + "</think>".length());
    }

    /** The first object or array in the text that has our shape: {"reports": [...]}, [...] or one {"kind": ...}. */
    private static JsonNode firstJson(String text) {
        char[] chars = text.toCharArray();
        int attempts = 0;
        for (int i = 0; i < chars.length && attempts < MAX_ATTEMPTS; i++) {
            if (chars[i] != '{' && chars[i] != '[') continue;
            attempts++;
            try (JsonParser p = MAPPER.createParser(chars, i, chars.length - i)) {
                JsonNode node = MAPPER.readTree(p);
                if (node != null && (node.path("reports").isArray() || node.isArray() || node.has("kind"))) return node;
            } catch (IOException | RuntimeException e) {
                // not JSON from here: try the next opening
            }
        }
        return null;
    }

    private static List<ClaimedReport> claims(JsonNode answer) {
        JsonNode list = answer.isArray() ? answer : answer.has("reports") ? answer.get("reports") : MAPPER.createArrayNode().add(answer);
        List<ClaimedReport> out = new ArrayList<>();
        for (JsonNode r : list) {
            if (!r.isObject()) continue;
            JsonNode fields = r.get("fields");
            out.add(new ClaimedReport(r.path("kind").asText(null),
                    values(fields != null && fields.isObject() ? fields : r),
                    values(r.path("evidence"))));
        }
        return out;
    }

    /** Text values of an object; numbers as written, lists joined by "、"; nested objects, booleans, nulls dropped. */
    private static Map<String, String> values(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!object.isObject()) return out;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String v = scalar(e.getValue());
            if (v == null && e.getValue().isArray()) {
                List<String> items = new ArrayList<>();
                for (JsonNode item : e.getValue()) {
                    String s = item.isObject() ? scalar(item.path("enterprise")) : scalar(item);
                    if (s != null) items.add(s);
                }
                v = items.isEmpty() ? null : String.join("、", items);
            }
            if (v != null) out.put(e.getKey(), v);
        }
        return out;
    }

    private static String scalar(JsonNode n) {
        if (n.isTextual()) return n.asText();
        if (n.isNumber()) return n.decimalValue().toPlainString();
        return null;
    }
}
