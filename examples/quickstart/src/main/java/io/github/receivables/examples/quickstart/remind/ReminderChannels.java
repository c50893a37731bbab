package io.github.receivables.examples.quickstart.remind;

import io.github.receivables.examples.quickstart.DayOptions;
import io.github.receivables.examples.quickstart.report.DayReport.ReminderLine;
import io.github.receivables.examples.smtp.SmtpEmailChannel;
import io.github.receivables.examples.smtp.SmtpSecurity;
import io.github.receivables.examples.smtp.SmtpSettings;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.NotificationChannel;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The channels of a run: email through SMTP when a server is configured, else on the console;
 * SMS and tasks for people always on the console.
 *
 * @param channels the channels, one per kind; never null
 * @param smtp whether email goes through SMTP
 * @param out where the console channels print; never null
 */
public record ReminderChannels(List<NotificationChannel> channels, boolean smtp,
        PrintStream out) {

    /**
     * Creates the channels.
     *
     * @param options the SMTP server, or null for the console; may be null
     * @param out where console channels print; never null
     * @param now the moment of the run, the accepted time of console messages; never null
     * @return the channels; never null
     */
    public static ReminderChannels create(DayOptions.SmtpOptions options, PrintStream out,
            Instant now) {
        Clock clock = Clock.fixed(now, CollectionsZone.SANTIAGO);
        NotificationChannel email = options == null ? new ConsoleChannel(ChannelKind.EMAIL, out,
                clock) : SmtpEmailChannel.create(SmtpSettings.builder(options.host(),
                        options.port(), options.from())
                .security(SmtpSecurity.valueOf(options.security()))
                .build(), Clock.systemUTC());
        return new ReminderChannels(List.of(email,
                new ConsoleChannel(ChannelKind.SMS, out, clock),
                new ConsoleChannel(ChannelKind.HUMAN_TASK, out, clock)), options != null, out);
    }

    /**
     * Prints one line per email sent through SMTP, which the console did not show.
     *
     * @param sent the reminders sent; never null
     */
    public void printSmtpSends(List<ReminderLine> sent) {
        if (!smtp) {
            return;
        }
        for (ReminderLine line : sent) {
            if (line.channel().equals(ChannelKind.EMAIL.name())) {
                out.println("   [EMAIL via SMTP] to " + line.recipient() + " | " + line.subject());
            }
        }
    }
}
