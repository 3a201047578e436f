package dev.neurona.runs;

/** The server has too little native memory left for this run now; the learner should retry later. */
public final class MemoryShortException extends RunRefusedException {

    MemoryShortException(long neededBytes, long freeBytes) {
        super(
                "not enough memory for this run now (needs about "
                        + (neededBytes >> 20)
                        + " MB, "
                        + (Math.max(0, freeBytes) >> 20)
                        + " MB left)");
    }
}
