package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agenticrl.engine.environment.tools.Toolbox;
import org.agenticrl.engine.reward.OutcomeReward;
import org.agenticrl.engine.reward.ProcessRewardModel;
import org.agenticrl.engine.reward.RewardCondition;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.reward.StepStatus;

/** Checks a scenario file's {@code processRewards} and {@code outcomeReward} and builds them. */
final class RewardValidator {
    private static final Map<String, StepStatus> STATUSES = new LinkedHashMap<>();

    static {
        for (StepStatus status : StepStatus.values()) {
            STATUSES.put(status.name().toLowerCase(Locale.ROOT), status);
        }
    }

    private final FieldChecks checks;

    RewardValidator(FieldChecks checks) {
        this.checks = checks;
    }

    /** @param toolbox the tools a rule may name */
    ProcessRewardModel processRewards(List<ScenarioFile.RuleSpec> specs, Toolbox toolbox) throws ScenarioException {
        List<RewardRule> rules = new ArrayList<>();
        if (specs == null) {
            return new ProcessRewardModel(rules);
        }
        for (int i = 0; i < specs.size(); i++) {
            String path = "processRewards[" + i + "]";
            ScenarioFile.RuleSpec spec = checks.required(specs.get(i), path);
            double reward = checks.required(spec.reward(), path + ".reward");
            if (!(Math.abs(reward) <= ScenarioValidator.MAX_ABS_REWARD)) {
                throw checks.refuse(path + ".reward", "must be between -" + ScenarioValidator.MAX_ABS_REWARD + " and "
                        + ScenarioValidator.MAX_ABS_REWARD);
            }
            String reason = checks.requiredText(spec.reason(), path + ".reason");
            rules.add(new RewardRule(reward, reason, condition(spec.when(), path + ".when", toolbox),
                    Boolean.TRUE.equals(spec.once())));
        }
        return new ProcessRewardModel(rules);
    }

    private RewardCondition condition(ScenarioFile.ConditionSpec when, String path, Toolbox toolbox)
            throws ScenarioException {
        checks.required(when, path);
        if (when.tool() != null && toolbox.find(when.tool()).isEmpty()) {
            throw checks.refuse(path + ".tool", "'" + when.tool() + "' is not one of the scenario's tools");
        }
        Set<StepStatus> status = EnumSet.noneOf(StepStatus.class);
        if (when.status() != null) {
            for (int s = 0; s < when.status().size(); s++) {
                status.add(status(when.status().get(s), path + ".status[" + s + "]"));
            }
        }
        if (when.tool() == null && when.textContains() == null && when.outputContains() == null && status.isEmpty()) {
            throw checks.refuse(path, "states no condition; give tool, textContains, outputContains or status");
        }
        return new RewardCondition(when.tool(), when.textContains(), when.outputContains(), status);
    }

    private StepStatus status(String id, String path) throws ScenarioException {
        StepStatus status = STATUSES.get(checks.required(id, path));
        if (status == null) {
            throw checks.refuse(path, "'" + id + "' is not a step status; use " + String.join(", ", STATUSES.keySet()));
        }
        return status;
    }

    OutcomeReward outcome(ScenarioFile.OutcomeSpec spec) throws ScenarioException {
        if (spec == null) {
            return OutcomeReward.SEED;
        }
        double correct = checks.required(spec.correct(), "outcomeReward.correct");
        double wrong = checks.required(spec.wrong(), "outcomeReward.wrong");
        double max = ScenarioValidator.MAX_ABS_REWARD;
        if (!(Math.abs(correct) <= max) || !(Math.abs(wrong) <= max)) {
            throw checks.refuse("outcomeReward", "rewards must be between -" + max + " and " + max);
        }
        return new OutcomeReward(correct, wrong);
    }
}
