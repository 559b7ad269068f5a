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
        List<String> out = new ArrayList<>();
        for (Conversation c : conversations) {
            if (c.platform().equals("dingtalk") && !dingtalkAgentId && !dingtalkRobots.contains(c.id())) {
                out.add("钉钉群“" + c.name() + "”（" + c.id() + "）的提醒只能经机器人 OpenAPI 发送，点名的人不会收到 @ 通知："
                        + "请设置 DINGTALK_AGENT_ID（工作通知）或为该群配置自定义机器人（webhook）");
            }
            if (c.platform().equals("wecom") && !wecomWebhooks.contains(c.id())) {
                out.add("企业微信群“" + c.name() + "”（" + c.id() + "）没有群机器人 webhookKey：提醒发不出去，也不能 @ 人");
            }
        }
        return out;
    }
}
