package dev.neurona.web;

import dev.neurona.classroom.Classrooms;
import dev.neurona.classroom.Instructor;
import dev.neurona.runs.RunService;
import dev.neurona.runs.RunSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The instructor stops a run of a learner in one of their classes. */
@Path("/instructor/runs/{id}")
public class InstructorRunsResource {

    @Inject
    CurrentInstructor instructor;

    @Inject
    Classrooms classrooms;

    @Inject
    RunService runs;

    @POST
    @Path("cancel")
    public Response cancel(@PathParam("id") String id) {
        Instructor me = instructor.require();
        RunSummary run = runs.summary(id).orElseThrow(() -> new NotFoundException("no run " + id));
        if (!classrooms.teaches(me, run.learnerId())) {
            throw new NotFoundException("no run " + id);
        }
        return runs.cancelAny(id) ? Response.noContent().build() : Response.status(409).entity("the run has already ended").build();
    }
}
