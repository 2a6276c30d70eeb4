package org.reportintake.intake.portal;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.reportintake.intake.account.SessionService;
import org.reportintake.intake.security.AuthenticationFilter;
import org.reportintake.intake.security.Secrets;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Portal sign-in. The form carries a token that must equal a cookie set with the form (double submit), so another
 * site cannot sign a browser in to an account of its choosing; the session cookie is HttpOnly and SameSite=Strict.
 */
@Path("/login")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class);
    static final String LOGIN_CSRF_COOKIE = "intake_login_csrf";

    private final SessionService sessions;

    public LoginResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String csrf, String error, String username);
    }

    @GET
    @Operation(hidden = true)
    public Response form() {
        return form(null, null, Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@RestForm("username") String username, @RestForm("password") String password,
            @RestForm("csrf") String csrf, @CookieParam(LOGIN_CSRF_COOKIE) String csrfCookie) {
        if (!Secrets.same(csrf, csrfCookie)) {
            return form("页面已过期，请重新登录。", username, Response.Status.FORBIDDEN);
        }
        return sessions.signIn(username, password)
                .map(s -> {
                    LOG.infof("Portal sign-in: %s", s.account().username());
                    return Response.seeOther(URI.create("/"))
                            .cookie(cookie(AuthenticationFilter.SESSION_COOKIE, s.sessionId(), (int) sessions.lifetimeSeconds()),
                                    cookie(LOGIN_CSRF_COOKIE, "", 0))
                            .build();
                })
                .orElseGet(() -> form("用户名或密码错误。", username, Response.Status.UNAUTHORIZED));
    }

    private static Response form(String error, String username, Response.Status status) {
        String csrf = Secrets.random();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.login(csrf, error, username == null ? "" : username))
                .cookie(cookie(LOGIN_CSRF_COOKIE, csrf, 3600)).build();
    }

    static NewCookie expiredSessionCookie() {
        return cookie(AuthenticationFilter.SESSION_COOKIE, "", 0);
    }

    private static NewCookie cookie(String name, String value, int maxAge) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("intake.session.secure-cookie", Boolean.class).orElse(false);
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
