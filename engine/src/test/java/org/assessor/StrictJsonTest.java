package org.assessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits {@link StrictJson} puts on untrusted JSON, each refused as {@link MalformedJson}. */
class StrictJsonTest {

    private static void refused(String json, String message) {
        assertThatThrownBy(() -> StrictJson.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedJson.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "[1E+2147483647]", "{\"n\": 1e101}", "{\"n\": 1e-101}", "-7e-999999999"})
    void aNumberWhoseExponentReachesPastTheDigitLimitIsRefusedAtOnce(String json) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> StrictJson.read(
                json.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(MalformedJson.class)
                .hasMessageContaining("exponent that reaches past 100 digits");
    }

    @Test
    void anAnswerOfOneFollowedByABillionZerosIsRefusedBeforeAnythingPrintsIt() {
        String submission = "{\"questionnaireId\": \"demo\", \"site\": {\"id\": \"x\"}, \"answers\": {\"1.1.b.1\": 1e999999999}}";
        long start = System.nanoTime();
        refused(submission, "'/answers/1.1.b.1'");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void bytesThatLookLikeAnImpossibleEncodingAreMalformedJson() {
        byte[] ucs4InAnOrderNoOneUses = {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'};
        assertThatThrownBy(() -> StrictJson.read(ucs4InAnOrderNoOneUses))
                .isInstanceOf(MalformedJson.class).hasMessageContaining("not UTF-8 text");
    }

    @Test
    void zeroWithAHugeExponentIsJustZero() {
        assertThat(StrictJson.read("0e-999999999".getBytes(StandardCharsets.UTF_8)).decimalValue().scale()).isZero();
    }

    @Test
    void ordinaryNumbersPass() {
        assertThat(StrictJson.read("[0.75, 1e5, -12, 1.5E-3, 100000000000000000000]".getBytes(StandardCharsets.UTF_8))
                .size()).isEqualTo(5);
    }

    @Test
    void eachStructuralLimitIsRefused() {
        refused("[".repeat(40) + "]".repeat(40), "nesting depth");
        refused("[" + "0,".repeat(1_000) + "0]", "the array at '' has 1001 elements; at most 1000");
        refused("{\"a\": {" + java.util.stream.IntStream.range(0, 1_001).mapToObj(i -> "\"k" + i + "\": 0")
                .collect(java.util.stream.Collectors.joining(",")) + "}}", "the object at '/a' has 1001 fields");
        refused("{\"" + "k".repeat(1_001) + "\": 0}", "Name length");
        refused("{\"n\": " + "9".repeat(101) + "}", "Number value length");
        refused("{\"a\": 1, \"a\": 2}", "Duplicate field 'a'");
        refused("{} {}", "Trailing token");
        refused("", "the body is empty");
    }
}
