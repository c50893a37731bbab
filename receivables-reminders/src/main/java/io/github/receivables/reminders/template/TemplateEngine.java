package io.github.receivables.reminders.template;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders reminder templates written in Mustache. Templates are looked up in the host's sources
 * first and in the built-in set last; within each source, from the most specific locale tag
 * ({@code es-CL}) to the language ({@code es}), a built-in locale of the same language, and
 * English. So a host file in {@code es/} overrides the built-in {@code es-CL/} one too. Compiled templates
 * are cached. A template that refers to an unknown field fails when it is loaded with a {@link
 * TemplateException}; nothing renders with a blank in its place.
 *
 * <p>Values are HTML-escaped in the HTML email body and written as they are everywhere else.
 * SMS texts are counted in segments and get a warning above the configured limit. Immutable and
 * thread-safe.
 */
public final class TemplateEngine {

    /** The ids of the built-in templates. */
    public static final List<String> BUILT_IN_TEMPLATES =
            List.of("friendly", "firm", "final", "factor-notice", "escalation");

    /** The locales of the built-in templates. */
    public static final List<Locale> BUILT_IN_LOCALES = List.of(Locale.forLanguageTag("es-CL"),
            Locale.forLanguageTag("es"), Locale.forLanguageTag("en"),
            Locale.forLanguageTag("pt-BR"));

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private final List<TemplateSource> sources;
    private final int smsMaxSegments;
    private final boolean transliterateSms;
    private final LoadingCache<Key, Optional<CompiledTemplate>> cache;

    private TemplateEngine(Builder builder) {
        List<TemplateSource> all = new ArrayList<>(builder.sources);
        all.add(TemplateSource.builtIn());
        this.sources = List.copyOf(all);
        this.smsMaxSegments = builder.smsMaxSegments;
        this.transliterateSms = builder.transliterateSms;
        this.cache = Caffeine.newBuilder().maximumSize(builder.cacheSize).build(this::load);
    }

    /**
     * Returns an engine with the built-in templates only, a limit of 2 SMS segments and no
     * automatic transliteration.
     *
     * @return the engine; never null
     */
    public static TemplateEngine builtIn() {
        return builder().build();
    }

    /**
     * Starts a builder.
     *
     * @return a builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders a template for a channel.
     *
     * @param templateId the template id, such as {@code firm}; never null
     * @param kind the channel kind; never null
     * @param model the message data; its locale selects the template files; never null
     * @param consumer true when the debtor is a consumer, to add warnings about legal threats
     * @return the rendered message; never null
     * @throws TemplateException if a file the channel needs is missing or invalid
     */
    public RenderedMessage render(String templateId, ChannelKind kind, TemplateModel model,
            boolean consumer) {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(kind, "kind");
        Map<String, Object> scope = model.toScope();
        List<String> warnings = new ArrayList<>();
        switch (kind) {
            case SMS:
                return renderSms(templateId, model.locale(), scope, consumer, warnings);
            case WHATSAPP:
                return renderWhatsApp(templateId, model.locale(), scope, consumer, warnings);
            default:
                return renderText(templateId, kind, model.locale(), scope, consumer, warnings);
        }
    }

    /**
     * Loads and checks every variant a channel needs, without rendering.
     *
     * @param templateId the template id; never null
     * @param kind the channel kind; never null
     * @param locale the locale; never null
     * @throws TemplateException if a file is missing or invalid
     */
    public void validate(String templateId, ChannelKind kind, Locale locale) {
        for (TemplateVariant variant : TemplateVariant.forChannel(kind)) {
            compiled(templateId, variant, locale);
        }
    }

    /**
     * Lists wording that consumer collection law forbids in the files a channel uses.
     *
     * @param templateId the template id; never null
     * @param kind the channel kind; never null
     * @param locale the locale; never null
     * @return one warning per term found, naming the file; empty when clean
     * @throws TemplateException if a file is missing or invalid
     */
    public List<String> checkConsumerWording(String templateId, ChannelKind kind,
            Locale locale) {
        List<String> warnings = new ArrayList<>();
        for (TemplateVariant variant : TemplateVariant.forChannel(kind)) {
            CompiledTemplate template = compiled(templateId, variant, locale);
            for (String warning : template.legalWarnings) {
                warnings.add(template.name + " " + warning);
            }
        }
        return warnings;
    }

    private RenderedMessage renderText(String templateId, ChannelKind kind, Locale locale,
            Map<String, Object> scope, boolean consumer, List<String> warnings) {
        String subject = null;
        String plain = null;
        String html = null;
        String tag = null;
        for (TemplateVariant variant : TemplateVariant.forChannel(kind)) {
            CompiledTemplate template = use(templateId, variant, locale, consumer, warnings);
            String text = template.render(scope);
            tag = tag == null ? template.localeTag : tag;
            if (variant == TemplateVariant.EMAIL_SUBJECT) {
                subject = oneLine(text);
            } else if (variant == TemplateVariant.EMAIL_HTML) {
                html = text;
            } else if (variant == TemplateVariant.TASK) {
                String trimmed = text.strip();
                int newline = trimmed.indexOf('\n');
                subject = newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
                plain = newline < 0 ? "" : trimmed.substring(newline + 1).strip();
            } else {
                plain = text.strip();
            }
        }
        MessageContent content = new MessageContent.Text(subject, plain, html);
        return new RenderedMessage(templateId, tag, kind, content, warnings, null, null);
    }

