package org.reportintake.validator.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error answer with a stable code and messages in Chinese and English. */
@Schema(description = "An error with a stable code")
public record ApiError(String code, String messageZh, String messageEn) {
}
