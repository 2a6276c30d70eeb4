package org.reportintake.intake.api;

/** An error answer with a stable code and messages in Chinese and English. */
public record ApiError(String code, String messageZh, String messageEn) {
}
