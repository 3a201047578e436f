package dev.neurona.web;

import dev.neurona.runs.NeuronaConfig;
import dev.neurona.runs.RunLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The run limits of a learner: the server's defaults until classes set their own. */
@ApplicationScoped
public class LearnerRunLimits {

    @Inject
    NeuronaConfig config;

    public RunLimits of(String learnerId) {
        return RunLimits.defaults(config);
    }
}
