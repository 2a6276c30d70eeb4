package org.reportintake.validator.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reportintake.validator.api.model.ApiError;
import org.reportintake.validator.api.model.YearStatistics;
import org.reportintake.validator.query.YearStatisticsQuery;

@Path("/api/statistics")
@Produces(MediaType.APPLICATION_JSON)
@ApiTokenRequired
@Tag(name = "statistics", description = "Figures for a report year")
public class StatisticsResource {

    private final YearStatisticsQuery statistics;

    public StatisticsResource(YearStatisticsQuery statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Verdicts, findings per rule and summed application figures for a report year")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = YearStatistics.class)))
    @APIResponse(responseCode = "401", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public YearStatistics year(@PathParam("year") int year) {
        return statistics.of(year);
    }
}
