package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assessor.round.Response;
import org.junit.jupiter.api.Test;

class RoundSubmissionTest {

    private static List<Response> of(Object... roleAndCount) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < roleAndCount.length; i += 2) {
            for (int n = 0; n < (int) roleAndCount[i + 1]; n++) {
                responses.add(new Response("k" + responses.size(), "r", null, (String) roleAndCount[i],
                        JsonNodeFactory.instance.objectNode(), true, 1));
            }
        }
        return responses;
    }

    @Test
    void groupsBelowTheMinimumAreMergedAndASmallMergedGroupTakesInTheNextSmallest() {
        assertThat(RoundSubmission.mergedRoles(of("frontline-staff", 5, "board", 3), 3))
                .isEqualTo(Map.of("frontline-staff", "frontline-staff", "board", "board"));
        assertThat(RoundSubmission.mergedRoles(of("frontline-staff", 5, "board", 1, "partner", 2), 3))
                .isEqualTo(Map.of("frontline-staff", "frontline-staff", "board", "other", "partner", "other"));
        assertThat(RoundSubmission.mergedRoles(of("frontline-staff", 9, "senior-manager", 3, "board", 1), 3))
                .isEqualTo(Map.of("frontline-staff", "frontline-staff", "senior-manager", "other", "board", "other"));
        assertThat(RoundSubmission.mergedRoles(of("board", 1, "partner", 1), 3))
                .as("one group is left").isEqualTo(Map.of("board", "other", "partner", "other"));
    }
}
