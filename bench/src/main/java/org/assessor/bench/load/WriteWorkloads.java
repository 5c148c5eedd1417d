package org.assessor.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.bench.Workloads;

/**
 * Writes the benchmark submissions as request bodies for the load scripts:
 * {@code organisational-change-3.json} and {@code readiness-for-change-3.json} (rated under 1.0.0,
 * the version of the recorded figures) and {@code organisational-change-active-3.json} (rated under
 * the active version) in the folder given. Usage: {@code java -cp bench/target/benchmarks.jar org.assessor.bench.load.WriteWorkloads DIR}.
 */
public final class WriteWorkloads {
    private WriteWorkloads() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(folder);
        ObjectMapper json = new ObjectMapper();
        Files.write(folder.resolve("organisational-change-3.json"), json.writeValueAsBytes(Workloads.organisationalChange()));
        Files.write(folder.resolve("readiness-for-change-3.json"), json.writeValueAsBytes(Workloads.readinessForChange()));
        Files.write(folder.resolve("organisational-change-active-3.json"),
                json.writeValueAsBytes(Workloads.organisationalChangeActive()));
    }
}
