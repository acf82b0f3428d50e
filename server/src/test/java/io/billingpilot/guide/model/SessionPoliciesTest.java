package io.billingpilot.guide.model;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.Region;
import io.billingpilot.core.ReportType;
import io.billingpilot.state.SessionState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionPoliciesTest {
    private static final SessionState BUCKET = SessionState.EMPTY.withBucket("metricly-example");

    @Test
    void a_china_bucket_gets_china_arns_and_a_download_link_for_the_same_policy() {
        SessionPolicies.Shown shown = SessionPolicies.bucketPolicy(BUCKET.withRegion(Region.parse("cn-north-1")));
        assertTrue(shown.json().contains("arn:aws-cn:s3:::metricly-example/*"), shown.json());
        assertEquals("/guide/policy.json?bucket=metricly-example&report=dbr&partition=aws-cn", shown.downloadPath());
    }

    @Test
    void without_a_bucket_there_is_a_reason_instead_of_a_policy() {
        SessionPolicies.Shown shown = SessionPolicies.bucketPolicy(SessionState.EMPTY);
        assertFalse(shown.available());
        assertTrue(shown.problem().contains("step 1"));
    }

    @Test
    void a_report_written_by_a_service_asks_for_the_payer_account_first() {
        SessionPolicies.Shown shown = SessionPolicies.bucketPolicy(BUCKET.withReport(ReportType.DATA_EXPORTS));
        assertFalse(shown.available());
        assertTrue(shown.problem().contains("payer account"), shown.problem());
    }

    @Test
    void every_report_type_gives_a_policy_or_a_reason_never_an_exception() {
        for (ReportType report : ReportType.values()) {
            SessionPolicies.Shown shown = SessionPolicies.bucketPolicy(BUCKET.withReport(report).withAccount(AccountId.of("123456789012")));
            assertTrue(shown.available() != (shown.problem() != null), report.id());
            if (shown.available()) {
                assertTrue(shown.downloadPath().contains("report=" + report.id()), shown.downloadPath());
            }
        }
    }
}
