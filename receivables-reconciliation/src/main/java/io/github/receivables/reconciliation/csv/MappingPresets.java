package io.github.receivables.reconciliation.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Ready column mappings for known exports, stored as JSON resources in this package under
 * {@code presets/}. {@link #names()} lists them; docs/formats-csv.md describes each one.
 */
public final class MappingPresets {

    private static final String FOLDER = "presets/";

    private MappingPresets() {}

    /**
     * Lists the names of every preset.
     *
     * @return the names in alphabetical order; never null
     */
    public static List<String> names() {
        try (InputStream index = open(FOLDER + "index.txt")) {
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(index, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the preset index", e);
        }
    }

    /**
     * Loads a preset by name.
     *
     * @param name a name from {@link #names()}, such as {@code de_sparkasse_camt_v8}
     * @return the mapping; never null
     * @throws IllegalArgumentException if no preset has that name; the message lists the names
     */
    public static ColumnMapping load(String name) {
        if (name == null || !names().contains(name)) {
            throw new IllegalArgumentException(
                    "no column mapping preset named " + name + "; known presets: " + names());
        }
        try (InputStream json = open(FOLDER + name + ".json")) {
            return ColumnMappings.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the preset " + name, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream stream = MappingPresets.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IOException("resource " + resource + " is missing from the jar");
        }
        return stream;
    }
}
