package org.reportintake.notifier.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reportintake.model.agency.IssuerType;
import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Verdict;
import org.reportintake.notifier.directory.AgencyContact;

class RecipientResolverTest {

    @Test
    void rejectsAddressesThatCouldCarryHeaders() {
        assertTrue(RecipientResolver.isValid("gkb@gaoan.gov.cn"));
        assertFalse(RecipientResolver.isValid("a@b.cn\r\nBcc: x@y.cn"));
        assertFalse(RecipientResolver.isValid("\"x\" <a@b.cn>"));
        assertFalse(RecipientResolver.isValid("a b@c.cn"));
        assertFalse(RecipientResolver.isValid("a@b.cn,c@d.cn"));
        assertFalse(RecipientResolver.isValid(null));
    }

    @Test
    void fallsBackFromDirectoryToReportToConfiguredDemoAddressToNobody() {
        ReportValidated event = new ReportValidated(null, Verdict.REJECTED, List.of(),
                new ReportHeadline(null, null, 2023, null, "written@agency.cn"), null);
        ReportValidated noAddress = new ReportValidated(null, Verdict.REJECTED, List.of(),
                new ReportHeadline(null, null, 2023, null, null), null);
        AgencyContact listed = new AgencyContact("a", "某局", null, List.of(" gkb@agency.cn ", "bad address"));
        AgencyContact unlisted = new AgencyContact("a", "某局", null, List.of());
        RecipientResolver production = new RecipientResolver(Optional.empty());

        assertEquals(new Recipients(List.of("gkb@agency.cn"), "DIRECTORY"), production.resolve(event, Optional.of(listed)));
        assertEquals(new Recipients(List.of("written@agency.cn"), "REPORT"), production.resolve(event, Optional.of(unlisted)));
        assertTrue(production.resolve(noAddress, Optional.empty()).isEmpty());
        assertEquals("FALLBACK", new RecipientResolver(Optional.of("demo@localhost")).resolve(noAddress, Optional.empty()).origin());
    }

    @Test
    void governmentsHaveUntilMarchAndEveryoneElseUntilJanuary() {
        assertEquals(LocalDate.of(2024, 3, 31), CorrectionDeadline.forReport(2023, null, "樟树市人民政府"));
        assertEquals(LocalDate.of(2024, 1, 31), CorrectionDeadline.forReport(2023, null, "大通区人民政府办公室"));
        assertEquals(LocalDate.of(2024, 1, 31), CorrectionDeadline.forReport(2023, IssuerType.TOWN_OR_STREET, "某镇人民政府"));
        assertEquals(LocalDate.of(2024, 3, 31), CorrectionDeadline.forReport(2023, IssuerType.PEOPLES_GOVERNMENT, "平潭综合实验区"));
    }
}
