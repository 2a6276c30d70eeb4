package org.reportintake.model.event;

/**
 * Why a document could not be read as an annual report, in words the agency can act on.
 *
 * @param code      stable reason code
 * @param messageZh explanation in Chinese
 * @param messageEn explanation in English
 */
public record ParseFailure(ParseFailureCode code, String messageZh, String messageEn) {
}
