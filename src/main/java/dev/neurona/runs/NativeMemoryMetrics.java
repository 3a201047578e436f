package dev.neurona.runs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bytedeco.javacpp.Pointer;

/**
 * ND4J's native memory for monitoring ({@code /q/metrics}): what its arrays hold now (JavaCPP's
 * count), the ceiling runs are admitted against, and the process's resident size.
 */
@Startup
@ApplicationScoped
public class NativeMemoryMetrics {

    @Inject
    NativeMemoryMetrics(MeterRegistry registry) {
        Gauge.builder("neurona.native.arrays", Pointer::totalBytes)
                .description("Bytes of native memory held by ND4J's arrays (JavaCPP's count)")
                .baseUnit("bytes")
                .strongReference(true)
                .register(registry);
        Gauge.builder("neurona.native.arrays.max", Pointer::maxBytes)
                .description("Ceiling of ND4J's arrays (org.bytedeco.javacpp.maxBytes)")
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
