package io.billingpilot.s3.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Controls what the SDK's default credentials chain finds, through the system properties it
 * reads first (aws.accessKeyId, ...) like the environment variables: the CLI is tested with the
 * real chain. Profile files point at a test's own files (or nowhere) and instance metadata is
 * off, so the machine's own setup never leaks in. {@link #close()} restores everything.
 */
public final class DefaultChain implements AutoCloseable {
    private static final String[] NAMES = {"aws.accessKeyId", "aws.secretAccessKey", "aws.sessionToken",
            "aws.sharedCredentialsFile", "aws.configFile", "aws.disableEc2Metadata", "aws.region", "aws.profile"};
    private final Map<String, String> saved = new HashMap<>();

    private DefaultChain() {
        for (String name : NAMES) {
            saved.put(name, System.getProperty(name));
            System.clearProperty(name);
        }
        Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "billing-pilot-no-such-aws-dir", "none");
        System.setProperty("aws.sharedCredentialsFile", nowhere.toString());
        System.setProperty("aws.configFile", nowhere.toString());
        System.setProperty("aws.disableEc2Metadata", "true");
    }

    /** No credentials anywhere. */
    public static DefaultChain empty() {
        return new DefaultChain();
    }

    /** The test credentials, as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN would give them. */
    public static DefaultChain withTestKeys() {
        DefaultChain chain = new DefaultChain();
        System.setProperty("aws.accessKeyId", TestCredentials.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", TestCredentials.SECRET_KEY);
        System.setProperty("aws.sessionToken", TestCredentials.SESSION_TOKEN);
        return chain;
    }

    /** Profiles from these files (as AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE would name them). */
    public static DefaultChain withProfileFiles(Path credentials, Path config) {
        DefaultChain chain = new DefaultChain();
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", config.toString());
        return chain;
    }

    @Override
    public void close() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
