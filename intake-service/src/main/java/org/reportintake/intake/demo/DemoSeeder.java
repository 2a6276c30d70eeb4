package org.reportintake.intake.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.reportintake.intake.account.AccountService;
import org.reportintake.intake.account.Role;
import org.reportintake.intake.agency.AgencyRecord;
import org.reportintake.intake.agency.AgencyService;
import org.reportintake.model.agency.IssuerType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * For the local run ({@code INTAKE_SEED_DEMO=true}): a small agency directory with the five seed reports' agencies,
 * a demo supervisor and a demo user of 高安市行政服务中心管委会. Upserts, so restarting seeds nothing twice.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    static final String DIRECTORY = "demo/agencies.json";
    public static final String SUPERVISOR = "demo-supervisor";
    public static final String AGENCY_USER = "demo-gaoan-zwfw";
    public static final String AGENCY_USER_AGENCY = "gaoan-zwfw";

    private final boolean enabled;
    private final String supervisorPassword;
    private final String agencyPassword;
    private final AgencyService agencies;
    private final AccountService accounts;
    private final ObjectMapper json;

    public DemoSeeder(@ConfigProperty(name = "intake.seed-demo", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "intake.demo.supervisor-password") String supervisorPassword,
            @ConfigProperty(name = "intake.demo.agency-password") String agencyPassword,
            AgencyService agencies, AccountService accounts, ObjectMapper json) {
        this.enabled = enabled;
        this.supervisorPassword = supervisorPassword;
        this.agencyPassword = agencyPassword;
        this.agencies = agencies;
        this.accounts = accounts;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    /** Upserts the demo directory and accounts; running it again changes nothing. */
    public void seed() {
        int n = agencies.importAll(directory());
        accounts.save(SUPERVISOR, "演示：政务公开办", supervisorPassword, Role.SUPERVISOR, null);
        accounts.save(AGENCY_USER, "演示：高安市行政服务中心管委会", agencyPassword, Role.AGENCY_USER, AGENCY_USER_AGENCY);
        LOG.infof("Demo data seeded: %d agencies. Portal log-in: supervisor %s / %s ; agency user (%s) %s / %s",
                n, SUPERVISOR, supervisorPassword, AGENCY_USER_AGENCY, AGENCY_USER, agencyPassword);
    }

    /** The demo directory shipped in the service's resources. */
    List<AgencyRecord> directory() {
        try (InputStream in = DemoSeeder.class.getClassLoader().getResourceAsStream(DIRECTORY)) {
            if (in == null) {
                throw new IllegalStateException(DIRECTORY + " is missing from the classpath");
            }
            List<AgencyRecord> out = new ArrayList<>();
            json.readTree(in).forEach(n -> out.add(toRecord(n)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AgencyRecord toRecord(JsonNode n) {
        return new AgencyRecord(text(n, "id"), text(n, "name"), strings(n.get("aliases")), text(n.path("region"), "code"),
                text(n.path("region"), "name"), IssuerType.valueOf(text(n, "issuerType")), text(n, "parentId"),
                strings(n.get("contactEmails")), text(n, "websiteUrl"), text(n, "reportColumnUrl"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
