package dev.neurona.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateGlobal;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/**
 * The templates of a run's events, which {@link RunEventRenderer} fills from each event's data; every
 * other template is checked (see {@link LessonTemplates}, {@link ExerciseTemplates}, {@link ClassroomTemplates}).
 */
@Singleton
public class Views {

    /** Appended to our static file URLs so a new release is never served stale from a browser cache. */
    @TemplateGlobal
    static String version = Views.class.getPackage().getImplementationVersion() != null
            ? Views.class.getPackage().getImplementationVersion() : Long.toString(System.currentTimeMillis(), 36);

    @Inject
    @Location("run-status.html")
    Template runStatus;

    @Inject
    @Location("run-result.html")
    Template runResult;

    @Inject
    @Location("regression-result.html")
    Template regressionResult;

    @Inject
    @Location("run-error.html")
    Template runError;
}
