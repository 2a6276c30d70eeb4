package org.reportintake.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pushes documents through intake with at most {@code window} reports in flight (uploaded, no final status yet) and
 * records each one's final status and upload-to-verdict latency. Bounded by the deadline: what has no final status
 * by then is reported as unfinished.
 */
public final class LoadRun {

    /** What happened to one document. */
    public record Outcome(LoadDocument document, String submissionId, String status, String ruleIds, long latencyMillis,
            String error) {
    }

    private final IntakeHttp intake;
    private final int window;
    private final int uploaders;
    private final Duration deadline;
    private final ProgressBar progress;
    private static final int LOOKUP_BATCH = 500;

    private final AtomicInteger finished = new AtomicInteger();

    public LoadRun(IntakeHttp intake, int window, int uploaders, Duration deadline, ProgressBar progress) {
        this.intake = intake;
        this.window = window;
        this.uploaders = uploaders;
        this.deadline = deadline;
        this.progress = progress;
    }

    /** Documents with a final status so far (for a fault schedule that waits for progress). */
    public int finished() {
        return finished.get();
    }

    /** A submission waiting for its verdict. */
    private record Pending(LoadDocument document, String id, long uploadStarted) {
    }

    public List<Outcome> run(List<LoadDocument> documents) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        Semaphore inFlight = new Semaphore(window);
        Map<String, Pending> pending = new ConcurrentHashMap<>();
        Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        AtomicInteger uploaded = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService upload = Executors.newFixedThreadPool(uploaders);
        for (int u = 0; u < uploaders; u++) {
            upload.execute(() -> {
                for (int i = next.getAndIncrement(); i < documents.size() && System.nanoTime() < end;
                        i = next.getAndIncrement()) {
                    LoadDocument document = documents.get(i);
                    try {
                        if (!inFlight.tryAcquire(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                            return;
                        }
                        long started = System.nanoTime();
                        String id = submitWithRetry(document, end);
                        pending.put(id, new Pending(document, id, started));
                        uploaded.incrementAndGet();
                    } catch (Exception e) {
                        inFlight.release();
                        outcomes.put(document.index(), new Outcome(document, null, "UPLOAD_FAILED", "", -1,
                                String.valueOf(e.getMessage())));
                    }
                }
            });
        }
        upload.shutdown();
        try {
            while (System.nanoTime() < end && outcomes.size() < documents.size()) {
                long round = System.nanoTime();
                List<Pending> batch = new ArrayList<>(pending.values());
                for (int from = 0; from < batch.size(); from += LOOKUP_BATCH) {
                    check(batch.subList(from, Math.min(batch.size(), from + LOOKUP_BATCH)), pending, outcomes, inFlight);
                }
                finished.set(outcomes.size());
                progress.show(uploaded.get(), outcomes.size(), "");
                // At most ten rounds a second, each one request per 500 submissions in flight.
                Thread.sleep(Math.max(10, 100 - (System.nanoTime() - round) / 1_000_000));
            }
        } finally {
            upload.shutdownNow();
            progress.done();
        }
        List<Outcome> result = new ArrayList<>();
        for (LoadDocument document : documents) {
            Outcome outcome = outcomes.get(document.index());
            if (outcome == null) {
                Pending p = pending.values().stream().filter(x -> x.document().index() == document.index())
                        .findFirst().orElse(null);
                outcome = new Outcome(document, p == null ? null : p.id(), p == null ? "NOT_UPLOADED" : "UNFINISHED",
                        "", -1, null);
            }
            result.add(outcome);
        }
        return result;
    }

    private void check(List<Pending> batch, Map<String, Pending> pending, Map<Integer, Outcome> outcomes,
            Semaphore inFlight) throws InterruptedException {
        Map<String, JsonNode> found = intake.lookup(batch.stream().map(Pending::id).toList());
        if (found == null) {
            return; // intake is not answering (a fault run restarts it): the next round asks again
        }
        long now = System.nanoTime();
        for (Pending p : batch) {
            JsonNode submission = found.get(p.id());
            if (submission == null || !IntakeHttp.isFinal(submission.path("status").asText())) {
                continue;
            }
            long latency = (now - p.uploadStarted()) / 1_000_000;
            List<String> rules = new ArrayList<>();
            for (JsonNode finding : submission.path("findings")) {
                if ("REJECT".equals(finding.path("severity").asText())) {
                    rules.add(finding.path("ruleId").asText());
                }
            }
            if (pending.remove(p.id()) != null) {
                outcomes.put(p.document().index(), new Outcome(p.document(), p.id(),
                        submission.path("status").asText(), String.join(",", rules.stream().distinct().toList()),
                        latency, null));
                inFlight.release();
            }
        }
    }

    /** Retries an upload while intake is unreachable (a fault run restarts it), until the run's deadline. */
    private String submitWithRetry(LoadDocument document, long end) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < 120 && System.nanoTime() < end; attempt++) {
            try {
                return intake.submit(document);
            } catch (java.io.IOException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last == null ? new IllegalStateException("deadline before upload") : last;
    }
}
