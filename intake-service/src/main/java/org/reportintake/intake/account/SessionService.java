package org.reportintake.intake.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.intake.security.Secrets;

/** Portal sign-in: a random session id in an HttpOnly cookie, stored only hashed, with its own CSRF token. */
@ApplicationScoped
public class SessionService {

    private final AccountService accounts;
    private final SessionRepository sessions;
    private final Duration lifetime;

    public SessionService(AccountService accounts, SessionRepository sessions,
            @ConfigProperty(name = "intake.session.lifetime", defaultValue = "PT8H") Duration lifetime) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.lifetime = lifetime;
    }

    /** The cookie value of a new session. */
    public record SignedIn(String sessionId, AccountRecord account) {
    }

    public Optional<SignedIn> signIn(String username, String password) {
        return accounts.authenticate(username, password).map(account -> {
            String id = Secrets.random();
            sessions.insert(Secrets.sha256(id), new SessionRepository.Session(account.username(), Secrets.random(),
                    Instant.now().plus(lifetime)));
            return new SignedIn(id, account);
        });
    }

    public Optional<SessionRepository.Session> find(String sessionId) {
        return sessionId == null || sessionId.isBlank() ? Optional.empty() : sessions.findValid(Secrets.sha256(sessionId));
    }

    public void signOut(String sessionId) {
        if (sessionId != null) {
            sessions.delete(Secrets.sha256(sessionId));
        }
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
