package io.github.receivables.examples.quickstart.report;

import io.github.receivables.examples.quickstart.report.DayReport.MatchLine;
import java.io.PrintStream;
import java.util.List;

/** Prints reconciliation lines with their explanation, then the review queue. */
public final class MatchPrinter {

    /** The maximum number of lines printed in full and in the review queue. */
    public static final int MAX_PRINTED = 50;

    private final PrintStream out;

    /**
     * Creates a printer.
     *
     * @param out where lines go; never null
     */
    public MatchPrinter(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints each line: what was done, with which confidence, the items settled and the
     * evidence; then the lines a person must review.
     *
     * @param lines the lines in statement order; never null
     */
    public void print(List<MatchLine> lines) {
        for (MatchLine line : lines.subList(0, Math.min(MAX_PRINTED, lines.size()))) {
            out.printf("   #%d %s %s %s%s: %s%n", line.line(), line.date(), line.amount(),
                    line.action(), line.confidence().isEmpty() ? "" : " " + line.confidence(),
                    line.text());
            line.items().forEach(item -> out.println("      -> " + item));
            line.evidence().forEach(piece -> out.println("      evidence: " + piece));
        }
        printRest(lines.size());
        List<MatchLine> queue = lines.stream().filter(MatchLine::inReviewQueue).toList();
        out.println("   Review queue of this run: " + (queue.isEmpty() ? "empty"
                : queue.size() == 1 ? "1 line" : queue.size() + " lines"));
        for (MatchLine line : queue.subList(0, Math.min(MAX_PRINTED, queue.size()))) {
            out.printf("      #%d %s %s %s: %s%n", line.line(), line.date(), line.amount(),
                    line.action(), line.text());
        }
        printRest(queue.size());
    }

    private void printRest(int count) {
        if (count > MAX_PRINTED) {
            out.printf("   ... and %d more lines; the HTML report lists them all%n",
                    count - MAX_PRINTED);
        }
    }
}
