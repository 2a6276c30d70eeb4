package org.reportintake.intake.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls one agency's site: finds the 年报 column from the front page (unless it is known), walks its pagination
 * and sub-columns, and hands every report document to the ledger.
 */
final class SiteCrawler {

    private static final Logger LOG = Logger.getLogger(SiteCrawler.class);

    /** TRS list pages build their pager in JavaScript: createPageHTML(countPage, currentPage, "index", "html"). */
    private static final Pattern TRS_PAGER = Pattern.compile(
            "createPageHTML\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*[\"']([\\w-]+)[\"']\\s*,\\s*[\"'](\\w+)[\"']");
    private static final Pattern TRS_COUNT_PAGE = Pattern.compile("countPage\\s*=\\s*(\\d+)");
    private static final Pattern PAGINATION_HREF = Pattern.compile("(?i)(index_\\d+\\.s?html?|[?&](pageNum|page|pageIndex|currentPage|pageNo)=\\d+)");
    private static final Pattern PAGINATION_TEXT = Pattern.compile("^(下一页|下页|后页|尾页|末页|上一页|上页|首页|\\d{1,3}|>|>>|»)$");
    private static final Pattern SUB_COLUMN_TEXT = Pattern.compile("^(\\d{4}年?(度)?(年报)?|部门|部门年报|乡镇|乡镇街道|街道|乡镇（街道）|县直部门|市直部门|区直部门|本级)$");

    private final CrawlTarget target;
    private final GuardedFetcher fetcher;
    private final RobotsPolicy robots;
    private final DocumentLedger ledger;
    private final CrawlConfig config;
    private final AgencyCrawl crawl;

    SiteCrawler(CrawlTarget target, GuardedFetcher fetcher, String robotsAgent, DocumentLedger ledger, CrawlConfig config) {
        this.target = target;
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.config = config;
        this.crawl = new AgencyCrawl(target);
        this.robots = new RobotsPolicy(fetcher, robotsAgent, uri -> crawl.pagesFetched.incrementAndGet());
    }

