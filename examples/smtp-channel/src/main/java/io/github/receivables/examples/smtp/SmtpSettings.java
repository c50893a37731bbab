package io.github.receivables.examples.smtp;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;

/**
 * Connection and sender settings of an {@link SmtpEmailChannel}. Build it with {@link
 * #builder(String, int, String)}; the canonical constructor checks the same rules.
 *
 * @param host the SMTP server's host name or IP address; never blank
 * @param port the server's TCP port, 1 to 65535 (usually 587 for STARTTLS, 465 for implicit TLS)
 * @param security how the connection is protected; never null
 * @param username the login for SMTP AUTH, or null to send without authentication
 * @param password the password for SMTP AUTH, or null exactly when username is null
 * @param fromAddress the sender's bare address, such as {@code cobranza@example.cl}; also the
 *     envelope sender (MAIL FROM); never null
 * @param fromName the sender's display name, encoded as UTF-8, or null for none
 * @param connectTimeoutMillis the wait for the TCP connection, in milliseconds; at least 1
 * @param readTimeoutMillis the wait for each server reply, in milliseconds; at least 1. It also
 *     bounds each socket write, so a server that stops reading cannot block a send forever
 * @param messageIdDomain the domain after the {@code @} of every Message-ID; an ASCII host name
 *     such as {@code mail.example.cl}; never null
 * @param ehloName the client name sent in EHLO; an ASCII host name; never null
 * @param sslSocketFactory the factory for TLS sockets, such as one that trusts a private
 *     certificate authority, or null for the JVM's default trust store
 */
