package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import zhaoshang.bot.Command;
import zhaoshang.bot.MessageText;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;

/** 帮助: what the bot can do, one line per command, and the report templates. */
public final class HelpCommand implements Command {

    private final Supplier<List<Command>> commands;
    private final String templates;

    /**
     * @param commands  all commands (read when asked, so the list can include this one)
     * @param templates the report templates, ready to show
     */
    public HelpCommand(Supplier<List<Command>> commands, String templates) {
        this.commands = commands;
        this.templates = templates;
    }

    @Override
    public String help() {
        return "帮助 — 查看全部命令和填报模板";
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String t = MessageText.compact(request.text());
        if (!(t.equals("帮助") || t.equals("help") || t.equals("?") || t.equals("？") || t.equals("菜单")
                || t.equals("使用说明") || t.equals("怎么用"))) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("### 招商助手能做什么\n");
        sb.append("在群里 @我 发送下面的内容即可，字段顺序随意，冒号全角半角都行。\n\n");
        sb.append("**填报台账**：以“走访”“线索”“考察”“签约”“外出计划”“外出总结”开头，按模板逐行填写，一条消息可以报多家。\n\n");
        sb.append("**命令**\n");
        for (Command c : commands.get()) {
            if (!c.help().isEmpty()) sb.append("- ").append(c.help()).append('\n');
        }
        sb.append("\n**填报模板**（复制后填写）\n\n").append(templates);
        return Optional.of(List.of(Reply.markdown("招商助手 帮助", sb.toString())));
    }
}
