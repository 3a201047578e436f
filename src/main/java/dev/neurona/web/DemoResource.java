package dev.neurona.web;

import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.web.widgets.ImdbReviewWidgetMessages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fragments the dataset demos swap in: {@code GET /demos/imdb-review} (another training review;
 * a bad index answers 422 with the form and its message, retargeted so the review shown stays) and
 * {@code GET /demos/boston-features} (the feature tables, original or standardized).
 */
@Path("/demos")
@Produces(MediaType.TEXT_HTML)
public class DemoResource {

    @Inject DatasetDemos demos;

    @Inject Ui ui;

    /**
     * Training review {@code index}, or its neighbour ({@code move=previous|next}, wrapping round) or
     * a random one ({@code move=random}). {@code widget} is the id of the widget on the page.
     */
    @GET
    @Path("/imdb-review")
    public Response imdbReview(
            @QueryParam("widget") String widget,
            @QueryParam("index") String index,
            @QueryParam("move") String move)
            throws DatasetUnavailableException {
        String id = widgetId(widget);
        int last = demos.lastReview();
        if ("random".equals(move)) {
            return Response.ok(
                            demos.imdbReviewBody(id, ThreadLocalRandom.current().nextInt(last + 1)))
                    .build();
        }
        String value = index == null ? "" : index.strip();
        Integer chosen = value.matches("-?\\d{1,9}") ? Integer.valueOf(value) : null;
        ImdbReviewWidgetMessages msg =
                MessageBundles.get(
                        ImdbReviewWidgetMessages.class,
                        Localized.Literal.of(ui.locale().getLanguage()));
        if (chosen == null) {
            return refused(id, value, msg.errorNotNumber(Formats.thousands(last)));
        }
        if (chosen < 0 || chosen > last) {
            return refused(id, value, msg.errorOutside(value, Formats.thousands(last)));
        }
        if ("next".equals(move)) {
            chosen = chosen == last ? 0 : chosen + 1;
        } else if ("previous".equals(move)) {
            chosen = chosen == 0 ? last : chosen - 1;
        }
        return Response.ok(demos.imdbReviewBody(id, chosen)).build();
    }

    /** The feature tables, standardized with the training statistics when {@code view=standardized}. */
    @GET
    @Path("/boston-features")
    public String bostonFeatures(
            @QueryParam("widget") String widget, @QueryParam("view") String view)
            throws DatasetUnavailableException {
        return demos.bostonFeaturesBody(widgetId(widget), "standardized".equals(view));
    }

    /** The form again, its message beside the field, in place of the form only: the review shown stays. */
    private Response refused(String id, String value, String message)
            throws DatasetUnavailableException {
        return Response.status(422)
                .entity(demos.imdbReviewForm(id, value, message))
                .header("HX-Retarget", "#" + id + "-form")
                .header("HX-Reswap", "outerHTML")
                .build();
    }

    /** The page's widget id ({@code w3}), or a neutral one when the request carries something else. */
    private static String widgetId(String widget) {
        return widget != null && widget.matches("w\\d{1,4}") ? widget : "w0";
    }
}
