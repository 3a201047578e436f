package dev.neurona.web;

import dev.neurona.classroom.GoalResults;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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

    @Inject
    @Location("classroom/goal-box.html")
    Template goalBox;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response box(@PathParam("exercise") String exerciseId) {
        return goals.goalOf(exerciseId)
                .map(goal -> Response.ok(ui.localize(goalBox.data("status", goals.status(learner.id(), exerciseId, goal))
                        .data("exerciseId", exerciseId))).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
