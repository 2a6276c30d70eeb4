package org.reportintake.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;
import org.reportintake.validator.rules.ReportValidator;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.rules.ValidationContext;

/**
 * The parse-only ceiling: the same documents through the parser and the rule engine in this JVM, one thread per core,
 * no Kafka, no MongoDB, no HTTP. A short warm-up first so the JIT does not count against it.
 */
public final class ParseOnlyCeiling {

    /** Reports/s over all documents, and per format (each format measured on its own documents). */
    public record Result(int documents, double reportsPerSecond, Map<String, Double> perFormat) {
    }

    private final ReportParser parser = new ReportParser(ParserLimits.defaults());
    private final ReportValidator validator = new ReportValidator(RuleCatalogue.standard());
    private final int threads;

    public ParseOnlyCeiling(int threads) {
        this.threads = threads;
    }

    public Result measure(List<LoadDocument> documents) throws Exception {
        run(documents.subList(0, Math.min(documents.size(), 50)));
        double all = run(documents);
        Map<String, Double> perFormat = new TreeMap<>();
        for (String format : documents.stream().map(LoadDocument::format).distinct().toList()) {
            List<LoadDocument> ofFormat = documents.stream().filter(d -> d.format().equals(format)).toList();
            perFormat.put(format, run(ofFormat.subList(0, Math.min(ofFormat.size(), 100))));
        }
        return new Result(documents.size(), all, perFormat);
    }

    private double run(List<LoadDocument> documents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                        validate(documents.get(i));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return documents.size() / ((System.nanoTime() - started) / 1e9);
    }

    private String validate(LoadDocument document) {
        ParseOutcome outcome = parser.parse(document.content(), document.fileName());
        ReportSubmitted submitted = new ReportSubmitted("ceiling-" + document.index(), document.agencyId(),
                SubmissionSource.PORTAL, document.fileName(), "application/octet-stream", document.content().length,
                "00", new StoredFileRef("submissions", "0"), false, null, null, Instant.now());
        ReportParsed parsed = outcome.succeeded() ? ReportParsed.success(submitted, outcome.report(), Instant.now())
                : ReportParsed.failure(submitted, outcome.failure(), Instant.now());
        return validator.validate(new ValidationContext(parsed, null, null, null)).verdict().name();
    }
}
