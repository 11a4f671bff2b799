package org.rogatory.matching;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a data file, which must be UTF-8. A byte that is not names its line: a decoding reader
 * fails a buffer ahead of the parser, and said "Input length = 1" at line 1 of a file bad at line 30.
 * A byte order mark at the start is left out.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** A reader over the file's text; {@link NotUtf8} names the first line holding a byte that is not UTF-8. */
    public static Reader reader(Path file) throws IOException {
        return new StringReader(decode(Files.readAllBytes(file)));
    }

    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8(line);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A byte that is not UTF-8, on this line. */
    public static final class NotUtf8 extends RuntimeException {
        private final long line;

        NotUtf8(long line) {
            super("not UTF-8 (a byte on this line is not); save the file as UTF-8");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
