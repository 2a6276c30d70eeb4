package org.reportintake.parser.read;

import java.time.Duration;

import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.failure.ParseProblem;

/** A point in time after which loops give up, so a hostile file cannot keep a worker busy forever. */
public final class Deadline {

    private final long deadlineNanos;

    private Deadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /** Throws a TIMEOUT problem when the budget is spent or the worker was interrupted. */
    public void check() {
        if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
            throw new ParseProblem(ParseFailureCode.TIMEOUT, "time budget exhausted");
        }
    }
}
