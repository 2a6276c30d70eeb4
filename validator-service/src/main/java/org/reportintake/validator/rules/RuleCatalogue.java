package org.reportintake.validator.rules;

/** Walking skeleton: only rule A1. Replaced by the full catalogue. */
public final class RuleCatalogue {

    public static RuleCatalogue standard() {
        return new RuleCatalogue();
    }
}
