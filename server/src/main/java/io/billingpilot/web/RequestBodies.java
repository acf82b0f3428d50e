package io.billingpilot.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;
import io.billingpilot.json.MalformedJsonException;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads request bodies with a size limit, so a hostile client cannot make the server buffer megabytes. */
public final class RequestBodies {
    /** Generous for a bucket policy (AWS caps those at 20 KB) and for every API body. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private RequestBodies() {
    }

    public static String text(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("The request body is not valid UTF-8 text.");
        } catch (IOException | UncheckedIOException e) {
            throw new BadRequestException("The request body could not be read: it was cut off, sent in broken "
                    + "chunks or did not arrive in time.");
        }
    }

    /** The body as a JSON object, or a 400 that says what is wrong with it. */
    public static ObjectNode jsonObject(Context ctx) {
        try {
            return Json.parseObject(text(ctx));
        } catch (MalformedJsonException e) {
            throw new BadRequestException("The request body is not a JSON object: " + e.getMessage());
        }
    }

    private static BadRequestException tooLarge() {
        return new BadRequestException("The request body is larger than " + (MAX_BODY_BYTES / 1024) + " KiB.");
    }
}
