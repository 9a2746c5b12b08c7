package org.gridline.console;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.gridline.testing.PackagedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The console in real Chromium against the packaged server on the demo city: street staff and a grid leader log in,
 * residents file reports through the webhook (the simulator's push), the reports appear in the queue, are filtered,
 * opened, reclassified and dispatched (the worker's notice reaches the simulated platform), three are assigned at
 * once, exported as CSV and seen in the audit log, and after logging out the console is refused. Screenshots of each
 * page go to
 * {@code target/screenshots/console-*.png}.
 */
class ConsolePageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ADMIN_PASSWORD = "console-it-admin-password-7391";
    private static final String LEADER = "leader-cs-01";
    private static final String LEADER_PASSWORD = "console-it-leader-password-5824";
    private static final Pattern NUMBER = Pattern.compile("R\\d{13}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path workDir;
    private PackagedServer server;

    @Test
    void staffWorkTheQueueInTheBrowser() throws Exception {
        requireChromium();
        server = PackagedServer.start(workDir.resolve("server"), Map.of("GRIDLINE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "GRIDLINE_DEMO_DIRECTORY", Path.of("config/demo").toAbsolutePath().toString()));
        WebDriver browser = chromium(workDir.resolve("chromium-profile"));
        try {
            createLeaderLogin();
            for (String person : List.of("o_demo_worker_g1a", "o_demo_worker_g1b", "o_demo_leader_g1")) {
                say(person, new JsonObject().put("type", "text").put("content", "你好")); // their reply window opens
            }
            browser.get(server.url("/console/reports"));
            assertTrue(browser.getCurrentUrl().endsWith("/console/login"), "anonymous → the login page");
            screenshot(browser, "console-login.png");
            browser.findElement(By.id("username")).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("not-the-password-at-all");
            browser.findElement(By.id("sign-in")).click();
            await(browser, b -> b.findElements(By.id("login-error")).size() == 1);
            assertEquals("用户名或密码错误。", browser.findElement(By.id("login-error")).getText());
            screenshot(browser, "console-login-refused.png");
            logIn(browser, "admin", ADMIN_PASSWORD);
            assertEquals("admin", browser.findElement(By.id("signed-in")).getText());
            assertEquals("街道管理员", browser.findElement(By.id("signed-in-role")).getText());
            assertEquals("rgba(30, 58, 95, 1)", browser.findElement(By.cssSelector("header.bar"))
                    .getCssValue("background-color"), "the console's own style file applies under its CSP");

            String inGrid = file("o_it_resident_1", "幸福小区3栋门口的路灯坏了，晚上黑漆漆的", null);
            browser.get(server.url("/console/reports"));
            await(browser, b -> b.getPageSource().contains(inGrid));
            screenshot(browser, "console-queue.png");

            filterByGrid(browser, "CS-01");
            await(browser, b -> b.getCurrentUrl().contains("grid=CS-01") && b.getPageSource().contains(inGrid));
            screenshot(browser, "console-queue-filtered.png");

            browser.findElement(By.linkText(inGrid)).click();
            await(browser, b -> b.findElement(By.id("report-number")).getText().contains(inGrid));
            screenshot(browser, "console-report.png");
            new Select(browser.findElement(By.id("reclassify-category"))).selectByValue("ENV");
            browser.findElement(By.id("reclassify-reason")).sendKeys("实为垃圾堆放");
            browser.findElement(By.id("reclassify")).click();
            await(browser, b -> b.findElement(By.id("done")).getText().contains("已改类"));
            assertTrue(browser.findElement(By.id("category")).getText().contains("ENV"));
            assertTrue(browser.findElement(By.id("timeline")).getText().contains("实为垃圾堆放"));
            screenshot(browser, "console-report-reclassified.png");

            String queued = file("o_it_resident_2", "路灯坏了，晚上黑漆漆的", new double[]{10.5, 100.5});
            browser.get(server.url("/console/reports?status=RECEIVED"));
            await(browser, b -> b.getPageSource().contains(queued));
            screenshot(browser, "console-unassigned.png");
            browser.findElement(By.linkText(queued)).click();
            await(browser, b -> b.findElements(By.id("dispatch-grid")).size() == 1);
            new Select(browser.findElement(By.id("dispatch-grid"))).selectByValue("CS-01");
            browser.findElement(By.id("dispatch")).click();
            await(browser, b -> b.findElement(By.id("done")).getText().contains("已派单"));
            String assignee = browser.findElement(By.id("assignee")).getText();
            assertTrue(assignee.contains("网格员") || !assignee.isBlank(), assignee);
            screenshot(browser, "console-report-dispatched.png");
            awaitNotice(queued);

            List<String> three = List.of(file("o_it_resident_3", "幸福小区1栋门口井盖丢了", null),
                    file("o_it_resident_4", "幸福小区2栋楼道灯不亮", null),
                    file("o_it_resident_5", "幸福小区5栋电梯坏了", null));
            browser.get(server.url("/console/reports?grid=CS-01"));
            await(browser, b -> three.stream().allMatch(n -> b.getPageSource().contains(n)));
            for (String n : three) {
                browser.findElement(By.cssSelector("input[name=number][value=" + n + "]")).click();
            }
            new Select(browser.findElement(By.id("bulk-action"))).selectByValue("assign");
            new Select(browser.findElement(By.id("bulk-assignee"))).selectByValue("o_demo_leader_g1");
            browser.findElement(By.id("bulk-reason")).sendKeys("网格长亲自处理");
            browser.findElement(By.id("bulk-submit")).click();
            await(browser, b -> b.findElements(By.id("bulk-results")).size() == 1);
            String results = browser.findElement(By.id("bulk-results")).getText();
            assertEquals(3, results.split("已完成", -1).length - 1, results);
            screenshot(browser, "console-bulk-results.png");

            List<String> csv = export(browser, "grid=CS-01");
            assertTrue(csv.get(0).startsWith("编号,类别代码,类别,网格代码"), csv.get(0));
            assertEquals(5, csv.size() - 1, "the five reports of CS-01, one line each: " + csv);
            for (String n : List.of(inGrid, queued, three.get(0), three.get(1), three.get(2))) {
                assertEquals(1, csv.stream().filter(l -> l.startsWith(n + ",")).count(), n);
            }
            assertTrue(csv.stream().anyMatch(l -> l.startsWith(inGrid + ",ENV,")), "reclassified: " + csv);

            browser.get(server.url("/console/audit"));
            String audit = browser.findElement(By.tagName("main")).getText();
            assertTrue(audit.contains("登录失败"), audit);
            assertTrue(audit.contains("reclassify") && audit.contains(inGrid), audit);
            assertTrue(audit.contains("导出") && audit.contains("（5 行）"), audit);
            screenshot(browser, "console-audit.png");

            browser.findElement(By.id("logout")).click();
            await(browser, b -> b.getCurrentUrl().endsWith("/console/login"));
            browser.get(server.url("/console/reports"));
            assertTrue(browser.getCurrentUrl().endsWith("/console/login"), "logged out: refused, back to the login");

            logIn(browser, LEADER, LEADER_PASSWORD);
            assertTrue(browser.findElement(By.id("signed-in-role")).getText().contains("CS-01"));
            await(browser, b -> b.getPageSource().contains(inGrid));
            assertTrue(browser.findElements(By.id("nav-dead-letters")).isEmpty(), "dead letters are street staff's");
            screenshot(browser, "console-leader-queue.png");
            browser.get(server.url("/console/reports?grid=QX-01"));
            assertTrue(browser.findElement(By.id("refusal")).getText().contains("本网格"));
            screenshot(browser, "console-leader-refused.png");
        } finally {
            browser.quit();
            server.close();
        }
    }

    /** The CSV export of the filter, fetched with the browser's session cookie: its lines, the BOM checked. */
    private List<String> export(WebDriver browser, String query) throws Exception {
        Cookie session = browser.manage().getCookieNamed(SessionCookies.SESSION);
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(
                "/console/reports/export.csv?" + query))).header("Cookie", SessionCookies.SESSION + "="
                + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        byte[] body = answer.body();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM");
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    private static void logIn(WebDriver browser, String username, String password) {
        browser.get(browser.getCurrentUrl().replaceFirst("/console/.*", "/console/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        await(browser, b -> b.getCurrentUrl().contains("/console/reports"));
    }

    private static void filterByGrid(WebDriver browser, String grid) {
        Select grids = new Select(browser.findElement(By.id("filter-grid")));
        grids.deselectAll();
        grids.selectByValue(grid);
        browser.findElement(By.id("apply-filters")).click();
    }

    /** The admin creates the leader login of CS-01 through the API, as the README says. */
    private void createLeaderLogin() throws Exception {
        String token = new JsonObject(post("/api/auth/token", new JsonObject().put("username", "admin")
                .put("password", ADMIN_PASSWORD), null).body()).getString("access_token");
        HttpResponse<String> created = post("/api/staff", new JsonObject().put("username", LEADER)
                .put("password", LEADER_PASSWORD).put("role", "LEADER").put("gridCode", "CS-01"), token);
        assertEquals(201, created.statusCode(), created.body());
    }

    /**
     * A resident files a report through the webhook (the simulator's push): the description, then what the dialogue
     * asks (a pin at {@code pin} when given, no phone, 继续 past a similar report, 确认); answers the report's number.
     */
    private String file(String resident, String description, double[] pin) throws Exception {
        long seen = say(resident, new JsonObject().put("type", "text").put("content", description));
        for (int turn = 0; turn < 8; turn++) {
            String reply = awaitReply(resident, seen);
            if (reply.contains("上报成功")) {
                Matcher filed = NUMBER.matcher(reply);
                assertTrue(filed.find(), reply);
                return filed.group();
            }
            JsonObject next = new JsonObject().put("type", "text");
            if (reply.contains("请核对")) {
                next.put("content", "确认");
            } else if (reply.contains("问题在哪里") && pin != null) {
                next.put("type", "location").put("latitude", pin[0]).put("longitude", pin[1]).put("label", "路口");
            } else if (reply.contains("回复\\\"继续\\\"")) {
                next.put("content", "继续");
            } else {
                next.put("content", "跳过");
            }
            seen = say(resident, next);
        }
        throw new AssertionError("the report of " + resident + " was not filed");
    }

    private long say(String openid, JsonObject push) throws Exception {
        HttpResponse<String> answer = post("/simulator/api/push", push.put("openid", openid), null);
        assertEquals(200, answer.statusCode(), answer.body());
        return new JsonObject(answer.body()).getLong("seq");
    }

    /** The first text delivered to the person after {@code seq}. */
    private String awaitReply(String openid, long seq) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            List<String> texts = texts(openid, seq);
            if (!texts.isEmpty()) {
                return texts.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reply to " + openid);
    }

    private List<String> texts(String openid, long after) throws Exception {
        JsonArray chat = new JsonArray(server.get("/simulator/api/messages?openid=" + openid + "&after=" + after)
                .body());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chat.size(); i++) {
            JsonObject entry = chat.getJsonObject(i);
            if (!"user".equals(entry.getString("kind"))) {
                texts.add(entry.getJsonObject("body").encode());
            }
        }
        return texts;
    }

    /** A demo worker or leader of CS-01 received the new order's notice at the simulated platform. */
    private void awaitNotice(String number) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            for (String person : List.of("o_demo_worker_g1a", "o_demo_worker_g1b", "o_demo_leader_g1")) {
                if (texts(person, 0).stream().anyMatch(t -> t.contains(number))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        fail("no notice of " + number + " reached CS-01's people");
    }

    private HttpResponse<String> post(String path, JsonObject body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Absent Chromium fails the build under CI (where .ci/run installs it) and skips the test elsewhere. */
    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "This test drives the system Chromium (" + CHROMIUM + ", " + CHROMEDRIVER + "): install it"
                + " with apt-get install -y chromium chromium-driver fonts-wqy-zenhei (.ci/run does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    private static WebDriver chromium(Path profile) throws Exception {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1360,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void await(WebDriver browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, PATIENCE).until(condition::apply);
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
