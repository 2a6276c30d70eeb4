package org.reportintake.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;

/** A failure must carry its stable code and tell the clerk, in Chinese and English, what to do. */
final class FailureAssertions {

    private FailureAssertions() {
    }

    static ParseFailure assertFailure(ParseOutcome outcome, ParseFailureCode code) {
        assertFalse(outcome.succeeded(), "expected a failure, got a report");
        assertNull(outcome.report());
        ParseFailure failure = outcome.failure();
        assertEquals(code, failure.code(), () -> "failure was " + failure);
        assertTrue(failure.messageZh().contains("请"), "Chinese message says what to do: " + failure.messageZh());
        assertTrue(failure.messageEn().contains("Please"), "English message says what to do: " + failure.messageEn());
        return failure;
    }
}
