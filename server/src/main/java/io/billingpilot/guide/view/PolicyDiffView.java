package io.billingpilot.guide.view;

import io.billingpilot.policy.DiffLine;
import j2html.tags.specialized.LiTag;
import j2html.tags.specialized.OlTag;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.code;
import static j2html.TagCreator.li;
import static j2html.TagCreator.ol;
import static j2html.TagCreator.span;

/**
 * A policy diff as a list of lines: added lines marked + (green), removed ones - (red), each
 * also named in words for screen readers, so colour is never the only sign. Long runs of
 * unchanged lines are folded to their first and last few, which keeps the changes in view.
 */
public final class PolicyDiffView {
    /** Unchanged lines kept next to each change. */
    static final int CONTEXT = 3;

    private PolicyDiffView() {
    }

    public static OlTag diff(List<DiffLine> lines) {
        List<LiTag> items = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != DiffLine.Kind.SAME) {
                items.add(line(lines.get(i++)));
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).kind() == DiffLine.Kind.SAME) {
                end++;
            }
            fold(lines.subList(i, end), i == 0, end == lines.size(), items);
            i = end;
        }
        return ol(items.toArray(LiTag[]::new)).withClass("diff").attr("aria-label", "Changes the merge makes");
    }

    /** A run of unchanged lines: kept whole when short, else its ends next to changes and a count. */
    private static void fold(List<DiffLine> run, boolean atStart, boolean atEnd, List<LiTag> items) {
        int keepHead = atStart ? 0 : CONTEXT;
        int keepTail = atEnd ? 0 : CONTEXT;
        if (run.size() <= keepHead + keepTail + 1) {
            run.forEach(line -> items.add(line(line)));
            return;
        }
        run.subList(0, keepHead).forEach(line -> items.add(line(line)));
        int hidden = run.size() - keepHead - keepTail;
        items.add(li(hidden + " unchanged line" + (hidden == 1 ? "" : "s")).withClass("diff-fold"));
        run.subList(run.size() - keepTail, run.size()).forEach(line -> items.add(line(line)));
    }

    static LiTag line(DiffLine line) {
        return switch (line.kind()) {
            case ADDED -> marked(line, "added", "+", "Added: ");
            case REMOVED -> marked(line, "removed", "-", "Removed: ");
            case SAME -> li(span(" ").withClass("diff-mark").attr("aria-hidden", "true"), code(line.text()))
                    .withClass("diff-line same");
        };
    }

    private static LiTag marked(DiffLine line, String kind, String mark, String spoken) {
        return li(span(mark).withClass("diff-mark").attr("aria-hidden", "true"),
                span(spoken).withClass("visually-hidden"),
                code(line.text()))
                .withClass("diff-line " + kind);
    }
}
