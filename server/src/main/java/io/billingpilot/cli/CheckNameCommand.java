package io.billingpilot.cli;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.Finding;
import io.billingpilot.core.Texts;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code check-name NAME [--json]}: is NAME a valid bucket name for billing reports. */
public final class CheckNameCommand implements Command {
    @Override
    public String name() {
        return "check-name";
    }

    @Override
    public String synopsis() {
        return "check-name NAME [--json]                      is NAME a valid S3 bucket name; reasons when not";
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String name = args.single("a bucket name");
        List<Finding> findings = new java.util.ArrayList<>(BucketName.problems(name).stream()
                .map(problem -> Finding.error("name-" + problem.code(), problem.message(), fixFor(problem.code(), name)))
                .toList());
        BucketName.advice(name).forEach(advice -> findings.add(Finding.info("name-advice", advice, "")));
        boolean ok = findings.stream().noneMatch(Finding::isError);
        if (args.flag("json")) {
            FindingsOutput.json(out, ok, findings, java.util.Map.of("bucket", name));
        } else {
            if (ok) {
                out.println("'" + Texts.clip(name) + "' is a valid bucket name.");
            } else {
                out.println("'" + Texts.clip(name) + "' is not a valid bucket name:");
            }
            FindingsOutput.text(out, findings);
        }
        return ok ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static String fixFor(String code, String name) {
        return switch (code) {
            case "uppercase" -> "Use lowercase letters only.";
            case "characters" -> "Replace other characters with hyphens.";
            case "length" -> "Choose a name of 3 to 63 characters.";
            case "edges" -> "Start and end the name with a letter or digit.";
            case "adjacent-periods", "label-shape" -> "Remove the extra periods or hyphens.";
            case "whitespace" -> "Remove the spaces.";
            case "empty" -> "Give a name.";
            default -> "Choose another name.";
        };
    }
}
