package org.reportintake.intake.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.intake.account.AccountService;
import org.reportintake.intake.account.ApiTokenService;
import org.reportintake.intake.account.SessionService;

/**
 * Turns a bearer token or a portal session cookie into a caller. The bootstrap token {@code INTAKE_ADMIN_TOKEN} acts
 * as the supervising office; API tokens and sessions act as the account that created them, re-read on every request
 * so that a changed role or a deleted account takes effect at once.
 */
@ApplicationScoped
public class CallerResolver {

    static final String ADMIN = "admin";

    private final String adminToken;
    private final ApiTokenService tokens;
    private final SessionService sessions;
    private final AccountService accounts;

    public CallerResolver(@ConfigProperty(name = "intake.admin-token") String adminToken, ApiTokenService tokens,
            SessionService sessions, AccountService accounts) {
        this.adminToken = adminToken;
        this.tokens = tokens;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** From an {@code Authorization: Bearer ...} header. */
    public Optional<Caller> resolve(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String presented = authorizationHeader.substring(7).strip();
        if (Secrets.same(presented, adminToken)) {
            return Optional.of(new Caller(ADMIN, null, true));
        }
        return tokens.ownerOf(presented).flatMap(this::callerOf);
    }

    /** From the portal's session cookie; the caller carries the session's CSRF token. */
    public Optional<Caller> resolveSession(String sessionId) {
        return sessions.find(sessionId).flatMap(s -> callerOf(s.username())
                .map(c -> new Caller(c.name(), c.agencyId(), c.supervisor(), s.csrfToken())));
    }

    private Optional<Caller> callerOf(String username) {
        return ADMIN.equals(username) ? Optional.of(new Caller(ADMIN, null, true)) : accounts.callerOf(username);
    }
}
