package io.billingpilot.cli;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a policy file (or standard input for {@code -}) as text, with a size cap before any
 * parsing: a 10 MB file or binary data is refused with one clear line, never buffered whole.
 */
final class PolicyInput {
    /** Far above S3's 20 KB limit for a bucket policy, and the JSON reader's own limit. */
    static final int MAX_BYTES = Json.MAX_DOCUMENT_CHARS;

    private PolicyInput() {
    }

    private static InputStream open(String source, String name) throws IOException {
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(capitalised(name) + " is not a file name.");
        }
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(capitalised(name) + " is a directory, not a policy file.");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("There is no file " + name + ".");
        }
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    static String read(String source) {
        boolean stdin = source.equals("-");
        String name = stdin ? "standard input" : "'" + Texts.clip(source) + "'";
        byte[] bytes;
        try (InputStream in = stdin ? System.in : open(source, name)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + name + ".");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("The policy in " + name + " is larger than " + (MAX_BYTES >> 10)
                    + " KiB; a bucket policy is at most 20 KB.");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInputException(capitalised(name) + " holds binary data, not a JSON policy.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(capitalised(name) + " is not UTF-8 text, so it is not a JSON policy.");
        }
    }
}
