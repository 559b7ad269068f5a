package zhaoshang.chat.render;

import java.util.List;
import java.util.stream.Collectors;

import zhaoshang.chat.Mention;

/** The renderers' own wording (what a route says instead of what it cannot show), kept together for review. */
final class RenderTexts {

    private RenderTexts() { }

    static final String DEFAULT_TITLE = "招商助手";
    static final String REPLY_WITH = "可直接回复：";

    static String partMarker(int k, int n) {
        return "（" + k + "/" + n + "）";
    }

    static String buttonsAsText() {
        return "按钮以文字给出（此通道没有按钮）";
    }

    static String notNotified(List<Mention> people, String why) {
        return "@" + names(people) + " 不会收到通知：" + why;
    }

    static String split(int parts, int maxBytes) {
        return "超过 " + maxBytes + " 字节，分 " + parts + " 条发送";
    }

    static String compacted(int maxBytes) {
        return "超过 " + maxBytes + " 字节且没有可以接着发送的通道：每条记录只列首行";
    }

    static final String COMPACT_NOTE = "（内容较长，每条只列首行；发送“我的记录”可查看详情）";

    static String names(List<Mention> people) {
        return people.stream().map(Mention::name).collect(Collectors.joining("、"));
    }
}
