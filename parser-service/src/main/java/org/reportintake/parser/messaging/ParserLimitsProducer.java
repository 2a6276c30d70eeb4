package org.reportintake.parser.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.parser.ParserLimits;

/** The parser's limits from configuration (PARSER_MAX_BYTES, PARSER_MAX_PAGES, PARSER_TIMEOUT, ...). */
@ApplicationScoped
public class ParserLimitsProducer {

    @Produces
    @Singleton
    ParserLimits limits(@ConfigProperty(name = "parser.max-bytes") long maxBytes,
            @ConfigProperty(name = "parser.max-pages") int maxPages,
            @ConfigProperty(name = "parser.timeout") Duration timeout,
            @ConfigProperty(name = "parser.max-unpacked-bytes") long maxUnpackedBytes) {
        return new ParserLimits(maxBytes, maxPages, timeout, maxUnpackedBytes);
    }
}
