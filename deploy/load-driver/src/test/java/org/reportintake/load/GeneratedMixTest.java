package org.reportintake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportintake.model.event.Severity;
import org.reportintake.validator.rules.ValidationResult;

/** The verdict each generated document is built to get is the one the real parser and rule engine give it. */
class GeneratedMixTest {

    private static final GeneratedMix MIX = new GeneratedMix("test");

    static Stream<LoadDocument> generatedDocuments() {
        // Four rounds of ten cover every txt seed as a variant and as a broken document.
        return MIX.documents(40).stream().filter(d -> !d.kind().equals("SEED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedDocuments")
    void generatedDocumentGetsTheVerdictItWasBuiltFor(LoadDocument document) {
        ValidationResult result = SeedOutcomesTest.validate(
                new SeedCorpus.Document("x", document.format(), document.fileName(), document.content()));

        assertEquals(document.expectedVerdict(), result.verdict().name(), document.fileName() + " " + result.findings());
        if (document.kind().equals("BROKEN")) {
            assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("A1")
                    && f.severity() == Severity.REJECT && "总计".equals(f.location().columnLabel())),
                    "broken documents fail A1 on 总计: " + result.findings());
        }
    }

    @Test
    void everyDocumentOfARunHasItsOwnAgencyAndGeneratedDocumentsHaveTheirOwnBytes() {
        List<LoadDocument> documents = MIX.documents(100);

        assertEquals(100, documents.stream().map(LoadDocument::agencyId).distinct().count());
        List<LoadDocument> generated = documents.stream().filter(d -> !d.kind().equals("SEED")).toList();
        assertEquals(generated.size(), generated.stream().map(d -> Arrays.hashCode(d.content())).distinct().count());
        assertEquals(Math.round(documents.size() * 0.2), documents.stream().filter(d -> d.kind().equals("BROKEN")).count());
    }

    @Test
    void markersCarryNoDigits() {
        assertEquals("bca", GeneratedMix.lettersOf(120));
        assertNotEquals(-1, MIX.withMarker("标题\n依据《条例》编制。\n一、\n", 7).indexOf("编制。（批次标记：testh）"));
    }
}
