package io.github.receivables.examples.smtp;

import java.util.Properties;

/** Turns {@link SmtpSettings} into the Jakarta Mail session properties of the Angus provider. */
final class SessionProperties {

    private static final String PREFIX = "mail.smtp.";

    private SessionProperties() {}

    static Properties of(SmtpSettings settings) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put(PREFIX + "host", settings.host());
        props.put(PREFIX + "port", Integer.toString(settings.port()));
        props.put(PREFIX + "from", settings.fromAddress());
        props.put(PREFIX + "localhost", settings.ehloName());
        props.put(PREFIX + "connectiontimeout", Integer.toString(settings.connectTimeoutMillis()));
        props.put(PREFIX + "timeout", Integer.toString(settings.readTimeoutMillis()));
        props.put(PREFIX + "writetimeout", Integer.toString(settings.readTimeoutMillis()));
        props.put(PREFIX + "auth", Boolean.toString(settings.username() != null));
        // The QUIT reply changes nothing once the message is accepted, so do not wait for it.
        props.put(PREFIX + "quitwait", "false");
        addSecurity(props, settings);
        return props;
    }

    private static void addSecurity(Properties props, SmtpSettings settings) {
        switch (settings.security()) {
            case NONE -> {
                props.put(PREFIX + "starttls.enable", "false");
            }
            case STARTTLS -> {
                props.put(PREFIX + "starttls.enable", "true");
                props.put(PREFIX + "starttls.required", "true");
            }
            case IMPLICIT_TLS -> props.put(PREFIX + "ssl.enable", "true");
        }
        if (settings.security() != SmtpSecurity.NONE) {
            props.put(PREFIX + "ssl.checkserveridentity", "true");
            if (settings.sslSocketFactory() != null) {
                props.put(PREFIX + "ssl.socketFactory", settings.sslSocketFactory());
            }
        }
    }
}
