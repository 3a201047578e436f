/** Datasets of the course: loaders for the bundled sources and their conversion to ND4J arrays. Knows nothing of HTTP. */
package dev.neurona.data;
