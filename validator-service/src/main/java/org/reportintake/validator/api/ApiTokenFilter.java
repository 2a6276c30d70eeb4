package org.reportintake.validator.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.validator.api.model.ApiError;

/**
 * Lets a request through only with {@code Authorization: Bearer <validator.api-token>}, the same single-token scheme
 * as the intake service; for now the token holder is the supervising office.
 */
@Provider
@ApiTokenRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    public ApiTokenFilter(@ConfigProperty(name = "validator.api-token") String token) {
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!authorized(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("UNAUTHORIZED", "请提供有效的访问令牌（Authorization: Bearer …）。",
                            "A valid bearer token is required."))
                    .build());
        }
    }

    private boolean authorized(String header) {
        // A blank configured token must not let an empty bearer in.
        if (token.length == 0 || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the token must not leak through response timing.
        return MessageDigest.isEqual(presented, token);
    }
}
