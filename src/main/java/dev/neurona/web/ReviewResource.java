package dev.neurona.web;

import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.inference.ReviewRefusedException;
import dev.neurona.inference.ReviewScoringService;
import dev.neurona.inference.ReviewScore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Lesson 3.3's "type a review": {@code POST /runs/{id}/review} with the form field {@code text}
 * answers the score as an HTML fragment (templates/review-result.html) for the box of
 * templates/review-box.html, or a 4xx with a message to show beside the field. Another learner's run
 * is refused as one that does not exist (see {@link RunAccess}).
 */
@Path("/runs/{id}/review")
public class ReviewResource {

    /** The textarea's {@code maxlength}: the browser stops where the server would refuse. */
    @TemplateGlobal
    static int reviewMaxCharacters = ReviewScoringService.MAX_CHARACTERS;

    @Inject
    ReviewScoringService reviews;

    @Inject
    RunAccess access;

    @Inject
    Ui ui;

    /** The answers of this resource, with their parameters. */
    @CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static final class Templates {

        private Templates() {
        }

        static native TemplateInstance reviewResult(ReviewScore score);

        static native TemplateInstance reviewError(String message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response score(@PathParam("id") String id, @FormParam("text") String text) throws DatasetUnavailableException {
        if (access.owner(id).isEmpty()) {
            return refused(ReviewRefusedException.Reason.NO_RUN, text);
        }
        try {
            return Response.ok(ui.localize(Templates.reviewResult(reviews.score(id, text))).render()).build();
        } catch (ReviewRefusedException e) {
            return refused(e.reason(), text);
        }
    }

    private Response refused(ReviewRefusedException.Reason reason, String text) {
        String message = message(reason, text, MessageBundles.get(ReviewMessages.class, Localized.Literal.of(ui.locale().getLanguage())));
        return Response.status(status(reason)).entity(ui.localize(Templates.reviewError(message)).render()).build();
    }

    private static int status(ReviewRefusedException.Reason reason) {
        return switch (reason) {
            case NO_RUN, NO_MODEL -> 404;
            case NOT_IMDB, NOT_FINISHED, UNUSABLE -> 409;
            case EMPTY, TOO_LONG -> 422;
        };
    }

    private static String message(ReviewRefusedException.Reason reason, String text, ReviewMessages msg) {
        return switch (reason) {
            case NO_RUN -> msg.errorNoRun();
            case NO_MODEL -> msg.errorNoModel();
            case NOT_IMDB -> msg.errorNotImdb();
            case NOT_FINISHED -> msg.errorNotFinished();
            case UNUSABLE -> msg.errorUnusable();
            case EMPTY -> msg.errorEmpty();
            case TOO_LONG -> msg.errorTooLong(text.length(), ReviewScoringService.MAX_CHARACTERS);
        };
    }
}
