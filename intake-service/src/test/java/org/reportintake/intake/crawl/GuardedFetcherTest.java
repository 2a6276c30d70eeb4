package org.reportintake.intake.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guarded GET against loopback fixtures: 127.0.0.1 allowed, 127.0.0.2 forbidden. */
class GuardedFetcherTest {

    private static final String UA = "report-intake-crawler/1.0 (+https://example.invalid/crawler)";

    private final FixtureSite site = FixtureSite.start("fetcher");
    private final ForbiddenTarget forbidden = new ForbiddenTarget();
    private final GuardedFetcher fetcher = new GuardedFetcher(AddressPolicy.withExceptions(List.of("127.0.0.1/32")),
            GuardedFetcherTest::literalOnly, UA, Duration.ofMillis(10), Duration.ofSeconds(2), Duration.ofSeconds(5), 5);

    @AfterEach
    void close() {
        fetcher.close();
        site.close();
        forbidden.close();
    }

    @Test
    void redirectToPrivateAddressIsRefusedBeforeConnecting() throws Exception {
        site.redirect("/column/index.html", forbidden.url("/column/index.html"));

        FetchResult result = fetcher.fetch(URI.create(site.url("/column/index.html")), Validators.NONE, 1000, u -> true);

        assertEquals(FetchResult.Outcome.REFUSED, result.outcome(), String.valueOf(result));
        assertTrue(result.reason().contains("127.0.0.2"), result.reason());
        assertEquals(0, forbidden.connections(), "nothing may connect to the refused address");
    }

    @Test
    void forbiddenAddressIsRefusedWithoutAConnectionEvenAsTheFirstUrl() throws Exception {
        FetchResult result = fetcher.fetch(URI.create(forbidden.url("/")), Validators.NONE, 1000, u -> true);

        assertEquals(FetchResult.Outcome.REFUSED, result.outcome());
        assertEquals(0, forbidden.connections());
    }

    @Test
    void redirectsAreFollowedByHandAndEachTargetIsAskedAgain() throws Exception {
        site.redirect("/a", "/b").redirect("/b", site.url("/c")).html("/c", "<p>ok</p>");
        List<URI> asked = new java.util.ArrayList<>();

        FetchResult result = fetcher.fetch(URI.create(site.url("/a")), Validators.NONE, 1000, u -> asked.add(u));

        assertEquals(FetchResult.Outcome.OK, result.outcome());
        assertEquals(site.url("/c"), result.finalUri().toString());
        assertEquals(List.of(site.url("/a"), site.url("/b"), site.url("/c")), asked.stream().map(URI::toString).toList());
    }

    @Test
    void redirectTargetThatRobotsForbidsIsNotRequested() throws Exception {
        site.redirect("/a", "/private/x").html("/private/x", "secret");

        FetchResult result = fetcher.fetch(URI.create(site.url("/a")), Validators.NONE, 1000,
                u -> !u.getPath().startsWith("/private/"));

        assertEquals(FetchResult.Outcome.DISALLOWED_BY_ROBOTS, result.outcome());
        assertEquals(List.of("/a"), site.paths());
    }

    @Test
    void moreThanFiveRedirectsEndTheFetch() throws Exception {
        for (int i = 0; i < 7; i++) {
            site.redirect("/r" + i, "/r" + (i + 1));
        }
        site.html("/r7", "end");

        FetchResult result = fetcher.fetch(URI.create(site.url("/r0")), Validators.NONE, 1000, u -> true);

        assertEquals(FetchResult.Outcome.FAILED, result.outcome());
        assertTrue(result.reason().contains("redirects"), result.reason());
        assertEquals(6, site.requests().size(), "the first request and five redirects, no more");
    }

    @Test
    void bodyPastTheSizeLimitIsNotKept() throws Exception {
        site.bytes("/big.pdf", new byte[200_000], "application/pdf");

        FetchResult result = fetcher.fetch(URI.create(site.url("/big.pdf")), Validators.NONE, 100_000, u -> true);

        assertEquals(FetchResult.Outcome.TOO_LARGE, result.outcome());
        assertEquals(0, result.body().length);
    }

    @Test
    void conditionalGetSendsValidatorsAndCounts304AsUnchanged() throws Exception {
        site.validation(FixtureSite.Validation.ETAG).html("/r.html", "<p>report</p>");

        FetchResult first = fetcher.fetch(URI.create(site.url("/r.html")), Validators.NONE, 1000, u -> true);
        FetchResult second = fetcher.fetch(URI.create(site.url("/r.html")), new Validators(first.etag(), null), 1000, u -> true);

        assertEquals(FetchResult.Outcome.OK, first.outcome());
        assertEquals(FetchResult.Outcome.NOT_MODIFIED, second.outcome());
        assertEquals(first.etag(), site.requests().get(1).ifNoneMatch());
    }

    @Test
    void everyRequestNamesTheProductInItsUserAgent() throws Exception {
        site.html("/", "<p>home</p>");

        fetcher.fetch(URI.create(site.url("/")), Validators.NONE, 1000, u -> true);

        assertEquals(UA, site.requests().get(0).userAgent());
    }

    @Test
    void plainHttpGoesToTheCheckedAddressWithTheOriginalHostHeader() throws Exception {
        assertTrue(fetcher.pinsAddresses(), "the JDK client must accept our Host header");
        InetAddress checked = InetAddress.getByAddress("county.example.gov.cn", new byte[] {(byte) 203, 0, (byte) 113, 7});

        // Only built, never sent.
        HttpRequest request = fetcher.prepare(URI.create("http://county.example.gov.cn/col/col123/index.html?uid=1&pageNum=2"),
                checked, Validators.NONE);

        assertEquals("http://203.0.113.7:80/col/col123/index.html?uid=1&pageNum=2", request.uri().toString());
        assertEquals("county.example.gov.cn", request.headers().firstValue("Host").orElseThrow());
    }

