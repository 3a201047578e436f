package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bytedeco.javacpp.Pointer;

/**
 * The process's memory for monitoring ({@code /q/metrics}): its resident size (ND4J's arrays are
 * counted nowhere else) and the budget runs are admitted against.
 */
@Startup
@ApplicationScoped
public class NativeMemoryMetrics {

    @Inject
    NativeMemoryMetrics(MeterRegistry registry, NeuronaConfig config) {
        long limit = config.memory().limitBytes();
        Gauge.builder("neurona.memory.limit", () -> limit)
                .description("The memory budget runs are admitted against (0: none)")
                .baseUnit("bytes")
                .strongReference(true)
                .register(registry);
        Gauge.builder("neurona.process.resident", Pointer::physicalBytes)
                .description("Resident memory of the whole process")
                .baseUnit("bytes")
                .strongReference(true)
                .register(registry);
    }
}
