package org.reportintake.validator.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportintake.validator.rules.fixtures.ReportFixtures;
import org.reportintake.validator.rules.fixtures.Validation;
import org.reportintake.validator.rules.seeds.SeedReports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The REST API publishes the rule table and the findings as JSON; both must serialise as plain data. */
class RuleTableSerializationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void publishesTheRuleTableAsJson() throws JsonProcessingException {
        String table = json.writeValueAsString(RuleCatalogue.standard().describe());

        assertTrue(table.contains("\"id\":\"A1\"") && table.contains("\"severity\":\"REJECT\"")
                && table.contains("\"versions\":[\"V30\",\"V60\"]") && table.contains("第一项加第二项之和"), table);
    }

    @Test
    void publishesFindingsWithTheirValuesAsJson() throws JsonProcessingException {
        String result = json.writeValueAsString(Validation.validate(SeedReports.seed000()));

        assertTrue(result.contains("\"verdict\":\"REJECTED\"") && result.contains("\"ruleId\":\"A1\"")
                && result.contains("\"difference\":-2") && result.contains("\"columnLabel\":\"自然人\""), result);
        assertTrue(json.writeValueAsString(Validation.validate(ReportFixtures.v60())).contains("ACCEPTED"));
    }
}
