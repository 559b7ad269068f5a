package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.report.ReportKind;
import zhaoshang.report.ReportKinds;
import zhaoshang.report.Templates;

/**
 * 模板 走访: the fill-in template of one kind, as its own plain-text message so that it can be copied, filled in and
 * sent back as it is; 模板 alone lists the kinds.
 */
public final class TemplateCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:模板|模版|格式|填报模板)\\s*[：:]?\\s*(\\S*)\\s*$");
    /**
     * A template asked for in a sentence ("外出计划的模板发我一下，我对着填", "线索模板呢？", "有没有走访的模版"): one short
     * line naming 模板 with a word of asking. A report never reads so (it has fields, lines or length).
     */
    private static final Pattern ASKED = Pattern.compile("^[^\\n：:]{0,20}(?:模板|模版)[^\\n：:]{0,20}$");
    private static final Pattern ASKING = Pattern.compile("发|给|要|来个|来一|一下|呢|怎么|如何|哪|[？?]|吗|求|看看|有没有|请|麻烦");
    private static final String KINDS = "走访、线索、考察、签约、外出计划、外出总结";

    private static String intro(ReportKind kind) {
        return "复制下一条消息，填写后 @我 发送（不填的项可以删掉）：";
    }

    private static String which() {
        return "请写明要哪一种模板，例如“模板 走访”。可选：" + KINDS + "。";
    }

    private static String unknown(String name) {
        return "没有“" + name + "”模板。可选：" + KINDS + "。";
    }

    @Override
    public String help() {
        return "模板 走访 — 获取填报模板（走访、线索、考察、签约、外出计划、外出总结）";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text());
        if (!m.matches()) return asked(request.text());
        String name = m.group(1);
        if (name.isEmpty()) return Optional.of(List.of(Reply.text(which())));
        Optional<ReportKind> kind = ReportKinds.fromName(name);
        if (kind.isEmpty()) return Optional.of(List.of(Reply.text(unknown(name))));
        return Optional.of(List.of(Reply.text(intro(kind.get())), template(kind.get())));
    }

    private static Optional<List<Reply>> asked(String text) {
        String s = text.strip();
        if (!ASKED.matcher(s).matches() || !ASKING.matcher(s).find()) return Optional.empty();
        Optional<ReportKind> kind = ReportKinds.firstIn(s);
        if (kind.isEmpty()) return Optional.of(List.of(Reply.text(which())));
        return Optional.of(List.of(Reply.text(intro(kind.get())), template(kind.get())));
    }

    /** The template of a kind as a message of its own, plain text to copy. */
    public static Reply template(ReportKind kind) {
        return Reply.message(kind.label() + "模板").copyable(Templates.of(kind)).build();
    }
}
