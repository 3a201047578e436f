package dev.neurona.web;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.LessonCatalog;
import dev.neurona.lesson.LessonRenderer;
import dev.neurona.runs.NeuronaConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and renders the course once, at start-up. */
public class ContentProducers {

    @Produces
    @Singleton
    CourseContent courseContent(NeuronaConfig config) {
        try {
            return new CourseContent(LessonCatalog.load(config.lessonsDir()), new LessonRenderer());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the lessons", e);
        }
    }
}
