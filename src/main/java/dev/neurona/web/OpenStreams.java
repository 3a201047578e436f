package dev.neurona.web;

import dev.neurona.config.NeuronaConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The ceiling on open event streams ({@code neurona.streams.*}) applied to the current request:
 * every SSE endpoint passes its stream through {@link #limit}, which holds a place until the stream
 * ends, however it ends (done, closed tab, server stop).
 */
@ApplicationScoped
public class OpenStreams {

    @Inject NeuronaConfig config;

    @Inject CurrentVertxRequest request;

    @Inject CurrentLearner learner;

    private StreamCeiling ceiling;

    @Inject MeterRegistry registry;

    @PostConstruct
    void init() {
        NeuronaConfig.Streams streams = config.streams();
        ceiling = new StreamCeiling(streams.perLearner(), streams.perAddress(), streams.total());
        Gauge.builder("neurona.streams.open", ceiling::open)
                .description("Event streams open now (live curves, class banners, dashboards)")
                .strongReference(true)
                .register(registry);
    }

    /** The stream, counted while it is open; throws {@link StreamCeiling.Refused} (429) beyond a ceiling. */
    public <T> Multi<T> limit(Multi<T> stream) {
        StreamCeiling.Lease lease = ceiling.open(learner.id(), address());
        return stream.onTermination().invoke(lease::close);
    }

    /** The ceiling the current client's next stream would meet, if any (the page asks after a refusal). */
    Optional<StreamCeiling.Limit> full() {
        return ceiling.full(learner.id(), address());
    }

    /** Streams open on the whole server. */
    public int open() {
        return ceiling.open();
    }

    private String address() {
        if (request.getCurrent() != null
                && request.getCurrent().request().remoteAddress() != null) {
            return request.getCurrent().request().remoteAddress().hostAddress();
        }
        return "unknown";
    }
}
