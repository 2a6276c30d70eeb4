package org.reportintake.intake.api;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.intake.security.Caller;
import org.reportintake.intake.security.CallerResolver;
import org.reportintake.intake.submission.RejectedUploadException;
import org.reportintake.intake.submission.SubmissionRecord;
import org.reportintake.intake.submission.SubmissionService;
import org.reportintake.model.event.SubmissionSource;

import io.smallrye.common.annotation.Blocking;

/** Upload a report and follow it to its verdict. */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SubmissionResource {

    private final SubmissionService submissions;
    private final CallerResolver callers;
    private final String defaultAgencyId;

    public SubmissionResource(SubmissionService submissions, CallerResolver callers,
            @ConfigProperty(name = "intake.default-agency-id") String defaultAgencyId) {
        this.submissions = submissions;
        this.callers = callers;
        this.defaultAgencyId = defaultAgencyId;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RestForm("file") FileUpload file, @RestForm("agencyId") String agencyId,
            @QueryParam("dryRun") boolean dryRun) throws IOException {
        Caller caller = callers.resolve(authorization).orElse(null);
        if (caller == null) {
            return unauthorized();
        }
        if (file == null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ApiError("MISSING_FILE",
                    "请在表单字段 file 中上传年度报告文件。", "Send the report in the multipart field 'file'.")).build();
        }
        String agency = caller.supervisor() ? (agencyId == null || agencyId.isBlank() ? defaultAgencyId : agencyId.strip())
                : caller.agencyId();
        try {
            SubmissionService.Receipt receipt = submissions.receive(new SubmissionService.NewDocument(
                    file.uploadedFile(), file.fileName(), agency, SubmissionSource.PORTAL, dryRun, null, null));
            SubmissionRecord s = receipt.submission();
            SubmissionReceipt body = new SubmissionReceipt(s.id(), s.status().name(), receipt.duplicate());
            return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                    .header(HttpHeaders.LOCATION, "/api/submissions/" + s.id()).entity(body).build();
        } catch (RejectedUploadException e) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .entity(new ApiError(e.code(), e.messageZh(), e.messageEn())).build();
        }
    }

    @GET
    @Path("/{id}")
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        Caller caller = callers.resolve(authorization).orElse(null);
        if (caller == null) {
            return unauthorized();
        }
        return submissions.find(id)
                .filter(s -> caller.maySee(s.event().agencyId()))
                // Another agency's submission answers exactly like a missing one: no probing of ids.
                .map(s -> Response.ok(SubmissionView.of(s)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new ApiError("NOT_FOUND", "没有找到该报送记录。", "No such submission.")).build());
    }

    @GET
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("agencyId") String agencyId) {
        Caller caller = callers.resolve(authorization).orElse(null);
        if (caller == null) {
            return unauthorized();
        }
        String scope = caller.supervisor() ? agencyId : caller.agencyId();
        List<SubmissionView> views = submissions.list(scope).stream().map(SubmissionView::of).toList();
        return Response.ok(views).build();
    }

    private static Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new ApiError("UNAUTHORIZED", "请提供有效的访问令牌（Authorization: Bearer …）。",
                        "A valid bearer token is required."))
                .build();
    }
}
