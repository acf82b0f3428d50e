package io.billingpilot.exports.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.Texts;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an error answer of an awsJson1_1 service, or an I/O failure, into a
 * {@link BillingApiFailure} whose message says what to do. The error type comes from the body's
 * {@code __type} or the {@code x-amzn-ErrorType} header, stripped of namespace and URL parts.
 */
final class BillingApiErrors {
    private static final Set<String> THROTTLING = Set.of("ThrottlingException", "Throttling", "TooManyRequestsException",
            "RequestLimitExceeded", "SlowDown");

    private BillingApiErrors() {
    }

    /** The bare error type: {@code com.amazonaws.x#ValidationException} and {@code ValidationException:http://...} give ValidationException. */
    static String errorType(String header, JsonNode body) {
        String raw = body != null && body.hasNonNull("__type") ? body.get("__type").asText() : header;
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String type = raw.contains("#") ? raw.substring(raw.lastIndexOf('#') + 1) : raw;
        int colon = type.indexOf(':');
        return colon >= 0 ? type.substring(0, colon) : type;
    }

    static String errorMessage(JsonNode body) {
        if (body == null) {
            return "";
        }
        for (String field : new String[]{"message", "Message", "errorMessage"}) {
            if (body.hasNonNull(field)) {
                return body.get(field).asText("").strip();
            }
        }
        return "";
    }

    /** Worth another attempt: throttling and server-side failures. */
    static boolean retryable(int status, String type) {
        return status >= 500 || status == 429 || (type != null && THROTTLING.contains(type));
    }

    static BillingApiFailure fromAnswer(BillingService service, String operation, int status, String type,
                                        String awsMessage, String what) {
        String shown = type == null ? "HTTP " + status : Texts.clip(type);
        if (type != null && THROTTLING.contains(type) || status == 429) {
            return new BillingApiFailure(BillingApiFailure.Kind.THROTTLED, service.title() + " kept throttling while "
                    + what + " (retries included). Wait a minute and try again.", type);
        }
        if (status >= 500) {
            return new BillingApiFailure(BillingApiFailure.Kind.SERVER_ERROR, service.title() + " kept failing while "
                    + what + " (" + shown + ", retries included). Try again in a few minutes.", type);
        }
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.equals("accessdeniedexception") || lower.equals("accessdenied")) {
            return new BillingApiFailure(BillingApiFailure.Kind.ACCESS_DENIED, "Access denied while " + what
                    + ": these credentials lack the IAM permission " + service.iamAction(operation)
                    + extraAction(service, operation)
                    + " (or a service control policy denies it). Add it to the user's or role's policy.", type);
        }
        if (lower.equals("unrecognizedclientexception") || lower.equals("invalidsignatureexception")
                || lower.equals("expiredtokenexception") || lower.equals("incompletesignatureexception")
                || lower.equals("invalidclienttokenid")) {
            return new BillingApiFailure(BillingApiFailure.Kind.BAD_CREDENTIALS, service.title() + " refused the"
                    + " credentials while " + what + " (" + shown + "): the access key is unknown, the session has"
                    + " expired, or the computer's clock is far off. Renew the credentials (aws sso login, aws"
                    + " configure) and try again.", type);
        }
        if (lower.equals("validationexception") && awsMessage.isEmpty()) {
            return new BillingApiFailure(BillingApiFailure.Kind.EMPTY_VALIDATION, service.title() + " refused "
                    + what + " with an empty ValidationException. AWS answers that way when the request went to"
                    + " another region than " + BillingService.controlRegion(io.billingpilot.core.Partition.AWS)
                    + " (cn-northwest-1 in China), or when the account is a member account of an organization:"
                    + " only the management (payer) account, or an account outside any organization, can create"
                    + " billing exports. Use the payer account's credentials (--payer-profile).", type);
        }
        if (lower.equals("validationexception")) {
            return new BillingApiFailure(BillingApiFailure.Kind.VALIDATION, service.title() + " refused " + what
                    + ": " + Texts.clip(awsMessage), type);
        }
        if (lower.equals("resourcenotfoundexception")) {
            return new BillingApiFailure(BillingApiFailure.Kind.NOT_FOUND, service.title() + " has no such "
                    + (service == BillingService.CUR ? "report" : "export") + " (" + what + ").", type);
        }
        if (lower.equals("duplicatereportnameexception")) {
            return new BillingApiFailure(BillingApiFailure.Kind.NAME_TAKEN, "A report of that name exists already in"
                    + " this account; choose another name (names are case-sensitive).", type);
        }
        if (lower.equals("servicequotaexceededexception") || lower.equals("reportlimitreachedexception")) {
            return new BillingApiFailure(BillingApiFailure.Kind.QUOTA, "The account has as many "
                    + (service == BillingService.CUR ? "reports (5)" : "exports of this table")
                    + " as AWS allows; delete one it no longer needs, or reuse it.", type);
        }
        return new BillingApiFailure(BillingApiFailure.Kind.REFUSED, service.title() + " refused " + what + " ("
                + shown + (awsMessage.isEmpty() ? "" : ": " + Texts.clip(awsMessage)) + ").", type);
    }

    /** Creating a CUR 2.0 export also needs the legacy CUR permission (docs/aws-billing-facts.md §10). */
    private static String extraAction(BillingService service, String operation) {
        return service == BillingService.DATA_EXPORTS && operation.equals("CreateExport")
                ? " (and cur:PutReportDefinition, which CUR 2.0 exports also need)" : "";
    }

    static BillingApiFailure fromIo(BillingService service, IOException e, String what, String server) {
        if (e instanceof InterruptedIOException) {
            return new BillingApiFailure(BillingApiFailure.Kind.TIMEOUT, server + " did not answer in time while "
                    + what + " (retries included). Check the network or try again later.");
        }
        if (e instanceof UnknownHostException) {
            return new BillingApiFailure(BillingApiFailure.Kind.NETWORK, "Could not find " + server + " while " + what
                    + ": the host name does not resolve. Check the network or the endpoint.");
        }
        if (e instanceof ConnectException) {
            return new BillingApiFailure(BillingApiFailure.Kind.NETWORK, "Could not connect to " + server + " while "
                    + what + ". Check the network or the endpoint.");
        }
        return new BillingApiFailure(BillingApiFailure.Kind.NETWORK, "The connection to " + server + " failed while "
                + what + ". Check the network and try again.");
    }

    static BillingApiFailure timeout(String what, String server) {
        return new BillingApiFailure(BillingApiFailure.Kind.TIMEOUT, server + " did not answer in time while " + what
                + " (retries included). Check the network or try again later.");
    }
}
