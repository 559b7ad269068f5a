package zhaoshang.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import zhaoshang.config.Conversation;

/**
 * Which configured groups cannot notify the people a reminder names, checked at start (log) and shown in /healthz:
 * a DingTalk group is pushed to through the robot OpenAPI (no @ field) unless it has a custom robot, so without one
 * only a 工作通知 (DINGTALK_AGENT_ID) reaches the person; a WeCom group is pushed to through its group robot webhook.
 */
public final class MentionReach {

    private MentionReach() { }

    /**
     * @param dingtalkAgentId whether DINGTALK_AGENT_ID is set (work notifications possible)
     * @param dingtalkRobots  DingTalk conversations with a custom robot
     * @param wecomWebhooks   WeCom conversations with a group robot webhook key
     */
    public static List<String> problems(List<Conversation> conversations, boolean dingtalkAgentId,
                                        Set<String> dingtalkRobots, Set<String> wecomWebhooks) {
        return problems(conversations, dingtalkAgentId, dingtalkRobots, wecomWebhooks, false, false);
    }

    /**
     * @param wecomSocket the 智能机器人 long connection is configured: groups without a webhook get their reminders
     *                    over it, but nobody is @-mentioned
     * @param wecomApp    the self-built app's API is configured: {@code app:} conversations reach the people named
     *                    directly, {@code appchat:} groups get the reminder without an @
     */
    public static List<String> problems(List<Conversation> conversations, boolean dingtalkAgentId,
                                        Set<String> dingtalkRobots, Set<String> wecomWebhooks, boolean wecomSocket,
                                        boolean wecomApp) {
        List<String> out = new ArrayList<>();
        for (Conversation c : conversations) {
            if (c.platform().equals("dingtalk") && !dingtalkAgentId && !dingtalkRobots.contains(c.id())) {
                out.add("钉钉群“" + c.name() + "”（" + c.id() + "）的提醒只能经机器人 OpenAPI 发送，点名的人不会收到 @ 通知："
                        + "请设置 DINGTALK_AGENT_ID（工作通知）或为该群配置自定义机器人（webhook）");
            }
            if (!c.platform().equals("wecom") || wecomWebhooks.contains(c.id())) continue;
            boolean appConversation = c.id().startsWith("app:") || c.id().startsWith("appchat:");
            if (wecomApp && c.id().startsWith("app:")) continue; // sent to the people themselves
            if (wecomApp && appConversation) {
                out.add("企业微信应用群“" + c.name() + "”（" + c.id() + "）的提醒经应用发送，点名的人不会收到 @ 通知");
            } else if (wecomSocket && !appConversation) {
                out.add("企业微信群“" + c.name() + "”（" + c.id() + "）的提醒经智能机器人长连接发送，点名的人不会收到 @ 通知："
                        + "如需 @，请为该群配置群机器人 webhookKey");
            } else {
                out.add("企业微信群“" + c.name() + "”（" + c.id() + "）没有群机器人 webhookKey：提醒发不出去，也不能 @ 人");
            }
        }
        return out;
    }
}
