package zhaoshang.bot.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.report.ReportKind;
import zhaoshang.report.ReportKinds;
import zhaoshang.report.Templates;

/** 模板 走访: the fill-in template of one report kind (or of all kinds). */
public final class TemplateCommand implements Command {

    private static final Pattern PATTERN = Pattern.compile("^(?:模板|模版|格式|填报模板)\\s*[：:]?\\s*(\\S*)\\s*$");

    @Override
    public String help() {
        return "模板 走访 — 获取填报模板（走访、线索、考察、签约、外出计划、外出总结）";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        Matcher m = PATTERN.matcher(request.text());
        if (!m.matches()) return Optional.empty();
        String name = m.group(1);
        if (name.isEmpty()) return Optional.of(List.of(Reply.text(all())));
        Optional<ReportKind> kind = ReportKinds.fromName(name);
        if (kind.isEmpty()) {
            return Optional.of(List.of(Reply.text("没有“" + name + "”模板。可选：走访、线索、考察、签约、外出计划、外出总结。")));
        }
        return Optional.of(List.of(Reply.text("复制下面的模板，填写后 @我 发送：\n\n" + Templates.of(kind.get()))));
    }

    /** All templates, for 帮助 and 模板. */
    public static String all() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<ReportKind, String> e : Templates.all().entrySet()) {
            if (!sb.isEmpty()) sb.append("\n\n");
            sb.append(e.getValue());
        }
        return sb.toString();
    }
}
