/** People and their progress: learners (anonymous by cookie, or members of a class), instructors and their classes, quiz attempts, exercise goals. */
package dev.neurona.classroom;
