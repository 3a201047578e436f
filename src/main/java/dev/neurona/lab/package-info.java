/** Module 2's lab: the from-scratch network's data, one forward pass, one step, and each learner's live training (lessons 2.2–2.5). */
package dev.neurona.lab;
