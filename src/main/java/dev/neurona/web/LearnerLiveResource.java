package dev.neurona.web;

import dev.neurona.classroom.Broadcast;
import dev.neurona.classroom.ClassBroadcasts;
import dev.neurona.classroom.Classrooms;
import dev.neurona.classroom.GoalResults;
import dev.neurona.classroom.Member;
import dev.neurona.classroom.ProgressRepository;
import dev.neurona.runs.RunService;
import dev.neurona.runs.RunSummary;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A learner's own pages: their progress and runs, and (for class members) the live channel of the instructor's messages. */
@Path("/me")
public class LearnerLiveResource {

    @Inject CurrentLearner learner;

    @Inject Classrooms classrooms;

    @Inject ClassBroadcasts broadcasts;

    @Inject Ui ui;

    @Inject RunService runs;

    @Inject GoalResults goals;

    @Inject ProgressRepository progress;

    @Inject OpenStreams streams;

    /** The learner's own progress: class, lessons, quizzes, goals, and every run with a link to its curves. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        Optional<Member> member = classrooms.memberOf(learner.id());
        List<RunSummary> mine = runs.history(learner.id(), 500);
        Set<String> goalRuns = new HashSet<>(goals.runsThatMetGoals(learner.id()));
        return ui.localize(
                ClassroomTemplates.me(
                        member.orElse(null),
                        member.flatMap(m -> classrooms.find(m.classId()))
                                .map(c -> c.name())
                                .orElse(""),
                        progress.progress(learner.id()),
                        mine,
                        goalRuns));
    }

    /** The banner that connects to the live channel, for class members only (204 for self-study). */
    @GET
    @Path("banner")
    @Produces(MediaType.TEXT_HTML)
    public Response banner() {
        Optional<Member> member = classrooms.memberOf(learner.id());
        if (member.isEmpty()) {
            return Response.noContent().build();
        }
        return Response.ok(
                        ui.localize(
                                ClassroomTemplates.banner(
                                        broadcasts.latest(member.get().classId()).orElse(null))))
                .build();
    }

    @GET
    @Path("live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@Context Sse sse) {
        Optional<Member> member = classrooms.memberOf(learner.id());
        Locale locale = ui.locale();
        return streams.limit(
                Multi.createFrom()
                        .emitter(
                                emitter -> {
                                    if (member.isEmpty()) {
                                        emitter.complete();
                                        return;
                                    }
                                    Runnable stop =
                                            broadcasts.listen(
                                                    member.get().classId(),
                                                    message ->
                                                            emitter.emit(
                                                                    sse.newEventBuilder()
                                                                            .id(
                                                                                    Long.toString(
                                                                                            message
                                                                                                    .id()))
                                                                            .name("broadcast")
                                                                            .data(
                                                                                    render(
                                                                                            message,
                                                                                            locale))
                                                                            .build()));
                                    emitter.onTermination(stop);
                                }));
    }

    private String render(Broadcast message, Locale locale) {
        return Ui.localize(ClassroomTemplates.bannerMessage(message), locale).render();
    }
}
