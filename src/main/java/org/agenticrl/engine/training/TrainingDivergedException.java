package org.agenticrl.engine.training;

/** Thrown by {@link Trainer#step()} once training has diverged; carries the {@link Divergence}. */
public final class TrainingDivergedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Divergence divergence;

    public TrainingDivergedException(Divergence divergence) {
        super(divergence.message());
        this.divergence = divergence;
    }

    public Divergence divergence() {
        return divergence;
    }
}
