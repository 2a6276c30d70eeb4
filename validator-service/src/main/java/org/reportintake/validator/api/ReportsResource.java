package org.reportintake.validator.api;

import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reportintake.model.event.Verdict;
import org.reportintake.validator.api.model.ApiError;
import org.reportintake.validator.api.model.ReportDetail;
import org.reportintake.validator.api.model.ReportPage;
import org.reportintake.validator.query.ReportFilter;
import org.reportintake.validator.query.ReportQueries;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@ApiTokenRequired
@Tag(name = "reports", description = "Submitted reports, their verdicts and versions")
public class ReportsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final ReportQueries queries;

    public ReportsResource(ReportQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "List submitted reports, newest first",
            description = "One row per submission (version). Dry runs are not listed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportPage.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ReportPage list(@QueryParam("agencyId") String agencyId,
                           @QueryParam("year") @Parameter(description = "report year N",
                                   schema = @Schema(type = SchemaType.INTEGER)) String year,
                           @QueryParam("verdict") @Parameter(description = "ACCEPTED, REJECTED, NEEDS_REVIEW or LEGACY") String verdict,
                           @QueryParam("ruleId") @Parameter(description = "only reports with a finding of this rule") String ruleId,
                           @QueryParam("limit") @Parameter(description = "1 to 500, default 50",
                                   schema = @Schema(type = SchemaType.INTEGER)) String limit,
                           @QueryParam("offset") @Parameter(description = "rows to skip, default 0",
                                   schema = @Schema(type = SchemaType.INTEGER)) String offset) {
        // Numbers are parsed here rather than by JAX-RS, which would answer 404 for "year=abc".
        Integer reportYear = integer("year", year);
        int pageSize = limit == null || limit.isBlank() ? DEFAULT_LIMIT : integer("limit", limit);
        if (pageSize < 1 || pageSize > MAX_LIMIT) {
            throw BadRequests.invalid("limit", "应在 1 到 " + MAX_LIMIT + " 之间。", "must be between 1 and " + MAX_LIMIT + ".");
        }
        int skip = offset == null || offset.isBlank() ? 0 : integer("offset", offset);
        if (skip < 0) {
            throw BadRequests.invalid("offset", "不能为负数。", "must not be negative.");
        }
        return queries.list(new ReportFilter(blankToNull(agencyId), reportYear, verdict(verdict), blankToNull(ruleId),
                pageSize, skip));
    }

    @GET
    @Path("/{submissionId}")
    @Operation(summary = "One submission with its verdict, findings and the agency's versions for the year")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportDetail.class)))
    @APIResponse(responseCode = "401", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ReportDetail get(@PathParam("submissionId") String submissionId) {
        return queries.detail(submissionId).orElseThrow(() -> new NotFoundException(Response
                .status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("NOT_FOUND", "没有这份报告的校验结果。", "No verdict for this submission."))
                .build()));
    }

    private static Verdict verdict(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Verdict.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadRequests.invalid("verdict", "应为 ACCEPTED、REJECTED、NEEDS_REVIEW 或 LEGACY。",
                    "must be ACCEPTED, REJECTED, NEEDS_REVIEW or LEGACY.");
        }
    }

    private static Integer integer(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BadRequests.invalid(parameter, "应为整数。", "must be a whole number.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
