package zhaoshang.chat.dingtalk;

import java.util.Objects;

/**
 * A group's custom (webhook) robot from bot-config: its full webhook URL
 * ({@code https://oapi.dingtalk.com/robot/send?access_token=…}) and its 加签 secret ("SEC…", null/blank when the
 * robot uses keywords or an IP list instead). Both are secrets: {@link #toString()} hides them.
 */
public record CustomRobot(String webhookUrl, String secret) {

    public CustomRobot {
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        secret = secret == null || secret.isBlank() ? null : secret.strip();
    }

    @Override
    public String toString() {
        return "CustomRobot[webhookUrl=***, secret=" + (secret == null ? "none" : "***") + "]";
    }
}
