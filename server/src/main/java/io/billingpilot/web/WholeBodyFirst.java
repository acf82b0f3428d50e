package io.billingpilot.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Receives a request's whole body, without holding a thread, before the application sees the
 * request. The application reads bodies with blocking calls; without this, a few hundred clients
 * that send half a body and stall would hold every server thread and the guide would stop
 * answering. Bodies are capped: past {@code maxBytes + 1} nothing more is read, and the
 * application, seeing more than its cap, answers 400. A body still incomplete after
 * {@code patience} is handed over as failed, so the application answers 400 and the connection
 * closes. A body over the cap but under {@link #DRAIN_BYTES} (a pasted policy a little too long)
 * is still read to its end and thrown away: a server that answers and closes while the client is
 * still sending resets the connection, and the client would never see the clear answer.
 */
final class WholeBodyFirst extends Handler.Wrapper {
    static final long DRAIN_BYTES = 1024 * 1024;
    private final int maxBytes;
    private final Duration patience;

    WholeBodyFirst(int maxBytes, Duration patience) {
        this.maxBytes = maxBytes;
        this.patience = patience;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if ((declared <= 0 && !chunked) || declared > DRAIN_BYTES) {
            // No body, or one too large to be worth reading: refused on its declared length alone.
            return super.handle(request, response, callback);
        }
        new Collector(request, response, callback).start();
        return true;
    }

    /** Reads chunks as they arrive (on demand, never blocking), then passes the request on once. */
    private final class Collector {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean passedOn = new AtomicBoolean();
        private long received;
        private Scheduler.Task timer;

        Collector(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            // The timer's thread must not run the application: hand the stalled request to the pool.
            timer = request.getComponents().getScheduler().schedule(
                    () -> request.getComponents().getExecutor().execute(this::stalled), patience.toMillis(),
                    TimeUnit.MILLISECONDS);
            read();
        }

        private void read() {
            while (!passedOn.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    passOn(failed(chunk.getFailure()));
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                received += bytes.remaining();
                // Past maxBytes + 1 nothing is kept: the rest is only drained.
                int take = Math.max(0, Math.min(maxBytes + 1 - body.size(), bytes.remaining()));
                byte[] copy = new byte[take];
                bytes.get(copy);
                body.write(copy, 0, take);
                boolean last = chunk.isLast();
                chunk.release();
                if (last || received > DRAIN_BYTES) {
                    passOn(new ByteBufferContentSource(ByteBuffer.wrap(body.toByteArray())));
                    return;
                }
            }
        }

        private void stalled() {
            passOn(failed(new TimeoutException("The request body did not arrive within " + patience.toSeconds()
                    + " seconds.")));
        }

        private void passOn(Content.Source content) {
            if (!passedOn.compareAndSet(false, true)) {
                return;
            }
            if (timer != null) {
                timer.cancel();
            }
            Request whole = new Request.Wrapper(request) {
                @Override
                public Content.Chunk read() {
                    return content.read();
                }

                @Override
                public void demand(Runnable demandCallback) {
                    content.demand(demandCallback);
                }

                @Override
                public void fail(Throwable failure) {
                    content.fail(failure);
                }
            };
            try {
                if (!WholeBodyFirst.super.handle(whole, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable failure) {
                callback.failed(failure);
            }
        }

        private static Content.Source failed(Throwable failure) {
            Content.Chunk chunk = Content.Chunk.from(failure, true);
            return new Content.Source() {
                @Override
                public Content.Chunk read() {
                    return chunk;
                }

                @Override
                public void demand(Runnable demandCallback) {
                    demandCallback.run();
                }

                @Override
                public void fail(Throwable ignored) {
                }
            };
        }
    }
}
