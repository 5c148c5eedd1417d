package org.assessor.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Connection;

/**
 * A request body whose every read waits no longer than the connection's usual read timeout and
 * no later than the body's deadline: before each read it lowers the connection's read timeout to
 * what is left. The caller restores the usual timeout when the body is read.
 */
final class DeadlineInputStream extends FilterInputStream {
    private final Connection<?> connection;
    private final long readTimeoutMillis;
    private final long stopNanos;

    DeadlineInputStream(InputStream body, Connection<?> connection, long readTimeoutMillis, long stopNanos) {
        super(body);
        this.connection = connection;
        this.readTimeoutMillis = readTimeoutMillis;
        this.stopNanos = stopNanos;
    }

    @Override
    public int read() throws IOException {
        bound();
        return super.read();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        bound();
        return super.read(bytes, offset, length);
    }

    private void bound() {
        long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(stopNanos - System.nanoTime()));
        connection.setReadTimeout(readTimeoutMillis < 0 ? left : Math.min(readTimeoutMillis, left),
                TimeUnit.MILLISECONDS);
    }
}
