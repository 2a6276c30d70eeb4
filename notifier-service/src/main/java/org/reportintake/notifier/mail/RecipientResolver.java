package org.reportintake.notifier.mail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.notifier.directory.AgencyContact;

/**
 * Decides who receives a notice: the agency's contact addresses from the directory; if none, the address written in
 * the report; if neither, an optional fallback (for demos only; empty in production) and otherwise nobody, so the
 * notice is recorded as undeliverable. Addresses are validated strictly (no spaces, quotes, CR or LF), so nothing
 * taken from a report or the directory can inject a header.
 */
@ApplicationScoped
public class RecipientResolver {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*");
    private static final int MAX_RECIPIENTS = 5;

    private final Optional<String> fallback;

    public RecipientResolver(@ConfigProperty(name = "notifier.fallback-recipient") Optional<String> fallback) {
        this.fallback = fallback.map(String::strip).filter(RecipientResolver::isValid);
    }

    public Recipients resolve(ReportValidated event, Optional<AgencyContact> agency) {
        List<String> fromDirectory = agency.map(AgencyContact::contactEmails).orElse(List.of()).stream()
                .map(String::strip).filter(RecipientResolver::isValid).distinct().limit(MAX_RECIPIENTS).toList();
        if (!fromDirectory.isEmpty()) {
            return new Recipients(fromDirectory, "DIRECTORY");
        }
        String written = event.headline() == null ? null : event.headline().contactEmail();
        if (written != null && isValid(written.strip())) {
            return new Recipients(List.of(written.strip()), "REPORT");
        }
        return fallback.map(f -> new Recipients(List.of(f), "FALLBACK")).orElseGet(() -> new Recipients(List.of(), "NONE"));
    }

    static boolean isValid(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
