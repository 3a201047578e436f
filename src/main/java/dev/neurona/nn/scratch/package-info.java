/**
 * Module 2's network written from scratch on raw ND4J arrays: forward pass, backpropagation and
 * gradient descent exactly as the lessons write them, with no DL4J; {@link dev.neurona.nn.scratch.Dl4jOracle}
 * builds its DL4J twin only to check its gradients. Knows nothing of HTTP.
 */
package dev.neurona.nn.scratch;
