package org.reportintake.intake.account;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.reportintake.intake.agency.AgencyRepository;
import org.reportintake.intake.security.Caller;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Creates accounts and checks passwords. */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,64}");
    // A bcrypt hash of a random string: checking a password for an unknown user costs the same as for a known one.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-" + System.nanoTime());

    private final AccountRepository accounts;
    private final AgencyRepository agencies;

    public AccountService(AccountRepository accounts, AgencyRepository agencies) {
        this.accounts = accounts;
        this.agencies = agencies;
    }

    /**
     * Creates or replaces an account.
     *
     * @throws IllegalArgumentException with a Chinese message when a field is not acceptable
     */
    public AccountRecord save(String username, String displayName, String password, Role role, String agencyId) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名须为 3–64 位字母、数字或 . _ -。");
        }
        if (username.equalsIgnoreCase("admin")) {
            // "admin" is the bootstrap token's identity; an account of that name would inherit its API tokens.
            throw new IllegalArgumentException("用户名 admin 为系统保留。");
        }
        if (password == null || password.length() < 10) {
            throw new IllegalArgumentException("密码至少 10 位。");
        }
        if (role == null) {
            throw new IllegalArgumentException("请指定角色（SUPERVISOR 或 AGENCY_USER）。");
        }
        if (role == Role.AGENCY_USER && (agencyId == null || agencies.find(agencyId).isEmpty())) {
            throw new IllegalArgumentException("机关用户须属于机关目录中已有的机关。");
        }
        AccountRecord account = new AccountRecord(username, displayName == null || displayName.isBlank() ? username : displayName.strip(),
                BcryptUtil.bcryptHash(password), role, role == Role.SUPERVISOR ? null : agencyId, Instant.now());
        accounts.upsert(account);
        return account;
    }

    /** The account if the password is right. */
    public Optional<AccountRecord> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<AccountRecord> account = accounts.find(username.strip());
        boolean matches = BcryptUtil.matches(password, account.map(AccountRecord::passwordHash).orElse(DUMMY_HASH));
        return matches ? account : Optional.empty();
    }

    public Optional<Caller> callerOf(String username) {
        return accounts.find(username).map(AccountService::toCaller);
    }

    public static Caller toCaller(AccountRecord a) {
        return new Caller(a.username(), a.agencyId(), a.role() == Role.SUPERVISOR);
    }
}
