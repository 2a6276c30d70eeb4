package org.reportintake.intake.api;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reportintake.intake.agency.AgencyCsv;
import org.reportintake.intake.agency.AgencyRecord;
import org.reportintake.intake.agency.AgencyService;
import org.reportintake.intake.security.Caller;
import org.reportintake.intake.security.CurrentCaller;

import io.smallrye.common.annotation.Blocking;

/** The agency directory: the supervising office manages it; an agency user reads its own entry. */
@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "机关目录 / Agencies")
@Blocking
public class AgencyResource {

    private final AgencyService agencies;
    private final CurrentCaller current;

    public AgencyResource(AgencyService agencies, CurrentCaller current) {
        this.agencies = agencies;
        this.current = current;
    }

    /** Result of a bulk import. */
    public record ImportResult(int imported) {
    }

    /** Why an import or an entry was refused. */
    public record InvalidAgencies(String code, String messageZh, List<AgencyService.Problem> problems) {
    }

    @GET
    @Operation(summary = "List the directory (an agency user: only its own entry)")
    public List<AgencyView> list() {
        Caller caller = current.get();
        return agencies.list().stream().filter(a -> caller.maySee(a.id())).map(AgencyView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entry; another agency's entry answers 404 to an agency user")
    public Response get(@PathParam("id") String id) {
        Caller caller = current.get();
        return agencies.find(id).filter(a -> caller.maySee(a.id()))
                .map(a -> Response.ok(AgencyView.of(a)).build())
                .orElseGet(Responses::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace an entry (supervisor)")
    public Response create(AgencyView body) {
        if (!current.get().supervisor()) {
            return Responses.supervisorOnly();
        }
        if (body == null) {
            return Responses.badRequest("MISSING_BODY", "请求体为空。", "Empty body.");
        }
        return store(List.of(body.toRecord()), Response.Status.CREATED, true);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an entry (supervisor)")
    public Response replace(@PathParam("id") String id, AgencyView body) {
        if (!current.get().supervisor()) {
            return Responses.supervisorOnly();
        }
        if (body == null) {
            return Responses.badRequest("MISSING_BODY", "请求体为空。", "Empty body.");
        }
        AgencyRecord r = body.toRecord();
        AgencyRecord withId = new AgencyRecord(id, r.name(), r.aliases(), r.regionCode(), r.regionName(), r.issuerType(),
                r.parentId(), r.contactEmails(), r.websiteUrl(), r.reportColumnUrl());
        return store(List.of(withId), Response.Status.OK, true);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an entry (supervisor)")
    public Response delete(@PathParam("id") String id) {
        if (!current.get().supervisor()) {
            return Responses.supervisorOnly();
        }
        return agencies.delete(id) ? Response.noContent().build() : Responses.notFound();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bulk import a JSON array of entries (supervisor); all or nothing, upserts")
    public Response importJson(List<AgencyView> body) {
        if (!current.get().supervisor()) {
            return Responses.supervisorOnly();
        }
        return store(body == null ? List.of() : body.stream().map(v -> v == null ? null : v.toRecord()).toList(), Response.Status.OK, false);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Bulk import CSV with a header row (supervisor); all or nothing, upserts")
    public Response importCsv(String body) {
        if (!current.get().supervisor()) {
            return Responses.supervisorOnly();
        }
        try {
            return store(AgencyCsv.parse(body == null ? "" : body), Response.Status.OK, false);
        } catch (IllegalArgumentException e) {
            return Responses.badRequest("INVALID_CSV", e.getMessage(), "The CSV needs a header row with at least id and name.");
        }
    }

    private Response store(List<AgencyRecord> entries, Response.Status status, boolean single) {
        try {
            int n = agencies.importAll(entries);
            Object entity = single ? AgencyView.of(entries.get(0)) : new ImportResult(n);
            return Response.status(status).entity(entity).build();
        } catch (AgencyService.InvalidAgencyException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new InvalidAgencies("INVALID_AGENCY", "机关目录条目有误，未保存任何条目。", e.problems())).build();
        }
    }
}
