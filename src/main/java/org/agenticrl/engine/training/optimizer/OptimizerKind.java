package org.agenticrl.engine.training.optimizer;

import org.agenticrl.engine.Identified;

/** The optimizers training offers. */
public enum OptimizerKind implements Identified {
    SGD("sgd", "plain gradient descent: z <- z - lr * g"),
    ADAM("adam", "Adam with bias correction (beta1 0.9, beta2 0.999, eps 1e-8): a per-logit step size");

    private final String id;
    private final String description;

    OptimizerKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
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
