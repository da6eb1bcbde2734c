/*
 * Reads one glossary file with OmegaT's own readers (the classes OmegaT's glossary pane
 * uses, from the installed OmegaT.jar) and prints what OmegaT got, one JSON object per
 * line, ASCII only (\\uXXXX escapes), so the result does not depend on the platform
 * encoding the JVM runs with:
 *
 *   {"reader": "tsv", "encoding": "UTF-8", "file_encoding": "ISO-8859-1"}   first line
 *   {"source": "...", "targets": ["..."], "comments": ["..."]}             one per GlossaryEntry
 *
 * Usage: java -cp OmegaT.jar:DIR ReadGlossary tsv FILE
 *        java -cp OmegaT.jar:DIR ReadGlossary tbx FILE SOURCE_LANG TARGET_LANG
 *
 * The TSV reader is what GlossaryManager calls for .tab/.txt/.utf8 files; "encoding" is
 * the charset it decodes with (the same EncodingDetector call it makes).  The TBX reader
 * asks the open project for its source and target languages, so a project whose
 * properties name them is set first; OmegaT's preferences go to a throwaway config dir
 * (the -Domegat.test.configdir property, else a temporary directory).
 * An exception from the reader is printed as {"error": "..."} and the exit status is 3.
 * Written for OmegaT 3.6 (org.omegat.gui.glossary); see tests/test_omegat_real.py.
 */
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;

import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.omegat.util.EncodingDetector;
import org.omegat.util.RuntimePreferences;

public final class ReadGlossary {

    private ReadGlossary() {
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String jsonArray(String[] items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            b.append(i > 0 ? ", " : "").append(json(items[i]));
        }
        return b.append(']').toString();
    }

    /** A project that is not loaded but says which languages it translates between. */
    static final class LanguagesOnly extends NotLoadedProject {
        private final ProjectProperties props;

        LanguagesOnly(ProjectProperties props) {
            this.props = props;
        }

        @Override
        public ProjectProperties getProjectProperties() {
            return props;
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, "US-ASCII");
        if (args.length < 2 || !(args[0].equals("tsv") || (args[0].equals("tbx") && args.length == 4))) {
            System.err.println("usage: ReadGlossary tsv FILE | ReadGlossary tbx FILE SOURCE_LANG TARGET_LANG");
            System.exit(2);
        }
        File file = new File(args[1]);
        String configDir = System.getProperty("omegat.test.configdir");
        if (configDir == null) {
            configDir = Files.createTempDirectory("omegat-config").toString();
        }
        RuntimePreferences.setConfigDir(configDir);
        List<GlossaryEntry> entries;
        try {
            if (args[0].equals("tsv")) {
                String encoding = EncodingDetector.detectEncodingDefault(file, Charset.defaultCharset().name());
                out.println("{\"reader\": \"tsv\", \"encoding\": " + json(encoding) + ", \"file_encoding\": "
                        + json(Charset.defaultCharset().name()) + "}");
                entries = GlossaryReaderTSV.read(file, false);
            } else {
                File projectDir = Files.createTempDirectory(new File(configDir).toPath(), "project").toFile();
                ProjectProperties props = new ProjectProperties(projectDir);
                props.setSourceLanguage(args[2]);
                props.setTargetLanguage(args[3]);
                Core.setProject(new LanguagesOnly(props));
                out.println("{\"reader\": \"tbx\", \"source\": " + json(props.getSourceLanguage().getLanguageCode())
                        + ", \"target\": " + json(props.getTargetLanguage().getLanguageCode()) + "}");
                entries = GlossaryReaderTBX.read(file, false);
            }
        } catch (Exception e) {
            out.println("{\"error\": " + json(e.toString()) + "}");
            System.exit(3);
            return;
        }
        if (entries == null) {  // the reader does not take files named like this one
            out.println("{\"error\": \"not read (file name extension)\"}");
            System.exit(4);
        }
        for (GlossaryEntry e : entries) {
            out.println("{\"source\": " + json(e.getSrcText()) + ", \"targets\": " + jsonArray(e.getLocTerms(false))
                    + ", \"comments\": " + jsonArray(e.getComments()) + "}");
        }
    }
}
