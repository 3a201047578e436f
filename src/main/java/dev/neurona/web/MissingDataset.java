package dev.neurona.web;

import dev.neurona.data.DatasetOrigin;

/** The notice for an exercise whose data the server lacks: it names that dataset and how to install it. */
final class MissingDataset {

    private MissingDataset() {}

    static String notice(String dataset, AppMessages msg) {
        return DatasetOrigin.of(dataset)
                .map(
                        origin ->
                                origin.kind() == DatasetOrigin.Kind.DEBIAN
                                        ? msg.errDatasetUnavailableDebian(
                                                origin.displayName(), origin.packageName())
                                        : msg.errDatasetUnavailable(
                                                origin.displayName(), origin.packageName()))
                .orElseGet(msg::errDatasetUnavailableUnknown);
    }
}
