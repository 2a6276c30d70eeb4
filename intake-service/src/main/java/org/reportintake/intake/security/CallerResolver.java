package org.reportintake.intake.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a bearer token into a caller. For now there is one token, the local administrator's, configured by
 * {@code INTAKE_ADMIN_TOKEN}; it acts as the supervising office.
 */
@ApplicationScoped
public class CallerResolver {

    private final byte[] adminToken;

    public CallerResolver(@ConfigProperty(name = "intake.admin-token") String adminToken) {
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    public Optional<Caller> resolve(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        byte[] presented = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the token must not leak through response timing.
        if (MessageDigest.isEqual(presented, adminToken)) {
            return Optional.of(new Caller("admin", null, true));
        }
        return Optional.empty();
    }
}
