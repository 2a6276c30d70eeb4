package org.reportintake.intake.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake county website on 127.0.0.1 (never another address): serves fixed pages, answers conditional GETs, and
 * logs every request so that tests can assert what was and was not asked.
 */
final class FixtureSite implements AutoCloseable {

    enum Validation {
        ETAG, LAST_MODIFIED, NONE
    }

    record Request(String pathAndQuery, String userAgent, String host, String ifNoneMatch, String ifModifiedSince) {
    }

    private record Resource(int status, byte[] body, String contentType, String location, String lastModified) {
    }

    final String name;
    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private volatile Validation validation = Validation.NONE;

    private FixtureSite(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    static FixtureSite start(String name) {
        try {
            return new FixtureSite(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FixtureSite validation(Validation v) {
        this.validation = v;
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String pathAndQuery) {
        return base() + pathAndQuery;
    }

    FixtureSite html(String pathAndQuery, String html) {
        return bytes(pathAndQuery, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    /** A page in another encoding whose Content-Type names no charset: only the page's meta tag tells. */
    FixtureSite html(String pathAndQuery, String html, Charset charset) {
        return bytes(pathAndQuery, html.getBytes(charset), "text/html");
    }

    FixtureSite bytes(String pathAndQuery, byte[] body, String contentType) {
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)
                .plusSeconds(resources.containsKey(pathAndQuery) ? 1 : 0));
        resources.put(pathAndQuery, new Resource(200, body, contentType, null, lastModified));
        return this;
    }

    FixtureSite redirect(String pathAndQuery, String location) {
        resources.put(pathAndQuery, new Resource(302, new byte[0], null, location, null));
        return this;
    }

    /** Requests for this path wait until the latch opens (to keep a crawl running). */
    FixtureSite hold(String pathAndQuery, CountDownLatch latch) {
        holds.put(pathAndQuery, latch);
        return this;
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    List<String> paths() {
        return requests.stream().map(Request::pathAndQuery).toList();
    }

    long count(String pathAndQuery) {
        return requests.stream().filter(r -> r.pathAndQuery().equals(pathAndQuery)).count();
    }

    void clearLog() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            String query = exchange.getRequestURI().getRawQuery();
            String key = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            var h = exchange.getRequestHeaders();
            requests.add(new Request(key, h.getFirst("User-Agent"), h.getFirst("Host"), h.getFirst("If-None-Match"),
                    h.getFirst("If-Modified-Since")));
            CountDownLatch hold = holds.get(key);
            if (hold != null) {
                hold.await(30, TimeUnit.SECONDS);
            }
            Resource r = resources.get(key);
            if (r == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (r.status() == 302) {
                exchange.getResponseHeaders().add("Location", r.location());
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())).substring(0, 16) + "\"";
            if (validation == Validation.ETAG) {
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(h.getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            } else if (validation == Validation.LAST_MODIFIED) {
                exchange.getResponseHeaders().add("Last-Modified", r.lastModified());
                if (r.lastModified().equals(h.getFirst("If-Modified-Since"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", r.contentType());
            exchange.sendResponseHeaders(200, r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        holds.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
