package org.assessor.server;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assessor.http.AssessorApplication;
import org.assessor.http.RequestLineGuard;
import org.assessor.http.RequestLineSpaces;
import org.assessor.http.UpgradeOfferIgnorer;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/**
 * The Grizzly listener, with the limits that keep one slow or oversized client from tying up the
 * server: Grizzly parses headers without blocking a thread, so a client that sends them slowly
 * holds only a connection; a body is read on a worker thread, so each blocking read gives up
 * after {@link #READ_TIMEOUT_SECONDS} and there are {@link #WORKER_THREADS} workers. Requests
 * whose headers exceed {@link #MAX_HEADER_BYTES} bytes or {@link #MAX_HEADERS} fields are refused
 * by Grizzly (400) before any of Assessor's code runs. Jersey's container sits behind a
 * {@link RequestLineGuard} (which {@link RequestLineSpaces} lets see a request line with spaces in
 * its target), HTTP TRACE is off, and Grizzly's own error pages carry no stack trace.
 */
final class HttpListener {
    /** The worker threads that run requests (Grizzly's default is two per core). */
    static final int WORKER_THREADS = 64;
    /** How long one blocking read of a request body may wait for bytes. */
    static final int READ_TIMEOUT_SECONDS = 10;
    /** How long an idle keep-alive connection stays open. */
    static final int KEEP_ALIVE_IDLE_SECONDS = 30;
    /** The largest request line plus headers. */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** The most header fields in one request. */
    static final int MAX_HEADERS = 64;

    private HttpListener() {
    }

    /** A started Grizzly listener serving {@code application} where {@code config} says. */
    static HttpServer start(ServerConfig config, AssessorApplication application) {
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://" + uriHost(config.host()) + ":" + config.port() + "/"), application, false);
        http.getServerConfiguration().getMonitoringConfig().getHttpConfig().addProbes(new UpgradeOfferIgnorer(),
                new RequestLineSpaces());
        http.getServerConfiguration().setTraceEnabled(false);
        http.getServerConfiguration().setDefaultErrorPageGenerator(RequestLineGuard.ERROR_PAGE);
        guardJersey(http);
        NetworkListener listener = http.getListener("grizzly");
        listener.setMaxHttpHeaderSize(MAX_HEADER_BYTES);
        listener.setMaxRequestHeaders(MAX_HEADERS);
        listener.getKeepAlive().setIdleTimeoutInSeconds(KEEP_ALIVE_IDLE_SECONDS);
        TCPNIOTransport transport = listener.getTransport();
        transport.setReadTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        transport.setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().setPoolName("assessor-http")
                .setCorePoolSize(WORKER_THREADS).setMaxPoolSize(WORKER_THREADS));
        try {
            http.start();
            return http;
        } catch (IOException e) {
            http.shutdownNow();
            throw new ServerNotStarted("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void guardJersey(HttpServer http) {
        Map<HttpHandler, HttpHandlerRegistration[]> handlers =
                Map.copyOf(http.getServerConfiguration().getHttpHandlersWithMapping());
        handlers.forEach((jersey, mappings) -> {
            http.getServerConfiguration().removeHttpHandler(jersey);
            http.getServerConfiguration().addHttpHandler(new RequestLineGuard(jersey), mappings);
        });
    }

    /** {@code host} as it appears in a URI: IPv6 addresses in brackets. */
    static String uriHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
