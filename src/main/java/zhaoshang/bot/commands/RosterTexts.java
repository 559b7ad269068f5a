package zhaoshang.bot.commands;

import java.util.List;

/** The wording of 名单, its changes, joining requests and connecting a group, kept together for review. */
public final class RosterTexts {

    private RosterTexts() { }

    static final String HELP_ROSTER = "名单 / 名单 第二工作组 / 名单历史 / 导出名单 — 查看工作组成员、名单变动记录，导出名单表格";
    static final String HELP_CHANGE = "添加 @某人 第二工作组 组员 / 移出 @某人 / 设为组长 @某人 / 转组 @某人 第三工作组 — 调整名单（投资促进部；组长限本组组员）";
    static final String HELP_JOIN = "同意 / 同意 张三 / 拒绝 张三 — 处理新成员的加入申请（组长、投资促进部）";
    static final String HELP_CONNECT = "本群为第二工作组 / 本群为协调群 — 设置本群属于哪个工作组（投资促进部）";

    // ------------------------------------------------------------------ 名单

    static final String ROSTER_TITLE = "工作组名单";
    static final String HISTORY_TITLE = "名单变动记录";
    static final String NO_HISTORY = "还没有通过聊天调整过名单。";
    static final String EXPORT_NOTE = "名单见附件（第一张表可照抄进 bot-config/members.yaml，第二张表是变动记录）。";

    static String teamLine(String team, int count) {
        return team + "（" + count + " 人）";
    }

    static String pendingLine(String names) {
        return "待确认的加入申请：" + names + "（回复“同意 姓名”或“拒绝 姓名”）";
    }

    static String historyLine(String when, String actor, String action, String subject, String oldValue, String newValue) {
        return when + " " + actor + " " + action + " " + subject + "：" + oldValue + " → " + newValue;
    }

    static String exportFileName(String scope, String date) {
        return "名单-" + scope + "-" + date + ".xlsx";
    }

    // ------------------------------------------------------------------ changes

    static final String USAGE_ADD = "请这样写：添加 @某人 第二工作组 组员（角色可写 组员、组长、投资促进部、领导；不写工作组则加入本群所属的组）。";
    static final String USAGE_REMOVE = "请这样写：移出 @某人";
    static final String USAGE_LEADER = "请这样写：设为组长 @某人";
    static final String USAGE_MOVE = "请这样写：转组 @某人 第三工作组";

    static String notListed(String name) {
        return "名单里没有“" + name + "”。发送“名单”查看现有成员；新成员请用“添加 @某人 第二工作组 组员”。";
    }

    static String whichOne(String name, List<String> candidates, String example) {
        return "名单里有 " + candidates.size() + " 位叫“" + name + "”的成员：" + String.join("；", candidates)
                + "。请在消息里 @ 具体的人，或写成员ID，例如：" + example;
    }

    static String noId(String name) {
        return "没有拿到“" + name + "”的账号：请在消息里 @ 此人（从群成员列表里选，不要手打 @），"
                + "或请此人先在本组群里 @我 发一条消息，我会向组长发送加入申请。";
    }

    static String alreadyListed(String name, String place) {
        return name + "已经在名单里（" + place + "）。调整请用“转组 @某人 第三工作组”或“设为组长 @某人”。";
    }

    static String added(String name, String place) {
        return "✅ 已把 " + name + " 加入名单：" + place + "。现在就可以在群里填报了。";
    }

    static String removed(String name, String place) {
        return "✅ 已把 " + name + " 移出名单（原为 " + place + "）。其登记过的记录仍保留在原工作组，登记人仍显示 " + name + "。";
    }

    static String lastLeader(String name, String team) {
        return name + "是" + team + "唯一的组长。请先指定新组长：设为组长 @某人，然后再调整" + name + "。";
    }

    static String lastAdmin(String name) {
        return name + "是名单里唯一的投资促进部成员，不能移出；请先添加另一位：添加 @某人 投资促进部。";
    }

    static String alreadyLeader(String name, String team) {
        return name + "已经是" + team + "的组长。";
    }

    static String noTeam(String name) {
        return name + "不属于任何工作组，不能设为组长。";
    }

