package io.github.receivables.reminders.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A place to look up template files: a directory or a classpath folder with one sub-folder per
 * locale tag, each with files named {@code <templateId>.<variant>.mustache}. Implementations must
 * be thread-safe.
 */
@FunctionalInterface
public interface TemplateSource {

    /**
     * Reads a template file.
     *
     * @param relativePath such as {@code es-CL/firm.sms.mustache}; never null
     * @return the file's text and a name for messages, or empty when the file does not exist
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    Optional<Text> read(String relativePath);

    /**
     * A template file's text and where it came from.
     *
     * @param name the file's location for messages; never null
     * @param content the UTF-8 text; never null
     */
    record Text(String name, String content) {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Text {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Returns a source over a directory.
     *
     * @param root the directory with one folder per locale tag; never null
     * @return the source; never null
     */
    static TemplateSource directory(Path root) {
        Objects.requireNonNull(root, "root");
        return relativePath -> {
            Path file = root.resolve(relativePath);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Text(file.toString(), Files.readString(file,
                        StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + file, e);
            }
        };
    }

    /**
     * Returns a source over a classpath folder.
     *
     * @param loader the class loader; never null
     * @param folder the folder, such as {@code my/app/templates}, without leading slash; never
     *     null
     * @return the source; never null
     */
    static TemplateSource classpath(ClassLoader loader, String folder) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(folder, "folder");
        return relativePath -> {
            String resource = folder + "/" + relativePath;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(new Text("classpath:" + resource,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template resource " + resource, e);
            }
        };
    }

    /**
     * Returns the templates bundled with this module.
     *
     * @return the built-in source; never null
     */
    static TemplateSource builtIn() {
        return classpath(TemplateSource.class.getClassLoader(),
                "io/github/receivables/reminders/template/builtin");
    }
}
