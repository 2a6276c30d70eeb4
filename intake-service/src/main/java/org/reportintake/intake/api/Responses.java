package org.reportintake.intake.api;

import jakarta.ws.rs.core.Response;

/** The API's common refusals. */
final class Responses {

    private Responses() {
    }

    static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(new ApiError("NOT_FOUND", "没有找到该记录。", "Not found.")).build();
    }

    static Response forbidden(String messageZh, String messageEn) {
        return Response.status(Response.Status.FORBIDDEN).entity(new ApiError("FORBIDDEN", messageZh, messageEn)).build();
    }

    static Response supervisorOnly() {
        return forbidden("只有监督管理部门（政务公开办）可以执行此操作。", "Only the supervising office may do this.");
    }

    static Response badRequest(String code, String messageZh, String messageEn) {
        return Response.status(Response.Status.BAD_REQUEST).entity(new ApiError(code, messageZh, messageEn)).build();
    }
}
