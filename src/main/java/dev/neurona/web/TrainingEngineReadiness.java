package dev.neurona.web;

import dev.neurona.runs.PoolLoad;
import dev.neurona.runs.RunService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the training engine ({@code /q/health/ready}): up once the start-up warm-up has loaded
 * the native libraries and MNIST and trained once, so a learner's first run streams at once. Down
 * while it warms up (the first start also extracts the native libraries) and when MNIST is missing.
 * The database's readiness is Quarkus's own datasource check.
 */
@Readiness
@ApplicationScoped
public class TrainingEngineReadiness implements HealthCheck {

    @Inject
    RunService runs;

    @Override
    public HealthCheckResponse call() {
        PoolLoad load = runs.load();
        return HealthCheckResponse.named("training engine")
                .status(runs.engineReady())
                .withData("workers", load.workers())
                .withData("running", load.running())
                .withData("queued", load.queued())
                .build();
    }
}
