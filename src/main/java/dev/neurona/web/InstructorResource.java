package dev.neurona.web;

import dev.neurona.classroom.ClassGroup;
import dev.neurona.classroom.ClassroomException;
import dev.neurona.classroom.Classrooms;
import dev.neurona.classroom.Instructor;
import dev.neurona.classroom.InstructorAccounts;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The instructor's way in (first set-up, sign-in, sign-out) and their list of classes. */
@Path("/instructor")
@Produces(MediaType.TEXT_HTML)
public class InstructorResource {

    @Inject
    InstructorAccounts accounts;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentInstructor instructor;

    @Inject
    Ui ui;

    @Inject
    ClientAttempts attempts;

    @Inject
    SessionCookies cookies;

    /** A class in the instructor's list. */
    public record ClassEntry(ClassGroup group, int learners) {
    }

    @GET
    public Response entry() {
        if (instructor.get().isPresent()) {
            return Response.seeOther(URI.create("/instructor/classes")).build();
        }
        return Response.ok(access(!accounts.hasAccount())).build();
    }

    @POST
    @Path("setup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setUp(@RestForm String code, @RestForm String username, @RestForm String password, @RestForm String password2) {
        Map<String, String> values = Map.of("username", username == null ? "" : username);
        if (!attempts.allow()) {
            return form(true, values, Map.of("form", ui.classroom().errTooManyAttempts()), 429);
        }
        if (password != null && !password.equals(password2)) {
            return form(true, values, Map.of("password2", ui.classroom().errPasswordsDiffer()), 422);
        }
        try {
            return signedIn(accounts.setUp(code, username, password));
        } catch (ClassroomException e) {
            return form(true, values, ClassroomErrors.of(e, ui.classroom()), 422);
        }
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password) {
        Map<String, String> values = Map.of("username", username == null ? "" : username);
        if (!attempts.allow() || !attempts.allowAccount("instructor", values.get("username"))) {
            return form(false, values, Map.of("form", ui.classroom().errTooManyAttempts()), 429);
        }
        Optional<Instructor> found = accounts.authenticate(username, password);
        if (found.isEmpty()) {
            return form(false, values, Map.of("form", ui.classroom().errBadCredentials()), 422);
        }
        attempts.signedIn("instructor", values.get("username"));
        return signedIn(found.get());
    }

    @POST
    @Path("logout")
    public Response logout() {
        instructor.token().ifPresent(accounts::closeSession);
        return Response.noContent().header("HX-Redirect", "/instructor").cookie(cookies.expired(CurrentInstructor.COOKIE)).build();
    }

    @GET
    @Path("classes")
    public TemplateInstance classes() {
        Instructor me = instructor.require();
        List<ClassEntry> entries = classrooms.of(me).stream().map(c -> new ClassEntry(c, classrooms.roster(c.id()).size())).toList();
        return ui.localize(ClassroomTemplates.classes(entries, Map.of(), Map.of()));
    }

    @POST
    @Path("classes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name) {
        Instructor me = instructor.require();
        try {
            ClassGroup group = classrooms.create(me, name);
            return Response.ok().header("HX-Redirect", "/instructor/classes/" + group.id()).build();
        } catch (ClassroomException e) {
            return Response.status(422).entity(ui.localize(ClassroomTemplates.classForm(Map.of("name", name == null ? "" : name),
                    ClassroomErrors.of(e, ui.classroom())))).build();
        }
    }

    private Response signedIn(Instructor who) {
        String token = accounts.openSession(who);
        NewCookie cookie = cookies.session(CurrentInstructor.COOKIE, token, accounts.sessionLength());
        return Response.ok().header("HX-Redirect", "/instructor/classes").cookie(cookie).build();
    }

    private TemplateInstance access(boolean setup) {
        return ui.localize(ClassroomTemplates.instructorAccess(setup, null, Map.of(), Map.of()));
    }

    private Response form(boolean setup, Map<String, String> values, Map<String, String> errors, int status) {
        return Response.status(status).entity(ui.localize(ClassroomTemplates.instructorForm(setup, values, errors))).build();
    }
}
