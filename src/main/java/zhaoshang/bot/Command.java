package zhaoshang.bot;

import java.util.List;
import java.util.Optional;

import zhaoshang.chat.Reply;

/** One chat command: one small handler, one help line. */
public interface Command {

    /** The line shown by 帮助, e.g. "本月进度 — 本组本月各项任务完成情况". Empty for internal handlers. */
    String help();

    /** The replies when this command takes the message; empty when it is not for this command. */
    Optional<List<Reply>> handle(Request request);
}
