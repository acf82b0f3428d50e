package io.billingpilot.exports.aws;

import io.billingpilot.core.Partition;

/**
 * The two AWS billing APIs billing-pilot calls, with their wire names (awsJson1_1, docs/aws-billing-facts.md §10).
 * The SDK's own modules for them ({@code bcmdataexports}, {@code costandusagereport}) are not
 * served by the registry this project builds from; once they are, {@link DataExportsClient} and
 * {@link CurReportsClient} can be replaced by {@code BcmDataExportsClient} and
 * {@code CostAndUsageReportClient} without changing their callers.
 */
public enum BillingService {
    DATA_EXPORTS("Data Exports", "bcm-data-exports", "AWSBillingAndCostManagementDataExports",
            "BCM_DATA_EXPORTS", "BcmDataExports"),
    CUR("Cost and Usage Report service", "cur", "AWSOrigamiServiceGatewayService",
            "COST_AND_USAGE_REPORT_SERVICE", "CostAndUsageReportService");

    private final String title;
    private final String signingName;
    private final String targetPrefix;
    private final String envSuffix;
    private final String propertySuffix;

    BillingService(String title, String signingName, String targetPrefix, String envSuffix, String propertySuffix) {
        this.title = title;
        this.signingName = signingName;
        this.targetPrefix = targetPrefix;
        this.envSuffix = envSuffix;
        this.propertySuffix = propertySuffix;
    }

    public String title() {
        return title;
    }

    /** The SigV4 service name. */
    public String signingName() {
        return signingName;
    }

    /** {@code X-Amz-Target} of an operation, e.g. {@code AWSOrigamiServiceGatewayService.PutReportDefinition}. */
    public String target(String operation) {
        return targetPrefix + "." + operation;
    }

    public String targetPrefix() {
        return targetPrefix;
    }

    /** The SDK's service-specific endpoint variable, e.g. {@code AWS_ENDPOINT_URL_BCM_DATA_EXPORTS}. */
    public String endpointVariable() {
        return "AWS_ENDPOINT_URL_" + envSuffix;
    }

    /** The SDK's service-specific system property, e.g. {@code aws.endpointUrlBcmDataExports}. */
    public String endpointProperty() {
        return "aws.endpointUrl" + propertySuffix;
    }

    /** The IAM action behind an operation, e.g. {@code bcm-data-exports:GetExport}. */
    public String iamAction(String operation) {
        return signingName + ":" + operation;
    }

    /**
     * The control plane's region: us-east-1 whatever the bucket's region, cn-northwest-1 in China.
     * GovCloud has neither API (no endpoint in the SDK's rules).
     */
    public static String controlRegion(Partition partition) {
        return switch (partition) {
            case AWS -> "us-east-1";
            case AWS_CN -> "cn-northwest-1";
            case AWS_US_GOV -> null;
        };
    }

    /**
     * The public endpoint in a partition: {@code bcm-data-exports.us-east-1.api.aws} and
     * {@code cur.us-east-1.amazonaws.com}; in China {@code cur.cn-northwest-1.amazonaws.com.cn} and,
     * for Data Exports, the generic {@code bcm-data-exports.cn-northwest-1.amazonaws.com.cn}
     * (the SDK rules read name no other; not verified against a live account).
     */
    public String defaultEndpoint(Partition partition) {
        String region = controlRegion(partition);
        if (partition == Partition.AWS_CN) {
            return "https://" + signingName + "." + region + ".amazonaws.com.cn";
        }
        return this == DATA_EXPORTS ? "https://bcm-data-exports." + region + ".api.aws"
                : "https://cur." + region + ".amazonaws.com";
    }
}
