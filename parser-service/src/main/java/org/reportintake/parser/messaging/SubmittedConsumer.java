package org.reportintake.parser.messaging;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.Topics;
import org.reportintake.model.retry.TransientRetry;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Turns each submitted document into a ReportParsed. The incoming record is acknowledged only after the outgoing
 * one was acknowledged by the broker. Parsing is deterministic, so a redelivery publishes the same answer again,
 * which the validator recognises by submission id.
 */
@ApplicationScoped
public class SubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(SubmittedConsumer.class);
    /** A dropped or unreachable MongoDB (e.g. its restart) is waited out, not dead-lettered. */
    private static final TransientRetry MONGO_OUTAGE = new TransientRetry(
            e -> e instanceof MongoSocketException || e instanceof MongoTimeoutException, 5, Duration.ofSeconds(1));
    private static final String SOURCE = "/report-intake/parser-service";

    private final StoredFileReader files;
    private final ReportParser parser;
    private final ParserLimits limits;
    private final MutinyEmitter<String> parsed;

    public SubmittedConsumer(StoredFileReader files, ParserLimits limits, @Channel("parsed") MutinyEmitter<String> parsed) {
        this.files = files;
        this.limits = limits;
        this.parser = new ReportParser(limits);
        this.parsed = parsed;
    }

    /** A payload that cannot be read, or a publish that keeps failing, throws: the record goes to the dead-letter topic. */
    @Incoming("submitted")
    // Unordered on a bounded pool: each submission is independent (stored and published by its own id), so records
    // of one partition need not wait for each other; the throttled commit still commits offsets in order.
    @Blocking(value = "parse-workers", ordered = false)
    public void onSubmitted(String payload) throws Exception {
        ReportSubmitted submitted = EventCodec.fromJson(payload, ReportSubmitted.class);
        MONGO_OUTAGE.run(() -> handle(submitted));
    }

    private void handle(ReportSubmitted submitted) throws IOException {
        ReportParsed result = parse(submitted);
        parsed.sendMessage(CloudEventMessages.of(submitted.submissionId() + ":parsed", Topics.TYPE_PARSED, SOURCE,
                submitted.agencyId(), EventCodec.toJson(result), result.parsedAt()))
                .await().atMost(Duration.ofSeconds(60));
        LOG.infof("Submission %s parsed: %s", submitted.submissionId(),
                result.succeeded() ? "report" : result.failure().code());
    }

    ReportParsed parse(ReportSubmitted submitted) throws IOException {
        // Intake records an oversized upload without storing its bytes: its declared size is the reason.
        StoredFileReader.StoredFile file = submitted.size() > limits.maxBytes()
                ? new StoredFileReader.Oversized(submitted.size())
                : files.read(submitted.file(), limits.maxBytes());
        if (file instanceof StoredFileReader.Missing) {
            return ReportParsed.failure(submitted, new ParseFailure(ParseFailureCode.FILE_MISSING,
                    "系统中找不到所提交的文件，请重新上传。", "The submitted file could not be found; please upload it again."),
                    Instant.now());
        }
        if (file instanceof StoredFileReader.Oversized oversized) {
            return ReportParsed.failure(submitted, new ParseFailure(ParseFailureCode.TOO_LARGE,
                    "文件大小 " + oversized.size() / (1024 * 1024) + " MB 超过上限，请上传文字版的年度报告。",
                    "The file (" + oversized.size() / (1024 * 1024) + " MB) exceeds the size limit."), Instant.now());
        }
        byte[] content = ((StoredFileReader.Bytes) file).content();
        ParseOutcome outcome = parser.parse(content, submitted.fileName());
        return outcome.succeeded()
                ? ReportParsed.success(submitted, outcome.report(), Instant.now())
                : ReportParsed.failure(submitted, outcome.failure(), Instant.now());
    }
}
