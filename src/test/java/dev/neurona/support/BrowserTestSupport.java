package dev.neurona.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Drives Debian's Chromium through Playwright (no browser download): one browser per test JVM
 * ({@link SharedBrowser}), a fresh context (so a fresh learner cookie) per test, console errors collected,
 * screenshots saved under {@code target/screenshots}. Tagged {@code browser}: the fast lane
 * ({@code ./neurona test fast}) leaves these tests out. Pages run under the app's Content-Security-Policy, which
 * forbids eval: give {@code waitForFunction} a function ({@code "() => …"}), never a bare expression,
 * which Playwright would eval inside the page.
 */
@Tag("browser")
public abstract class BrowserTestSupport {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Whether the screenshots are written: on with {@code -Dneurona.screenshots=true} (what {@code ./neurona test
     * screenshots} passes), off otherwise, since encoding full-page PNGs took a large share of the suite's time and
     * nothing asserts on them; they are for a person to look at after changing a page.
     */
    public static final boolean TAKE_SCREENSHOTS = Boolean.getBoolean("neurona.screenshots");

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();
    private final List<BrowserContext> others = new ArrayList<>();

    /**
     * Counts the page's htmx requests in flight and when the last one started or ended, for
     * {@link #awaitHtmxQuiet()}; injected before the page's own scripts, outside its Content-Security-Policy.
     */
    private static final String HTMX_TRACKER =
            """
            (() => {
              let inFlight = 0, last = performance.now();
              document.addEventListener('htmx:beforeRequest', () => { inFlight++; last = performance.now(); });
              document.addEventListener('htmx:afterRequest', () => { inFlight--; last = performance.now(); });
              window.__neuronaHtmxQuiet = ms => inFlight <= 0 && performance.now() - last > ms;
            })();
            """;

    /** Longer than the longest {@code hx-trigger} delay of our templates (the live summary's 400 ms). */
    private static final int HTMX_QUIET_MS = 600;

    @BeforeEach
    protected void openPage() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        context = newContext();
        page = context.newPage();
        page.onConsoleMessage(
                message -> {
                    if ("error".equals(message.type())) {
                        consoleErrors.add(message.text());
                    }
                });
        page.onPageError(error -> consoleErrors.add(error));
    }

    private static BrowserContext newContext() {
        BrowserContext created =
                SharedBrowser.get()
                        .newContext(
                                new Browser.NewContextOptions()
                                        .setViewportSize(1280, 900)
                                        .setAcceptDownloads(true));
        created.addInitScript(HTMX_TRACKER);
        return created;
    }

    @AfterEach
    protected void closePage() {
        context.close();
        others.forEach(BrowserContext::close);
        others.clear();
    }

    /** Another person at another computer: a page in a fresh context (own cookies), console errors collected too. */
    protected Page anotherPerson() {
        BrowserContext other = newContext();
        others.add(other);
        Page p = other.newPage();
        p.onConsoleMessage(
                message -> {
                    if ("error".equals(message.type())) {
                        consoleErrors.add(message.text());
                    }
                });
        p.onPageError(error -> consoleErrors.add(error));
        return p;
    }

    /**
     * Until the page has painted twice: a theme switch or a new viewport size is handled by then (observers and
     * resize handlers run before the next frame), so a screenshot or a measurement sees the result.
     */
    protected static void awaitRepaint(Page p) {
        p.evaluate(
                "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
    }

    /** {@link #awaitRepaint(Page)} on the test's page. */
    protected void awaitRepaint() {
        awaitRepaint(page);
    }

    /**
     * Until no htmx request of the page is in flight and none started or ended for longer than any
     * {@code hx-trigger} delay: the debounced requests a change fires (live summary, code) have all been answered.
     */
    protected void awaitHtmxQuiet() {
        page.waitForFunction("ms => window.__neuronaHtmxQuiet(ms)", HTMX_QUIET_MS);
    }

    /** A screenshot of one element, with the sticky top bar unstuck so it does not cover it. */
    protected void screenshot(com.microsoft.playwright.Locator element, String name) {
        if (!TAKE_SCREENSHOTS) {
            return;
        }
        page.addStyleTag(
                new Page.AddStyleTagOptions()
                        .setContent(".topbar { position: static !important; }"));
        element.screenshot(
                new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** What fits in another person's viewport. */
    protected void viewportScreenshot(Page other, String name) {
        if (!TAKE_SCREENSHOTS) {
            return;
        }
        other.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** What fits in the viewport, as a learner sees it on arrival. */
    protected void viewportScreenshot(String name) {
        viewportScreenshot(page, name);
    }

    protected void screenshot(String name) {
        if (!TAKE_SCREENSHOTS) {
            return;
        }
        page.screenshot(
                new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(name + ".png"))
                        .setFullPage(true));
    }
}
