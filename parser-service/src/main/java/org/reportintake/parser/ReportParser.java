package org.reportintake.parser;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.failure.FailureMessages;
import org.reportintake.parser.failure.ParseProblem;
import org.reportintake.parser.read.Deadline;
import org.reportintake.parser.read.DocReader;
import org.reportintake.parser.read.DocumentReader;
import org.reportintake.parser.read.DocxReader;
import org.reportintake.parser.read.FormatDetector;
import org.reportintake.parser.read.HtmlReader;
import org.reportintake.parser.read.PdfReader;
import org.reportintake.parser.read.TextDecoder;
import org.reportintake.parser.read.TextLayoutReader;
import org.reportintake.parser.read.ZipGuard;
import org.reportintake.parser.recognition.ReportRecogniser;

/**
 * Reads an uploaded annual report in any supported format into {@link AnnualReport}. Every bad input ends
 * as a {@link ParseOutcome} with a reason code and an actionable message; nothing is thrown to the caller.
 * Each parse runs on a worker thread of its own (reused, see {@link ParseWorkers}) under the time limit, and
 * the readers check the same deadline.
 */
public final class ReportParser {

    private static final Logger LOG = Logger.getLogger(ReportParser.class.getName());

    private final ParserLimits limits;
    private final FormatDetector detector;
    private final Map<DocumentFormat, DocumentReader> readers = new EnumMap<>(DocumentFormat.class);
    private final ReportRecogniser recogniser;
    private final ExecutorService workers;

    public ReportParser(ParserLimits limits) {
        this(limits, ParseWorkers.create());
    }

    ReportParser(ParserLimits limits, ExecutorService workers) {
        this.limits = limits;
        this.workers = workers;
        this.recogniser = new ReportRecogniser();
        TextDecoder decoder = new TextDecoder();
        this.detector = new FormatDetector(decoder);
        readers.put(DocumentFormat.DOCX, new DocxReader(new ZipGuard(limits.maxUnpackedBytes()), limits.maxPages()));
        readers.put(DocumentFormat.DOC, new DocReader(limits.maxPages()));
        readers.put(DocumentFormat.PDF, new PdfReader(limits.maxPages()));
        readers.put(DocumentFormat.HTML, new HtmlReader(decoder));
        readers.put(DocumentFormat.TEXT, new TextLayoutReader(decoder));
    }

    /** Never throws for bad input: every failure is a ParseOutcome carrying a ParseFailure. */
    public ParseOutcome parse(byte[] content, String fileName) {
        if (content == null) {
            return failed(ParseFailureCode.FILE_MISSING);
        }
        if (content.length == 0 || isWhitespaceOnly(content)) {
            return failed(ParseFailureCode.EMPTY_FILE);
        }
        if (content.length > limits.maxBytes()) {
            return failed(ParseFailureCode.TOO_LARGE);
        }
        Deadline deadline = Deadline.after(limits.timeout());
        Future<AnnualReport> task = workers.submit(() -> read(content, deadline));
        try {
            return ParseOutcome.success(task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            task.cancel(true); // interrupts the worker; its deadline checks stop it soon after
            return failed(ParseFailureCode.TIMEOUT);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return failed(ParseFailureCode.TIMEOUT);
        } catch (ExecutionException e) {
            return failure(e.getCause(), fileName, limits);
        }
    }

    /** The whole pipeline: detect by content, read into the neutral document, recognise the report. */
    private AnnualReport read(byte[] content, Deadline deadline) {
        DocumentFormat format = detector.detect(content);
        Document document = readers.get(format).read(content, deadline);
        deadline.check();
        return recogniser.recognise(document);
    }

    private static ParseOutcome failure(Throwable cause, String fileName, ParserLimits limits) {
        if (cause instanceof ParseProblem problem) {
            return failed(problem.code(), limits);
        }
        if (cause instanceof OutOfMemoryError) {
            return failed(ParseFailureCode.TOO_LARGE, limits);
        }
        if (cause instanceof StackOverflowError) {
            return failed(ParseFailureCode.CORRUPT_FILE, limits);
        }
        LOG.log(Level.WARNING, "unexpected failure parsing " + fileName, cause);
        return failed(ParseFailureCode.INTERNAL_ERROR, limits);
    }

    private ParseOutcome failed(ParseFailureCode code) {
        return failed(code, limits);
    }

    private static ParseOutcome failed(ParseFailureCode code, ParserLimits limits) {
        return ParseOutcome.failed(FailureMessages.of(code, limits));
    }

    private static boolean isWhitespaceOnly(byte[] content) {
        if (content.length > 4096) {
            return false;
        }
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
