package io.billingpilot.guide;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.support.Chromium;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's live panels in Chromium with htmx, against the in-process S3 server: the Verify
 * checklist, applying the merged policy (with the refusal when the policy changed meanwhile) and
 * the delivery step. One page load per test; everything after it happens through htmx.
 */
class LiveBucketInBrowserTest {
    private static final LocalS3Server S3 = LocalS3Server.shared();
    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext context;
    private static TestServer server;

    private Page page;
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        context = browser.newContext();
        server = TestServer.startWithS3(S3.settings());
    }

    @AfterAll
    static void shutDown() {
        server.close();
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void open() {
        page = context.newPage();
        page.onPageError(errors::add);
    }

    @AfterEach
    void close() {
        page.close();
        assertEquals(List.of(), errors, "no script errors and no Content-Security-Policy violations");
    }

    private static void session(String bucket) {
        server.putJson("/api/v1/session", "{\"bucket\":\"" + bucket + "\",\"region\":\"us-east-1\"}");
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    @Test
    void verify_passes_a_good_bucket_and_names_the_fix_once_the_grant_is_limited_to_a_folder() {
        S3.createBucket("guide-browser-verify");
        S3.putPolicy("guide-browser-verify", Policies.legacy("guide-browser-verify"));
        session("guide-browser-verify");
        page.navigate(server.url("/step/reports"));

        click("Check the bucket");
        Locator checks = page.locator("#verify-results .check-item");
        assertThat(page.locator("#verify-results")).containsText("Nothing stops AWS from delivering to this bucket.");
        assertThat(checks).hasCount(7);
        for (String id : List.of("credentials", "bucket", "policy", "encryption", "public-access")) {
            assertThat(checks.and(page.locator("[data-check=" + id + "]"))).hasAttribute("data-status", "pass");
        }
        assertThat(page.locator("#verify-results [data-status=fail]")).hasCount(0);

        S3.putPolicy("guide-browser-verify", Policies.prefixOnly("guide-browser-verify", "billing"));
        click("Check the bucket");
        Locator policy = page.locator("#verify-results [data-check=policy]");
        assertThat(policy).hasAttribute("data-status", "fail");
        assertThat(policy.locator(".status-word")).hasText("Fail");
        assertThat(policy.locator("[data-code=put-object-prefix-only] .fix")).containsText("Fix:");
        assertThat(policy.locator("[data-code=put-object-prefix-only]")).containsText(
                "aws-programmatic-access-test-object");
        assertThat(page).hasURL(server.url("/step/reports"));
    }

    @Test
    void applying_shows_the_diff_first_refuses_a_policy_changed_meanwhile_and_then_writes_the_merge() {
        String bucket = "guide-browser-apply";
        S3.createBucket(bucket);
        S3.putPolicy(bucket, Policies.prefixOnly(bucket, "billing"));
        session(bucket);
        page.navigate(server.url("/step/reports"));

        click("Show the changes");
        Locator results = page.locator("#apply-policy-results");
        assertThat(removed(results, bucket + "/billing/*")).hasCount(1);
        String changed = Policies.prefixOnly(bucket, "elsewhere");
        S3.putPolicy(bucket, changed);

        click("Apply this policy to " + bucket);
        assertThat(results.locator(".note.problem")).containsText("changed after the diff was shown; nothing was written");
        assertThat(removed(results, bucket + "/elsewhere/*")).hasCount(1);
        assertEquals(changed, S3.policy(bucket), "the refused confirmation wrote nothing");

        click("Apply this policy to " + bucket);
        assertThat(results).containsText("The merged policy is on " + bucket + " now.");
        assertNotEquals(changed, S3.policy(bucket));
        assertTrue(S3.policy(bucket).contains("\"arn:aws:s3:::" + bucket + "/*\""), S3.policy(bucket));
    }

    private static Locator removed(Locator diff, String text) {
        return diff.locator(".diff-line.removed", new Locator.LocatorOptions().setHasText(text));
    }

    @Test
    void the_delivery_step_lists_a_file_that_arrived_when_checked_again() {
        String bucket = "guide-browser-delivery";
        S3.createBucket(bucket);
        session(bucket);
        page.navigate(server.url("/step/delivery"));
        Locator status = page.locator("#delivery-status");
        assertThat(status).containsText("Nothing has arrived yet.");
        assertThat(status).hasAttribute("hx-trigger", "every 180s");

        String file = "123456789012-aws-billing-csv-" + YearMonth.now(ZoneOffset.UTC) + ".csv";
        S3.put(bucket, file, "InvoiceID,PayerAccountId\n");
        click("Check now");
        assertThat(status).containsText("Report files are arriving.");
        assertThat(status.locator("code")).hasText(file);
        assertThat(status).not().hasAttribute("hx-trigger", "every 180s");
        assertThat(page).hasURL(server.url("/step/delivery"));
    }
}
