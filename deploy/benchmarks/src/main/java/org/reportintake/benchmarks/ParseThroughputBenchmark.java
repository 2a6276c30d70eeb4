package org.reportintake.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;
import org.xml.sax.SAXException;

/**
 * Documents per second for one format: our full parse (detection, reading, recognition into the annual report)
 * against Tika's plain-text extraction of the same five files. One operation is one document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseThroughputBenchmark {

    private static final int FILES_PER_FORMAT = 5;

    @Param({"txt", "docx", "doc", "pdf", "html"})
    public String format;

    private List<byte[]> files;
    private ReportParser parser;
    private AutoDetectParser tika;

    @Setup
    public void load() {
        files = Fixtures.of(format);
        parser = new ReportParser(ParserLimits.defaults());
        tika = new AutoDetectParser();
        for (byte[] file : files) {
            if (!parser.parse(file, format).succeeded()) {
                throw new IllegalStateException("fixture does not parse: " + format);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILES_PER_FORMAT)
    public int ours() {
        int read = 0;
        for (byte[] file : files) {
            ParseOutcome outcome = parser.parse(file, null);
            read += outcome.succeeded() ? outcome.report().sections().size() : 0;
        }
        return read;
    }

    @Benchmark
    @OperationsPerInvocation(FILES_PER_FORMAT)
    public int tika() throws IOException, SAXException, TikaException {
        int chars = 0;
        for (byte[] file : files) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            tika.parse(new ByteArrayInputStream(file), handler, new Metadata(), new ParseContext());
            chars += handler.toString().length();
        }
        return chars;
    }
}
