package dev.neurona.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Refuses every unsafe request (anything but GET, HEAD, OPTIONS, TRACE) whose {@value CsrfToken#HEADER}
 * header does not repeat the {@value CsrfToken#COOKIE} cookie, with 403 and a message; and hands that
 * cookie to a browser that has none on its next page or fragment.
 *
 * <p>It is a Vert.x filter rather than a JAX-RS one so that it stands in front of every route, whatever
 * serves it. It never reads a form body: every form of the app is sent by htmx or our scripts, which
 * add the header ({@code web/js/csrf.js}), so there is no hidden {@code _csrf} field to look for.
 */
@ApplicationScoped
public class CsrfFilter {

    /** Before the routes and the security headers' filter; the exact value only orders our own filters. */
    static final int PRIORITY = 200;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final long ONE_YEAR = 60L * 60 * 24 * 365;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    void filter(RoutingContext context) {
        HttpServerRequest request = context.request();
        Cookie cookie = request.getCookie(CsrfToken.COOKIE);
        String token = cookie == null ? null : cookie.getValue();
        String newCookie = CsrfToken.isWellFormed(token) ? null : setCookieHeader(CsrfToken.generate(), request.isSSL());
        if (!SAFE.contains(request.method()) && !CsrfToken.matches(token, request.getHeader(CsrfToken.HEADER))) {
            refuse(context, newCookie);
            return;
        }
        if (newCookie != null) {
            // pages and fragments carry it; static files (cached for days) never do
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> {
                String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
                if (type != null && type.startsWith("text/html")) {
                    response.headers().add(HttpHeaders.SET_COOKIE, newCookie);
                }
            });
        }
        context.next();
    }

    /**
     * The token cookie. Not HttpOnly on purpose: our scripts read it at each request to copy it into
     * the header (a token in the page would go stale when another tab renews the cookie), and HttpOnly
     * would not keep it from an injected script anyway, which could read it from the page just as well.
     * SameSite=Strict: no other site's page ever makes the browser send it; Secure over TLS.
     */
    static String setCookieHeader(String token, boolean secure) {
        return Cookie.cookie(CsrfToken.COOKIE, token).setPath("/").setMaxAge(ONE_YEAR)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure).encode();
    }

    /** 403 with the reason, worded for whoever asked: an htmx swap, a script reading JSON, or anything else. */
    private static void refuse(RoutingContext context, String newCookie) {
        HttpServerRequest request = context.request();
        Cookie language = request.getCookie(Ui.LANGUAGE_COOKIE);
        String message = Ui.messages(Ui.locale(language == null ? null : language.getValue())).errCsrf();
        HttpServerResponse response = context.response().setStatusCode(403);
        if (newCookie != null) {
            // so that the next attempt, from a reloaded page, carries a token
            response.headers().add(HttpHeaders.SET_COOKIE, newCookie);
        }
        if (request.getHeader("HX-Request") != null) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end("<p class=\"notice error\" role=\"alert\">" + escapeHtml(message) + "</p>");
        } else if (wantsJson(request)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("error", message).put("message", message).encode());
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8").end(message);
        }
    }

    private static boolean wantsJson(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return (accept != null && accept.contains("application/json")) || (type != null && type.startsWith("application/json"));
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
