package dev.neurona.web;

import dev.neurona.classroom.InstructorAccounts;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a refused instructor request with its status and the way to the sign-in page. */
public class InstructorOnlyMapper {

    @Inject
    Ui ui;

    @Inject
    InstructorAccounts accounts;

    @ServerExceptionMapper
    public Response refuse(InstructorOnlyException e) {
        return Response.status(e.status()).type(MediaType.TEXT_HTML)
                .entity(ui.localize(ClassroomTemplates.instructorAccess(!accounts.hasAccount(), ui.classroom().instructorOnly(),
                        java.util.Map.of(), java.util.Map.of())))
                .build();
    }
}
