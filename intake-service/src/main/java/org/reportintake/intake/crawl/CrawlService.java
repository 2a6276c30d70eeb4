package org.reportintake.intake.crawl;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Starts crawl runs: takes the MongoDB lease (one crawl across all intake replicas), crawls the agencies in the
 * background, renews the lease while it runs and releases it at the end, and stores the run record.
 */
@ApplicationScoped
public class CrawlService {

    private static final Logger LOG = Logger.getLogger(CrawlService.class);

    private final CrawlConfig config;
    private final CrawlTargetRepository targets;
    private final CrawlRunRepository runs;
    private final CrawlLeaseRepository lease;
    private final CrawlDocumentService ledger;
    private final AddressPolicy policy;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> thread(r, "crawl-run"));
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "crawl-lease"));

    public CrawlService(CrawlConfig config, CrawlTargetRepository targets, CrawlRunRepository runs, CrawlLeaseRepository lease,
            CrawlDocumentService ledger) {
        this.config = config;
        this.targets = targets;
        this.runs = runs;
        this.lease = lease;
        this.ledger = ledger;
        this.policy = AddressPolicy.withExceptions(config.allowedAddresses().orElse(List.of()));
        LOG.infof("Crawler address guard: %s", policy);
    }

    /** Why a crawl could not start. */
    public enum Refusal {
        ALREADY_RUNNING,
        UNKNOWN_AGENCY
    }

    /** A started run, or why none started. */
    public record Start(CrawlRun run, Refusal refusal) {
    }

    /**
     * Starts a crawl of one agency ({@code agencyId}) or all (null) in the background.
     *
     * @param trigger SCHEDULED or API, for the record
     */
    public Start start(String trigger, String agencyId) {
        List<CrawlTarget> chosen;
        if (agencyId != null) {
            Optional<CrawlTarget> one = targets.find(agencyId);
            if (one.isEmpty()) {
                return new Start(null, Refusal.UNKNOWN_AGENCY);
            }
            chosen = List.of(one.get());
        } else {
            chosen = targets.findAll();
        }
        String runId = UUID.randomUUID().toString();
        if (!lease.tryAcquire(runId, config.leaseDuration())) {
            LOG.infof("Crawl not started (%s): another crawl holds the lease (%s)", trigger, lease.holder());
            return new Start(null, Refusal.ALREADY_RUNNING);
        }
        CrawlRun started = new CrawlRun(runId, trigger, agencyId, "RUNNING", Instant.now(), null, 0, 0, 0, 0, 0, List.of(), List.of());
        try {
            runs.save(started);
            background.submit(() -> run(started, chosen));
        } catch (RuntimeException e) {
            lease.release(runId);
            throw e;
        }
        return new Start(started, null);
    }

    public Optional<CrawlRun> find(String id) {
        return runs.find(id);
    }

    public List<CrawlRun> latest(int limit) {
        return runs.latest(limit);
    }

    private void run(CrawlRun started, List<CrawlTarget> chosen) {
        String holder = started.id();
        AtomicBoolean leaseLost = new AtomicBoolean();
        List<Future<AgencyCrawl>> futures = new CopyOnWriteArrayList<>();
        Duration every = config.leaseDuration().dividedBy(3);
        ExecutorService agencies = Executors.newFixedThreadPool(Math.max(1, config.parallelAgencies()), r -> thread(r, "crawl-agency"));
        Future<?> renewal = renewals.scheduleAtFixedRate(() -> {
            if (!lease.renew(holder, config.leaseDuration())) {
                // Someone else took the lease (we stalled past its end): stop rather than crawl twice.
                LOG.errorf("Crawl %s lost its lease; stopping", holder);
                leaseLost.set(true);
                futures.forEach(f -> f.cancel(true));
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        String status = "FINISHED";
        List<CrawlRun.AgencyResult> results = new ArrayList<>();
        List<CrawlRun.CrawlError> errors = new ArrayList<>();
        try (GuardedFetcher fetcher = new GuardedFetcher(policy, InetAddress::getAllByName, config.userAgent(),
                config.perHostDelay(), config.connectTimeout(), config.readTimeout(), config.maxRedirects())) {
            for (CrawlTarget target : chosen) {
                futures.add(agencies.submit(() -> new SiteCrawler(target, fetcher, config.robotsAgent(), ledger, config).run()));
            }
            for (int i = 0; i < futures.size(); i++) {
                CrawlTarget target = chosen.get(i);
                try {
                    AgencyCrawl crawl = futures.get(i).get();
                    CrawlRun.AgencyResult result = crawl.result();
                    results.add(result);
                    errors.addAll(result.errors());
                    LOG.infof("Crawl %s: agency %s: %d pages fetched, %d reports found (%d new, %d changed, %d unchanged), "
                            + "%d errors, %d ms", holder, target.agencyId(), result.pagesFetched(), result.reportsFound(),
                            result.newReports(), result.changedReports(), result.unchangedReports(), result.errors().size(),
                            result.durationMillis());
                } catch (ExecutionException e) {
                    errors.add(new CrawlRun.CrawlError(target.agencyId(), target.websiteUrl(), String.valueOf(e.getCause())));
                } catch (java.util.concurrent.CancellationException e) {
                    errors.add(new CrawlRun.CrawlError(target.agencyId(), target.websiteUrl(), "cancelled: lease lost"));
                }
            }
            if (leaseLost.get()) {
                status = "ABORTED";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "ABORTED";
        } catch (RuntimeException e) {
            LOG.errorf(e, "Crawl %s failed", holder);
            errors.add(new CrawlRun.CrawlError(null, null, e.toString()));
            status = "FAILED";
        } finally {
            renewal.cancel(false);
            agencies.shutdownNow();
            CrawlRun finished = finished(started, status, results, errors);
            // Released first, so that whoever sees the run as finished may start the next one at once.
            lease.release(holder);
            runs.save(finished);
            LOG.infof("Crawl %s %s: %d agencies, %d pages fetched, %d reports found (%d new, %d changed, %d unchanged), %d errors",
                    holder, status, results.size(), finished.pagesFetched(), finished.reportsFound(), finished.newReports(),
                    finished.changedReports(), finished.unchangedReports(), errors.size());
        }
    }

    private static CrawlRun finished(CrawlRun started, String status, List<CrawlRun.AgencyResult> results,
            List<CrawlRun.CrawlError> errors) {
        int pages = 0;
        int found = 0;
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (CrawlRun.AgencyResult r : results) {
            pages += r.pagesFetched();
            found += r.reportsFound();
            created += r.newReports();
            changed += r.changedReports();
            unchanged += r.unchangedReports();
        }
        return new CrawlRun(started.id(), started.trigger(), started.agencyId(), status, started.startedAt(), Instant.now(),
                pages, found, created, changed, unchanged, results, errors);
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
        renewals.shutdownNow();
    }
}
