package dev.neurona.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A year's cache for the static files whose URL changes when they do: the webjars (their version is in the path)
 * and our own files asked for with the release's {@code ?v=} (see {@link AssetVersion}). A browser then never asks
 * for them again within a release, which is what forty phones on one access point need. Files without a version
 * in their URL keep the short lifetime of {@code quarkus.http.static-resources.max-age}.
 */
@ApplicationScoped
public class AssetCaching {

    static final String LONG_LIVED = "public, max-age=31536000, immutable";

    void register(@Observes Filters filters) {
        filters.register(this::filter, SecurityHeaders.PRIORITY);
    }

    void filter(RoutingContext context) {
        if (versioned(context.request().path(), context.request().getParam("v"))) {
            context.addHeadersEndHandler(
                    ignored -> {
                        if (context.response().getStatusCode() == 200) {
                            context.response().headers().set(HttpHeaders.CACHE_CONTROL, LONG_LIVED);
                        }
                    });
        }
        context.next();
    }

    /** Whether a URL names one version of a static file forever. */
    static boolean versioned(String path, String versionParameter) {
        if (path.startsWith("/webjars/")) {
            return true;
        }
        boolean ours =
                path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/");
        return ours && versionParameter != null && !versionParameter.isEmpty();
    }
}
