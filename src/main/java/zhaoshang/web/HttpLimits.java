package zhaoshang.web;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's defences against slow and numerous clients (issue 10: 300 connections sending one body byte every 2 s
 * stalled /healthz and every callback, because each held one of Jetty's 250 threads while its body trickled in).
 *
 * <ul>
 *   <li>Bodies are read before the request reaches a thread ({@link EagerContentHandler}): a slow body costs a
 *       connection and at most {@link #EAGER_BODY_BYTES} of buffers, never a thread. Bigger bodies (only the simulator
 *       accepts them) are read by the handler thread, under Jetty's minimum request data rate.</li>
 *   <li>A body must arrive at {@link #MIN_BODY_BYTES_PER_SECOND} at least ({@link MinimumDataRateHandler} while read
 *       early, {@link HttpConfiguration#setMinRequestDataRate} after), and a connection silent for
 *       {@link #IDLE_TIMEOUT_MS} is cut off.</li>
 *   <li>At most {@link #MAX_CONNECTIONS} connections ({@link NetworkConnectionLimit}); past
 *       {@link #LOW_RESOURCES_CONNECTIONS}, idle connections get {@link #LOW_RESOURCES_IDLE_TIMEOUT_MS}
 *       ({@link LowResourceMonitor}).</li>
 *   <li>One acceptor, two selectors, a bounded thread pool ({@link #MAX_THREADS}).</li>
 * </ul>
 * The request that was cut off reaches its route with a failed body, which {@link RequestBody} logs in one line.
 */
final class HttpLimits {

    static final long IDLE_TIMEOUT_MS = 10_000;
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    /** Covers a platform callback's largest body (64 KB) with its framing. */
    static final long EAGER_BODY_BYTES = 80 * 1024;
    static final int MAX_CONNECTIONS = 1000;
    static final int LOW_RESOURCES_CONNECTIONS = 400;
    static final int LOW_RESOURCES_IDLE_TIMEOUT_MS = 1000;
    static final int MAX_THREADS = 200;
    static final int MIN_THREADS = 8;
    static final int ACCEPTORS = 1;
    static final int SELECTORS = 2;

    private HttpLimits() { }

    static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000);
        pool.setName("http");
        return pool;
    }

    static void configure(HttpConfiguration http) {
        http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
        http.setIdleTimeout(IDLE_TIMEOUT_MS);
    }

    static ServerConnector connector(Server server, HttpConfiguration http, int port) {
        ServerConnector connector = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        return connector;
    }

    /** Handlers in front of Javalin (outermost first): data rate → eager body. */
    static void install(Server server) {
        server.insertHandler(new EagerContentHandler(new EagerContentHandler.RetainedContentLoaderFactory(
                EAGER_BODY_BYTES, -1, false)));
        server.insertHandler(new MinimumDataRateHandler(MIN_BODY_BYTES_PER_SECOND, 0));
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
        LowResourceMonitor monitor = server.getBean(LowResourceMonitor.class);
        if (monitor == null) {
            monitor = new LowResourceMonitor(server);
            server.addBean(monitor);
        }
        // Not on threads running low: slow bodies hold no thread here, and under a burst of genuine callbacks cutting
        // idle keep-alive connections only makes the platforms reconnect (IngestBenchmark counted those as errors).
        monitor.setMonitorThreads(false);
        monitor.addLowResourceCheck(monitor.new MaxConnectionsLowResourceCheck(LOW_RESOURCES_CONNECTIONS));
        monitor.setLowResourcesIdleTimeout(LOW_RESOURCES_IDLE_TIMEOUT_MS);
        monitor.setPeriod(1000);
    }
}
