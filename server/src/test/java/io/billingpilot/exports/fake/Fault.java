package io.billingpilot.exports.fake;

/** A failure the fake answers instead of the real result, as AWS would send it. */
public enum Fault {
    /** 400 ThrottlingException. */
    THROTTLING(400, "ThrottlingException", "Rate exceeded"),
    /** 400 AccessDeniedException: the caller lacks the IAM action. */
    ACCESS_DENIED(400, "AccessDeniedException", "User is not authorized to perform this action"),
    /** 400 ValidationException with no message at all. */
    EMPTY_VALIDATION(400, "ValidationException", ""),
    /** 500 InternalServerException. */
    SERVER_ERROR(500, "InternalServerException", "An internal error occurred");

    final int status;
    final String type;
    final String message;

    Fault(int status, String type, String message) {
        this.status = status;
        this.type = type;
        this.message = message;
    }
}
