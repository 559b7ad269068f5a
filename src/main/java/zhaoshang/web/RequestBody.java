package zhaoshang.web;

import java.io.IOException;
import java.io.InputStream;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request body with a size cap. A body that was cut off (too slow, silent, connection lost: see
 * {@link HttpLimits}) is logged in one line, without a stack trace, and answered 408.
 */
final class RequestBody {

    private static final Logger LOG = LoggerFactory.getLogger(RequestBody.class);
    static final String ABORTED = "请求体没有在规定时间内传完（过慢或连接中断），请重新发送";

    private RequestBody() { }

    /**
     * The body, at most {@code maxBytes}.
     *
     * @throws ApiError 413 when it is bigger (by its Content-Length, before reading, or by what arrives), 408 when
     *                  it could not be read
     */
    static byte[] read(Context ctx, int maxBytes, String tooLarge) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw new ApiError(413, tooLarge);
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException | RuntimeException e) { // Jetty reports a rate or idle cut-off as either
            LOG.warn("request body aborted: {} {} from {} (Content-Length {}): {}", ctx.method(), ctx.path(),
                    ctx.req().getRemoteAddr(), declared < 0 ? "none" : declared, reason(e));
            throw new ApiError(408, ABORTED);
        }
        if (bytes.length > maxBytes) throw new ApiError(413, tooLarge);
        return bytes;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
