package io.github.receivables.examples.quickstart.report;

import io.github.receivables.core.aging.AgingTotals;
import io.github.receivables.core.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG bar chart of the aging buckets of one currency: one bar per bucket before
 * reconciliation and, when given, one after it.
 */
final class AgingChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 60;
    private static final String BEFORE_COLOR = "#1f77b4";
    private static final String AFTER_COLOR = "#ff7f0e";

    private AgingChart() {}

    static String svg(AgingView before, AgingView after, Currency currency) {
        List<Money> first = before.report().totals(currency).buckets();
        List<Money> second = after == null ? null : bucketsOrZero(after, currency, first.size());
        long max = 1;
        for (Money amount : first) {
            max = Math.max(max, amount.minorUnits());
        }
        if (second != null) {
            for (Money amount : second) {
                max = Math.max(max, amount.minorUnits());
            }
        }

        List<String> labels = before.bucketLabels();
        int slot = (WIDTH - 2 * LEFT) / labels.size();
        int bar = second == null ? slot / 2 : slot / 3;
        int plot = HEIGHT - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-label=\"Aging buckets %s\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT,
                currency.getCurrencyCode()));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                + " stroke=\"#999\"/>%n", LEFT, TOP + plot, WIDTH - LEFT, TOP + plot));

        for (int i = 0; i < labels.size(); i++) {
            int x = LEFT + i * slot + (slot - (second == null ? bar : 2 * bar)) / 2;
            bar(svg, x, bar, first.get(i), max, plot, BEFORE_COLOR, second == null);
            if (second != null) {
                bar(svg, x + bar, bar, second.get(i), max, plot, AFTER_COLOR, false);
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\""
                    + " text-anchor=\"middle\" class=\"axis\">%s</text>%n", LEFT + i * slot
                    + slot / 2, TOP + plot + 18, Html.escape(labels.get(i))));
        }

        legend(svg, second != null);
        return svg.append("</svg>\n").toString();
    }

    private static List<Money> bucketsOrZero(AgingView view, Currency currency, int size) {
        if (view.report().currencies().contains(currency)) {
            AgingTotals totals = view.report().totals(currency);
            return totals.buckets();
        }
        List<Money> zeros = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            zeros.add(Money.zero(currency));
        }
        return zeros;
    }

    private static void bar(StringBuilder svg, int x, int width, Money amount, long max,
            int plot, String color, boolean withLabel) {
        int height = (int) Math.round((double) amount.minorUnits() / max * plot);
        int y = TOP + plot - height;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\""
                + " height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n", x, y, width - 4,
                height, color, Html.escape(Amounts.format(amount))));
        if (withLabel) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\""
                    + " text-anchor=\"middle\" class=\"value\">%s</text>%n", x + (width - 4) / 2,
                    y - 4, Html.escape(Amounts.format(amount))));
        }
    }

    private static void legend(StringBuilder svg, boolean withAfter) {
        int y = HEIGHT - 16;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\""
                + " height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"axis\">%s</text>%n",
                LEFT, y - 10, BEFORE_COLOR, LEFT + 18, y, withAfter ? "Before reconciliation"
                        : "Open amount"));
        if (withAfter) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\""
                    + " height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"axis\">After"
                    + " reconciliation</text>%n", LEFT + 200, y - 10, AFTER_COLOR, LEFT + 218, y));
        }
    }
}
