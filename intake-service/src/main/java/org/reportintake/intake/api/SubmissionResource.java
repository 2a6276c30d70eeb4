package org.reportintake.intake.api;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.reportintake.intake.security.Caller;
import org.reportintake.intake.security.CurrentCaller;
import org.reportintake.intake.submission.SubmissionRecord;
import org.reportintake.intake.submission.SubmissionService;
import org.reportintake.model.event.SubmissionSource;

import io.smallrye.common.annotation.Blocking;

/** Upload a report and follow it to its verdict. An agency user sees and submits only for its own agency. */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "报送 / Submissions")
@Blocking
public class SubmissionResource {

    private final SubmissionService submissions;
    private final CurrentCaller current;
    private final String defaultAgencyId;

    public SubmissionResource(SubmissionService submissions, CurrentCaller current,
            @ConfigProperty(name = "intake.default-agency-id") String defaultAgencyId) {
        this.submissions = submissions;
        this.current = current;
        this.defaultAgencyId = defaultAgencyId;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a report (multipart field 'file'); dryRun=true is a pre-check: no official version, no email")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("agencyId") String agencyId,
            @QueryParam("dryRun") boolean dryRun) throws IOException {
        Caller caller = current.get();
        String named = agencyId == null || agencyId.isBlank() ? null : agencyId.strip();
        if (!caller.supervisor() && named != null && !named.equals(caller.agencyId())) {
            return Responses.forbidden("您只能为本机关报送年度报告。", "An agency user may only submit for its own agency.");
        }
        if (file == null) {
            return Responses.badRequest("MISSING_FILE", "请在表单字段 file 中上传年度报告文件。",
                    "Send the report in the multipart field 'file'.");
        }
        String agency = caller.supervisor() ? (named == null ? defaultAgencyId : named) : caller.agencyId();
        // An oversized file is not refused here: it becomes a submission that ends REJECTED (TOO_LARGE) with its notice.
        SubmissionService.Receipt receipt = submissions.receive(new SubmissionService.NewDocument(
                file.uploadedFile(), file.fileName(), agency, SubmissionSource.PORTAL, dryRun, null, null));
        SubmissionRecord s = receipt.submission();
        SubmissionReceipt body = new SubmissionReceipt(s.id(), s.status().name(), receipt.duplicate());
        return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/api/submissions/" + s.id()).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A submission with its status, verdict and findings")
    public Response get(@PathParam("id") String id) {
        Caller caller = current.get();
        return submissions.find(id)
                .filter(s -> caller.maySee(s.event().agencyId()))
                // Another agency's submission answers exactly like a missing one: no probing of ids.
                .map(s -> Response.ok(SubmissionView.of(s)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new ApiError("NOT_FOUND", "没有找到该报送记录。", "No such submission.")).build());
    }

    /**
     * Many submissions in one request, for a script that uploaded a batch and waits for the verdicts: one query
     * instead of one request per submission and poll.
     */
    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The submissions with the given ids (at most " + SubmissionLookup.MAX_IDS + "); ids that are "
            + "unknown or belong to another agency are left out")
    public Response lookup(SubmissionLookup request) {
        if (request == null || request.ids() == null || request.ids().isEmpty()) {
            return Responses.badRequest("MISSING_IDS", "请在 ids 中列出要查询的报送编号。", "List the submission ids in 'ids'.");
        }
        if (request.ids().size() > SubmissionLookup.MAX_IDS) {
            return Responses.badRequest("TOO_MANY_IDS", "一次最多查询 " + SubmissionLookup.MAX_IDS + " 个报送编号，请分批查询。",
                    "At most " + SubmissionLookup.MAX_IDS + " ids per request; split the list.");
        }
        Caller caller = current.get();
        List<String> ids = request.ids().stream().distinct().toList();
        Map<String, SubmissionView> found = new HashMap<>();
        for (SubmissionRecord s : submissions.findAll(ids)) {
            if (caller.maySee(s.event().agencyId())) {
                found.put(s.id(), SubmissionView.of(s));
            }
        }
        return Response.ok(ids.stream().map(found::get).filter(Objects::nonNull).toList()).build();
    }

    @GET
    @Operation(summary = "The caller's submissions, newest first (supervisor: all, or one agency's with agencyId)")
    public List<SubmissionView> list(@QueryParam("agencyId") String agencyId) {
        Caller caller = current.get();
        String scope = caller.supervisor() ? agencyId : caller.agencyId();
        return submissions.list(scope).stream().map(SubmissionView::of).toList();
    }
}
