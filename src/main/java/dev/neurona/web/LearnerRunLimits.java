package dev.neurona.web;

import dev.neurona.classroom.ClassLimits;
import dev.neurona.classroom.Classrooms;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.runs.RunLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The run limits of a learner: the server's, tightened by their class's where the instructor set one. */
@ApplicationScoped
public class LearnerRunLimits {

    @Inject
    NeuronaConfig config;

    @Inject
    Classrooms classrooms;

    public RunLimits of(String learnerId) {
        return tighten(RunLimits.defaults(config), classrooms.limitsFor(learnerId));
    }

    /** A class can only lower the server's limits, never raise them. */
    static RunLimits tighten(RunLimits server, ClassLimits cls) {
        int epochs = cls.maxEpochs().isPresent() ? Math.min(server.maxEpochs(), cls.maxEpochs().getAsInt()) : server.maxEpochs();
        long parameters = cls.maxParameters().isPresent() ? Math.min(server.maxParameters(), cls.maxParameters().getAsLong()) : server.maxParameters();
        Duration wall = cls.maxWallSeconds().isPresent() ? min(server.maxWallTime(), Duration.ofSeconds(cls.maxWallSeconds().getAsInt()))
                : server.maxWallTime();
        int rows = server.maxTrainRows();
        if (cls.maxTrainRows().isPresent()) {
            rows = rows == 0 ? cls.maxTrainRows().getAsInt() : Math.min(rows, cls.maxTrainRows().getAsInt());
        }
        return new RunLimits(epochs, parameters, wall, rows, server.maxRunning(), server.maxQueued());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
