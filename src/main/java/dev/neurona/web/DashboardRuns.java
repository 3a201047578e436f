package dev.neurona.web;

import dev.neurona.classroom.ClassGroup;
import dev.neurona.runs.ActiveRun;
import dev.neurona.runs.RunService;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The dashboard's sections about training: the worker pool's load and the class's runs now running or queued. */
@ApplicationScoped
public class DashboardRuns {

    @Inject
    RunService runs;

    Map<String, String> sections(ClassGroup group, Map<String, String> names, Locale locale) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("load", Ui.localize(ClassroomTemplates.dashLoad(runs.load()), locale).render());
        List<ActiveRun> mine = runs.activeRuns().stream().filter(r -> names.containsKey(r.learnerId())).toList();
        sections.put("runs", Ui.localize(ClassroomTemplates.dashRuns(mine, names), locale).render());
        return sections;
    }
}
