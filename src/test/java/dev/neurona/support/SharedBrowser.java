package dev.neurona.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * One headless Chromium (Debian's, no download) for the whole test JVM: launching it took seconds per browser-test
 * class. Tests isolate themselves with a fresh context each; the browser closes when the JVM ends.
 */
final class SharedBrowser {

    private static Playwright playwright;
    private static Browser browser;

    private SharedBrowser() {}

    /** The browser, launched by the first test that asks. */
    static synchronized Browser get() {
        if (browser == null || !browser.isConnected()) {
            if (playwright == null) {
                playwright = Playwright.create();
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(SharedBrowser::close, "playwright-close"));
            }
            String executable =
                    System.getenv().getOrDefault("NEURONA_CHROMIUM", "/usr/bin/chromium");
            browser =
                    playwright
                            .chromium()
                            .launch(
                                    new BrowserType.LaunchOptions()
                                            .setExecutablePath(Path.of(executable))
                                            .setHeadless(true)
                                            .setArgs(
                                                    List.of(
                                                            "--no-sandbox",
                                                            "--disable-gpu",
                                                            "--disable-background-networking",
                                                            "--disable-component-update",
                                                            "--disable-sync",
                                                            "--no-first-run",
                                                            "--disable-quic")));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