    private RenderedMessage renderSms(String templateId, Locale locale,
            Map<String, Object> scope, boolean consumer, List<String> warnings) {
        CompiledTemplate template = use(templateId, TemplateVariant.SMS, locale, consumer,
                warnings);
        String text = oneLine(template.render(scope));
        SmsSegments segments = SmsSegments.of(text);
        String alternative = null;
        if (segments.encoding() == SmsEncoding.UCS_2) {
            alternative = Gsm7.transliterate(text);
            SmsSegments gsm = SmsSegments.of(alternative);
            if (transliterateSms && gsm.segments() < segments.segments()) {
                warnings.add("SMS transliterated to GSM-7: " + segments.segments() + " UCS-2"
                        + " segments became " + gsm.segments());
                text = alternative;
                segments = gsm;
                alternative = null;
            }
        }
        if (segments.segments() > smsMaxSegments) {
            warnings.add("SMS takes " + segments.segments() + " " + segments.encoding()
                    + " segments, over the limit of " + smsMaxSegments + (alternative == null
                            ? "" : "; its GSM-7 transliteration takes "
                                    + SmsSegments.of(alternative).segments()));
        }
        MessageContent content = new MessageContent.Text(null, text, null);
        return new RenderedMessage(templateId, template.localeTag, ChannelKind.SMS, content,
                warnings, segments, alternative);
    }

    private RenderedMessage renderWhatsApp(String templateId, Locale locale,
            Map<String, Object> scope, boolean consumer, List<String> warnings) {
        CompiledTemplate template = use(templateId, TemplateVariant.WHATSAPP, locale, consumer,
                warnings);
        String name = null;
        String language = template.localeTag.replace('-', '_');
        List<String> parameters = new ArrayList<>();
        for (String line : template.render(scope).split("\n")) {
            String trimmed = line.strip();
            if (name == null && trimmed.startsWith("template:")) {
                name = trimmed.substring("template:".length()).strip();
            } else if (parameters.isEmpty() && trimmed.startsWith("language:")) {
                language = trimmed.substring("language:".length()).strip();
            } else if (!trimmed.isEmpty()) {
                parameters.add(trimmed);
            }
        }
        MessageContent content = new MessageContent.ApprovedTemplate(name, language, parameters);
        return new RenderedMessage(templateId, template.localeTag, ChannelKind.WHATSAPP, content,
                warnings, null, null);
    }

    private CompiledTemplate use(String templateId, TemplateVariant variant, Locale locale,
            boolean consumer, List<String> warnings) {
        CompiledTemplate template = compiled(templateId, variant, locale);
        if (consumer) {
            for (String warning : template.legalWarnings) {
                warnings.add(template.name + " " + warning);
            }
        }
        return template;
    }

    private CompiledTemplate compiled(String templateId, TemplateVariant variant,
            Locale locale) {
        Optional<CompiledTemplate> found =
                cache.get(new Key(templateId, variant, locale.toLanguageTag()));
        if (found.isPresent()) {
            return found.get();
        }
        if (variant.fallback() != null) {
            return compiled(templateId, variant.fallback(), locale);
        }
        throw new TemplateException("template '" + templateId + "' has no " + variant.suffix()
                + " file for locale " + locale.toLanguageTag() + "; looked for "
                + localeChain(locale) + "/" + templateId + "." + variant.suffix() + ".mustache");
    }

    /** Searches every source in order, and in each source the locale chain in order. */
    private Optional<CompiledTemplate> load(Key key) {
        List<String> chain = localeChain(Locale.forLanguageTag(key.localeTag));
        for (TemplateSource source : sources) {
            for (String tag : chain) {
                String path = tag + "/" + key.templateId + "." + key.variant.suffix()
                        + ".mustache";
                Optional<TemplateSource.Text> text = source.read(path);
                if (text.isPresent()) {
                    return Optional.of(CompiledTemplate.compile(text.get(), tag, key.variant));
                }
            }
        }
        return Optional.empty();
    }

    static List<String> localeChain(Locale locale) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(locale.toLanguageTag());
        chain.add(locale.getLanguage());
        for (Locale builtIn : BUILT_IN_LOCALES) {
            if (builtIn.getLanguage().equals(locale.getLanguage())) {
                chain.add(builtIn.toLanguageTag());
            }
        }
        chain.add("en");
        return List.copyOf(chain);
    }

    private static String oneLine(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0) {
            return stripped;
        }
        return LINE_BREAK.matcher(stripped).replaceAll(" ");
    }

    /** A cache key: one variant of one template for one requested locale. */
    private record Key(String templateId, TemplateVariant variant, String localeTag) {}

    /** Builds a {@link TemplateEngine}. Not thread-safe. */
    public static final class Builder {
        private final List<TemplateSource> sources = new ArrayList<>();
        private int smsMaxSegments = 2;
        private boolean transliterateSms;
        private long cacheSize = 2_000;

        private Builder() {}

        /**
         * Adds a source searched before the built-in templates, after sources added earlier.
         *
         * @param source the source, such as {@link TemplateSource#directory}; never null
         * @return this builder
         */
        public Builder source(TemplateSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Sets the SMS segment count above which a rendered SMS gets a warning.
         *
         * @param value the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if value is below 1
         */
        public Builder smsMaxSegments(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("smsMaxSegments must be at least 1, got "
                        + value);
            }
            this.smsMaxSegments = value;
            return this;
        }

        /**
         * Makes SMS texts that need UCS-2 go out transliterated to GSM-7 when that saves
         * segments.
         *
         * @param value true to transliterate
         * @return this builder
         */
        public Builder transliterateSms(boolean value) {
            this.transliterateSms = value;
            return this;
        }

        /**
         * Sets how many compiled template files the cache keeps.
         *
         * @param value the size, at least 1
         * @return this builder
         * @throws IllegalArgumentException if value is below 1
         */
        public Builder cacheSize(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("cacheSize must be at least 1, got " + value);
            }
            this.cacheSize = value;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine; never null
         */
        public TemplateEngine build() {
            return new TemplateEngine(this);
        }
    }
}
