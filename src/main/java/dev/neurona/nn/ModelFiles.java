package dev.neurona.nn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/** Saves and loads models in DL4J's own zip format (configuration, weights and optimizer state), lesson 1.5's save/load. */
public final class ModelFiles {

    private ModelFiles() {
    }

    public static void save(MultiLayerNetwork network, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        ModelSerializer.writeModel(network, partial.toFile(), true);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static MultiLayerNetwork load(Path file) throws IOException {
        return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
    }

    /**
     * Reads an uploaded model and checks that it fits {@code shape}. Anything else (an empty file,
     * a zip without DL4J's entries, a network of other sizes) is refused with a reason.
     */
    public static MultiLayerNetwork readUpload(byte[] bytes, DatasetShape shape) throws InvalidModelException {
        if (bytes.length == 0) {
            throw new InvalidModelException(InvalidModelException.Reason.EMPTY, "empty file", null);
        }
        if (!hasEntry(bytes, "configuration.json") || !hasEntry(bytes, "coefficients.bin")) {
            throw new InvalidModelException(InvalidModelException.Reason.NOT_A_MODEL, "not a DL4J model zip", null);
        }
        MultiLayerNetwork network;
        try {
            network = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
        } catch (Exception | LinkageError e) {
            throw new InvalidModelException(InvalidModelException.Reason.NOT_A_MODEL, String.valueOf(e.getMessage()), e);
        }
        long inputs = network.layerInputSize(0);
        long outputs = network.layerSize(network.getnLayers() - 1);
        if (inputs != shape.inputs() || outputs != shape.outputs()) {
            throw new InvalidModelException(InvalidModelException.Reason.WRONG_SHAPE,
                    inputs + "→" + outputs + " (expected " + shape.inputs() + "→" + shape.outputs() + ")", null);
        }
        return network;
    }

    private static boolean hasEntry(byte[] bytes, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
