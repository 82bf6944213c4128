package org.agenticrl.engine.runs;

/** Where a sample's advantage in a {@link PromptGroup} comes from: the framework's log, or recomputed from rewards. */
public enum AdvantageSource {
    /** The value the framework logged (TRL, this app's JSONL). */
    LOGGED("logged by the framework"),
    /** GRPO: (r − mean) / (std + 1e-6), unbiased std, as this app's trainer and verl compute it. */
    GRPO("recomputed: GRPO (r - mean) / (std + 1e-6)"),
    /** Dr. GRPO: r − mean, no std. */
    DR_GRPO("recomputed: Dr. GRPO r - mean"),
    /** RLOO: r − the mean of the group's other samples. */
    RLOO("recomputed: RLOO r - mean of the others");

    private static final double EPSILON = 1e-6;

    private final String label;

    AdvantageSource(String label) {
        this.label = label;
    }

    /** What the advantage is, in a few words, e.g. "recomputed: Dr. GRPO r - mean". */
    public String label() {
        return label;
    }

    /** The recomputed advantage of reward r in a group of n with this mean and unbiased std; LOGGED has none. */
    double recompute(double r, double mean, double std, int n) {
        return switch (this) {
            case GRPO -> (r - mean) / (std + EPSILON);
            case DR_GRPO -> r - mean;
            case RLOO -> n < 2 ? 0 : r - (mean * n - r) / (n - 1);
            case LOGGED -> throw new IllegalStateException("a logged advantage is read, not recomputed");
        };
    }
}
