package dev.neurona.web;

import dev.neurona.classroom.ClassroomException;
import dev.neurona.classroom.Classrooms;
import dev.neurona.classroom.Joined;
import dev.neurona.classroom.Member;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A learner joins a class with its code and a display name, or signs in again with their PIN. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JoinResource {

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentLearner learner;

    @Inject
    Ui ui;

    @Inject
    ClientAttempts attempts;

    @GET
    @Path("join")
    public TemplateInstance page(@QueryParam("code") String code) {
        return ui.localize(ClassroomTemplates.join(Map.of("code", code == null ? "" : code), Map.of()));
    }

    /** The link a QR code points to: the join page with the code filled in. */
    @GET
    @Path("join/{code}")
    public TemplateInstance pageWithCode(@PathParam("code") String code) {
        return page(code);
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestForm String code, @RestForm String name) {
        Map<String, String> values = Map.of("code", code == null ? "" : code, "name", name == null ? "" : name);
        if (!attempts.allow()) {
            return form(ClassroomTemplates.joinForm(values, Map.of("form", ui.classroom().errTooManyAttempts())), 429);
        }
        try {
            Joined joined = classrooms.join(code, name, learner.id());
            return Response.ok(ui.localize(ClassroomTemplates.joined(joined))).build();
        } catch (ClassroomException e) {
            return form(ClassroomTemplates.joinForm(values, ClassroomErrors.of(e, ui.classroom())), 422);
        }
    }

    @POST
    @Path("signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String code, @RestForm String name, @RestForm String pin) {
        Map<String, String> values = Map.of("code", code == null ? "" : code, "name", name == null ? "" : name);
        if (!attempts.allow() || !attempts.allowAccount(values.get("code"), values.get("name"))) {
            return form(ClassroomTemplates.signinForm(values, Map.of("form", ui.classroom().errTooManyAttempts())), 429);
        }
        try {
            Member member = classrooms.signIn(code, name, pin);
            attempts.signedIn(values.get("code"), values.get("name"));
            learner.become(member.learnerId());
            return Response.ok().header("HX-Redirect", "/").build();
        } catch (ClassroomException e) {
            return form(ClassroomTemplates.signinForm(values, ClassroomErrors.of(e, ui.classroom())), 422);
        }
    }

    private Response form(TemplateInstance form, int status) {
        return Response.status(status).entity(ui.localize(form)).build();
    }
}
