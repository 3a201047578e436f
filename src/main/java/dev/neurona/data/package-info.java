/** Datasets of the course: loaders for the bundled sources, seeded 2-D generators, splits and preprocessing, as ND4J arrays. Knows nothing of HTTP. */
package dev.neurona.data;
