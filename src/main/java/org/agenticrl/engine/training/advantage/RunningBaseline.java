package org.agenticrl.engine.training.advantage;

/**
 * REINFORCE's running-mean baseline: an exponential moving average (decay {@value #DECAY}) of the batch-mean return
 * of earlier batches, bias-corrected as Adam corrects its moments, so that the first batch's baseline is 0, the
 * second's is exactly the first batch's mean return, and later ones weigh recent batches most. A batch's own returns
 * never enter its baseline, which keeps the policy gradient unbiased. Immutable.
 *
 * @param average the uncorrected moving average
 * @param batches how many batches it has seen
 */
public record RunningBaseline(double average, int batches) {
    public static final double DECAY = 0.9;

    /** The baseline before any batch: 0. */
    public static RunningBaseline start() {
        return new RunningBaseline(0.0, 0);
    }

    /** The baseline to subtract from this batch's returns. */
    public double value() {
        return batches == 0 ? 0.0 : average / (1.0 - Math.pow(DECAY, batches));
    }

    /** The baseline after a batch whose mean return was batchMean. */
    public RunningBaseline after(double batchMean) {
        return new RunningBaseline(DECAY * average + (1.0 - DECAY) * batchMean, batches + 1);
    }
}
