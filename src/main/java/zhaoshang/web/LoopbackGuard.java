package zhaoshang.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The simulator lets anyone speak as any member, so by default only this machine may use it. */
final class LoopbackGuard {

    static final String REFUSED = "本地聊天模拟器只接受本机访问（127.0.0.1）。如需在可信网络中演示，请设置 BOT_LOCAL_CHAT=public。";

    private LoopbackGuard() { }

    /** True for 127.0.0.0/8 and ::1 (and IPv4-mapped loopback); the address comes from the socket, never a header. */
    static boolean isLoopback(String remoteAddr) {
        if (remoteAddr == null || remoteAddr.isBlank()) return false;
        String a = remoteAddr.startsWith("[") && remoteAddr.endsWith("]")
                ? remoteAddr.substring(1, remoteAddr.length() - 1) : remoteAddr;
        if (!a.matches("[0-9a-fA-F:.%]+")) return false; // literal addresses only: no name lookups
        try {
            return InetAddress.getByName(a).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
