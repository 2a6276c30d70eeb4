package org.reportintake.validator.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Severity;

class MessageTemplateTest {

    private final MessageTemplate template = new MessageTemplate("m", Severity.REJECT,
            "“{column}”列：{left} ≠ {right}", "Column “{column}”: {left} ≠ {right}");

    @Test
    void fillsNamedParametersInBothLanguages() {
        Map<String, Object> parameters = Map.of("column", "自然人", "left", new BigDecimal("2"),
                "right", new BigDecimal("0"));

        assertEquals("“自然人”列：2 ≠ 0", template.renderZh(parameters));
        assertEquals("Column “自然人”: 2 ≠ 0", template.renderEn(parameters));
    }

    @Test
    void writesNumbersWithoutTrailingZerosOrExponent() {
        Map<String, Object> parameters = Map.of("column", "总计", "left", new BigDecimal("1.50"),
                "right", new BigDecimal("1E+3"));

        assertEquals("“总计”列：1.5 ≠ 1000", template.renderZh(parameters));
    }

    @Test
    void refusesToRenderWithAMissingParameter() {
        assertThrows(IllegalArgumentException.class, () -> template.renderZh(Map.of("column", "自然人")));
    }
}
