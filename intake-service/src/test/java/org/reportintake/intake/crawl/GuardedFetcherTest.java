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

    /** Test resolver: IP literals only, so that no test can cause a DNS query. */
    private static InetAddress[] literalOnly(String host) throws UnknownHostException {
        byte[] bytes = AddressRange.literal(host);
        if (bytes == null) {
            throw new UnknownHostException("tests resolve no names: " + host);
        }
        return new InetAddress[] {InetAddress.getByAddress(bytes)};
    }
}
