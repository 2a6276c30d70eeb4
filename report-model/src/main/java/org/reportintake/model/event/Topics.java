package org.reportintake.model.event;

/**
 * Kafka topic names of the flow. Every record is keyed by agency id so that one agency's submissions stay in order.
 * Each consuming channel has its own dead-letter topic: {@code <topic>.dlq.<consumer>}.
 */
public final class Topics {
    public static final String SUBMITTED = "report.submitted";
    public static final String PARSED = "report.parsed";
    public static final String VALIDATED = "report.validated";

    public static final String SUBMITTED_DLQ_PARSER = "report.submitted.dlq.parser";
    public static final String PARSED_DLQ_VALIDATOR = "report.parsed.dlq.validator";
    public static final String VALIDATED_DLQ_NOTIFIER = "report.validated.dlq.notifier";
    public static final String VALIDATED_DLQ_INTAKE = "report.validated.dlq.intake";

    /** CloudEvents types of the three events. */
    public static final String TYPE_SUBMITTED = "org.reportintake.report.submitted.v1";
    public static final String TYPE_PARSED = "org.reportintake.report.parsed.v1";
    public static final String TYPE_VALIDATED = "org.reportintake.report.validated.v1";

    private Topics() {
    }
}
