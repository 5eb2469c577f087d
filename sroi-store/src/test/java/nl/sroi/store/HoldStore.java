package nl.sroi.store;

import java.nio.file.Path;

/** A child process that opens the embedded store in a folder, says READY, and holds it until it is killed. */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        Store.open(Databases.h2(Path.of(args[0]))).accounts().users();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts the holder of {@code folder} and waits until it holds the file. */
    public static Process start(Path folder) throws java.io.IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldStore.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        String line = in.readLine();
        while (line != null && !line.equals("READY")) { // a logger may write to standard output before it
            line = in.readLine();
        }
        if (line == null) {
            p.destroyForcibly();
            throw new IllegalStateException("the holder did not start: " + line);
        }
        return p;
    }
}
