package io.billingpilot.core;

import java.util.regex.Pattern;

/**
 * The External ID a monitoring tool shows on its integration page, which its role's trust
 * policy requires ({@code sts:ExternalId}). IAM accepts 2 to 1,224 characters of letters,
 * digits and {@code + = , . @ : / -} (AssumeRole's ExternalId); anything else could never match.
 */
public final class ExternalId {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 1224;
    private static final Pattern ALLOWED = Pattern.compile("[\\w+=,.@:/-]+");

    private ExternalId() {
    }

    /** The External ID, trimmed, or an error that names what is wrong with it. */
    public static String require(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("The External ID is missing: copy it from the tool's integration page "
                    + "(--external-id, or 'externalId' in the API). The role must require it.");
        }
        String id = value.trim();
        if (id.length() < MIN_LENGTH || id.length() > MAX_LENGTH) {
            throw new InvalidInputException("The External ID '" + Texts.clip(id) + "' has " + id.length()
                    + " characters; IAM accepts " + MIN_LENGTH + " to " + MAX_LENGTH + ".");
        }
        if (!ALLOWED.matcher(id).matches()) {
            throw new InvalidInputException("The External ID '" + Texts.clip(id) + "' has characters IAM does not "
                    + "accept: only letters, digits and + = , . @ : / - are allowed.");
        }
        return id;
    }
}
