package org.agenticrl.engine.training.optimizer;

import org.agenticrl.engine.Identified;

/** The optimizers training offers. */
public enum OptimizerKind implements Identified {
    SGD("plain gradient descent: z <- z - lr * g"),
    ADAM("Adam with bias correction (beta1 0.9, beta2 0.999, eps 1e-8): a per-logit step size");

    private final String description;

    OptimizerKind(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /** A fresh optimizer with no state. @param learningRate positive and finite */
    public Optimizer create(double learningRate) {
        return this == SGD ? new SgdOptimizer(learningRate) : new AdamOptimizer(learningRate);
    }
}
