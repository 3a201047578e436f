package dev.neurona.web;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.LabeledImages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** Serves single MNIST digits as PNG images for the sample grid and the gallery of mistakes. */
@Path("/datasets/{dataset:mnist|fashion-mnist}")
public class DatasetImageResource {

    @Inject
    DatasetLibrary datasets;

    @GET
    @Path("{split:train|test}/{index:\\d{1,5}}.png")
    @Produces("image/png")
    public Response digit(@PathParam("dataset") String dataset, @PathParam("split") String split, @PathParam("index") int index)
            throws DatasetUnavailableException {
        dev.neurona.data.Mnist set = dev.neurona.data.Mnist.FASHION.equals(dataset) ? datasets.fashionImages() : datasets.mnist();
        LabeledImages images = "test".equals(split) ? set.test() : set.train();
        if (index >= images.count()) {
            throw new NotFoundException("no image " + index + " in " + split);
        }
        return Response.ok(DigitImages.png(images, index)).header("Cache-Control", "public, max-age=604800, immutable").build();
    }
}
