package org.reportintake.intake.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.reportintake.intake.security.Caller;
import org.reportintake.intake.security.Secrets;

/** API tokens for scripts: random, stored hashed, shown once, revocable. */
@ApplicationScoped
public class ApiTokenService {

    /** Prefix so that a leaked token is recognisable (e.g. by secret scanners). */
    static final String PREFIX = "rit_";

    private final ApiTokenRepository tokens;

    public ApiTokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** A new token: {@code secret} is returned this once and never stored. */
    public record Created(ApiTokenRepository.ApiToken token, String secret) {
    }

    public Created create(Caller owner, String name) {
        String secret = PREFIX + Secrets.random();
        ApiTokenRepository.ApiToken token = new ApiTokenRepository.ApiToken(UUID.randomUUID().toString(),
                name == null || name.isBlank() ? "token" : name.strip(), owner.name(), Instant.now(), null);
        tokens.insert(token, Secrets.sha256(secret));
        return new Created(token, secret);
    }

    /** The owner of a valid token. */
    public Optional<String> ownerOf(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findValidByHash(Secrets.sha256(secret)).map(ApiTokenRepository.ApiToken::owner);
    }

    /** The caller's own tokens; a supervisor sees every token. */
    public List<ApiTokenRepository.ApiToken> visibleTo(Caller caller) {
        return tokens.listByOwner(caller.supervisor() ? null : caller.name());
    }

    /** Revokes a token the caller owns (a supervisor: any token). @return false if there is no such token for the caller */
    public boolean revoke(Caller caller, String id) {
        Optional<ApiTokenRepository.ApiToken> token = tokens.find(id)
                .filter(t -> caller.supervisor() || t.owner().equals(caller.name()));
        token.ifPresent(t -> tokens.revoke(t.id()));
        return token.isPresent();
    }
}
