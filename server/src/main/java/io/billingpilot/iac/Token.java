package io.billingpilot.iac;

/**
 * A value that differs between accounts (a parameter, or the deploying account), marked inside
 * generated policy text so each format can write its own reference: {@code ${BucketName}} in a
 * CloudFormation {@code Fn::Sub}, {@code ${var.bucket_name}} in Terraform. The marks use
 * characters no policy, name or ARN holds, so they never collide with real text.
 */
public enum Token {
    BUCKET("BucketName", "var.bucket_name"),
    ACCOUNT("AWS::AccountId", "data.aws_caller_identity.current.account_id"),
    TOOL_ACCOUNT("ToolAccountId", "var.tool_account_id"),
    EXTERNAL_ID("ExternalId", "var.external_id");

    private static final char OPEN = '\u27E6';
    private static final char CLOSE = '\u27E7';

    private final String cloudFormation;
    private final String terraform;

    Token(String cloudFormation, String terraform) {
        this.cloudFormation = cloudFormation;
        this.terraform = terraform;
    }

    /** The mark placed in generated text. */
    public String mark() {
        return OPEN + name() + CLOSE;
    }

    public String cloudFormation() {
        return cloudFormation;
    }

    public String terraform() {
        return terraform;
    }

    public static boolean marked(String text) {
        return text.indexOf(OPEN) >= 0;
    }

    /** The text with each mark written by {@code writer}. */
    public static String replace(String text, java.util.function.Function<Token, String> writer) {
        String out = text;
        for (Token token : values()) {
            out = out.replace(token.mark(), writer.apply(token));
        }
        return out;
    }
}
