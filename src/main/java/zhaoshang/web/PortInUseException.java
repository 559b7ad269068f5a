package zhaoshang.web;

/** BOT_PORT is taken by another process: the bot cannot open its web server and must not start. */
public final class PortInUseException extends RuntimeException {

    public PortInUseException(int port) {
        super("端口 " + port + " 已被占用，招商助手无法启动。可能已经有一个招商助手（或别的程序）在用这个端口："
                + "先停止它（查看占用者：ss -ltnp | grep :" + port + "），或在 .env 中改用其他端口，例如 BOT_PORT="
                + (port < 65535 ? port + 1 : 8081) + "。");
    }
}
