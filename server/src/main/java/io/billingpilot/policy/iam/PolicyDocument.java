package io.billingpilot.policy.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A policy read into the model: its Version and Id (null when absent) and the statements IAM can evaluate. */
public record PolicyDocument(String version, String id, List<Statement> statements, ObjectNode json) {
    public static final String VERSION_2008 = "2008-10-17";
    public static final String VERSION_2012 = "2012-10-17";
}