    static String leaderSet(String name, String team, List<String> previous) {
        return "✅ 已把 " + name + " 设为" + team + "组长。" + (previous.isEmpty() ? ""
                : "原组长 " + String.join("、", previous) + " 改为组员。");
    }

    static String sameTeam(String name, String team) {
        return name + "已经在" + team + "。";
    }

    static String moved(String name, String from, String to) {
        return "✅ 已把 " + name + " 从" + from + "转到" + to + "（组员）。以前登记的记录仍算" + from + "的，以后的填报记入" + to + "。";
    }

    static final String MOVE_NEEDS_TEAM = "请写明转到哪个组，例如：转组 @某人 第三工作组。";
    static final String ADD_NEEDS_TEAM = "请写明加入哪个工作组，例如：添加 @某人 第二工作组 组员。";

    // ------------------------------------------------------------------ joining

    static String joinAsked(String name, String team, boolean hasLeader) {
        return name + "，您还不在" + team + "的名单里。已请" + (hasLeader ? "组长" : "投资促进部")
                + "确认，确认后就可以直接填报（这条消息已保存）。";
    }

    static String joinRequest(String name, String team, String number) {
        return "新成员申请：" + name + " 在" + team + "群里发了消息，还不在名单里（申请 " + number + "）。"
                + "同意请回复“同意 " + name + "”，不同意请回复“拒绝 " + name + "”。";
    }

    static final String JOIN_TITLE = "新成员加入申请";

    static String unknownInCoordination(String name) {
        return (name.isBlank() ? "您" : name) + "，您还不在招商助手的名单里。请投资促进部的同事在本群发送“添加 @"
                + (name.isBlank() ? "某人" : name) + " 投资促进部”。";
    }

    static final String NO_PENDING = "目前没有待处理的加入申请。";

    static String pendingChoice(List<String> requests, String verb) {
        return "有 " + requests.size() + " 个待处理的加入申请：" + String.join("；", requests) + "。请写明处理哪一个，例如："
                + verb + " " + "姓名，或 " + verb + " #编号。";
    }

    static String noRequest(String name) {
        return "没有找到“" + name + "”的待处理加入申请。发送“名单”可以看到待确认的申请。";
    }

    static String alreadyDecided(String name, boolean approved, String by, String when) {
        return name + "的加入申请已经" + (approved ? "同意" : "拒绝") + "过了（" + by + "，" + when + "），无需再处理。";
    }

    static String approved(String name, String place) {
        return "✅ 已同意 " + name + " 加入：" + place + "。现在就可以填报了。";
    }

    static String welcome(String name, String place) {
        return name + "，您已加入名单（" + place + "），现在可以填报了，发送“帮助”查看用法。";
    }

    static String rejected(String name) {
        return "已拒绝 " + name + " 的加入申请。如需加入，请联系投资促进部。";
    }

    // ------------------------------------------------------------------ groups

    static String howToConnect(String admins) {
        return "本群还没有连接到招商助手：消息已保存，但不会登记台账。请" + admins
                + "在本群 @我 发送“本群为第二工作组”（写本群所属的组），或“本群为协调群”。";
    }

    static String connected(String what, String before) {
        return "✅ 已设置：本群为" + what + (before.isEmpty() ? "" : "（原为 " + before + "）")
                + "。以后本群的填报记入该组台账，提醒也会发到本群。";
    }

    static String alreadyConnected(String what) {
        return "本群已经是" + what + "。";
    }

    static String connectWhich(String teams) {
        return "没看懂是哪个组。请写“本群为第二工作组”或“本群为协调群”。现有工作组：" + teams + "。";
    }

    static final String COORDINATION = "投资促进部协调群";

    // ------------------------------------------------------------------ bot-config edits

    /** Sent to the coordination group when an edit of bot-config could not be used. */
    public static String configRefused(String file, String entry, String problem) {
        return "⚠️ bot-config 的修改没有生效，招商助手仍按原来的名单运行。\n文件：" + file
                + (entry == null || entry.isEmpty() ? "" : "\n条目：" + entry) + "\n问题：" + problem
                + "\n请改正后保存，会自动重新读取。";
    }
}
