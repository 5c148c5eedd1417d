package org.assessor.http;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpProbe;

/**
 * Makes Grizzly answer requests that offer a protocol upgrade (e.g. {@code Upgrade: h2c}, which
 * the JDK's {@code HttpClient} and {@code curl --http2} send) as plain HTTP/1.1, as RFC 9110 §7.8
 * allows. Left alone, Grizzly treats such a request as switching protocols though nothing here
 * accepts the switch, and drops the response's {@code Content-Type}.
 *
 * <p>Grizzly has by then also stopped framing the request body (it passes the raw bytes on and
 * never signals their end), which this probe cannot undo; {@link JsonBodyReader} copes by reading
 * exactly {@code Content-Length} bytes. A Grizzly HTTP probe, called once a request's headers are
 * parsed. Thread-safe (stateless).
 */
public final class UpgradeOfferIgnorer extends HttpProbe.Adapter {

    @Override
    @SuppressWarnings("rawtypes") // HttpProbe declares the raw Connection type
    public void onHeaderParseEvent(Connection connection, HttpHeader header, int size) {
        if (header.isRequest() && header.isUpgrade()) {
            header.getUpgradeDC().recycle();
            header.setIgnoreContentModifiers(false);
        }
    }
}
