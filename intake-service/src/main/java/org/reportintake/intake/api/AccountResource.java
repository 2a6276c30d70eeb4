package org.reportintake.intake.api;

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
import org.reportintake.intake.account.AccountRecord;
import org.reportintake.intake.account.AccountRepository;
import org.reportintake.intake.account.AccountService;
import org.reportintake.intake.account.Role;
import org.reportintake.intake.security.Caller;
import org.reportintake.intake.security.CurrentCaller;

import io.smallrye.common.annotation.Blocking;

/** Accounts: the supervising office creates them; everyone can see who they are signed in as. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "账号 / Accounts")
@Blocking
public class AccountResource {

    private final AccountService accounts;
    private final AccountRepository repository;
    private final CurrentCaller current;

    public AccountResource(AccountService accounts, AccountRepository repository, CurrentCaller current) {
        this.accounts = accounts;
        this.repository = repository;
        this.current = current;
    }

    /** A new account; the password is only ever sent in, never shown. */
    public record NewAccount(String username, String displayName, String password, Role role, String agencyId) {
    }

    /** An account as shown (no hash). */
    public record AccountView(String username, String displayName, Role role, String agencyId) {
        static AccountView of(AccountRecord a) {
            return new AccountView(a.username(), a.displayName(), a.role(), a.agencyId());
        }
    }

    /** The caller. */
    public record Me(String username, String agencyId, boolean supervisor) {
    }

    @GET
    @Path("/me")
    @Operation(summary = "Who the caller is")
    public Me me() {
        Caller c = current.get();
        return new Me(c.name(), c.agencyId(), c.supervisor());
    }

    @GET
    @Operation(summary = "Accounts (supervisor: all; agency user: those of its own agency)")
    public List<AccountView> list() {
        Caller c = current.get();
        if (c.supervisor()) {
            return repository.list(null).stream().map(AccountView::of).toList();
        }
        return repository.list(c.agencyId()).stream().map(AccountView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace an account (supervisor); the password is stored as a bcrypt hash")
    public Response create(NewAccount body) {
        if (!current.get().supervisor()) {
            return Responses.supervisorOnly();
        }
        if (body == null) {
            return Responses.badRequest("MISSING_BODY", "请求体为空。", "Empty body.");
        }
        try {
            AccountRecord a = accounts.save(body.username(), body.displayName(), body.password(), body.role(), body.agencyId());
            return Response.status(Response.Status.CREATED).entity(AccountView.of(a)).build();
        } catch (IllegalArgumentException e) {
            return Responses.badRequest("INVALID_ACCOUNT", e.getMessage(), "Invalid account.");
        }
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Delete an account (supervisor); its sessions and API tokens stop working at once")
    public Response delete(@PathParam("username") String username) {
        if (!current.get().supervisor()) {
            return Responses.supervisorOnly();
        }
        return repository.delete(username) ? Response.noContent().build() : Responses.notFound();
    }
}
