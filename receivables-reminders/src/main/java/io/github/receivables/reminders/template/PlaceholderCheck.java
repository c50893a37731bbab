package io.github.receivables.reminders.template;

import com.github.mustachejava.Code;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.WriteCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks every name a compiled template uses against the message model's fields. */
final class PlaceholderCheck {

    private PlaceholderCheck() {}

    /** Returns one problem per unknown name or unsupported tag; empty when the template is good. */
    static List<String> check(Code[] codes) {
        List<String> problems = new ArrayList<>();
        walk(codes, false, problems);
        return problems;
    }

    private static void walk(Code[] codes, boolean insideItems, List<String> problems) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof WriteCode || code instanceof CommentCode) {
                continue;
            }
            if (code instanceof PartialCode || code instanceof ExtendCode) {
                problems.add("partials and template inheritance ({{>" + code.getName()
                        + "}}) are not supported; copy the text into the template");
                continue;
            }
            String name = code.getName();
            if (name != null && !isKnown(name, insideItems)) {
                problems.add("'{{" + name + "}}' is not a field of the message model; known"
                        + " fields are " + new TreeSet<>(TemplateModel.FIELDS)
                        + (insideItems ? " and inside items " + new TreeSet<>(
                                TemplateModel.ITEM_FIELDS) : ""));
            }
            boolean enteringItems = code instanceof IterableCode && "items".equals(name);
            walk(code.getCodes(), insideItems || enteringItems, problems);
        }
    }

    private static boolean isKnown(String name, boolean insideItems) {
        if (name.equals(".") && insideItems) {
            return false;
        }
        Set<String> top = TemplateModel.FIELDS;
        return top.contains(name) || insideItems && TemplateModel.ITEM_FIELDS.contains(name);
    }
}
