package nl.sroi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;

import javax.money.convert.ExchangeRateProvider;

import org.junit.jupiter.api.Test;

import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ResultJson;

/**
 * Reading and calculating a model loads no exchange-rate provider and opens no network connection. Every URL
 * connection and socket of the JDK asks the default {@link ProxySelector} first, so a recording selector sees any
 * attempt.
 */
class OfflineTest {

    @Test
    void noExchangeRateProvider_isOnTheClassPath() {
        assertFalse(ServiceLoader.load(ExchangeRateProvider.class).iterator().hasNext());
        assertFalse(resourceExists("org/javamoney/moneta/convert/ecb/ECBCurrentRateProvider.class"));
        assertFalse(resourceExists("org/javamoney/moneta/convert/imf/IMFRateProvider.class"));
    }

    /** moneta-core's compile-scope okhttp, okio and Kotlin are excluded: nothing of the library needs them. */
    @Test
    void noHttpClient_norKotlin_isOnTheClassPath() {
        assertFalse(resourceExists("okhttp3/OkHttpClient.class"));
        assertFalse(resourceExists("okio/Buffer.class"));
        assertFalse(resourceExists("kotlin/Unit.class"));
    }

    @Test
    void readingAndCalculating_opensNoConnection() {
        List<URI> attempts = Collections.synchronizedList(new ArrayList<>());
        ProxySelector original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        try {
            for (String name : TestResources.REFERENCE_CASES) {
                String result = ResultJson.write(SroiCalculator.DEFAULT.calculate(
                        ModelJson.read(TestResources.bytes("reference/" + name + ".model.json")).value()));
                assertTrue(result.startsWith("{\n  \"format\": \"sroi-result/1\""), result);
            }
        } finally {
            ProxySelector.setDefault(original);
        }
        assertEquals(List.of(), attempts);
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().toLowerCase(java.util.Locale.ROOT).contains("rate")));
    }

    private static boolean resourceExists(String path) {
        return OfflineTest.class.getClassLoader().getResource(path) != null;
    }
}
