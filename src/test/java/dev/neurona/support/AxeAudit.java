package dev.neurona.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core's WCAG 2.1 A and AA rules run on a page as it stands, in the light and the dark theme. The script is
 * the one the build fetched ({@code scripts/fetch-axe.sh} into {@code target/axe}); nothing is downloaded here. It
 * is evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the page
 * keeps its policy while it is audited.
 */
public final class AxeAudit {

    /** Where the build puts axe-core; {@code -Dneurona.axe=…} points elsewhere. */
    static final Path SCRIPT = Path.of(System.getProperty("neurona.axe", "target/axe/axe.min.js"));

    private static final String RUN =
            """
            () => axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations']
              }).then(r => r.violations.map(v => v.id + ' (' + v.impact + '), ' + v.nodes.length + ' element(s): '
                + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim()).join(' | ')))
            """;

    private static String source;

    private AxeAudit() {}

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                fail(
                        SCRIPT
                                + " is missing: the build fetches it (mvn generate-test-resources runs scripts/fetch-axe.sh, which needs npm)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + SCRIPT, e);
            }
        }
        return source;
    }

    /** Each rule the page breaks, prefixed by the theme it was seen in; empty when the page passes in both. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.evaluate(source());
        }
        Object chosen = page.evaluate("() => document.documentElement.getAttribute('data-theme')");
        List<String> found = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            page.evaluate("t => document.documentElement.setAttribute('data-theme', t)", theme);
            BrowserTestSupport.awaitRepaint(page);
            for (String violation : (List<String>) page.evaluate(RUN)) {
                found.add(theme + ": " + violation);
            }
        }
        page.evaluate("t => document.documentElement.setAttribute('data-theme', t)", chosen);
        return found;
    }

    /** Fails, naming the page and every broken rule, unless the page passes in both themes. */
    public static void assertNoViolations(Page page, String what) {
        List<String> found = violations(page);
        assertTrue(
                found.isEmpty(),
                what + " breaks WCAG 2.1 A/AA rules:\n" + String.join("\n", found));
    }
}
