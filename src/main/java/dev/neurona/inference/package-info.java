/** Finished runs' saved models put to use: a drawn digit, a typed review, an uploaded model scored on the test set. */
package dev.neurona.inference;
