package dev.neurona.web;

import dev.neurona.classroom.ClassBroadcasts;
import dev.neurona.classroom.ClassGroup;
import dev.neurona.classroom.ClassLimits;
import dev.neurona.classroom.ClassProgress;
import dev.neurona.classroom.ClassroomException;
import dev.neurona.classroom.Classrooms;
import dev.neurona.classroom.Instructor;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Lesson;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.RestForm;

/** One class's dashboard: join code and QR, limits, messages, the live view of the class and its CSV export. */
@Path("/instructor/classes/{id}")
public class ClassDashboardResource {

    @Inject CurrentInstructor instructor;

    @Inject Classrooms classrooms;

    @Inject ClassProgress progress;

    @Inject ClassBroadcasts broadcasts;

    @Inject DashboardFeed feed;

    @Inject OpenStreams streams;

    @Inject CourseContent content;

    @Inject Ui ui;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") String id, @Context UriInfo uri) {
        ClassGroup group = mine(id);
        return ui.localize(
                ClassroomTemplates.dashboard(
                        group,
                        joinUrl(uri, group),
                        limitValues(group.limits()),
                        Map.of(),
                        writtenLessons(),
                        feed.sections(group, ui.locale())));
    }

    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml")
    public String qr(@PathParam("id") String id, @Context UriInfo uri) {
        return JoinQrCode.svg(joinUrl(uri, mine(id)));
    }

    /** The dashboard's live sections, pushed when they change: no polling from the page. */
    @GET
    @Path("live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@PathParam("id") String id, @Context Sse sse) {
        ClassGroup group = mine(id);
        return streams.limit(feed.stream(group, ui.locale(), sse));
    }

    @POST
    @Path("limits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response limits(
            @PathParam("id") String id,
            @RestForm String maxEpochs,
            @RestForm String maxParameters,
            @RestForm String maxWallSeconds,
            @RestForm String maxTrainRows) {
        ClassGroup group = mine(id);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("maxEpochs", trim(maxEpochs));
        values.put("maxParameters", trim(maxParameters));
        values.put("maxWallSeconds", trim(maxWallSeconds));
        values.put("maxTrainRows", trim(maxTrainRows));
        Map<String, String> errors = new LinkedHashMap<>();
        OptionalInt epochs = intField(values, "maxEpochs", 1, errors);
        OptionalInt wall = intField(values, "maxWallSeconds", 10, errors);
        OptionalInt rows = intField(values, "maxTrainRows", 100, errors);
        OptionalInt params = intField(values, "maxParameters", 1, errors);
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(
                            ui.localize(
                                    ClassroomTemplates.limitsForm(group, values, errors, false)))
                    .build();
        }
        ClassLimits limits =
                new ClassLimits(
                        epochs,
                        params.isPresent()
                                ? OptionalLong.of(params.getAsInt())
                                : OptionalLong.empty(),
                        wall,
                        rows);
        ClassGroup updated = classrooms.setLimits(group, limits);
        return Response.ok(
                        ui.localize(
                                ClassroomTemplates.limitsForm(
                                        updated, limitValues(limits), Map.of(), true)))
                .build();
    }

    @POST
    @Path("broadcast")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response broadcast(
            @PathParam("id") String id, @RestForm String text, @RestForm String lesson) {
        ClassGroup group = mine(id);
        Optional<String> lessonId =
                Optional.ofNullable(lesson).map(String::strip).filter(l -> !l.isEmpty());
        Map<String, String> values =
                Map.of("text", text == null ? "" : text, "lesson", lessonId.orElse(""));
        if (lessonId.isPresent() && content.catalog().find(lessonId.get()).isEmpty()) {
            return broadcastForm(
                    group, values, Map.of("lesson", ui.classroom().errUnknownLesson()), 422, false);
        }
        try {
            broadcasts.send(group.id(), text, lessonId);
            return broadcastForm(group, Map.of("text", "", "lesson", ""), Map.of(), 200, true);
        } catch (ClassroomException e) {
            return broadcastForm(group, values, ClassroomErrors.of(e, ui.classroom()), 422, false);
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("id") String id) {
        ClassGroup group = mine(id);
        String csv = ClassCsv.of(progress.rows(group.id()), content);
        String file = "neurona-" + group.joinCode() + ".csv";
        return Response.ok(csv)
                .type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    private Response broadcastForm(
            ClassGroup group,
            Map<String, String> values,
            Map<String, String> errors,
            int status,
            boolean sent) {
        return Response.status(status)
                .entity(
                        ui.localize(
                                ClassroomTemplates.broadcastForm(
                                        group, values, errors, sent, writtenLessons())))
                .build();
    }

    private List<Lesson> writtenLessons() {
        return content.catalog().lessons().stream().filter(Lesson::isWritten).toList();
    }

    private ClassGroup mine(String id) {
        Instructor me = instructor.require();
        return classrooms.find(me, id).orElseThrow(() -> new NotFoundException("no class " + id));
    }

    static String joinUrl(UriInfo uri, ClassGroup group) {
        return uri.getBaseUriBuilder().path("join").path(group.joinCode()).build().toString();
    }

    private OptionalInt intField(
            Map<String, String> values, String key, int min, Map<String, String> errors) {
        String raw = values.get(key).replace(".", "").replace("\u202f", "").replace(" ", "");
        if (raw.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int v = Integer.parseInt(raw);
            if (v >= min) {
                return OptionalInt.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(key, ui.classroom().errLimitBelow(min));
        return OptionalInt.empty();
    }

    private static Map<String, String> limitValues(ClassLimits limits) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "maxEpochs",
                limits.maxEpochs().isPresent()
                        ? Integer.toString(limits.maxEpochs().getAsInt())
                        : "");
        values.put(
                "maxParameters",
                limits.maxParameters().isPresent()
                        ? Long.toString(limits.maxParameters().getAsLong())
                        : "");
        values.put(
                "maxWallSeconds",
                limits.maxWallSeconds().isPresent()
                        ? Integer.toString(limits.maxWallSeconds().getAsInt())
                        : "");
        values.put(
                "maxTrainRows",
                limits.maxTrainRows().isPresent()
                        ? Integer.toString(limits.maxTrainRows().getAsInt())
                        : "");
        return values;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
