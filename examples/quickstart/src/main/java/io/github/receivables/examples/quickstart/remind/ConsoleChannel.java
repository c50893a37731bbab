package io.github.receivables.examples.quickstart.remind;

import io.github.receivables.spi.notification.ChannelCapabilities;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.SendResult;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A notification channel that prints each message on the console instead of sending it: the
 * channel, the masked recipient, the subject and the text. It accepts each idempotency key once
 * and returns the first result for a repeat, as the channel contract requires. Thread-safe.
 */
public final class ConsoleChannel implements NotificationChannel {

    private final ChannelKind kind;
    private final PrintStream out;
    private final Clock clock;
    private final Map<String, SendResult.Sent> sent = new HashMap<>();

    /**
     * Creates a console channel.
     *
     * @param kind the channel kind it prints messages for, such as EMAIL or SMS; never null
     * @param out where messages are printed; never null
     * @param clock gives the accepted time of each message; never null
     */
    public ConsoleChannel(ChannelKind kind, PrintStream out, Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return kind == ChannelKind.SMS ? ChannelCapabilities.plainText(1_530)
                : ChannelCapabilities.email();
    }

    @Override
    public synchronized SendResult send(NotificationRequest request) {
        SendResult.Sent earlier = sent.get(request.idempotencyKey());
        if (earlier != null) {
            return earlier;
        }
        print(request);
        SendResult.Sent result = new SendResult.Sent("console-" + (sent.size() + 1),
                clock.instant());
        sent.put(request.idempotencyKey(), result);
        return result;
    }

    private void print(NotificationRequest request) {
        out.println("   [" + kind + "] to " + request.recipient().maskedAddress());
        if (request.content() instanceof MessageContent.Text text) {
            if (text.subject() != null && !text.subject().isBlank()) {
                out.println("   Subject: " + text.subject());
            }
            text.plain().lines().forEach(line -> out.println("   | " + line));
        } else if (request.content() instanceof MessageContent.ApprovedTemplate template) {
            out.println("   Template " + template.name() + " (" + template.language() + "): "
                    + String.join(", ", template.parameters()));
        }
        out.println();
    }
}
