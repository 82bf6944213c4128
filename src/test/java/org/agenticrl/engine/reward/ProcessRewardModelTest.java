package org.agenticrl.engine.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessRewardModelTest {
    private static final StepFacts SEARCHED = new StepFacts("I need to search Action: search( capital of France )",
            "search", "Found: Paris", StepStatus.OK);
    private final ProcessRewardModel model = new ProcessRewardModel(List.of(
            new RewardRule(0.3, "used search", new RewardCondition("search", null, "Found:", Set.of()), true),
            new RewardRule(0.1, "showed reasoning", new RewardCondition(null, "need", null, Set.of()))));

    @Test
    void aOnceOnlyRuleFiresAtTheFirstMatchingStepOfAnEpisodeOnly() {
        ProcessRewardModel.EpisodeScorer episode = model.newEpisode();
        RewardBreakdown first = episode.evaluate(SEARCHED);
        assertEquals(List.of("+0.3 used search", "+0.1 showed reasoning"), first.reasons());
        assertEquals(0.4, first.reward(), 1e-15);
        RewardBreakdown again = episode.evaluate(SEARCHED);
        assertEquals(List.of("+0.1 showed reasoning"), again.reasons());
        assertEquals(0.1, again.reward(), 0.0);
    }

    @Test
    void aRuleThatDidNotMatchIsNotSpent() {
        ProcessRewardModel.EpisodeScorer episode = model.newEpisode();
        episode.evaluate(new StepFacts("Action: finish( Paris )", "finish", "ANSWER: Paris", StepStatus.OK));
        assertEquals(0.4, episode.evaluate(SEARCHED).reward(), 1e-15);
    }

    @Test
    void everyEpisodeStartsAfresh() {
        model.newEpisode().evaluate(SEARCHED);
        assertEquals(0.4, model.newEpisode().evaluate(SEARCHED).reward(), 1e-15);
    }
}
