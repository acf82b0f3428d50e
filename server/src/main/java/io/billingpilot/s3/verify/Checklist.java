package io.billingpilot.s3.verify;

import io.billingpilot.core.Finding;
import io.billingpilot.s3.Outcome;

import java.util.List;

/** The verify result as items in a fixed order; one FAIL makes it FINDINGS, an essential UNKNOWN COULD_NOT_CHECK. */
public record Checklist(List<CheckItem> items) {
    public Checklist {
        items = List.copyOf(items);
    }

    public Outcome outcome() {
        if (items.stream().anyMatch(item -> item.status() == CheckStatus.FAIL)) {
            return Outcome.FINDINGS;
        }
        if (items.stream().anyMatch(CheckItem::blocksChecking)) {
            return Outcome.COULD_NOT_CHECK;
        }
        return Outcome.FINE;
    }

    public List<Finding> findings() {
        return items.stream().flatMap(item -> item.findings().stream()).toList();
    }

    public long count(CheckStatus status) {
        return items.stream().filter(item -> item.status() == status).count();
    }
}
