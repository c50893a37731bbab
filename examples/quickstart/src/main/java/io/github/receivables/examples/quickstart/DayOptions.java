package io.github.receivables.examples.quickstart;

import io.github.receivables.core.party.Rut;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The settings of one collections day, as parsed from the command line.
 *
 * @param portfolio portfolio files or folders; empty for the shipped demo; never null
 * @param statement the bank statement file, or null for the demo's statement (with the demo
 *     portfolio) or none (with the user's portfolio)
 * @param csvPreset the column mapping preset for a CSV or workbook statement, or null
 * @param csvMapping a column mapping JSON file for a CSV or workbook statement, or null
 * @param asOf the day to run, or null for the default
 * @param sellerRut the seller's RUT, or null to take it from the DTE files
 * @param jdbcUrl the JDBC URL of the store; never null
 * @param report where the HTML report goes; never null
 * @param smtp the SMTP server for email reminders, or null for the console channel
 * @param reset whether to clear the store first
 * @param verbose whether errors print their stack trace
 */
public record DayOptions(
        List<Path> portfolio,
        Path statement,
        String csvPreset,
        Path csvMapping,
        LocalDate asOf,
        Rut sellerRut,
        String jdbcUrl,
        Path report,
        SmtpOptions smtp,
        boolean reset,
        boolean verbose) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if portfolio, jdbcUrl or report is null
     */
    public DayOptions {
        portfolio = List.copyOf(portfolio);
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Tells whether the run uses the shipped demo portfolio.
     *
     * @return true when no portfolio file was given
     */
    public boolean isDemo() {
        return portfolio.isEmpty();
    }

    /**
     * The SMTP server for email reminders.
     *
     * @param host the server host; never null
     * @param port the TCP port
     * @param from the sender address; never null
     * @param security NONE, STARTTLS or IMPLICIT_TLS; never null
     */
    public record SmtpOptions(String host, int port, String from, String security) {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public SmtpOptions {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(security, "security");
        }
    }
}
