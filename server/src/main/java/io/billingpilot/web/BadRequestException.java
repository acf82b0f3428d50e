package io.billingpilot.web;

/** A request that cannot be understood at all (malformed body, too large, wrong content); answered with 400. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message, null, false, false);
    }
}
