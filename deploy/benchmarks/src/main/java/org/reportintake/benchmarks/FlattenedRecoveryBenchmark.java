package org.reportintake.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.layouts.Flattener;
import org.reportintake.parser.read.Deadline;
import org.reportintake.parser.read.TextDecoder;
import org.reportintake.parser.read.TextLayoutReader;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.parser.recognition.FlattenedTables;
import org.reportintake.parser.recognition.ReportRecogniser;

/**
 * Microseconds per report for the five seeds with their tables flattened (one line per row, digits run together
 * or spaced): recognition of the already read document, as written ({@code layout=table}) and flattened, so that
 * the difference is the cost of finding and splitting the runs; the recovery alone ({@link FlattenedTables});
 * and the whole parse of the text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FlattenedRecoveryBenchmark {

    private static final int REPORTS = 5;

    /** table: the seeds as written; flat: runs together; spaced: one space between cells. */
    @Param({"table", "flat", "spaced"})
    public String layout;

    private final ReportRecogniser recogniser = new ReportRecogniser();
    private final ReportParser parser = new ReportParser(ParserLimits.defaults());
    private List<Document> documents;
    private List<List<NarrativeClaim>> claims;
    private final FlattenedTables flattened = new FlattenedTables();
    private List<byte[]> texts;

    @Setup
    public void load() {
        documents = new ArrayList<>();
        claims = new ArrayList<>();
        texts = new ArrayList<>();
        TextLayoutReader reader = new TextLayoutReader(new TextDecoder());
        for (byte[] seed : Fixtures.of("txt")) {
            byte[] text = layout.equals("table") ? seed
                    : Flattener.flatten(new String(seed, StandardCharsets.UTF_8), layout.equals("spaced")
                            ? Flattener.Spacing.SPACED : Flattener.Spacing.NONE).getBytes(StandardCharsets.UTF_8);
            Document document = reader.read(text, Deadline.after(Duration.ofMinutes(1)));
            AnnualReport report = recogniser.recognise(document);
            claims.add(report.claims());
            if (report.applications() == null || report.cases() == null) {
                throw new IllegalStateException("flattened seed not recovered (" + layout + ")");
            }
            documents.add(document);
            texts.add(text);
        }
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public int recognise() {
        int cells = 0;
        for (Document document : documents) {
            cells += recogniser.recognise(document).applications().cells().size();
        }
        return cells;
    }

    /**
     * The flattened-table recovery alone: finding the runs among the document's lines and splitting them (for
     * {@code table}, the cost of looking through a document that has none).
     */
    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public int recover() {
        int issues = 0;
        for (int i = 0; i < documents.size(); i++) {
            issues += flattened.recover(documents.get(i), claims.get(i), true, true, true).issues().size();
        }
        return issues;
    }

    @Benchmark
    @OperationsPerInvocation(REPORTS)
    public int parse() {
        int read = 0;
        for (byte[] text : texts) {
            ParseOutcome outcome = parser.parse(text, "report.txt");
            read += outcome.succeeded() ? outcome.report().sections().size() : 0;
        }
        return read;
    }
}
