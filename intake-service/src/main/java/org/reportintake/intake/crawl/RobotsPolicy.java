package org.reportintake.intake.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt rules per site, fetched through the guard once per crawl run. An unreachable robots.txt (5xx, network
 * failure, refused address) means "ask nothing" as RFC 9309 says; a missing one (4xx) allows everything.
 */
final class RobotsPolicy {

    private static final long MAX_ROBOTS_BYTES = 512 * 1024;
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final GuardedFetcher fetcher;
    private final String agent;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, BaseRobotRules> rules = new ConcurrentHashMap<>();
    private final PageCounter counter;

    /** Counts robots.txt requests as pages fetched. */
    interface PageCounter {
        void fetched(URI uri);
    }

    RobotsPolicy(GuardedFetcher fetcher, String agent, PageCounter counter) {
        this.fetcher = fetcher;
        this.agent = agent;
        this.counter = counter;
    }

    boolean allows(URI uri) {
        if (uri.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        String site = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":"
                + GuardedFetcher.port(uri);
        BaseRobotRules siteRules = rules.computeIfAbsent(site, this::load);
        return siteRules.isAllowed(uri.toString());
    }

    private BaseRobotRules load(String site) {
        URI robots = URI.create(site + "/robots.txt");
        FetchResult result;
        try {
            // robots.txt may redirect (RFC 9309 allows five hops); each hop is still guarded.
            result = fetcher.fetch(robots, Validators.NONE, MAX_ROBOTS_BYTES, hop -> {
                counter.fetched(hop);
                return true;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        }
        BaseRobotRules parsed = switch (result.outcome()) {
            case OK -> parser.parseContent(robots.toString(), result.body(),
                    result.contentType() == null ? "text/plain" : result.contentType(), List.of(agent));
            case HTTP_ERROR -> parser.failedFetch(result.status());
            default -> new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        };
        if (parsed.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && parsed.getCrawlDelay() > 0) {
            // A site asking for more time between requests gets it (capped, so one line cannot stall the crawl).
            fetcher.slowDown(robots, Duration.ofMillis(Math.min(parsed.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis())));
        }
        return parsed;
    }
}