    @Test
    void pinnedRequestReachesTheCheckedAddressWithTheSiteHostHeader() throws Exception {
        site.html("/x.html", "<p>ok</p>");
        // A name that only this lambda resolves: no DNS query leaves the test.
        GuardedFetcher named = new GuardedFetcher(AddressPolicy.withExceptions(List.of("127.0.0.1/32")),
                host -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})}, UA, Duration.ZERO,
                Duration.ofSeconds(2), Duration.ofSeconds(5), 5);
        int port = URI.create(site.base()).getPort();

        FetchResult result = named.fetch(URI.create("http://county.example.gov.cn:" + port + "/x.html"), Validators.NONE, 1000, u -> true);
        named.close();

        assertEquals(FetchResult.Outcome.OK, result.outcome(), String.valueOf(result.reason()));
        assertEquals("county.example.gov.cn:" + port, site.requests().get(0).host());
    }

    @Test
    void dnsRebindingAfterTheCheckCannotMoveAPinnedRequest() throws Exception {
        site.html("/x.html", "<p>ok</p>");
        int port = URI.create(site.base()).getPort();
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        // First answer passes the guard, every later one points at the forbidden 127.0.0.2.
        GuardedFetcher rebinding = new GuardedFetcher(AddressPolicy.withExceptions(List.of("127.0.0.1/32")),
                host -> new InetAddress[] {InetAddress.getByAddress(host,
                        lookups.getAndIncrement() == 0 ? new byte[] {127, 0, 0, 1} : new byte[] {127, 0, 0, 2})},
                UA, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(5), 5);

        FetchResult result = rebinding.fetch(URI.create("http://rebind.example:" + port + "/x.html"), Validators.NONE, 1000, u -> true);
        rebinding.close();

        assertEquals(FetchResult.Outcome.OK, result.outcome());
        assertEquals(1, lookups.get(), "resolved once; the connection used the checked address");
        assertEquals(0, forbidden.connections());
    }

    @Test
    void httpsHostWhoseAnswerChangesBetweenTwoLookupsIsRefused() throws Exception {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        GuardedFetcher rebinding = new GuardedFetcher(AddressPolicy.withExceptions(List.of("127.0.0.1/32", "127.0.0.3/32")),
                host -> new InetAddress[] {InetAddress.getByAddress(host,
                        lookups.getAndIncrement() == 0 ? new byte[] {127, 0, 0, 1} : new byte[] {127, 0, 0, 3})},
                UA, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(5), 5);

        FetchResult result = rebinding.fetch(URI.create("https://rebind.example/x.html"), Validators.NONE, 1000, u -> true);
        rebinding.close();

        assertEquals(FetchResult.Outcome.REFUSED, result.outcome());
        assertTrue(result.reason().contains("differently"), result.reason());
    }

    @Test
    void robotsTxtRulesForOurAgentAreObeyedAndAnUnreachableRobotsTxtForbidsEverything() {
        site.bytes("/robots.txt", ("User-agent: *\nDisallow: /zfxxgk/\n\nUser-agent: report-intake-crawler\nDisallow: /private/\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII), "text/plain");
        RobotsPolicy robots = new RobotsPolicy(fetcher, "report-intake-crawler", u -> { });

        assertTrue(!robots.allows(URI.create(site.url("/private/x.html"))), "our own group applies");
        assertTrue(robots.allows(URI.create(site.url("/zfxxgk/zfxxgknb/index.html"))), "the * group does not apply to us then");
        assertEquals(1, site.count("/robots.txt"), "robots.txt read once per site");

        FixtureSite broken = FixtureSite.start("broken-robots");
        try {
            broken.redirect("/robots.txt", forbidden.url("/robots.txt"));
            assertTrue(!robots.allows(URI.create(broken.url("/index.html"))), "robots.txt behind a refused address: ask nothing");
        } finally {
            broken.close();
        }
        assertEquals(0, forbidden.connections());
    }

    @Test
    void robotsCrawlDelayLengthensThePauseForThatSite() throws Exception {
        site.bytes("/robots.txt", "User-agent: *\nCrawl-delay: 1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "text/plain")
                .html("/a", "a").html("/b", "b");
        RobotsPolicy robots = new RobotsPolicy(fetcher, "report-intake-crawler", u -> { });

        fetcher.fetch(URI.create(site.url("/a")), Validators.NONE, 1000, robots::allows);
        long start = System.nanoTime();
        fetcher.fetch(URI.create(site.url("/b")), Validators.NONE, 1000, robots::allows);

        assertTrue(System.nanoTime() - start >= 900_000_000L, "Crawl-delay: 1 is a second between requests");
    }

    @Test
    void rawChineseFileNamesAreRequestedAsUtf8Escapes() throws Exception {
        String escaped = URI.create("/附件/2023年度报告.docx").toASCIIString();
        site.bytes(escaped, new byte[] {1, 2, 3}, "application/octet-stream");

        FetchResult result = fetcher.fetch(new URI("http", null, "127.0.0.1", URI.create(site.base()).getPort(),
                "/附件/2023年度报告.docx", null, null), Validators.NONE, 1000, u -> true);

        assertEquals(FetchResult.Outcome.OK, result.outcome());
        assertEquals(List.of(escaped), site.paths());
    }

    /** Test resolver: IP literals only, so that no test can cause a DNS query. */
    private static InetAddress[] literalOnly(String host) throws UnknownHostException {
        byte[] bytes = AddressRange.literal(host);
        if (bytes == null) {
            throw new UnknownHostException("tests resolve no names: " + host);
        }
        return new InetAddress[] {InetAddress.getByAddress(bytes)};
    }
}
