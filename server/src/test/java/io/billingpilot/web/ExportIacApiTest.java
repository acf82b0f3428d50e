package io.billingpilot.web;

import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportIacApiTest {
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
    void each_format_is_a_download_of_the_whole_setup() {
        String query = "&bucket=billing-reports&report=data-exports&account=123456789012&tool=virtana"
                + "&toolAccount=123456789013&externalId=ext-1";
        HttpResponse<String> cfn = server.get("/api/v1/export-iac?format=cloudformation" + query);
        assertEquals(200, cfn.statusCode(), cfn.body());
        assertEquals("attachment; filename=\"billing-setup.template.json\"",
                cfn.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("AWS::BCMDataExports::Export", Json.parse(cfn.body()).at("/Resources/BillingExport/Type").asText());
        HttpResponse<String> tf = server.get("/api/v1/export-iac?format=terraform" + query);
        assertEquals(200, tf.statusCode(), tf.body());
        assertTrue(tf.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(tf.body().contains("resource \"aws_bcmdataexports_export\" \"reports\""), tf.body());
    }

    @Test
    void invalid_values_are_a_422_naming_them() {
        HttpResponse<String> response = server.get("/api/v1/export-iac?format=yaml&bucket=billing-reports");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("'yaml'"), response.body());
        HttpResponse<String> names = server.get("/api/v1/export-iac?format=terraform&bucket=Billing&report=cur"
                + "&toolAccount=12");
        assertEquals(422, names.statusCode(), names.body());
        assertTrue(names.body().contains("'12'") && names.body().contains("Uppercase"), names.body());
    }
}
