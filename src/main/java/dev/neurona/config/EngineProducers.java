package dev.neurona.config;

import dev.neurona.data.DatasetFiles;
import dev.neurona.data.DatasetLibrary;
import dev.neurona.nn.SpecLimits;
import dev.neurona.nn.SpecParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain engine objects (which know nothing of CDI) available to the application, configured. */
@ApplicationScoped
public class EngineProducers {

    @Produces
    @Singleton
    DatasetLibrary datasetLibrary(NeuronaConfig config) {
        return new DatasetLibrary(config.useBundledDatasets()
                ? new DatasetFiles(config.datasetsDir())
                : DatasetFiles.directoryOnly(config.datasetsDir()));
    }

    @Produces
    @Singleton
    SpecParser specParser(NeuronaConfig config) {
        NeuronaConfig.Limits l = config.limits();
        return new SpecParser(new SpecLimits(l.maxHiddenLayers(), l.maxUnits(), l.maxParameters(), l.maxEpochs(), l.maxBatchSize()));
    }
}
