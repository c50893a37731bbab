package io.github.receivables.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file to import: a path the user named or a resource of the shipped demo.
 *
 * @param name the name shown in messages and the report, such as the path as typed; never null
 * @param opener opens a fresh stream on each call; never null
 * @param size the size in bytes, or -1 when unknown
 */
public record InputFile(String name, Opener opener, long size) {

    /** Opens the content of an input file. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens a new stream positioned at the start.
         *
         * @return the stream, which the caller closes; never null
         * @throws IOException if the file cannot be opened
         */
        InputStream open() throws IOException;
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if name or opener is null
     */
    public InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    /**
     * Creates an input file for a path.
     *
     * @param path the file; never null
     * @return the input file, named by the path as given; never null
     * @throws InputFileException if the file does not exist or cannot be read
     */
    public static InputFile of(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InputFileException(name, "is a folder; give a file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputFileException(name, "file not found");
        }
        if (!Files.isReadable(path)) {
            throw new InputFileException(name, "file is not readable; check its permissions");
        }
        try {
            return new InputFile(name, () -> Files.newInputStream(path), Files.size(path));
        } catch (IOException e) {
            throw new InputFileException(name, "cannot read the file size: " + e.getMessage(), e);
        }
    }

    /**
     * Creates an input file for a classpath resource.
     *
     * @param resource the absolute resource name, such as {@code /demo/clientes.csv}; never null
     * @return the input file, named by the resource without its leading slash; never null
     * @throws UncheckedIOException if the resource is missing from the jar
     */
    public static InputFile resource(String resource) {
        if (InputFile.class.getResource(resource) == null) {
            throw new UncheckedIOException(new IOException("resource " + resource
                    + " is missing from the application jar; rebuild it"));
        }
        Opener opener = () -> InputFile.class.getResourceAsStream(resource);
        return new InputFile(resource.substring(1), opener, -1);
    }

    /**
     * Returns the file name without folders, lower-cased in the root locale.
     *
     * @return the simple name; never null
     */
    public String simpleName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the first bytes of the file.
     *
     * @param max how many bytes at most
     * @return up to {@code max} bytes; never null
     * @throws InputFileException if the file cannot be read
     */
    public byte[] head(int max) {
        try (InputStream in = opener.open()) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new InputFileException(name, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
