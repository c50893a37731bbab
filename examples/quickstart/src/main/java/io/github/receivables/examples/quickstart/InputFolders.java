package io.github.receivables.examples.quickstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the portfolio paths the user gave: a folder stands for its .xml and .csv files. */
final class InputFolders {

    private InputFolders() {}

    /**
     * Expands paths into files.
     *
     * @param paths files or folders; never null
     * @return the files, each folder's in name order; never null
     * @throws InputFileException if a path is missing or a folder contains no portfolio file
     */
    static List<InputFile> expand(List<Path> paths) {
        List<InputFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(InputFile.of(path));
                continue;
            }
            List<Path> inside = list(path);
            if (inside.isEmpty()) {
                throw new InputFileException(path.toString(), "the folder contains no .xml or .csv"
                        + " file");
            }
            inside.forEach(file -> files.add(InputFile.of(file)));
        }
        return files;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(InputFolders::isPortfolioName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputFileException(folder.toString(), "cannot list the folder: "
                    + e.getMessage(), e);
        }
    }

    private static boolean isPortfolioName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".csv");
    }
}
