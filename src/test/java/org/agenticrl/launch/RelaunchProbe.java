package org.agenticrl.launch;

import java.lang.management.ManagementFactory;

/**
 * A main class that does what {@code org.agenticrl.Launcher} does before it opens the window, for a test to start in a
 * JVM of its own: relaunch if the window's options are missing, else print how this JVM runs and exit with code 7.
 */
public final class RelaunchProbe {
    static final int EXIT = 7;

    private RelaunchProbe() {
    }

    public static void main(String[] args) {
        WindowJvm.followLauncher();
        WindowJvm.relaunch(args, RelaunchProbe.class).ifPresent(System::exit);
        System.out.println("options " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("arguments " + String.join("|", args));
        System.out.println("max heap MB " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("relaunched " + (System.getProperty(WindowJvm.RELAUNCHED) != null));
        System.out.println("malloc arenas " + System.getenv(WindowJvm.MALLOC_ARENAS));
        System.exit(EXIT);
    }
}
