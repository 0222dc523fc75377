package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ConcurrencyTest extends SimulatorTestBase {

    @Test
    void concurrentReadersAndWritersAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    TestClient own = new TestClient(simulator);
                    int ok = 0;
                    for (int i = 0; i < 40; i++) {
                        if (thread % 2 == 0) {
                            ok += own.read("I16", "F32", "Level", "Ramp", "M1.Speed").size() == 5 ? 1 : 0;
                        } else {
                            ok += own.put("/tagManagement/Value/I32", "{\"value\": " + (thread * 1000 + i) + "}")
                                    .statusCode() == 200 ? 1 : 0;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(40, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
