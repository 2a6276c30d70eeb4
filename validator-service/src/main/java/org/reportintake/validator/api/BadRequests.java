package org.reportintake.validator.api;

import java.util.Locale;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reportintake.validator.api.model.ApiError;

/** 400 answers for query parameters the API cannot use. */
final class BadRequests {

    private BadRequests() {
    }

    static BadRequestException invalid(String parameter, String whyZh, String whyEn) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("INVALID_" + parameter.toUpperCase(Locale.ROOT),
                        "参数 " + parameter + " 无效：" + whyZh, "Invalid " + parameter + ": " + whyEn))
                .build());
    }
}
