package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Finding;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of generated and mutated policies (seeded, so a failure can be replayed): the
 * analyzer never throws and always explains a refusal; the merger never loses its
 * properties; every policy the generator writes passes its own check.
 */
class PolicyGeneratedInputTest {
    private static final long SEED = 20_251_126L;
    private static final int MUTATED = 2_000;
    private static final int RANDOM_JSON = 1_000;
    private static final int BROKEN_TEXT = 1_000;

    private final Random random = new Random(SEED);
    private final PolicyMutator mutator = new PolicyMutator(random);

    private PolicyRequest randomRequest() {
        ReportType report = ReportType.values()[random.nextInt(ReportType.values().length)];
        Partition partition = Partition.values()[random.nextInt(Partition.values().length)];
        return new PolicyRequest(randomBucket(), report, randomAccount(), partition, random.nextBoolean());
    }

    private String randomBucket() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-.";
        while (true) {
            StringBuilder name = new StringBuilder();
            int length = 3 + random.nextInt(61);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (io.billingpilot.core.BucketName.isValid(name.toString())) {
                return name.toString();
            }
        }
    }

    private String randomAccount() {
        return String.format("%012d", (long) (random.nextDouble() * 1_000_000_000_000L));
    }

    @Test
    void every_policy_the_generator_writes_passes_its_own_check() {
        for (int i = 0; i < 300; i++) {
            PolicyRequest request = randomRequest();
            PolicyAnalysis analysis = PolicyAnalyzer.analyze(PolicyFormat.pretty(BucketPolicyGenerator.generate(request)), request);
            assertTrue(analysis.deliverable() && analysis.findings().isEmpty(), request + ": " + analysis.findings());
            ObjectNode merged = PolicyMerger.merge(BucketPolicyGenerator.generate(request), request);
            assertEquals(BucketPolicyGenerator.generate(request), merged, "merging into itself changes nothing: " + request);
        }
    }

    @Test
    void mutated_policies_never_crash_the_analyzer_or_the_merger() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MUTATED; i++) {
            PolicyRequest request = randomRequest();
            JsonNode policy = mutator.mutate(BucketPolicyGenerator.generate(request));
            String text = random.nextBoolean() ? Json.compact(policy) : PolicyFormat.pretty(policy);
            try {
                assertExplained(PolicyAnalyzer.analyze(text, request));
                checkMerge(policy, request);
            } catch (AssertionError | RuntimeException e) {
                failures.add("#" + i + " " + request + " " + text + " -> " + e);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    @Test
    void random_json_values_never_crash_the_analyzer() {
        for (int i = 0; i < RANDOM_JSON; i++) {
            PolicyRequest request = randomRequest();
            JsonNode value = mutator.randomValue(4);
            String text = Json.compact(value);
            try {
                assertExplained(PolicyAnalyzer.analyze(text, request));
            } catch (RuntimeException e) {
                fail("#" + i + " " + text, e);
            }
        }
    }

    @Test
    void broken_and_random_text_is_a_finding_never_an_exception() {
        String valid = PolicyFormat.pretty(BucketPolicyGenerator.generate(Policies.cur()));
        for (int i = 0; i < BROKEN_TEXT; i++) {
            String text = mutator.brokenText(valid);
            try {
                PolicyAnalysis analysis = PolicyAnalyzer.analyze(text, Policies.cur());
                assertExplained(analysis);
            } catch (RuntimeException e) {
                fail("#" + i + " " + text, e);
            }
        }
    }

    /** A refused policy has at least one error, and every error says what to do. */
    private static void assertExplained(PolicyAnalysis analysis) {
        assertEquals(analysis.deliverable(), analysis.findings().stream().noneMatch(Finding::isError));
        for (Finding finding : analysis.findings()) {
            assertFalse(finding.code().isBlank());
            assertFalse(finding.message().isBlank());
            assertFalse(finding.message().contains("\n"), "one line: " + finding.message());
            if (finding.isError()) {
                assertFalse(finding.fix().isBlank(), "an error without a fix: " + finding);
            }
        }
    }

    /** Merging works or refuses a non-policy cleanly, is idempotent, and keeps every other statement. */
    private static void checkMerge(JsonNode policy, PolicyRequest request) {
        ObjectNode merged;
        try {
            merged = PolicyMerger.merge(policy, request);
        } catch (InvalidInputException refused) {
            return;
        }
        assertEquals(merged, PolicyMerger.merge(merged, request), "merging twice changes the result");
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(merged, request);
        assertFalse(analysis.has("writer-not-allowed") || analysis.has("action-missing"),
                "after a merge the writer is always granted its actions: " + analysis.findings());
    }
}
