package org.tagbench.simulator.internal.tls;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An {@link SSLContext} that delegates to a context which can be replaced at run time. The JDK's
 * HTTPS server takes its configurator only before it starts, but creates an engine per
 * connection, so swapping the delegate rotates the certificate for new connections without
 * closing the listener.
 */
public final class SwappableSslContext extends SSLContext {

    private final AtomicReference<SSLContext> delegate;

    private SwappableSslContext(AtomicReference<SSLContext> delegate) {
        super(new Spi(delegate), delegate.get().getProvider(), delegate.get().getProtocol());
        this.delegate = delegate;
    }

    public static SwappableSslContext of(SSLContext initial) {
        return new SwappableSslContext(new AtomicReference<>(initial));
    }

    /** New connections use {@code next}; open ones keep their session. */
    public void swap(SSLContext next) {
        delegate.set(next);
    }

    /** Forwards every operation to the current delegate. */
    private static final class Spi extends SSLContextSpi {
        private final AtomicReference<SSLContext> delegate;

        Spi(AtomicReference<SSLContext> delegate) {
            this.delegate = delegate;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("A swappable SSL context is initialised through its delegates.");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return delegate.get().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return delegate.get().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return delegate.get().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return delegate.get().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return delegate.get().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return delegate.get().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return delegate.get().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return delegate.get().getSupportedSSLParameters();
        }
    }
}
