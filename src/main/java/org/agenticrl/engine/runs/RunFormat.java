package org.agenticrl.engine.runs;

/** The rollout formats a {@link Run} can be read from, each with the name users know it by. */
public enum RunFormat {
    VERL("verl rollout dump ({step}.jsonl)", "verl dumps decoded text only: it logs no token probabilities."),
    TRL("TRL GRPO completions (completions_{step}.parquet)",
            "TRL logs decoded completions only: no token probabilities."),
    RLLM("rLLM episode logs (episodes/*_step_*_epoch_*/episode_*.json)",
            "rLLM's episode logs hold no token texts with their probabilities."),
    INSPECT("inspect_ai log (.eval or .json)", "This sample's model events hold no log-probabilities: inspect_ai "
            + "logs them only when the evaluation asks for them (GenerateConfig logprobs and top_logprobs)."),
    APP_EPISODE("Agentic RL Visualizer episode export (JSON)", "This episode export holds no token log-probabilities."),
    AGENTIC_JSONL("Agentic RL Visualizer run lines (JSONL)", "This sample's line has no tokens field."),
    /**
     * A file rLLM writes beside its episodes (a step folder's batch_summary.json, the eval store's meta.json): read with
     * them, never a run of its own and never listed as skipped.
     */
    RLLM_COMPANION("rLLM batch summary or eval metadata", "");

    private final String label;
    private final String noTokens;

    RunFormat(String label, String noTokens) {
        this.label = label;
        this.noTokens = noTokens;
    }

    /** Why a sample of this format shows no token chips: one sentence. */
    public String noTokens() {
        return noTokens;
    }

    /** A human-readable name, e.g. "verl rollout dump ({step}.jsonl)". */
    public String label() {
        return label;
    }
}
