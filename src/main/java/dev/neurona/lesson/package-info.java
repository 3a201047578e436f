/** The course's lessons: catalog read from {@code lessons/}, markdown rendering, math and directives. Knows nothing of training. */
package dev.neurona.lesson;
