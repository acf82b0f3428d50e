package io.billingpilot.policy.iam;

import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluatorTest {
    private static final String BUCKET = "arn:aws:s3:::metricly-example";
    private static final Caller CUR = Caller.service("billingreports.amazonaws.com");
    private static final Caller LEGACY = Caller.account("aws", "386209384616");

    private static PolicyDocument policy(String statements) {
        PolicyParser.Result result = PolicyParser.parse(Json.parse("{\"Version\": \"2012-10-17\", \"Statement\": " + statements + "}"));
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        return result.document();
    }

    private static Evaluator.Outcome decide(String statements, RequestContext request) {
        return Evaluator.evaluate(policy(statements), request).outcome();
    }

    private static RequestContext put(Caller caller) {
        return new RequestContext(caller, "s3:PutObject", BUCKET + "/aws-programmatic-access-test-object")
                .with("aws:SecureTransport", "true");
    }

    @Test
    void nothing_is_allowed_without_an_allow() {
        PolicyDocument empty = new PolicyDocument(null, null, java.util.List.of(), Json.object());
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, Evaluator.evaluate(empty, put(CUR)).outcome());
    }

    @Test
    void an_explicit_deny_wins_over_any_allow() {
        String statements = """
                [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"},
                 {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::metricly-example/*"}]""";
        Evaluator.Decision decision = Evaluator.evaluate(policy(statements), put(CUR));
        assertEquals(Evaluator.Outcome.EXPLICIT_DENY, decision.outcome());
        assertEquals(1, decision.denying().get(0).index());
    }

    @Test
    void a_statement_applies_only_when_every_condition_holds() {
        String statements = """
                {"Effect": "Allow", "Principal": {"Service": "billingreports.amazonaws.com"}, "Action": "s3:PutObject",
                 "Resource": "arn:aws:s3:::metricly-example/*",
                 "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}, "Bool": {"aws:SecureTransport": "true"}}}""";
        assertEquals(Evaluator.Outcome.ALLOWED, decide(statements, put(CUR).with("aws:SourceAccount", "123456789012")));
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, decide(statements, put(CUR).with("aws:SourceAccount", "999999999999")));
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, decide(statements, put(CUR)));
    }

    @Test
    void action_names_compare_in_any_letter_case_with_wildcards() {
        for (String action : new String[]{"s3:PutObject", "S3:PUTOBJECT", "s3:put*", "s3:*", "*", "s3:Put?bject"}) {
            String statements = "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"" + action + "\", \"Resource\": \"*\"}";
            assertEquals(Evaluator.Outcome.ALLOWED, decide(statements, put(CUR)), action);
        }
        String other = "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": [\"s3:Get*\", \"s3:List*\"], \"Resource\": \"*\"}";
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, decide(other, put(CUR)));
    }

    @Test
    void resources_compare_case_sensitively_with_wildcards() {
        assertEquals(Evaluator.Outcome.ALLOWED, decide(allowPut("arn:aws:s3:::metricly-*/*"), put(CUR)));
        assertEquals(Evaluator.Outcome.ALLOWED, decide(allowPut("arn:aws:s3:::metricly-example/aws-programmatic-access-test-?bject"), put(CUR)));
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, decide(allowPut("arn:aws:s3:::Metricly-Example/*"), put(CUR)));
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, decide(allowPut("arn:aws:s3:::metricly-example/reports/*"), put(CUR)));
    }

    private static String allowPut(String resource) {
        return "{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"billingreports.amazonaws.com\"}, "
                + "\"Action\": \"s3:PutObject\", \"Resource\": \"" + resource + "\"}";
    }

    @Test
    void not_action_not_resource_and_not_principal_invert_their_match() {
        String notAction = "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"NotAction\": \"s3:Get*\", \"Resource\": \"*\"}";
        assertEquals(Evaluator.Outcome.EXPLICIT_DENY, decide("[" + notAction + ", " + allowPut("*") + "]", put(CUR)));
        String readOnlyDeny = notAction.replace("s3:Get*", "s3:Put*");
        assertEquals(Evaluator.Outcome.ALLOWED, decide("[" + readOnlyDeny + ", " + allowPut("*") + "]", put(CUR)));
        String notResource = "[" + allowPut("*") + ", {\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", "
                + "\"NotResource\": \"arn:aws:s3:::metricly-example/*\"}]";
        assertEquals(Evaluator.Outcome.ALLOWED, decide(notResource, put(CUR)));
        String notPrincipal = "[" + allowPut("*") + ", {\"Effect\": \"Deny\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, "
                + "\"Action\": \"s3:*\", \"Resource\": \"*\"}]";
        assertEquals(Evaluator.Outcome.EXPLICIT_DENY, decide(notPrincipal, put(CUR)));
        String exempted = notPrincipal.replace("\"AWS\": \"arn:aws:iam::111122223333:root\"",
                "\"AWS\": \"arn:aws:iam::111122223333:root\", \"Service\": [\"billingreports.amazonaws.com\"]");
        assertEquals(Evaluator.Outcome.ALLOWED, decide(exempted, put(CUR)));
    }

    @Test
    void every_principal_shape_names_who_it_should() {
        String[][] cases = {
                {"\"*\"", "true", "true"},
                {"{\"AWS\": \"*\"}", "true", "true"},
                {"{\"AWS\": \"386209384616\"}", "true", "false"},
                {"{\"AWS\": [\"arn:aws:iam::386209384616:root\"]}", "true", "false"},
                {"{\"AWS\": \"arn:aws-cn:iam::386209384616:root\"}", "false", "false"},
                {"{\"AWS\": \"arn:aws:iam::386209384616:role/billing\"}", "false", "false"},
                {"{\"Service\": [\"billingreports.amazonaws.com\", \"logging.s3.amazonaws.com\"]}", "false", "true"},
                {"{\"Federated\": \"cognito-identity.amazonaws.com\"}", "false", "false"},
                {"{\"CanonicalUser\": \"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be\"}", "false", "false"},
        };
        for (String[] c : cases) {
            String statements = "{\"Effect\": \"Allow\", \"Principal\": " + c[0] + ", \"Action\": \"s3:PutObject\", \"Resource\": \"*\"}";
            assertEquals(Boolean.parseBoolean(c[1]), decide(statements, put(LEGACY)) == Evaluator.Outcome.ALLOWED, "legacy account, " + c[0]);
            assertEquals(Boolean.parseBoolean(c[2]), decide(statements, put(CUR)) == Evaluator.Outcome.ALLOWED, "CUR service, " + c[0]);
        }
    }

    @Test
    void policy_variables_take_the_request_values_in_version_2012() {
        String statements = """
                {"Effect": "Allow", "Principal": "*", "Action": "s3:PutObject",
                 "Resource": "arn:aws:s3:::metricly-example/*",
                 "Condition": {"StringEquals": {"aws:SourceArn": "arn:aws:cur:us-east-1:${aws:SourceAccount}:definition/r"}}}""";
        RequestContext request = put(CUR).with("aws:SourceAccount", "123456789012")
                .with("aws:SourceArn", "arn:aws:cur:us-east-1:123456789012:definition/r");
        assertEquals(Evaluator.Outcome.ALLOWED, decide(statements, request));
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, decide(statements, put(CUR)
                .with("aws:SourceArn", "arn:aws:cur:us-east-1:123456789012:definition/r")));
    }

    @Test
    void several_keys_in_one_operator_are_anded() {
        String statements = """
                {"Effect": "Allow", "Principal": "*", "Action": "s3:PutObject", "Resource": "*",
                 "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012", "aws:PrincipalServiceName": "billingreports.amazonaws.com"}}}""";
        assertEquals(Evaluator.Outcome.ALLOWED, decide(statements, put(CUR).with("aws:SourceAccount", "123456789012")
                .with("aws:PrincipalServiceName", "billingreports.amazonaws.com")));
        assertEquals(Evaluator.Outcome.IMPLICIT_DENY, decide(statements, put(CUR).with("aws:SourceAccount", "123456789012")));
    }
}
