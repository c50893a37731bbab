package io.github.receivables.benchmarks;

import io.github.receivables.core.money.Money;
import io.github.receivables.reminders.template.Creditor;
import io.github.receivables.reminders.template.ItemLine;
import io.github.receivables.reminders.template.RenderedMessage;
import io.github.receivables.reminders.template.TemplateEngine;
import io.github.receivables.reminders.template.TemplateModel;
import io.github.receivables.spi.notification.ChannelKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Renders built-in reminder templates on one thread: an SMS (one template, segment count) and a
 * full email (subject, plain text and HTML), each from a two-item model including the model's
 * formatting. Target: at least 100,000 messages per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReminderRenderBenchmark {

    private TemplateEngine engine;
    private TemplateModel model;

    /** Compiles the templates once, as a running host would have them cached. */
    @Setup
    public void setUp() {
        engine = TemplateEngine.builtIn();
        Creditor creditor = new Creditor("Comercial Andes SpA", "+56 2 2345 6789",
                "cobranza@andes.example");
        model = new TemplateModel("María José Pérez", creditor, Locale.forLanguageTag("es-CL"),
                LocalDate.of(2025, 6, 12),
                List.of(new ItemLine("F-10231", LocalDate.of(2025, 5, 28),
                                Money.of("154700", "CLP")),
                        new ItemLine("F-10388", LocalDate.of(2025, 6, 5),
                                Money.of("1079887", "CLP"))),
                "https://pay.example/l/t1", "RC1123456717", null, null, null, null);
        engine.render("firm", ChannelKind.EMAIL, model, true);
        engine.render("firm", ChannelKind.SMS, model, true);
    }

    /**
     * Renders one SMS.
     *
     * @return the message
     */
    @Benchmark
    public RenderedMessage renderSms() {
        return engine.render("firm", ChannelKind.SMS, model, true);
    }

    /**
     * Renders one email with subject, text and HTML bodies.
     *
     * @return the message
     */
    @Benchmark
    public RenderedMessage renderEmail() {
        return engine.render("firm", ChannelKind.EMAIL, model, true);
    }
}
