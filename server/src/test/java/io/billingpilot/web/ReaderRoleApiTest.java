package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.ReaderRoleProof;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReaderRoleApiTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void get_reader_role_answers_the_two_policies_for_each_report() {
        for (String report : new String[]{"dbr", "cur", "data-exports"}) {
            String prefix = report.equals("dbr") ? "" : "&prefix=reports";
            HttpResponse<String> response = server.get("/api/v1/reader-role?bucket=billing-reports&report=" + report
                    + "&toolAccount=123456789013&externalId=ext-id-1" + prefix + "&costExplorer=true");
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode role = Json.parse(response.body());
            assertEquals(List.of(), ReaderRoleProof.violations(role.get("trustPolicy"), role.get("permissionsPolicy"),
                    "aws", "billing-reports", ReportType.parse(report), prefix.isEmpty() ? null : "reports",
                    "123456789013", "ext-id-1"));
            assertTrue(response.body().contains("ce:Get*"), response.body());
        }
    }

    @Test
    void each_invalid_value_is_named_in_one_422() {
        HttpResponse<String> response = server.get("/api/v1/reader-role?bucket=billing-reports&toolAccount=12"
                + "&externalId=%3Cscript%3E");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("'12'") && response.body().contains("External ID"), response.body());
        HttpResponse<String> flag = server.get("/api/v1/reader-role?bucket=billing-reports&toolAccount=123456789013"
                + "&externalId=abc&costExplorer=maybe");
        assertEquals(422, flag.statusCode(), flag.body());
        assertTrue(flag.body().contains("costExplorer"), flag.body());
    }
}
