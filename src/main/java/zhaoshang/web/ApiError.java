package zhaoshang.web;

import io.javalin.http.Context;

/** A refused request: the status and a Chinese explanation of what is wrong and how to fix it. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static void handle(ApiError e, Context ctx) {
        ctx.status(e.status).json(java.util.Map.of("error", e.getMessage()));
    }
}
