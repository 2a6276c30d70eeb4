package org.reportintake.notifier.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.notifier.delivery.DeliveryRepository;

import io.smallrye.common.annotation.Blocking;

/**
 * Delivery records for the supervising office: which notices were sent, which are undeliverable (no address) and
 * which failed.
 */
@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DeliveryResource {

    private final DeliveryRepository deliveries;
    private final byte[] apiToken;

    public DeliveryResource(DeliveryRepository deliveries, @ConfigProperty(name = "notifier.api-token") String apiToken) {
        this.deliveries = deliveries;
        this.apiToken = apiToken.getBytes(StandardCharsets.UTF_8);
    }

    @GET
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("state") String state,
            @QueryParam("agencyId") String agencyId) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || !MessageDigest.isEqual(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8), apiToken)) {
            return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        DeliveryRepository.State filter;
        try {
            filter = state == null || state.isBlank() ? null : DeliveryRepository.State.valueOf(state.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity("unknown state " + state).build();
        }
        List<DeliveryView> views = deliveries.list(filter, agencyId, 500).stream().map(DeliveryResource::view).toList();
        return Response.ok(views).build();
    }

    private static DeliveryView view(Document d) {
        return new DeliveryView(d.getString("submissionId"), d.getString("agencyId"), d.getString("noticeType"),
                d.getString("state"), d.getList("recipients", String.class, List.of()), d.getString("recipientOrigin"),
                d.getInteger("attempts", 0), d.getString("lastError"), instant(d.getDate("claimedAt")),
                instant(d.getDate("sentAt")));
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
