package io.billingpilot.iac;

/**
 * What a person or a client asked the infrastructure code for, as text, before any rule is
 * applied; null means "not given". {@link Setup#from(IacInput)} checks it.
 *
 * @param existingPolicy the bucket's current policy as JSON text, to merge the billing statements into; or null
 */
public record IacInput(String bucket, String report, String account, String partition, String region, String name,
                       String table, String prefix, String tool, String toolAccount, String externalId,
                       String existingPolicy) {
}
