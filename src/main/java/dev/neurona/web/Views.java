package dev.neurona.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateGlobal;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/** The Qute templates of the pages and fragments, in one place. */
@Singleton
public class Views {

    /** Appended to our static file URLs so a new release is never served stale from a browser cache. */
    @TemplateGlobal
    static String version = Views.class.getPackage().getImplementationVersion() != null
            ? Views.class.getPackage().getImplementationVersion() : Long.toString(System.currentTimeMillis(), 36);

    @Inject
    @Location("course.html")
    Template course;

    @Inject
    @Location("lesson.html")
    Template lesson;

    @Inject
    @Location("exercise.html")
    Template exercise;

    @Inject
    @Location("exercise-form.html")
    Template exerciseForm;

    @Inject
    @Location("upload-form.html")
    Template uploadForm;

    @Inject
    @Location("upload-result.html")
    Template uploadResult;

    @Inject
    @Location("run-panel.html")
    Template runPanel;

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
    @Location("compare-runs.html")
    Template compareRuns;

    @Inject
    @Location("run-error.html")
    Template runError;

    @Inject
    @Location("history.html")
    Template history;

    @Inject
    @Location("model-summary.html")
    Template modelSummary;

    @Inject
    @Location("mnist-samples.html")
    Template mnistSamples;

    @Inject
    @Location("mnist-shapes.html")
    Template mnistShapes;

    @Inject
    @Location("notice.html")
    Template notice;

    @Inject
    @Location("quiz.html")
    Template quiz;

    @Inject
    @Location("planned.html")
    Template planned;

    @Inject
    @Location("search.html")
    Template search;

    @Inject
    @Location("search-results.html")
    Template searchResults;

    @Inject
    @Location("glossary.html")
    Template glossary;

    @Inject
    @Location("equivalent-code.html")
    Template equivalentCode;
}
