package org.reportintake.intake.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

/**
 * GET with the address guard in front of every hop. Redirects are followed here, by hand, so that each target is
 * checked again (scheme, address, robots.txt) before anything connects to it.
 *
 * <p>Plain http is pinned: the host is resolved once, every address checked, and the request goes to the checked
 * IP literal with the original Host header, so no second DNS answer (DNS rebinding) can redirect it. For https the
 * host name must stay in the URI for SNI and certificate checks, and the JDK client resolves it itself; there the
 * guard resolves twice and requires the same answer, and the client's lookup moments later is served from the JVM's
 * positive address cache (30 s by default), which narrows but does not close the rebinding window.
 */
public final class GuardedFetcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GuardedFetcher.class);
    private static final String RESTRICTED_HEADERS_PROPERTY = "jdk.httpclient.allowRestrictedHeaders";

    static {
        // Lets the client send our Host header when it connects to the pinned IP; read once by the JDK client.
        String current = System.getProperty(RESTRICTED_HEADERS_PROPERTY);
        if (current == null || current.isBlank()) {
            System.setProperty(RESTRICTED_HEADERS_PROPERTY, "host");
        } else if (!current.toLowerCase(Locale.ROOT).contains("host")) {
            System.setProperty(RESTRICTED_HEADERS_PROPERTY, current + ",host");
        }
    }

    /** Resolves host names; a seam so that address rules are tested without DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final AddressPolicy policy;
    private final Resolver resolver;
    private final HostThrottle throttle;
    private final HttpClient client;
    private final String userAgent;
    private final java.time.Duration readTimeout;
    private final int maxRedirects;
    private final boolean pinning;
    private final ScheduledExecutorService watchdog;

    public GuardedFetcher(AddressPolicy policy, Resolver resolver, String userAgent, java.time.Duration perHostDelay,
            java.time.Duration connectTimeout, java.time.Duration readTimeout, int maxRedirects) {
        this.policy = policy;
        this.resolver = resolver;
        this.throttle = new HostThrottle(perHostDelay);
        this.userAgent = userAgent;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.pinning = hostHeaderAllowed();
        if (!pinning) {
            LOG.warn("The JDK HTTP client refuses a Host header; plain http falls back to the resolve-twice check");
        }
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-read-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether plain-http requests go to the checked IP literal (the strong form of the guard). */
    public boolean pinsAddresses() {
        return pinning;
    }

    /**
     * GET {@code uri}, following up to the configured number of redirects.
     *
     * @param mayRequest asked for every URI, the first and each redirect target, after the address guard passed it and
     *                   before anything connects (robots.txt); a refusal ends the fetch with DISALLOWED_BY_ROBOTS
     */
    public FetchResult fetch(URI uri, Validators validators, long maxBytes, Predicate<URI> mayRequest) throws InterruptedException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            Hop result = fetchOnce(uri, current, hop == 0 ? validators : Validators.NONE, maxBytes, mayRequest);
            if (result.redirect == null) {
                return result.result;
            }
            if (hop >= maxRedirects) {
                return FetchResult.failure(FetchResult.Outcome.FAILED, uri, result.redirect, result.result.status(),
                        "more than " + maxRedirects + " redirects");
            }
            current = result.redirect;
        }
    }

    private record Hop(FetchResult result, URI redirect) {
    }

    private Hop fetchOnce(URI original, URI uri, Validators validators, long maxBytes, Predicate<URI> mayRequest)
            throws InterruptedException {
        Optional<String> refusal = checkUri(uri);
        if (refusal.isPresent()) {
            return new Hop(FetchResult.failure(FetchResult.Outcome.REFUSED, original, uri, 0, refusal.get()), null);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return new Hop(FetchResult.failure(FetchResult.Outcome.FAILED, original, uri, 0, "unknown host " + uri.getHost()), null);
        }
        Optional<String> addressRefusal = checkAddresses(uri.getHost(), addresses);
        if (addressRefusal.isPresent()) {
            LOG.warnf("Address guard refused %s: %s", uri, addressRefusal.get());
            return new Hop(FetchResult.failure(FetchResult.Outcome.REFUSED, original, uri, 0, addressRefusal.get()), null);
        }
        boolean pin = pinning && "http".equalsIgnoreCase(uri.getScheme());
        if (!pin && !isLiteral(uri.getHost())) {
            Optional<String> unstable = checkStable(uri.getHost(), addresses);
            if (unstable.isPresent()) {
                return new Hop(FetchResult.failure(FetchResult.Outcome.REFUSED, original, uri, 0, unstable.get()), null);
            }
        }
        if (!mayRequest.test(uri)) {
            return new Hop(FetchResult.failure(FetchResult.Outcome.DISALLOWED_BY_ROBOTS, original, uri, 0,
                    "disallowed by robots.txt; not requested: " + uri), null);
        }
        HttpRequest request = prepare(uri, pin ? addresses[0] : null, validators);
        String hostKey = hostKey(uri);
        throttle.acquire(hostKey);
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String etag = response.headers().firstValue("ETag").orElse(null);
            String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
            if (status >= 300 && status < 400 && status != 304) {
                response.body().close();
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return new Hop(FetchResult.failure(FetchResult.Outcome.HTTP_ERROR, original, uri, status, "redirect without Location"), null);
                }
                try {
                    return new Hop(new FetchResult(FetchResult.Outcome.FAILED, original, uri, status, new byte[0], contentType,
                            etag, lastModified, "redirect"), uri.resolve(new URI(location.get().strip().replace(" ", "%20"))));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new Hop(FetchResult.failure(FetchResult.Outcome.HTTP_ERROR, original, uri, status, "bad Location " + location.get()), null);
                }
            }
            if (status == 304) {
                response.body().close();
                return new Hop(new FetchResult(FetchResult.Outcome.NOT_MODIFIED, original, uri, status, new byte[0], contentType,
                        etag != null ? etag : validators.etag(), lastModified != null ? lastModified : validators.lastModified(), null), null);
            }
            if (status != 200) {
                response.body().close();
                return new Hop(FetchResult.failure(FetchResult.Outcome.HTTP_ERROR, original, uri, status, "HTTP " + status), null);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                response.body().close();
                return new Hop(FetchResult.failure(FetchResult.Outcome.TOO_LARGE, original, uri, status,
                        "Content-Length " + declared + " exceeds the limit of " + maxBytes + " bytes"), null);
            }
            byte[] body = readLimited(response.body(), maxBytes);
            if (body == null) {
                return new Hop(FetchResult.failure(FetchResult.Outcome.TOO_LARGE, original, uri, status,
                        "body exceeds the limit of " + maxBytes + " bytes; reading stopped"), null);
            }
            return new Hop(new FetchResult(FetchResult.Outcome.OK, original, uri, status, body, contentType, etag, lastModified, null), null);
        } catch (HttpTimeoutException e) {
            return new Hop(FetchResult.failure(FetchResult.Outcome.FAILED, original, uri, 0, "timeout: " + e.getMessage()), null);
        } catch (IOException e) {
            return new Hop(FetchResult.failure(FetchResult.Outcome.FAILED, original, uri, 0, e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        } finally {
            throttle.release(hostKey);
        }
    }

    /** Asks this site (scheme, host and port of {@code siteUri}) less often: robots.txt Crawl-delay. */
    public void slowDown(URI siteUri, java.time.Duration minimum) {
        throttle.slowDown(hostKey(siteUri), minimum);
    }

    private static String hostKey(URI uri) {
        return uri.getHost() + ":" + port(uri);
    }

    /** Scheme and host checks that need no lookup. */
    static Optional<String> checkUri(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("only http and https are fetched, not " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("no host in " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("credentials in the URL are not followed: " + uri.getHost());
        }
        return Optional.empty();
    }

    /** Every address the name resolves to must pass: the client could pick any of them. */
    Optional<String> checkAddresses(String host, InetAddress[] addresses) {
        if (addresses.length == 0) {
            return Optional.of("no address for " + host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(host, address);
            if (refusal.isPresent()) {
                return Optional.of("address guard: " + host + " resolves to " + refusal.get());
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkStable(String host, InetAddress[] first) {
        try {
            Set<InetAddress> a = new HashSet<>(Arrays.asList(first));
            Set<InetAddress> b = new HashSet<>(Arrays.asList(resolver.resolve(host)));
            return a.equals(b) ? Optional.empty() : Optional.of("address guard: " + host + " resolved differently twice in a row");
        } catch (UnknownHostException e) {
            return Optional.of("address guard: " + host + " stopped resolving");
        }
    }

    /** The request to send: to {@code pinned} with the original Host header when given, else to the URI as is. */
    HttpRequest prepare(URI given, InetAddress pinned, Validators validators) {
        // Pages link Chinese file names unencoded (附件/2023年度报告.docx); the request line must be ASCII (UTF-8 %-escapes).
        URI uri = URI.create(given.toASCIIString());
        URI target = uri;
        HttpRequest.Builder builder = HttpRequest.newBuilder().GET().timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,application/msword,"
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,*/*;q=0.5")
                .header("Accept-Language", "zh-CN,zh;q=0.9");
        if (pinned != null) {
            String literal = pinned instanceof Inet6Address ? "[" + pinned.getHostAddress() + "]" : pinned.getHostAddress();
            // Raw path and query are kept byte for byte; only the authority changes.
            String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            target = URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + literal + ":" + port(uri) + rawPath
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            int port = port(uri);
            builder.header("Host", uri.getHost() + (port == 80 ? "" : ":" + port));
        }
        builder.uri(target);
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        return builder.build();
    }

    private byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        // The client's timeout ends with the headers; the watchdog bounds the body read as well.
        ScheduledFuture<?> guard = watchdog.schedule(() -> closeQuietly(in), readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            guard.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing to add: the reader sees the closed stream.
        }
    }

    static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isLiteral(String host) {
        return AddressRange.literal(host) != null;
    }

    private static boolean hostHeaderAllowed() {
        try {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header("Host", "example.invalid").build();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
