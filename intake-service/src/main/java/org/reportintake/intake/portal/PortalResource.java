package org.reportintake.intake.portal;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.reportintake.intake.account.SessionService;
import org.reportintake.intake.agency.AgencyRecord;
import org.reportintake.intake.agency.AgencyService;
import org.reportintake.intake.api.FindingView;
import org.reportintake.intake.api.SubmissionView;
import org.reportintake.intake.security.AuthenticationFilter;
import org.reportintake.intake.security.Caller;
import org.reportintake.intake.security.CurrentCaller;
import org.reportintake.intake.security.Secrets;
import org.reportintake.intake.submission.SubmissionService;
import org.reportintake.intake.submission.SubmissionStatus;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The portal's pages, rendered on the server. They show the signed-in caller's own agency only (the supervisor:
 * every agency); live parts poll the JSON API with the same session cookie.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PortalResource {

    private final CurrentCaller current;
    private final SubmissionService submissions;
    private final AgencyService agencies;
    private final SessionService sessions;

    public PortalResource(CurrentCaller current, SubmissionService submissions, AgencyService agencies,
            SessionService sessions) {
        this.current = current;
        this.submissions = submissions;
        this.agencies = agencies;
        this.sessions = sessions;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page, List<AgencyOption> agencies);

        static native TemplateInstance submission(Page page, SubmissionView submission, String agencyName, String statusNote,
                ReportGrids.Layout layout, FindingSections findings, String uploadHeading);

        static native TemplateInstance notFound(Page page);
    }

    /** What every page shows of the caller. */
    @TemplateData
    public record Page(String userName, boolean supervisor, String agencyId, String agencyName, String csrf) {
    }

    /** An agency a supervisor may upload for. */
    @TemplateData
    public record AgencyOption(String id, String name) {
    }

    /** A finding in the summary list, with its Chinese severity. */
    @TemplateData
    public record FindingItem(FindingView finding, String severityZh) {
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance index() {
        Page page = page();
        List<AgencyOption> options = page.supervisor()
                ? agencies.list().stream().map(a -> new AgencyOption(a.id(), a.name())).toList()
                : List.of();
        return Templates.index(page, options);
    }

    @GET
    @Path("submissions/{id}")
    @Operation(hidden = true)
    public Response submission(@PathParam("id") String id) {
        Caller caller = current.get();
        Page page = page();
        // Another agency's submission is "not found", as in the API.
        return submissions.find(id).filter(s -> caller.maySee(s.event().agencyId()))
                .map(s -> {
                    SubmissionView view = SubmissionView.of(s);
                    FindingSections findings = FindingSections.of(view);
                    return Response.ok(Templates.submission(page, view, agencyName(view.agencyId()),
                            PortalText.statusNote(view.status()), ReportGrids.of(findings.shown()), findings,
                            uploadHeading(s.status()))).build();
                })
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(page)).build());
    }

    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout(@RestForm("csrf") String csrf,
            @CookieParam(AuthenticationFilter.SESSION_COOKIE) String sessionId) {
        Caller caller = current.get();
        if (caller.viaSession() && !Secrets.same(caller.csrfToken(), csrf)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN).entity("防伪令牌无效，请刷新页面后重试。").build();
        }
        sessions.signOut(sessionId);
        return Response.seeOther(URI.create("/login")).cookie(LoginResource.expiredSessionCookie()).build();
    }

    /** After NEEDS_REVIEW or LEGACY there is nothing to correct, so a new upload is not called a 更正稿 there. */
    private static String uploadHeading(SubmissionStatus status) {
        return switch (status) {
            case REJECTED, ACCEPTED, RECEIVED -> "上传更正稿";
            case NEEDS_REVIEW, LEGACY -> "上传新版本";
        };
    }

    private Page page() {
        Caller c = current.get();
        String agencyName = c.agencyId() == null ? "政务公开办（全部机关）" : agencyName(c.agencyId());
        return new Page(c.name(), c.supervisor(), c.agencyId(), agencyName, c.csrfToken() == null ? "" : c.csrfToken());
    }

    private String agencyName(String agencyId) {
        Optional<AgencyRecord> agency = agencies.find(agencyId);
        return agency.map(AgencyRecord::name).orElse(agencyId);
    }
}
