package dev.neurona.web;

import dev.neurona.classroom.LearnerProgress;
import dev.neurona.classroom.ProgressRepository;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Lesson;
import dev.neurona.lesson.LessonCatalog;
import dev.neurona.lesson.LessonSearch;
import dev.neurona.lesson.RenderedLesson;
import dev.neurona.nn.SpecField;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The course map and the lesson pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CourseResource {

    @Inject CourseContent content;

    @Inject Ui ui;

    @Inject DirectiveRenderer directives;

    @Inject ProgressRepository progress;

    @Inject CurrentLearner learner;

    @GET
    public TemplateInstance courseMap() {
        LessonCatalog catalog = content.catalog();
        LearnerProgress mine = progress.progress(learner.id());
        return ui.localize(
                LessonTemplates.course(
                        catalog,
                        mine,
                        content.quizzesByLesson(),
                        mine.lastLesson().flatMap(catalog::find).orElse(null),
                        catalog.lessons().get(0)));
    }

    /** A configuration in the link ({@code ?hidden=64+relu&epochs=3}): the same keys as exercise blocks. */
    private static Map<String, String> sharedConfiguration(UriInfo uri) {
        Map<String, String> shared = new HashMap<>();
        uri.getQueryParameters()
                .forEach(
                        (key, values) -> {
                            if (SpecField.byKey(key).isPresent() && !values.isEmpty()) {
                                shared.put(key, values.get(0));
                            }
                        });
        return shared;
    }

    @GET
    @Path("search")
    public TemplateInstance search(
            @QueryParam("q") String query, @HeaderParam("HX-Request") String htmx) {
        String q = query == null ? "" : query.strip();
        List<LessonSearch.Hit> hits = q.isEmpty() ? List.of() : content.search().search(q, 12);
        return ui.localize(
                htmx != null
                        ? LessonTemplates.searchResults(q, hits)
                        : LessonTemplates.search(q, hits));
    }

    @GET
    @Path("glossary")
    public TemplateInstance glossary() {
        return ui.localize(LessonTemplates.glossary(content.catalog().glossary()));
    }

    @GET
    @Path("lessons/{id}")
    public TemplateInstance lesson(
            @PathParam("id") String id, @QueryParam("run") String runId, @Context UriInfo uri) {
        LessonCatalog catalog = content.catalog();
        Lesson lesson =
                catalog.find(id).orElseThrow(() -> new NotFoundException("no lesson " + id));
        progress.recordVisit(learner.id(), lesson.id());
        RenderedLesson rendered = content.rendered(id).orElseThrow();
        List<String> parts = new ArrayList<>();
        for (RenderedLesson.Segment segment : rendered.segments()) {
            parts.add(
                    segment.isDirective()
                            ? directives.render(
                                    segment.directive(),
                                    id,
                                    Optional.ofNullable(runId),
                                    sharedConfiguration(uri))
                            : segment.html());
        }
        String moduleTitle =
                catalog.modules().stream()
                        .filter(m -> m.number() == lesson.module())
                        .map(LessonCatalog.Module::title)
                        .findFirst()
                        .orElse("");
        return ui.localize(
                LessonTemplates.lesson(
                        lesson,
                        parts,
                        moduleTitle,
                        catalog.previous(lesson).orElse(null),
                        catalog.next(lesson).orElse(null),
                        PageLibraries.of(parts)));
    }
}
