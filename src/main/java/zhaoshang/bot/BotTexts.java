package zhaoshang.bot;

/** The pipeline's own wording, kept together for review. */
final class BotTexts {

    private BotTexts() { }

    static final String TEXT_ONLY = "目前只能读懂文字消息，请把内容用文字发给我。发送“帮助”查看可用命令和填报模板。";
    static final String EMPTY = "您好，我是招商助手。发送“帮助”查看我能做什么。";
    static final String FAILED = "抱歉，处理这条消息时出错了。您的原始消息已保存，不会丢失；请稍后再试，或联系投资促进部。";

    /** The message is stored, but handling it could not be saved: it was undone as a whole. */
    static String storageFailed(String reason) {
        return "⚠️ 招商助手暂时无法保存数据（" + reason + "），这条消息没有登记任何内容：台账、更正、撤销都没有生效。"
                + "请过 10 分钟左右把原消息再发一次；如果仍然如此，请联系投资促进部（服务器需要清理磁盘空间）。";
    }

    /** Not even the raw message could be stored. */
    static String notStored(String reason) {
        return "⚠️ 招商助手暂时无法保存消息（" + reason + "），这条消息没有保存，也没有登记任何内容。"
                + "请过 10 分钟左右重新发送；如果仍然如此，请联系投资促进部（服务器需要清理磁盘空间）。";
    }

    static String unknownSender(String name, String id, String admins) {
        String who = name == null || name.isBlank() ? "您" : name;
        return who + "，您还不在任何招商工作组的名单里，暂时不能填报台账。请联系" + admins
                + "把您加入名单（需要提供您的账号 ID：" + id + "）。";
    }

    static String unknownConversation(String conversationId, String admins) {
        return "本群还没有登记到招商助手（群 ID：" + conversationId + "），暂时不能记录台账。请联系" + admins
                + "在 bot-config/conversations.yaml 中登记本群属于哪个工作组。";
    }

    static String unknownCommand(String text) {
        String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        return "没看懂“" + shown + "”。\n填报请以“走访”“线索”“考察”“签约”“外出计划”“外出总结”开头，"
                + "或发送“帮助”查看全部命令，发送“模板 走访”获取填报模板。";
    }
}
