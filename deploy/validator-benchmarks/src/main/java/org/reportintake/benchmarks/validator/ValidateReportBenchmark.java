package org.reportintake.benchmarks.validator;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reportintake.model.event.Verdict;
import org.reportintake.validator.rules.ReportValidator;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.rules.ValidationContext;
import org.reportintake.validator.rules.ValidationResult;

/**
 * Time to validate one parsed report with the standard catalogue, as ValidationService does it (the previous
 * year's report at hand, the issuer type from the directory, no publication date). SampleTime gives the
 * distribution per call, so the median and p99 per report can be read off directly; the target is under 1 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateReportBenchmark {

    /** consistent: no finding above INFO; broken: rejected with arithmetic, number and deadline findings. */
    @Param({"consistent", "broken"})
    public String report;

    private ReportValidator validator;
    private ValidationContext context;

    @Setup
    public void setUp() {
        validator = new ReportValidator(RuleCatalogue.standard());
        boolean consistent = "consistent".equals(report);
        context = BenchmarkInputs.context(consistent);
        // Measure what the name says: a fixture that drifted from the rules would time a different path.
        Verdict expected = consistent ? Verdict.ACCEPTED : Verdict.REJECTED;
        Verdict actual = validator.validate(context).verdict();
        if (actual != expected) {
            throw new IllegalStateException("The " + report + " report was " + actual + ", expected " + expected);
        }
    }

    @Benchmark
    public ValidationResult validate() {
        return validator.validate(context);
    }
}