    AgencyCrawl run() throws InterruptedException {
        try {
            List<URI> columns = columns();
            if (columns.isEmpty()) {
                return crawl;
            }
            columns.forEach(c -> crawl.columnUrls.add(c.toString()));
            Map<URI, String> reportPages = listReportPages(columns);
            for (Map.Entry<URI, String> page : reportPages.entrySet()) {
                try {
                    readReportPage(page.getKey(), page.getValue());
                } catch (RuntimeException | IOException e) {
                    // One unreadable or refused report must not cost the agency its other reports.
                    LOG.warnf(e, "Report page %s of %s failed", page.getKey(), target.agencyId());
                    crawl.error(page.getKey().toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Crawl of %s failed", target.agencyId());
            crawl.error(target.websiteUrl(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return crawl;
    }

    /** The 年报 column(s): the configured one, or found from the front page through the 政府信息公开 platform. */
    private List<URI> columns() throws InterruptedException {
        if (target.reportColumnUrl() != null && !target.reportColumnUrl().isBlank()) {
            URI known = parseUri(target.reportColumnUrl());
            return known == null ? List.of() : List.of(known);
        }
        URI site = parseUri(target.websiteUrl());
        if (site == null) {
            crawl.error(target.websiteUrl(), "no usable website URL");
            return List.of();
        }
        Deque<URI> queue = new ArrayDeque<>(List.of(site));
        Set<URI> seen = new HashSet<>(queue);
        int visited = 0;
        while (!queue.isEmpty() && visited < config.maxDiscoveryPages()) {
            URI uri = queue.poll();
            visited++;
            Document page = fetchHtml(uri);
            if (page == null) {
                continue;
            }
            List<URI> columns = new ArrayList<>();
            List<URI> platforms = new ArrayList<>();
            for (Element a : page.select("a[href]")) {
                URI link = link(a);
                if (link == null || !sameSite(site, link)) {
                    continue;
                }
                String text = linkText(a);
                if (ReportTitles.isColumnLink(text, link.toString())) {
                    if (!columns.contains(link)) {
                        columns.add(link);
                    }
                } else if (ReportTitles.isPlatformLink(text, link.toString()) && seen.add(link)) {
                    platforms.add(link);
                }
            }
            if (!columns.isEmpty()) {
                return columns;
            }
            queue.addAll(platforms);
        }
        crawl.error(site.toString(), "no 政府信息公开年报 column found within " + visited + " pages");
        return List.of();
    }

    /** Report detail pages by URL, with the title the list gave them, from all list pages of the column(s). */
    private Map<URI, String> listReportPages(List<URI> columns) throws InterruptedException {
        Map<URI, String> reports = new LinkedHashMap<>();
        Deque<URI> queue = new ArrayDeque<>(columns);
        Set<URI> seen = new HashSet<>(columns);
        int visited = 0;
        while (!queue.isEmpty() && visited < config.maxListPages()) {
            URI uri = queue.poll();
            visited++;
            Document page = fetchHtml(uri);
            if (page == null) {
                continue;
            }
            for (Element a : page.select("a[href]")) {
                URI link = link(a);
                if (link == null) {
                    continue;
                }
                String text = linkText(a);
                if (ReportTitles.isReport(text)) {
                    reports.putIfAbsent(link, text);
                } else if (sameSite(uri, link) && (isPagination(text, link) || isSubColumn(columns, text, link)) && seen.add(link)) {
                    queue.add(link);
                }
            }
            for (URI pager : trsPager(page, uri)) {
                if (seen.add(pager)) {
                    queue.add(pager);
                }
            }
        }
        if (!queue.isEmpty()) {
            crawl.error(queue.peek().toString(), "list page limit of " + config.maxListPages() + " reached; the rest is left for the next run");
        }
        return reports;
    }

    private void readReportPage(URI pageUrl, String listTitle) throws InterruptedException, IOException {
        List<KnownDocument> known = ledger.knownForPage(target.agencyId(), pageUrl.toString());
        Validators pageValidators = known.isEmpty() ? Validators.NONE
                : known.get(0).kind() == CrawledDocument.DocumentKind.PAGE ? known.get(0).validators() : known.get(0).pageValidators();
        FetchResult result = fetch(pageUrl, pageValidators, config.maxPageBytes());
        if (result.outcome() == FetchResult.Outcome.NOT_MODIFIED && !known.isEmpty()) {
            for (KnownDocument doc : known) {
                if (doc.kind() == CrawledDocument.DocumentKind.PAGE) {
                    crawl.reports.add(ledger.notModified(doc, new Validators(result.etag(), result.lastModified())));
                } else {
                    readAttachment(URI.create(doc.url()), doc.pageUrl(), doc.fileName(), doc.title(), doc.publishedOn(),
                            doc.publisher(), doc.pageValidators());
                }
            }
            return;
        }
        if (!result.ok()) {
            crawl.error(pageUrl.toString(), result.reason() == null ? result.outcome().name() : result.reason());
            return;
        }
        Document html = HtmlPages.parse(result);
        ReportPage page = ReportPageReader.read(html, pageUrl, listTitle);
        Validators validators = new Validators(result.etag(), result.lastModified());
        if (!page.hasReportTables() && !page.attachments().isEmpty()) {
            // Several attachments on one report page are the same report in several formats: take the best one.
            ReportPage.Attachment best = page.attachments().get(0);
            readAttachment(best.url(), pageUrl.toString(), best.fileName(), page.title(), page.publishedOn(), page.publisher(),
                    validators);
            return;
        }
        // Tables on the page, or no attachment at all: the page is the report (a text-only one fails in the parser,
        // which tells the agency why).
        byte[] bytes = page.reportHtml().getBytes(StandardCharsets.UTF_8);
        crawl.reports.add(ledger.accept(new CrawledDocument(target.agencyId(), pageUrl.toString(), pageUrl.toString(),
                CrawledDocument.DocumentKind.PAGE, bytes, page.title() + ".html", page.title(), page.publishedOn(),
                page.publisher(), validators, validators)));
    }

    private void readAttachment(URI url, String pageUrl, String fileName, String title, java.time.LocalDate publishedOn,
            String publisher, Validators pageValidators) throws InterruptedException, IOException {
        KnownDocument known = ledger.known(target.agencyId(), url.toString());
        FetchResult result = fetch(url, known == null ? Validators.NONE : known.validators(), config.maxDocumentBytes());
        if (result.outcome() == FetchResult.Outcome.NOT_MODIFIED && known != null) {
            crawl.reports.add(ledger.notModified(known, new Validators(result.etag(), result.lastModified())));
            return;
        }
        if (!result.ok()) {
            crawl.error(url.toString(), result.reason() == null ? result.outcome().name() : result.reason());
            return;
        }
        crawl.reports.add(ledger.accept(new CrawledDocument(target.agencyId(), url.toString(), pageUrl,
                CrawledDocument.DocumentKind.ATTACHMENT, result.body(), fileName, title, publishedOn, publisher,
                new Validators(result.etag(), result.lastModified()), pageValidators)));
    }

    private Document fetchHtml(URI uri) throws InterruptedException {
        FetchResult result = fetch(uri, Validators.NONE, config.maxPageBytes());
        if (!result.ok()) {
            crawl.error(uri.toString(), result.reason() == null ? result.outcome().name() : result.reason());
            return null;
        }
        return HtmlPages.parse(result);
    }

    /**
     * A guarded, robots-checked GET. "Pages fetched" counts requests sent: each hop the guard and robots.txt let
     * through, redirects included, whatever the answer.
     */
    private FetchResult fetch(URI uri, Validators validators, long maxBytes) throws InterruptedException {
        return fetcher.fetch(uri, validators, maxBytes, hop -> {
            boolean allowed = robots.allows(hop);
            if (allowed) {
                crawl.pagesFetched.incrementAndGet();
            }
            return allowed;
        });
    }

    private boolean isPagination(String text, URI link) {
        return PAGINATION_HREF.matcher(link.toString()).find() || PAGINATION_TEXT.matcher(text).matches();
    }

    /** Year or issuer-type sub-folders below a column (2024n/, bmdw/, xzjd/): list pages too. */
    private static boolean isSubColumn(List<URI> columns, String text, URI link) {
        if (!(SUB_COLUMN_TEXT.matcher(text).matches() || ReportTitles.isColumnLink(text, link.toString()))) {
            return false;
        }
        String path = link.getPath() == null ? "" : link.getPath();
        for (URI column : columns) {
            String columnPath = column.getPath() == null ? "/" : column.getPath();
            String dir = columnPath.substring(0, columnPath.lastIndexOf('/') + 1);
            if (path.startsWith(dir)) {
                return true;
            }
        }
        return false;
    }

    /** index_1.html … index_{countPage-1}.html from a TRS pager script. */
    private static List<URI> trsPager(Document page, URI base) {
        List<URI> pages = new ArrayList<>();
        for (Element script : page.select("script")) {
            String code = script.data();
            Matcher m = TRS_PAGER.matcher(code);
            int count = 0;
            String prefix = "index";
            String ext = "html";
            if (m.find()) {
                count = Integer.parseInt(m.group(1));
                prefix = m.group(3);
                ext = m.group(4);
            } else {
                Matcher c = TRS_COUNT_PAGE.matcher(code);
                if (c.find()) {
                    count = Integer.parseInt(c.group(1));
                }
            }
            for (int i = 1; i < Math.min(count, 200); i++) {
                pages.add(base.resolve(prefix + "_" + i + "." + ext));
            }
        }
        return pages;
    }

    private static String linkText(Element a) {
        String text = ReportTitles.compact(a.text());
        String title = ReportTitles.compact(a.attr("title"));
        // Lists cut long titles ("…年度报…"); the title attribute has the whole one.
        return title.length() > text.length() ? title : text;
    }

    private static URI link(Element a) {
        String abs = a.absUrl("href");
        if (abs.isEmpty() || abs.startsWith("javascript:") || abs.startsWith("mailto:")) {
            return null;
        }
        int hash = abs.indexOf('#');
        // The fragment is not part of the resource.
        return parseUri(hash < 0 ? abs : abs.substring(0, hash));
    }

    private static URI parseUri(String text) {
        if (text == null) {
            return null;
        }
        try {
            // One spelling per URL (UTF-8 %-escapes), so a link written raw and one written escaped are the same document.
            return URI.create(URI.create(text.strip().replace(" ", "%20")).toASCIIString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The same host, or a host of the same site (xxgk.example.gov.cn for www.example.gov.cn). */
    private static boolean sameSite(URI site, URI link) {
        if (site.getHost() == null || link.getHost() == null) {
            return false;
        }
        String a = site.getHost().toLowerCase(Locale.ROOT);
        String b = link.getHost().toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return true;
        }
        if (AddressRange.literal(a) != null || AddressRange.literal(b) != null) {
            return false;
        }
        String root = a.startsWith("www.") ? a.substring(4) : a;
        return b.endsWith("." + root) || b.equals(root);
    }
}
