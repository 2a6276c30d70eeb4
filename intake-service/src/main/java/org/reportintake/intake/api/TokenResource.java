package org.reportintake.intake.api;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reportintake.intake.account.ApiTokenRepository;
import org.reportintake.intake.account.ApiTokenService;
import org.reportintake.intake.security.CurrentCaller;

import io.smallrye.common.annotation.Blocking;

/** API tokens for scripts. A token acts as the account that created it. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API 令牌 / Tokens")
@Blocking
public class TokenResource {

    private final ApiTokenService tokens;
    private final CurrentCaller current;

    public TokenResource(ApiTokenService tokens, CurrentCaller current) {
        this.tokens = tokens;
        this.current = current;
    }

    /** What to create. */
    public record NewToken(String name) {
    }

    /** A token as listed: never its secret. */
    public record TokenView(String id, String name, String owner, Instant createdAt, Instant revokedAt) {
        static TokenView of(ApiTokenRepository.ApiToken t) {
            return new TokenView(t.id(), t.name(), t.owner(), t.createdAt(), t.revokedAt());
        }
    }

    /** The answer to a creation: {@code token} is shown this once. */
    public record CreatedToken(String id, String name, String token) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a token for the caller's account; the secret is shown only in this answer")
    public Response create(NewToken body) {
        ApiTokenService.Created created = tokens.create(current.get(), body == null ? null : body.name());
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedToken(created.token().id(), created.token().name(), created.secret())).build();
    }

    @GET
    @Operation(summary = "The caller's tokens (supervisor: all)")
    public List<TokenView> list() {
        return tokens.visibleTo(current.get()).stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token (one's own; the supervisor: any)")
    public Response revoke(@PathParam("id") String id) {
        return tokens.revoke(current.get(), id) ? Response.noContent().build() : Responses.notFound();
    }
}
