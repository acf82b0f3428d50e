package io.billingpilot.state;

import java.nio.file.Path;

/**
 * A child process for {@link SessionCrashTest}: writes the session again and again, each time
 * with the next number in the bucket name, and prints "ack N" once update N has returned.
 */
public final class SessionWriter {
    private SessionWriter() {
    }

    public static void main(String[] args) {
        SessionStore store = new SessionStore(Path.of(args[0]));
        int start = SessionCrashTest.numberIn(store.get());
        System.out.println("ready " + start);
        System.out.flush();
        for (int n = start + 1; ; n++) {
            String bucket = SessionCrashTest.bucketFor(n);
            store.update(state -> state.withBucket(bucket));
            System.out.println("ack " + n);
            System.out.flush();
        }
    }
}
