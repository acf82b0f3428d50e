package io.billingpilot.iac;

/** Writes a setup in the chosen format: the one switch between the two writers. */
public final class IacRenderer {
    private IacRenderer() {
    }

    public static String render(Setup setup, IacFormat format) {
        return format == IacFormat.CLOUDFORMATION ? CloudFormationTemplate.render(setup) : TerraformConfig.render(setup);
    }
}
