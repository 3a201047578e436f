package dev.neurona.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Drives Debian's Chromium through Playwright (no browser download): one browser per test class,
 * a fresh context (so a fresh learner cookie) per test, console errors collected, screenshots
 * saved under {@code target/screenshots}. Pages run under the app's Content-Security-Policy, which
 * forbids eval: give {@code waitForFunction} a function ({@code "() => …"}), never a bare expression,
 * which Playwright would eval inside the page.
 */
abstract class BrowserTestSupport {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;
    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("NEURONA_CHROMIUM", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
    }

    @AfterEach
    void closePage() {
        context.close();
        others.forEach(BrowserContext::close);
        others.clear();
    }

    private final List<BrowserContext> others = new ArrayList<>();

    /** Another person at another computer: a page in a fresh context (own cookies), console errors collected too. */
    protected Page anotherPerson() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
        others.add(other);
        Page p = other.newPage();
        p.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        p.onPageError(error -> consoleErrors.add(error));
        return p;
    }

    /** A screenshot of one element, with the sticky top bar unstuck so it does not cover it. */
    protected void screenshot(com.microsoft.playwright.Locator element, String name) {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(".topbar { position: static !important; }"));
        element.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** What fits in another person's viewport. */
    protected void viewportScreenshot(Page other, String name) {
        other.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** What fits in the viewport, as a learner sees it on arrival. */
    protected void viewportScreenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
