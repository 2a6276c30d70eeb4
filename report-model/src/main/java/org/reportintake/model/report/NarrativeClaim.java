package org.reportintake.model.report;

import java.math.BigDecimal;

/**
 * A number stated in the report's text.
 *
 * @param kind     what the number counts
 * @param value    the number
 * @param section  the section it was found in (may be null)
 * @param sentence the sentence it came from, verbatim
 */
public record NarrativeClaim(ClaimKind kind, BigDecimal value, SectionKind section, String sentence) {
}
