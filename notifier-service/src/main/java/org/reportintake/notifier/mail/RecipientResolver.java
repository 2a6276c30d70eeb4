package org.reportintake.notifier.mail;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.ReportValidated;

/**
 * Decides who receives a notice: the address written in the report, else the configured fallback. Addresses are
 * validated strictly so that no header can be injected through a report's text.
 */
@ApplicationScoped
public class RecipientResolver {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}");

    private final Optional<String> fallback;

    public RecipientResolver(@ConfigProperty(name = "notifier.fallback-recipient") Optional<String> fallback) {
        this.fallback = fallback.filter(RecipientResolver::isValid);
    }

    public Optional<String> recipientFor(ReportValidated event) {
        String written = event.headline() == null ? null : event.headline().contactEmail();
        if (written != null && isValid(written.strip())) {
            return Optional.of(written.strip());
        }
        return fallback;
    }

    static boolean isValid(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }
}
