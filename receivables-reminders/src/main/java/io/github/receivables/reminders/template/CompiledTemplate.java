package io.github.receivables.reminders.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** One template file compiled and checked, ready to render many times. Thread-safe. */
final class CompiledTemplate {

    private static final DefaultMustacheFactory HTML = new DefaultMustacheFactory();
    private static final DefaultMustacheFactory TEXT = new PlainTextFactory();

    final String name;
    final String localeTag;
    final TemplateVariant variant;
    final List<String> legalWarnings;
    private final Mustache mustache;

    private CompiledTemplate(String name, String localeTag, TemplateVariant variant,
            Mustache mustache, List<String> legalWarnings) {
        this.name = name;
        this.localeTag = localeTag;
        this.variant = variant;
        this.mustache = mustache;
        this.legalWarnings = legalWarnings;
    }

    /** Compiles and checks a file; throws TemplateException naming the file and every problem. */
    static CompiledTemplate compile(TemplateSource.Text text, String localeTag,
            TemplateVariant variant) {
        if (text.content().contains("{{>") || text.content().contains("{{<")) {
            throw new TemplateException("template " + text.name() + " is invalid: partials and"
                    + " template inheritance ({{> name}}, {{< name}}) are not supported; copy the"
                    + " text into the template");
        }
        Mustache mustache;
        try {
            DefaultMustacheFactory factory = variant.isHtml() ? HTML : TEXT;
            mustache = factory.compile(new StringReader(text.content()), text.name());
        } catch (MustacheException e) {
            throw new TemplateException("template " + text.name() + " does not compile: "
                    + e.getMessage(), e);
        }
        List<String> problems = PlaceholderCheck.check(mustache.getCodes());
        if (variant == TemplateVariant.WHATSAPP && !text.content().strip().startsWith("template:")) {
            problems.add("a WhatsApp template must start with a line 'template: <name>'");
        }
        if (!problems.isEmpty()) {
            throw new TemplateException("template " + text.name() + " is invalid: "
                    + String.join("; ", problems));
        }
        List<String> legal = LegalThreatCheck.check(text.content());
        return new CompiledTemplate(text.name(), localeTag, variant, mustache, legal);
    }

    String render(Map<String, Object> scope) {
        StringWriter out = new StringWriter(variant == TemplateVariant.SMS ? 256 : 2048);
        mustache.execute(out, scope);
        return out.toString();
    }

    /** A factory that writes values as they are, for plain-text variants. */
    private static final class PlainTextFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
