package dev.neurona.web;

import dev.neurona.classroom.GoalResults;
import dev.neurona.classroom.GoalStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An exercise's goal box: the goal, and whether the learner's runs met it (checked on the server). */
@Path("/exercises/{exercise}/goal")
public class GoalResource {

    @Inject
    GoalResults goals;

    @Inject
    CurrentLearner learner;

    @Inject
    Ui ui;

    /** The goal box of an exercise, with its parameters. */
    @CheckedTemplate(basePath = "classroom", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static final class Templates {

        private Templates() {
        }

        static native TemplateInstance goalBox(GoalStatus status, String exerciseId);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response box(@PathParam("exercise") String exerciseId) {
        return goals.goalOf(exerciseId)
                .map(goal -> Response.ok(ui.localize(Templates.goalBox(goals.status(learner.id(), exerciseId, goal), exerciseId))).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
