package nl.sroi.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code read}, {@code calculateJson} and {@code simulate100k} of {@link SroiBenchmark} in CPU time rather than wall
 * time, for a shared machine whose load (a load average of 20 on 2 cores) makes JMH's wall-clock figures vary
 * tenfold: the calling thread's CPU time for the single-threaded two, the process's for the simulation on both
 * cores. Each figure is the median of 20 batches (10 for the simulation) after warm-up batches. Run two jars one
 * after the other, alternating, to compare them: {@code java -cp benchmarks/target/benchmarks.jar
 * nl.sroi.benchmarks.CpuTimes}.
 */
public final class CpuTimes {

    private CpuTimes() {
    }

    public static void main(String[] args) {
        SroiBenchmark b = new SroiBenchmark();
        b.setUp();
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long seen = 0;
        for (String name : new String[] {"read", "calculateJson", "simulate100k"}) {
            boolean simulation = name.equals("simulate100k");
            int ops = simulation ? 1 : 2000;
            int batches = simulation ? 10 : 20;
            double[] perOp = new double[batches];
            for (int i = simulation ? -5 : -10; i < batches; i++) {
                long start = simulation ? process.getProcessCpuTime() : thread.getCurrentThreadCpuTime();
                for (int k = 0; k < ops; k++) {
                    seen += switch (name) {
                        case "read" -> b.read().isValid() ? 1 : 0;
                        case "calculateJson" -> b.calculateJson().value().length();
                        default -> b.simulate100k().iterations();
                    };
                }
                long end = simulation ? process.getProcessCpuTime() : thread.getCurrentThreadCpuTime();
                if (i >= 0) {
                    perOp[i] = (end - start) / (double) ops / (simulation ? 1e6 : 1e3);
                }
            }
            Arrays.sort(perOp);
            System.out.printf(Locale.ROOT, "%s %.2f %s CPU per operation (median of %d batches; %.2f to %.2f)%n",
                    name, (perOp[batches / 2 - 1] + perOp[batches / 2]) / 2, simulation ? "ms" : "µs", batches,
                    perOp[0], perOp[batches - 1]);
        }
        System.out.println(seen > 0 ? "" : "nothing was computed");
    }
}
