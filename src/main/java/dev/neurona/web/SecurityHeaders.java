package dev.neurona.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The browser-side protections every response of ours carries: a Content-Security-Policy the pages
 * satisfy (our own files only, no inline script, no eval), no MIME sniffing, no framing, no full
 * URLs in Referer. Quarkus's own endpoints under {@code /q/} (health, metrics, the dev UI) are left as
 * they are: they are not our pages and the dev UI needs inline scripts.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * Everything from our origin only. Scripts: our files and the webjars, never inline or eval
     * (htmx runs with {@code allowEval: false}). Styles allow inline attributes: the confusion matrix
     * and result bars set {@code style="--share:…"}, KaTeX positions glyphs with inline styles.
     * Images and fonts may also be data: (and images blob:) URLs, which a script can only make from what
     * it already has; nothing loads from another origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Runs before the CSRF filter (higher runs first), so its refusals carry these headers too. */
    static final int PRIORITY = CsrfFilter.PRIORITY + 10;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        if (!context.request().path().startsWith("/q/")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "same-origin");
        }
        context.next();
    }
}
