package dev.neurona.web;

import dev.neurona.classroom.ClassGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/** The dashboard's runs and worker-pool sections. */
@ApplicationScoped
public class DashboardRuns {

    Map<String, String> sections(ClassGroup group, Map<String, String> names, Locale locale) {
        return Map.of();
    }
}
