package org.reportintake.intake.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reportintake.infra.quarkus.LocalInfraTestResource;
import org.reportintake.infra.testing.TopicClient;
import org.reportintake.intake.demo.DemoSeeder;
import org.reportintake.model.event.EventCodec;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Topics;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The portal in a real headless Chromium (Debian's chromium and chromium-driver): sign in as the demo agency user,
 * upload, follow the status to the verdict, see each finding next to its table cell. Screenshots go to
 * {@code target/screenshots/}. Skipped when the browser or its driver is not installed.
 */
@QuarkusTest
@QuarkusTestResource(LocalInfraTestResource.class)
class PortalBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "demo-gaoan-2024";

    @TestHTTPResource("/")
    URL base;

    private final TopicClient kafka = new TopicClient(LocalInfraTestResource.infra().kafkaBootstrapServers());
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void agencyUserUploadsAndSeesEachFindingNextToItsTableCell() throws IOException {
        signIn();
        screenshot("01-index.png");

        String id = uploadByFileInput("2023年年度报告.txt", false);
        assertEquals("已接收，正在检查", browser.findElement(By.id("status")).getText());
        screenshot("02-received.png");

        ReportSubmitted submitted = publishedEvent(id);
        assertEquals(DemoSeeder.AGENCY_USER_AGENCY, submitted.agencyId(), "submitted for the user's own agency");
        kafka.send(Topics.VALIDATED, submitted.agencyId(), EventCodec.toJson(rejected(submitted)));

        // The page polls the API and re-renders once the verdict is in.
        wait.until(ExpectedConditions.textToBe(By.id("status"), "退回修改"));
        WebElement cell = browser.findElement(cellSelector("三", ApplicationRow.NEW_RECEIVED.label(),
                ApplicantColumn.NATURAL_PERSON.label()));
        assertTrue(cell.getAttribute("class").contains("flagged"), "the cell is highlighted");
        WebElement callout = cell.findElement(By.cssSelector(".callout[data-rule='A1']"));
        assertTrue(callout.getText().contains("本年新收申请数与各办理结果之和不一致"), callout.getText());
        assertTrue(callout.getText().contains("修改建议：请核对自然人一列"), callout.getText());
        WebElement feeCell = browser.findElement(cellSelector("二", DisclosureRow.FEES.label(), DisclosureColumn.FEE_AMOUNT.label()));
        assertTrue(feeCell.findElement(By.cssSelector(".callout[data-rule='B3']")).isDisplayed());
        WebElement reviewCell = browser.findElement(cellSelector("四", CaseGroup.ADMINISTRATIVE_REVIEW.label(),
                CaseGroup.ADMINISTRATIVE_REVIEW.label() + " " + CaseOutcome.TOTAL.label()));
        assertTrue(reviewCell.findElement(By.cssSelector(".callout[data-rule='C2']")).isDisplayed());
        screenshot("03-submission-rejected.png");

        // 上传更正稿: the correction goes in as a new submission of the same agency.
        assertEquals("上传更正稿", browser.findElement(By.cssSelector("[data-upload-zone] h2")).getText());
        String correction = uploadByFileInput("2023年年度报告（更正稿）.txt", false);
        assertTrue(!correction.equals(id), "a new submission");
        assertEquals(DemoSeeder.AGENCY_USER_AGENCY, publishedEvent(correction).agencyId());

        browser.get(url(""));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr[data-submission-id='" + id + "'] [data-status]"), "退回修改"));
        screenshot("04-list-with-status.png");
    }

    @Test
    void dropZoneUploadsAPreCheckWithProgress() {
        signIn();
        String marker = UUID.randomUUID().toString();
        // A synthetic drop event carrying a File, as the browser fires it for a real drag and drop.
        ((JavascriptExecutor) browser).executeScript(
                "const dt = new DataTransfer();"
                        + "dt.items.add(new File(['某县人民政府\\n2023年政府信息公开工作年度报告\\n' + arguments[0]], '拖放的报告.txt', {type: 'text/plain'}));"
                        + "const zone = document.querySelector('[data-drop]');"
                        + "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                        + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
                marker);
        assertTrue(browser.findElement(By.cssSelector("[data-chosen]")).getText().contains("拖放的报告.txt"));
        // Record the XMLHttpRequest upload progress and the bar's final text; sessionStorage survives the navigation.
        ((JavascriptExecutor) browser).executeScript(
                "sessionStorage.setItem('progress', '');"
                        + "const send = XMLHttpRequest.prototype.send;"
                        + "XMLHttpRequest.prototype.send = function (body) {"
                        + "  this.upload.addEventListener('progress', e => sessionStorage.setItem('progress',"
                        + "      sessionStorage.getItem('progress') + e.loaded + '/' + e.total + ';'));"
                        + "  this.addEventListener('load', () => sessionStorage.setItem('bar',"
                        + "      document.querySelector('[data-progress-text]').textContent));"
                        + "  return send.call(this, body); };");
        browser.findElement(By.cssSelector("[data-submit='dry-run']")).click();
        wait.until(ExpectedConditions.urlMatches(".*/submissions/[0-9a-f-]{36}$"));
        String id = browser.getCurrentUrl().replaceAll(".*/submissions/", "");
        String progress = (String) ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('progress');");
        assertTrue(progress.matches("(\\d+/\\d+;)+"), "upload progress events: " + progress);
        assertEquals("100%", ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('bar');"));
        assertTrue(browser.findElement(By.cssSelector("#submission .tag")).getText().contains("预检"));
        ReportSubmitted submitted = publishedEvent(id);
        assertTrue(submitted.dryRun(), "the pre-check is sent as a dry run");
        assertEquals("拖放的报告.txt", submitted.fileName());
    }

    @Test
    void submissionPageScreenshotIsANonTrivialPng() throws IOException {
        signIn();
        String id = uploadByFileInput("screenshot-report.txt", false);
        ReportSubmitted submitted = publishedEvent(id);
        kafka.send(Topics.VALIDATED, submitted.agencyId(), EventCodec.toJson(rejected(submitted)));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "退回修改"));
        // Tall enough for the three tables.
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 100, 6000)));

        Path png = screenshot("submission-page.png");

        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 20_000, "a real page, not a blank image: " + bytes.length + " bytes");
        assertEquals(0x89, bytes[0] & 0xFF);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void needsReviewSubmissionReadsAsPendingReviewInPageAndList() throws IOException {
        signIn();
        String id = uploadByFileInput("2023年年度报告（待复核）.txt", false);
        ReportSubmitted submitted = publishedEvent(id);
        kafka.send(Topics.VALIDATED, submitted.agencyId(), EventCodec.toJson(needsReview(submitted)));

        wait.until(ExpectedConditions.textToBe(By.id("status"), "待人工复核"));
        assertTrue(browser.findElement(By.id("status-note")).getText().contains("正由上级政务公开主管部门人工复核"));
        WebElement reviewList = browser.findElement(By.id("review-list"));
        assertTrue(reviewList.getText().contains("待复核事项（2 项）"), reviewList.getText());
        WebElement cell = browser.findElement(cellSelector("三", ApplicationRow.NEW_RECEIVED.label(),
                ApplicantColumn.NATURAL_PERSON.label()));
        assertEquals("review", cell.getAttribute("class").strip(), "marked for review, not flagged");
        String text = browser.findElement(By.tagName("main")).getText();
        // The WARN keeps its 建议修改 wording: a suggestion, as on an accepted report.
        for (String rejection : List.of("退回修改", "必须修改", "上传更正稿", "检查发现的问题")) {
            assertFalse(text.contains(rejection), "no rejection wording on the page: " + rejection);
        }
        assertEquals("warned", browser.findElement(cellSelector("二", DisclosureRow.FEES.label(),
                DisclosureColumn.FEE_AMOUNT.label())).getAttribute("class").strip(), "a warning is not outlined as an error");
        screenshot("05-submission-needs-review-top.png");
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 100, 6000)));
        screenshot("05-submission-needs-review.png");

        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(url(""));
        By listBadge = By.cssSelector("tr[data-submission-id='" + id + "'] [data-status]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(listBadge, "待人工复核"));
        assertEquals("待复核", browser.findElement(By.cssSelector("tr[data-submission-id='" + id + "'] td:last-child")).getText(),
                "no count of problems for a report under review");
        screenshot("06-list-with-needs-review.png");
    }

    private void signIn() {
        browser.get(url("login"));
        browser.findElement(By.id("username")).sendKeys(DemoSeeder.AGENCY_USER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        screenshot("00-login.png");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("current-user"), DemoSeeder.AGENCY_USER));
    }

    private String uploadByFileInput(String name, boolean dryRun) throws IOException {
        Path dir = Files.createTempDirectory("portal-upload-");
        Path file = dir.resolve(name);
        Files.writeString(file, "高安市行政服务中心管委会\n2023年政府信息公开工作年度报告\n" + UUID.randomUUID() + "\n");
        browser.findElement(By.cssSelector("[data-file-input]")).sendKeys(file.toAbsolutePath().toString());
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector(dryRun ? "[data-submit='dry-run']" : "[data-submit='official']")).click();
        // The page opens the new submission once the upload is answered (also when uploading from a submission page).
        wait.until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().matches(".*/submissions/[0-9a-f-]{36}$"));
        return browser.getCurrentUrl().replaceAll(".*/submissions/", "");
    }

    private ReportSubmitted publishedEvent(String id) {
        List<TopicClient.Received> records = kafka.read(Topics.SUBMITTED, r -> id.equals(r.headers().get("ce_id")), 1,
                Duration.ofSeconds(30), Duration.ZERO);
        assertEquals(1, records.size());
        return EventCodec.fromJson(records.get(0).value(), ReportSubmitted.class);
    }

    private static By cellSelector(String table, String row, String column) {
        return By.cssSelector("table[data-table='" + table + "'] td[data-row='" + row + "'][data-column='" + column + "']");
    }

    private static ReportValidated rejected(ReportSubmitted submitted) {
        Finding a1 = new Finding("A1", Severity.REJECT, "本年新收申请数与各办理结果之和不一致", "Column does not add up",
                new FindingLocation("三、收到和处理政府信息公开申请情况", "三", ApplicationRow.NEW_RECEIVED.label(),
                        ApplicantColumn.NATURAL_PERSON.label()),
                BigDecimal.valueOf(12), BigDecimal.valueOf(10), BigDecimal.valueOf(2), "请核对自然人一列的各项数字后重新上传", "Check");
        Finding b3 = new Finding("B3", Severity.WARN, "收费金额单位应为万元", "Fee unit", new FindingLocation("二", "二",
                DisclosureRow.FEES.label(), DisclosureColumn.FEE_AMOUNT.label()), null, null, null, "将金额换算为万元", "Use 万元");
        Finding c2 = new Finding("C2", Severity.REJECT, "行政复议总计不等于各项之和", "Review total", new FindingLocation("四", "四",
                CaseGroup.ADMINISTRATIVE_REVIEW.label(), CaseOutcome.TOTAL.label()), BigDecimal.valueOf(3), BigDecimal.valueOf(2),
                BigDecimal.ONE, "核对行政复议各列", "Check");
        Finding s1 = new Finding("S1", Severity.INFO, "未找到“六、其他需要报告的事项”", "Section missing",
                new FindingLocation("六、其他需要报告的事项", null, null, null), null, null, null, "补充第六部分", "Add it");
        return new ReportValidated(submitted, Verdict.REJECTED, List.of(a1, b3, c2, s1),
                new ReportHeadline(null, "高安市行政服务中心管委会", 2023, null, null), Instant.now());
    }

    private static ReportValidated needsReview(ReportSubmitted submitted) {
        Finding unmapped = new Finding("P9", Severity.REVIEW, "表三“自然人”一列的数字未能可靠读取（单元格边界缺失）",
                "Column 自然人 not read with confidence", new FindingLocation("三、收到和处理政府信息公开申请情况", "三",
                        ApplicationRow.NEW_RECEIVED.label(), ApplicantColumn.NATURAL_PERSON.label()),
                null, null, null, "上级政务公开主管部门将对照原文核对该列", "The office checks the column against the original");
        Finding timeout = new Finding("V0", Severity.REVIEW, "第四部分的核对未能完成", "Section 四 could not be checked",
                new FindingLocation("四、政府信息公开行政复议、行政诉讼情况", null, null, null), null, null, null, null, null);
        Finding b3 = new Finding("B3", Severity.WARN, "收费金额单位应为万元", "Fee unit", new FindingLocation("二", "二",
                DisclosureRow.FEES.label(), DisclosureColumn.FEE_AMOUNT.label()), null, null, null, "将金额换算为万元", "Use 万元");
        return new ReportValidated(submitted, Verdict.NEEDS_REVIEW, List.of(unmapped, timeout, b3),
                new ReportHeadline(null, "高安市行政服务中心管委会", 2023, null, null), Instant.now());
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }

    private Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(name);
        try {
            Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return target;
    }
}
