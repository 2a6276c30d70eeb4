package org.reportintake.intake.security;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.reportintake.intake.api.ApiError;

/**
 * Authenticates every REST and portal request before its resource runs: nothing but the login page is reachable
 * without a caller. Resources then decide what the caller may see (its own agency, or all for the supervisor).
 * Requests authenticated by the session cookie must echo the session's CSRF token in {@value #CSRF_HEADER} when they
 * change anything; bearer-token requests cannot be forged by a browser and need none.
 */
public class AuthenticationFilter {

    public static final String SESSION_COOKIE = "intake_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CallerResolver callers;
    private final CurrentCaller current;

    public AuthenticationFilter(CallerResolver callers, CurrentCaller current) {
        this.callers = callers;
        this.current = current;
    }

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (isPublic(path)) {
            return null;
        }
        boolean api = path.startsWith("/api/") || path.equals("/api");
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Caller> caller;
        if (authorization != null) {
            caller = callers.resolve(authorization);
        } else {
            Cookie cookie = request.getCookies().get(SESSION_COOKIE);
            caller = cookie == null ? Optional.empty() : callers.resolveSession(cookie.getValue());
        }
        if (caller.isEmpty()) {
            return api ? unauthorized() : Response.seeOther(URI.create("/login")).build();
        }
        Caller c = caller.get();
        if (api && c.viaSession() && !SAFE_METHODS.contains(request.getMethod())
                && !Secrets.same(c.csrfToken(), request.getHeaderString(CSRF_HEADER))) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("CSRF", "请求缺少有效的防伪令牌，请刷新页面后重试。", "Missing or wrong CSRF token.")).build();
        }
        current.set(c);
        return null;
    }

    /** The login page and form; everything else needs a caller. */
    private static boolean isPublic(String path) {
        return path.equals("/login");
    }

    private static Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("UNAUTHORIZED", "请提供有效的访问令牌（Authorization: Bearer …）或先登录。",
                        "A valid bearer token or portal session is required."))
                .build();
    }
}
