/** The training engine: network specs and their validation, DL4J training, evaluation, model files. Knows nothing of HTTP. */
package dev.neurona.nn;
