package io.github.receivables.examples.quickstart.report;

import java.util.List;

/** Small helpers that write escaped HTML. */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends a table with a header row; cells after the first are right-aligned numbers. */
    static void table(StringBuilder html, String cssClass, List<String> header,
            List<List<String>> rows) {
        html.append("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
        header.forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
