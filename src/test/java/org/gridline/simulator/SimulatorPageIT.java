package org.gridline.simulator;

import org.gridline.testing.PackagedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The simulator page in real Chromium against the packaged server: a pane chats, the server restarts (same data),
 * the page says it is reconnecting, comes back by itself, and the next message from the same page, not reloaded,
 * reaches the server and its reply shows; the history is all there, after a reload too. The fault control answers
 * what it did. Screenshots go to {@code target/screenshots/}.
 */
class SimulatorPageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path workDir;

    @Test
    void thePageReconnectsAfterARestartAndKeepsItsHistory() throws Exception {
        requireChromium();
        PackagedServer server = PackagedServer.start(workDir.resolve("server"), Map.of());
        WebDriver browser = chromium(workDir.resolve("chromium-profile"));
        try {
            browser.get(server.url("/simulator"));
            assertEquals("rgba(46, 125, 50, 1)",
                    browser.findElement(By.tagName("header")).getCssValue("background-color"),
                    "the page's own style file applies under its Content-Security-Policy");
            send(browser, "你好");
            await(browser, b -> bubbles(b, "bot").size() >= 1);
            assertTrue(bubbles(browser, "bot").get(0).contains("网格服务助手"), bubbles(browser, "bot").toString());
            int replies = bubbles(browser, "bot").size();

            server.terminate();
            await(browser, b -> b.findElement(By.id("connection")).isDisplayed());
            screenshot(browser, "simulator-reconnecting.png");
            server = server.startAgain();
            await(browser, b -> !b.findElement(By.id("connection")).isDisplayed());

            send(browser, "你好");
            await(browser, b -> bubbles(b, "bot").size() > replies);
            assertEquals(List.of("你好", "你好"), bubbles(browser, "me"), "both messages, each once");
            assertTrue(bubbles(browser, "bot").get(replies).contains("网格服务助手"), bubbles(browser, "bot").toString());
            screenshot(browser, "simulator-after-restart.png");

            List<String> history = bubbles(browser, "msg");
            browser.navigate().refresh();
            await(browser, b -> bubbles(b, "msg").size() >= history.size());
            assertEquals(history, bubbles(browser, "msg"), "a reload shows the same chat, kept by the server");

            setFault(browser, "30");
            assertEquals("已生效：30% 的平台调用以 errcode -1 失败", faultStatus(browser));
            setFault(browser, "130");
            assertEquals("未生效：比例应为 0 到 100 之间的数字（30 表示 30%）", faultStatus(browser));
            setFault(browser, "0");
            assertEquals("已生效：平台调用全部成功", faultStatus(browser));
            screenshot(browser, "simulator-fault-control.png");
        } finally {
            browser.quit();
            server.close();
        }
    }

    /** Absent Chromium fails the build under CI (where .ci/run installs it) and skips the test elsewhere. */
    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "This test drives the system Chromium (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): install it with"
                + " apt-get install -y chromium chromium-driver fonts-wqy-zenhei (.ci/run does)";
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
                "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static WebElement firstPane(WebDriver browser) {
        return browser.findElements(By.cssSelector(".pane")).get(0);
    }

    private static void send(WebDriver browser, String text) {
        firstPane(browser).findElement(By.cssSelector(".text")).sendKeys(text, Keys.ENTER);
    }

    /** The texts of the first pane's bubbles of one class (me, bot, msg for all), in order. */
    private static List<String> bubbles(WebDriver browser, String cls) {
        return firstPane(browser).findElements(By.cssSelector(".log ." + cls)).stream().map(WebElement::getText)
                .toList();
    }

    private static void setFault(WebDriver browser, String percent) {
        String before = faultStatus(browser);
        WebElement field = browser.findElement(By.id("faultPercent"));
        field.clear();
        field.sendKeys(percent);
        browser.findElement(By.id("applyFault")).click();
        await(browser, b -> !faultStatus(b).equals(before));
    }

    private static String faultStatus(WebDriver browser) {
        return browser.findElement(By.id("faultStatus")).getText();
    }

    private static void await(WebDriver browser, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, PATIENCE).until(condition::apply);
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
