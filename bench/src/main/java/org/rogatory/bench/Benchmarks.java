package org.rogatory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.bench.names.NamesBench;

/**
 * {@code ./rogatory bench [suite ...]}: runs benchmark suites and writes each one's section of
 * BENCHMARKS.md, leaving the other sections as they were. A section sits between
 * {@code <!-- suite:NAME -->} and {@code <!-- /suite:NAME -->}.
 */
public final class Benchmarks {

    /** A suite measures something and returns its section of BENCHMARKS.md in Markdown. */
    public interface Suite {
        String run(String[] args) throws Exception;
    }

    static final Map<String, Suite> SUITES = new LinkedHashMap<>();

    static {
        // one line per suite
        SUITES.put("core", new CoreSuite());
        SUITES.put("screening", new ScreeningSuite());
        SUITES.put("names", new NamesBench());
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !SUITES.containsKey(args[0])) {
            System.err.println("usage: rogatory bench SUITE [options]; suites: " + String.join(", ", SUITES.keySet()));
            System.exit(2);
        }
        String name = args[0];
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        String section = SUITES.get(name).run(rest);
        Path file = Path.of(System.getProperty("rogatory.benchmarks", "BENCHMARKS.md"));
        writeSection(file, name, section);
        System.err.println("wrote section '" + name + "' of " + file.toAbsolutePath());
    }

    static void writeSection(Path file, String name, String section) throws IOException {
        String begin = "<!-- suite:" + name + " -->";
        String end = "<!-- /suite:" + name + " -->";
        String block = begin + "\n" + section.strip() + "\n" + end;
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n"
                + "Written by `./rogatory bench SUITE`; each suite rewrites only its own section.\n";
        Matcher m = Pattern.compile(Pattern.quote(begin) + ".*?" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        text = m.find() ? m.replaceFirst(Matcher.quoteReplacement(block)) : text.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(file, text);
    }
}
