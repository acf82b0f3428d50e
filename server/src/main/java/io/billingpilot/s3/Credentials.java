package io.billingpilot.s3;

import io.billingpilot.core.Texts;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import java.util.Locale;
import java.util.Optional;

/**
 * Finding credentials through the SDK's default chain, and telling people how to provide them
 * when there are none. Nothing here ever prints a credential or the SDK's own message.
 */
public final class Credentials {
    private Credentials() {
    }

    /** The provider for these settings: the fixed one of a test, or the default chain (for a profile when named). */
    public static AwsCredentialsProvider provider(S3Settings settings) {
        if (settings.credentials() != null) {
            return settings.credentials();
        }
        DefaultCredentialsProvider.Builder chain = DefaultCredentialsProvider.builder();
        if (settings.profile() != null) {
            chain.profileName(settings.profile());
        }
        return chain.build();
    }

    /** Empty when credentials can be resolved now; else a failure that says how to provide them. */
    public static Optional<S3Failure> problem(AwsCredentialsProvider provider, String profile) {
        try {
            provider.resolveCredentials();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new S3Failure(S3Failure.Kind.NO_CREDENTIALS, adviceFor(e, profile)));
        }
    }

    static boolean isCredentialsError(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("unable to load credentials") || message.contains("credentials")
                && (message.contains("profile") || message.contains("sso") || message.contains("token"));
    }

    /** How to provide credentials, as one paragraph; names the profile when one was asked for. */
    public static String advice(String profile) {
        String start = profile == null
                ? "No AWS credentials found."
                : "No usable AWS credentials for the profile '" + Texts.clip(profile) + "'.";
        return start + " Provide them in one of these ways: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY "
                + "(and AWS_SESSION_TOKEN for temporary keys) in the environment; run 'aws configure'"
                + (profile == null ? "" : " --profile " + Texts.clip(profile))
                + "; or, with IAM Identity Center, run 'aws sso login --profile NAME' and pass --profile NAME. "
                + "On EC2, ECS or Lambda the instance or task role is used.";
    }

    private static String adviceFor(RuntimeException e, String profile) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("sso") && (message.contains("expired") || message.contains("token")
                || message.contains("login"))) {
            String name = profile == null ? "NAME" : Texts.clip(profile);
            return "The AWS SSO session" + (profile == null ? "" : " of the profile '" + name + "'")
                    + " has expired or was never started: run 'aws sso login --profile " + name + "' and try again.";
        }
        return advice(profile);
    }
}
