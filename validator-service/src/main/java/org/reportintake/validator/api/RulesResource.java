package org.reportintake.validator.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reportintake.validator.api.model.ApiError;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.rules.RuleDescription;
import org.reportintake.validator.rules.failure.ParseFailureOutcomes;

@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
@ApiTokenRequired
@Tag(name = "rules", description = "The rule catalogue")
public class RulesResource {

    // The catalogue is fixed at build time, so its table is computed once.
    private final List<RuleDescription> table = RuleCatalogue.standard().describe();

    @GET
    @Operation(summary = "Every rule, in catalogue order: id, category, severity, the verdict it leads to, versions, titles and hints")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RuleDescription.class)))
    @APIResponse(responseCode = "401", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<RuleDescription> rules() {
        return table;
    }

    @GET
    @Path("/parse-failures")
    @Operation(summary = "Every parse-failure code and the verdict it leads to (REJECTED, NEEDS_REVIEW or LEGACY)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ParseFailureOutcomes.Outcome.class)))
    @APIResponse(responseCode = "401", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<ParseFailureOutcomes.Outcome> parseFailures() {
        return ParseFailureOutcomes.table();
    }
}
