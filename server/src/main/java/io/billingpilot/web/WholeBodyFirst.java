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
 * closes.
 */
final class WholeBodyFirst extends Handler.Wrapper {
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
        if ((declared <= 0 && !chunked) || declared > maxBytes) {
            // No body, or one the application refuses on its declared length without reading it.
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
                int room = maxBytes + 1 - body.size();
                int take = Math.min(room, bytes.remaining());
                byte[] copy = new byte[take];
                bytes.get(copy);
                body.write(copy, 0, take);
                boolean last = chunk.isLast();
                chunk.release();
                if (last || body.size() > maxBytes) {
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
