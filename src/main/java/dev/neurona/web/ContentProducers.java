package dev.neurona.web;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.LessonCatalog;
import dev.neurona.lesson.LessonRenderer;
import dev.neurona.config.NeuronaConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and renders the course once, at start-up. */
public class ContentProducers {

    /** Reads the course while the server starts, so the first learner does not wait for it. */
    void readAtStartup(@Observes StartupEvent event, CourseContent content) {
        content.catalog();
    }

    @Produces
    @Singleton
    CourseContent courseContent(NeuronaConfig config) {
        try {
            LessonCatalog catalog = LessonCatalog.load(config.lessonsDir());
            return new CourseContent(catalog, new LessonRenderer(catalog.glossary()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the lessons", e);
        }
    }
}
