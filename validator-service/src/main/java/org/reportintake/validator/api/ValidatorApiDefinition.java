package org.reportintake.validator.api;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI document's title and its bearer-token scheme, which every /api endpoint requires. */
@OpenAPIDefinition(
        info = @Info(title = "report-intake validator API", version = "1.0",
                description = "Verdicts, findings, versions and yearly figures of government information disclosure "
                        + "annual reports (政府信息公开工作年度报告), for the supervising office."),
        security = @SecurityRequirement(name = ValidatorApiDefinition.BEARER))
@SecurityScheme(securitySchemeName = ValidatorApiDefinition.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "validator.api-token (VALIDATOR_API_TOKEN)")
public class ValidatorApiDefinition extends Application {

    static final String BEARER = "bearer";
}
