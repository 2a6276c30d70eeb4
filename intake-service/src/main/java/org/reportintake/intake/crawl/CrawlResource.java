package org.reportintake.intake.crawl;

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

import org.reportintake.intake.api.ApiError;
import org.reportintake.intake.security.Caller;
import org.reportintake.intake.security.CallerResolver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/** Start a crawl on demand and read crawl-run records. Supervising office only. */
@Path("/api/crawls")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class CrawlResource {

    private final CrawlService crawls;
    private final CallerResolver callers;
    private final ObjectMapper json;

    public CrawlResource(CrawlService crawls, CallerResolver callers, ObjectMapper json) {
        this.crawls = crawls;
        this.callers = callers;
        this.json = json;
    }

    /** Starts a crawl of one agency ({@code agencyId} in the query or the JSON body) or of all agencies. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("agencyId") String agencyParam, String rawBody) {
        Response refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        // The body is optional (and may come without a Content-Type), so it is read as text and parsed here.
        CrawlRequest body;
        try {
            body = rawBody == null || rawBody.isBlank() ? null : json.readValue(rawBody, CrawlRequest.class);
        } catch (JsonProcessingException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ApiError("BAD_REQUEST",
                    "请求体应为 JSON，例如 {\"agencyId\": \"…\"}，或留空以抓取全部机构。",
                    "The body must be JSON such as {\"agencyId\": \"…\"}, or empty to crawl every agency.")).build();
        }
        String agencyId = agencyParam != null && !agencyParam.isBlank() ? agencyParam.strip()
                : body != null && body.agencyId() != null && !body.agencyId().isBlank() ? body.agencyId().strip() : null;
        CrawlService.Start start = crawls.start("API", agencyId);
        if (start.refusal() == CrawlService.Refusal.ALREADY_RUNNING) {
            return Response.status(Response.Status.CONFLICT).entity(new ApiError("CRAWL_RUNNING",
                    "已有抓取任务正在运行，请稍后再试。", "A crawl is already running; try again when it has finished.")).build();
        }
        if (start.refusal() == CrawlService.Refusal.UNKNOWN_AGENCY) {
            return Response.status(Response.Status.NOT_FOUND).entity(new ApiError("UNKNOWN_AGENCY",
                    "机构目录中没有该机构或其网站地址。", "No such agency with a website in the directory.")).build();
        }
        return Response.status(Response.Status.ACCEPTED).header(HttpHeaders.LOCATION, "/api/crawls/" + start.run().id())
                .entity(CrawlRunView.of(start.run())).build();
    }

    @GET
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("limit") Integer limit) {
        Response refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        int n = limit == null ? 50 : Math.max(1, Math.min(limit, 500));
        List<CrawlRunView> views = crawls.latest(n).stream().map(CrawlRunView::of).toList();
        return Response.ok(views).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        Response refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        return crawls.find(id).map(run -> Response.ok(CrawlRunView.of(run)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new ApiError("NOT_FOUND", "没有找到该抓取记录。", "No such crawl run.")).build());
    }

    /** Null if the caller is the supervising office; otherwise the 401 or 403 to send. */
    private Response refuse(String authorization) {
        Caller caller = callers.resolve(authorization).orElse(null);
        if (caller == null) {
            return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity(new ApiError("UNAUTHORIZED", "请提供有效的访问令牌（Authorization: Bearer …）。",
                            "A valid bearer token is required.")).build();
        }
        if (!caller.supervisor()) {
            return Response.status(Response.Status.FORBIDDEN).entity(new ApiError("FORBIDDEN",
                    "只有监督机构可以启动或查看抓取任务。", "Only the supervising office may start or read crawls.")).build();
        }
        return null;
    }
}
