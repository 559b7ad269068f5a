package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.chat.Span;

/** 帮助: a short list of what to send, one line per command; the templates come with 模板 走访 etc. */
public final class HelpCommand implements Command {

    private static final String TITLE = "招商助手 · 帮助";
    private static final String INTRO = "在群里 @我 发送下面的内容，冒号全角半角都行：";
    private static final String REPORT = "以 走访 / 线索 / 考察 / 签约 / 外出计划 / 外出总结 开头，写上各项内容，一条消息可报多家";
    private static final String TEMPLATES = "模板 走访 · 模板 线索 · 模板 考察 · 模板 签约 · 模板 外出计划 · 模板 外出总结（复制后填写发送）";

    private final Supplier<List<Command>> commands;

    /** @param commands all commands (read when asked, so the list can include this one) */
    public HelpCommand(Supplier<List<Command>> commands) {
        this.commands = commands;
    }

    @Override
    public String help() {
        return "帮助 — 查看全部命令";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String t = MessageText.compact(request.text());
        if (!(t.equals("帮助") || t.equals("help") || t.equals("?") || t.equals("？") || t.equals("菜单")
                || t.equals("使用说明") || t.equals("怎么用"))) {
            return Optional.empty();
        }
        Reply.Builder r = Reply.message(TITLE).heading(TITLE).line(INTRO)
                .line(Span.strong("填报"), "：", REPORT)
                .line(Span.strong("模板"), "：", TEMPLATES)
                .blank();
        for (Command c : commands.get()) {
            if (c instanceof ReportCommand || c instanceof TemplateCommand || c instanceof HelpCommand) continue;
            String usage = usage(c.help());
            if (!usage.isEmpty()) r.item(usage);
        }
        return Optional.of(List.of(r.build()));
    }

    /** The part of a help line before " — " (what to send); the description stays in the README. */
    static String usage(String help) {
        int dash = help.indexOf(" — ");
        return (dash < 0 ? help : help.substring(0, dash)).strip();
    }
}