public record SmtpSettings(
        String host,
        int port,
        SmtpSecurity security,
        String username,
        String password,
        String fromAddress,
        String fromName,
        int connectTimeoutMillis,
        int readTimeoutMillis,
        String messageIdDomain,
        String ehloName,
        SSLSocketFactory sslSocketFactory) {

    /** The connect timeout a builder uses when none is set: 10 seconds. */
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;

    /** The read timeout a builder uses when none is set: 30 seconds. */
    public static final int DEFAULT_READ_TIMEOUT_MILLIS = 30_000;

    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    /**
     * Validates the components.
     *
     * @throws NullPointerException if host, security, fromAddress, messageIdDomain or ehloName is
     *     null
     * @throws IllegalArgumentException if a value is out of range or malformed, if only one of
     *     username and password is set, or if credentials are set with {@link SmtpSecurity#NONE}
     */
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(messageIdDomain, "messageIdDomain");
        Objects.requireNonNull(ehloName, "ehloName");
        requireHost(host);
        requirePort(port);
        requireCredentials(username, password, security);
        requireBareAddress(fromAddress);
        requireTimeout("connectTimeoutMillis", connectTimeoutMillis);
        requireTimeout("readTimeoutMillis", readTimeoutMillis);
        requireHostName("messageIdDomain", messageIdDomain);
        requireHostName("ehloName", ehloName);
    }

    /**
     * Starts a builder with STARTTLS, no authentication, the default timeouts and the domain of
     * the from address as Message-ID domain and EHLO name.
     *
     * @param host the SMTP server's host name or IP address; never blank
     * @param port the server's TCP port, 1 to 65535
     * @param fromAddress the sender's bare address; never null
     * @return the builder; never null
     * @throws NullPointerException if host or fromAddress is null
     * @throws IllegalArgumentException if host is blank, port is out of range or fromAddress is
     *     not a bare address
     */
    public static Builder builder(String host, int port, String fromAddress) {
        return new Builder(host, port, fromAddress);
    }

    /**
     * Returns a description with the password hidden.
     *
     * @return the settings without the password; never null
     */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security
                + ", username=" + username + ", password=" + (password == null ? null : "***")
                + ", fromAddress=" + fromAddress + ", fromName=" + fromName
                + ", connectTimeoutMillis=" + connectTimeoutMillis
                + ", readTimeoutMillis=" + readTimeoutMillis
                + ", messageIdDomain=" + messageIdDomain + ", ehloName=" + ehloName
                + ", sslSocketFactory=" + sslSocketFactory + "]";
    }

    private static void requireHost(String host) {
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is blank; set the server's host name");
        }
    }

    private static void requirePort(int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port " + port
                    + " is out of range; use 1 to 65535, such as 587 for STARTTLS");
        }
    }

    private static void requireCredentials(String username, String password,
            SmtpSecurity security) {
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("SMTP username and password must be set together,"
                    + " got username " + (username == null ? "unset" : "'" + username + "'")
                    + " and password " + (password == null ? "unset" : "set"));
        }
        if (username != null && security == SmtpSecurity.NONE) {
            throw new IllegalArgumentException("SMTP credentials for '" + username
                    + "' with security NONE would send the password in clear text;"
                    + " use STARTTLS or IMPLICIT_TLS");
        }
    }

    private static void requireTimeout(String name, int millis) {
        if (millis < 1) {
            throw new IllegalArgumentException(name + " is " + millis
                    + "; use at least 1 millisecond");
        }
    }

    private static void requireHostName(String name, String value) {
        if (value.length() > 253 || !HOST_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " '" + value
                    + "' is not an ASCII host name such as mail.example.cl");
        }
    }

    static void requireBareAddress(String fromAddress) {
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(fromAddress, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("fromAddress '" + fromAddress
                    + "' is not a valid address: " + e.getMessage(), e);
        }
        if (parsed.getPersonal() != null || !parsed.getAddress().equals(fromAddress)
                || fromAddress.indexOf('@') < 1) {
            throw new IllegalArgumentException("fromAddress '" + fromAddress
                    + "' must be a bare address such as cobranza@example.cl;"
                    + " set the display name with fromName");
        }
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /**
     * Collects settings one at a time and checks each at once. Not thread-safe.
     */
    public static final class Builder {
        private final String host;
        private final int port;
        private final String fromAddress;
        private SmtpSecurity security = SmtpSecurity.STARTTLS;
        private String username;
        private String password;
        private String fromName;
        private int connectTimeoutMillis = DEFAULT_CONNECT_TIMEOUT_MILLIS;
        private int readTimeoutMillis = DEFAULT_READ_TIMEOUT_MILLIS;
        private String messageIdDomain;
        private String ehloName;
        private SSLSocketFactory sslSocketFactory;

        private Builder(String host, int port, String fromAddress) {
            this.host = Objects.requireNonNull(host, "host");
            this.fromAddress = Objects.requireNonNull(fromAddress, "fromAddress");
            requireHost(host);
            requirePort(port);
            requireBareAddress(fromAddress);
            this.port = port;
        }

        /**
         * Sets how the connection is protected. The default is {@link SmtpSecurity#STARTTLS}.
         *
         * @param value the mode; never null
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder security(SmtpSecurity value) {
            this.security = Objects.requireNonNull(value, "security");
            return this;
        }

        /**
         * Sets the login for SMTP AUTH. The default is no authentication.
         *
         * @param user the username; never blank
         * @param secret the password; never null
         * @return this builder
         * @throws NullPointerException if user or secret is null
         * @throws IllegalArgumentException if user is blank
         */
        public Builder credentials(String user, String secret) {
            Objects.requireNonNull(user, "username");
            Objects.requireNonNull(secret, "password");
            if (user.isBlank()) {
                throw new IllegalArgumentException("SMTP username is blank;"
                        + " omit credentials to send without authentication");
            }
            this.username = user;
            this.password = secret;
            return this;
        }

        /**
         * Sets the sender's display name, such as {@code Cobranza Ñuñoa}.
         *
         * @param value the name, any Unicode text; never blank
         * @return this builder
         * @throws NullPointerException if value is null
         * @throws IllegalArgumentException if value is blank
         */
        public Builder fromName(String value) {
            Objects.requireNonNull(value, "fromName");
            if (value.isBlank()) {
                throw new IllegalArgumentException("fromName is blank; omit it for no name");
            }
            this.fromName = value;
            return this;
        }

        /**
         * Sets the wait for the TCP connection.
         *
         * @param millis the timeout in milliseconds; at least 1
         * @return this builder
         * @throws IllegalArgumentException if millis is less than 1
         */
        public Builder connectTimeoutMillis(int millis) {
            requireTimeout("connectTimeoutMillis", millis);
            this.connectTimeoutMillis = millis;
            return this;
        }

        /**
         * Sets the wait for each server reply and each socket write.
         *
         * @param millis the timeout in milliseconds; at least 1
         * @return this builder
         * @throws IllegalArgumentException if millis is less than 1
         */
        public Builder readTimeoutMillis(int millis) {
            requireTimeout("readTimeoutMillis", millis);
            this.readTimeoutMillis = millis;
            return this;
        }

        /**
         * Sets the domain of every Message-ID. The default is the domain of the from address.
         *
         * @param value an ASCII host name; never null
         * @return this builder
         * @throws NullPointerException if value is null
         * @throws IllegalArgumentException if value is not an ASCII host name
         */
        public Builder messageIdDomain(String value) {
            requireHostName("messageIdDomain", Objects.requireNonNull(value, "messageIdDomain"));
            this.messageIdDomain = value;
            return this;
        }

        /**
         * Sets the client name sent in EHLO. The default is the Message-ID domain, which spares
         * a reverse DNS lookup of the local host.
         *
         * @param value an ASCII host name; never null
         * @return this builder
         * @throws NullPointerException if value is null
         * @throws IllegalArgumentException if value is not an ASCII host name
         */
        public Builder ehloName(String value) {
            requireHostName("ehloName", Objects.requireNonNull(value, "ehloName"));
            this.ehloName = value;
            return this;
        }

        /**
         * Sets the factory for TLS sockets. The server's certificate must still name the host.
         *
         * @param value the factory; never null
         * @return this builder
         * @throws NullPointerException if value is null
         */
        public Builder sslSocketFactory(SSLSocketFactory value) {
            this.sslSocketFactory = Objects.requireNonNull(value, "sslSocketFactory");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings; never null
         * @throws IllegalArgumentException if credentials are set with {@link SmtpSecurity#NONE},
         *     or if the from address's domain is not an ASCII host name and no Message-ID domain
         *     was set
         */
        public SmtpSettings build() {
            String domain = messageIdDomain != null ? messageIdDomain : domainOf(fromAddress);
            if (messageIdDomain == null && !HOST_NAME.matcher(domain).matches()) {
                throw new IllegalArgumentException("the domain of fromAddress '" + fromAddress
                        + "' is not an ASCII host name; set messageIdDomain");
            }
            return new SmtpSettings(host, port, security, username, password, fromAddress,
                    fromName, connectTimeoutMillis, readTimeoutMillis, domain,
                    ehloName != null ? ehloName : domain, sslSocketFactory);
        }
    }
}
